namespace DataStrategy.Core.Documents;

/// <summary>
/// A recommendation built from a ranked priority: the sentence saying what to reach, the accepted findings on its theme
/// and the roadmap initiatives that answer it (none: the report says one should be planned).
/// </summary>
public sealed record ReportRecommendation(string Theme, string Text, IReadOnlyList<string> Findings, IReadOnlyList<string> Initiatives);
