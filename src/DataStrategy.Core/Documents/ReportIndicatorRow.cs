namespace DataStrategy.Core.Documents;

public sealed record ReportIndicatorRow(string Label, string Value);
