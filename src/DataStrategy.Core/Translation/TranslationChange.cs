namespace DataStrategy.Core.Translation;

/// <summary>A translation to write: the text's ID, the new text in the target language, and whether it replaces one.</summary>
public sealed record TranslationChange(string Id, string Text, bool Replaces);
