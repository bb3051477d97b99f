namespace DataStrategy.Core.Documents;

/// <summary>A question of the appendix with one descriptor per level (index 0 = level 1): the descriptor's words only; the builder writes the level's number and name before them.</summary>
public sealed record ReportAppendixQuestion(string Id, string Text, IReadOnlyList<string> Descriptors);
