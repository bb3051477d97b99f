namespace DataStrategy.Core.Roadmap.Charts;

/// <summary>A start and duration in periods, e.g. the baseline an initiative was first planned at.</summary>
public sealed record PeriodSpan(int Start, int Duration);
