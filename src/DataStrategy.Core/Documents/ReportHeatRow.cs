namespace DataStrategy.Core.Documents;

public sealed record ReportHeatRow(string Department, IReadOnlyList<double?> Scores);
