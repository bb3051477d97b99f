namespace DataStrategy.Core.Analysis;

/// <summary>A finding the analysis proposes; the facilitator accepts, edits or discards it.</summary>
public sealed record SuggestedFinding(string Key, FindingKind Kind, NodeLevel Level, string Id, string ThemeId, double Value);
