namespace DataStrategy.Core.Documents;

public sealed record ReportAppendixTheme(string Name, IReadOnlyList<ReportAppendixQuestion> Questions);
