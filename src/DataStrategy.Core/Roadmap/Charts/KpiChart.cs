namespace DataStrategy.Core.Roadmap.Charts;

/// <summary>One KPI over time with its baseline and target.</summary>
/// <param name="IdPrefix">Unique per page; every id in the markup starts with it (made XML-safe).</param>
/// <param name="Measurements">In any order; drawn in date order.</param>
public sealed record KpiChart(string IdPrefix, IReadOnlyList<KpiPoint> Measurements, KpiTexts Texts)
{
    public KpiPoint? Baseline { get; init; }

    /// <summary>The value to reach by its date; below the baseline for a lower-is-better KPI.</summary>
    public KpiPoint? Target { get; init; }

    /// <summary>Labelled dates of the time axis; when empty, the labels of the points are used (thinned so they never overlap).</summary>
    public IReadOnlyList<DateTick> AxisDates { get; init; } = [];
}
