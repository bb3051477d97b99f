namespace DataStrategy.Core.Documents;

public sealed record ReportAppendixQuestion(string Id, string Text, IReadOnlyList<string> Descriptors);
