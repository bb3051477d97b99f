namespace DataStrategy.Core.Roadmap.Charts;

/// <summary>One team's demand per period against its capacity.</summary>
/// <param name="IdPrefix">Unique per page; every id in the markup starts with it (made XML-safe).</param>
/// <param name="PeriodLabels">Localised label of each period; the chart has exactly these periods.</param>
/// <param name="Demand">Stacked demand per initiative (or one entry with the total); the bar height is the sum.</param>
/// <param name="Capacity">Capacity per period from 0; the last value holds for later periods (a hire in month 7 is
/// seven values then the higher one), like <see cref="ScheduleResource.Capacity"/>.</param>
public sealed record CapacityChart(
    string IdPrefix,
    IReadOnlyList<string> PeriodLabels,
    IReadOnlyList<CapacityDemand> Demand,
    IReadOnlyList<double> Capacity,
    CapacityTexts Texts);
