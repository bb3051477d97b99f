namespace DataStrategy.Core.Roadmap;

/// <summary>A period in which a resource is asked for more than it has.</summary>
/// <param name="Tasks">Indices of the tasks running on the resource in that period.</param>
public sealed record CapacityOverload(int Resource, int Period, int Demand, int Capacity, IReadOnlyList<int> Tasks)
{
    public int Excess => Demand - Capacity;
}
