namespace DataStrategy.Core.Documents;

public sealed record ReportFinding(string Text, IReadOnlyList<string> Themes);
