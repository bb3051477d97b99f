using System.Globalization;

namespace DataStrategy.Core.Roadmap.Charts;

/// <summary>Every visible word of a capacity chart, localised by the caller.</summary>
public sealed record CapacityTexts
{
    /// <summary>Accessible name, e.g. "Data engineering team: demand and capacity".</summary>
    public required string Title { get; init; }

    /// <summary>Unit of the values, e.g. "FTE"; shown on the axis and in the description.</summary>
    public required string Unit { get; init; }

    /// <summary>Legend entry of the capacity line, e.g. "Capacity".</summary>
    public required string Capacity { get; init; }

    /// <summary>Legend entry of the demand above capacity, e.g. "Over capacity".</summary>
    public required string Over { get; init; }

    /// <summary>
    /// Composite format of the first sentence of the description: {0} first period label, {1} last period label,
    /// {2} unit, {3} peak demand, {4} lowest capacity, {5} highest capacity.
    /// E.g. "Demand against capacity from {0} to {1}, in {2}; peak demand {3}."
    /// </summary>
    public required string SummaryFormat { get; init; }

    /// <summary>Composite format of the over-allocation sentence; {0} is the list of <see cref="OverItemFormat"/> items.
    /// E.g. "Over capacity in {0}."</summary>
    public required string OverFormat { get; init; }

    /// <summary>One over-allocated period: {0} period label, {1} excess, {2} unit. E.g. "{0} (+{1} {2})".</summary>
    public required string OverItemFormat { get; init; }

    /// <summary>Sentence when no period is over capacity, e.g. "Demand stays within capacity in every period."</summary>
    public required string Within { get; init; }

    /// <summary>Joins the over-allocated periods in the description.</summary>
    public string ListSeparator { get; init; } = ", ";

    /// <summary>Culture of the numbers inside visible text; coordinates are always invariant.</summary>
    public CultureInfo Culture { get; init; } = CultureInfo.InvariantCulture;
}
