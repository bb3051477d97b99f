namespace DataStrategy.Core.Documents;

public sealed record ReportThemeDetail(string Name, string? Description, IReadOnlyList<ReportQuestionRow> Questions, IReadOnlyList<ReportQuote> Quotes);
