namespace DataStrategy.Core.Roadmap.Charts;

/// <summary>Demand of one initiative (or the team's total) per period, in the chart's unit.</summary>
/// <param name="Label">Localised name shown in the legend and tooltips.</param>
/// <param name="Values">One value per period from 0; missing periods count as 0, negatives as 0.</param>
public sealed record CapacityDemand(string Label, IReadOnlyList<double> Values);
