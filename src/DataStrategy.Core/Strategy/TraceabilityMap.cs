namespace DataStrategy.Core.Strategy;

/// <summary>The chain priority → objective → service/initiative, and its gaps.</summary>
public sealed class TraceabilityMap
{
    /// <summary>In the order the priorities were given.</summary>
    public IReadOnlyList<TracePriority> Priorities { get; init; } = [];

    /// <summary>By position.</summary>
    public IReadOnlyList<TraceObjective> Objectives { get; init; } = [];

    /// <summary>Priorities no objective links to.</summary>
    public IReadOnlyList<string> UnansweredPriorities { get; init; } = [];

    /// <summary>Objectives no service and no initiative delivers.</summary>
    public IReadOnlyList<Guid> UndeliveredObjectives { get; init; } = [];

    /// <summary>Objectives linked to no thematic priority and no city priority.</summary>
    public IReadOnlyList<Guid> UnlinkedObjectives { get; init; } = [];
}
