namespace DataStrategy.Core.Documents;

public sealed record ReportQuestionRow(string Id, string Text, double? Score, IReadOnlyList<int> Distribution, double? DontKnowShare);
