using System.Globalization;

namespace DataStrategy.Core.Roadmap.Charts;

/// <summary>A KPI value on a date.</summary>
/// <param name="DateLabel">The date formatted for the reader, e.g. "Mar 2027" or "15/03/2027".</param>
public sealed record KpiPoint(DateOnly Date, double Value, string DateLabel);

/// <summary>A labelled date of the time axis.</summary>
public sealed record DateTick(DateOnly Date, string Label);

/// <summary>Every visible word of a KPI chart, localised by the caller.</summary>
public sealed record KpiTexts
{
    /// <summary>Accessible name, usually the KPI's name.</summary>
    public required string Title { get; init; }

    /// <summary>Unit shown above the value axis and in the description, e.g. "%" or "days"; may be empty.</summary>
    public required string Unit { get; init; }

    /// <summary>Legend entry of the measurements, e.g. "Measured".</summary>
    public required string Measured { get; init; }

    public required string Baseline { get; init; }

    public required string Target { get; init; }

    /// <summary>Description when there are measurements: {0} count, {1} latest value, {2} unit, {3} latest date label.
    /// E.g. "{0} measurements; latest {1} {2} on {3}".</summary>
    public required string MeasurementsFormat { get; init; }

    /// <summary>Description when there are none, e.g. "No measurements yet"; also written in the empty plot.</summary>
    public required string NoMeasurements { get; init; }

    /// <summary>{0} value, {1} unit, {2} date label. E.g. "baseline {0} {1} on {2}".</summary>
    public required string BaselineFormat { get; init; }

    /// <summary>{0} value, {1} unit, {2} date label. E.g. "target {0} {1} by {2}".</summary>
    public required string TargetFormat { get; init; }

    /// <summary>Joins the sentences of the description.</summary>
    public string Separator { get; init; } = "; ";

    /// <summary>Culture of the numbers inside visible text (tick labels too); coordinates are always invariant.</summary>
    public CultureInfo Culture { get; init; } = CultureInfo.InvariantCulture;
}

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
