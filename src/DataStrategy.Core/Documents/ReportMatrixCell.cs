namespace DataStrategy.Core.Documents;

/// <summary>One cell of the topic × theme matrix: how many questions the topic asks in the theme (0: none, shown as a dash) and their score (null: too few answers).</summary>
public sealed record ReportMatrixCell(int Questions, double? Score);
