using System.Globalization;

namespace DataStrategy.Core.Roadmap.Charts;

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
