namespace DataStrategy.Core.Roadmap.Charts;

/// <summary>A KPI value on a date.</summary>
/// <param name="DateLabel">The date formatted for the reader, e.g. "Mar 2027" or "15/03/2027".</param>
public sealed record KpiPoint(DateOnly Date, double Value, string DateLabel);
