namespace DataStrategy.Core.Translation;

/// <summary>A unit whose source text is no longer the one exported: its translation was made from an older text.</summary>
public sealed record SourceChange(string Id, int Line);
