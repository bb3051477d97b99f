namespace DataStrategy.Core.Roadmap;

/// <summary>Why a task was left out of a <see cref="ScheduleObjective.MaximiseWeightedDelivered"/> schedule.</summary>
public enum LeftOutReason
{
    /// <summary>It cannot finish by the horizon even alone (its dependencies and earliest start push it past).</summary>
    PastHorizon,

    /// <summary>It would fit alone, but the capacity went to higher-weighted tasks.</summary>
    NoCapacity,

    /// <summary>A task it depends on was left out.</summary>
    PredecessorLeftOut,
}
