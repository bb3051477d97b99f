namespace DataStrategy.Core.Documents;

/// <summary>A ranked theme; without a target (<paramref name="HasTarget"/> false) it has no gap and the report says "no target set" instead of a rank.</summary>
public sealed record ReportPriority(int Rank, string Theme, double Gap, double Importance, double Score, string? Reasoning, bool HasTarget = true);
