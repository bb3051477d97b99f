namespace DataStrategy.Core.Roadmap.Charts;

/// <summary>An upper header band spanning several periods, e.g. a year over its months or a quarter.</summary>
/// <param name="Start">First period of the band (0-based).</param>
/// <param name="Length">Periods it spans, ≥ 1.</param>
/// <param name="Label">Localised text, e.g. "2027".</param>
public sealed record PeriodBand(int Start, int Length, string Label);
