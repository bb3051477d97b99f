namespace DataStrategy.Core.Documents;

/// <summary>A topic of the framework: its overall score and one cell per theme, in the order of <see cref="MaturityReport.Themes"/>.</summary>
public sealed record ReportTopicRow(string Topic, double? Score, IReadOnlyList<ReportMatrixCell> Cells);
