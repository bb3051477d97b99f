namespace DataStrategy.Core.Documents;

public sealed record ReportPriority(int Rank, string Theme, double Gap, double Importance, double Score, string? Reasoning);
