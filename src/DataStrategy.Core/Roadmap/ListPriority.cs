namespace DataStrategy.Core.Roadmap;

/// <summary>Priority rules of <see cref="ListScheduler"/>: which eligible task goes first.</summary>
public enum ListPriority
{
    /// <summary>Smallest critical-path latest finish (deadlines and locks included).</summary>
    LatestFinish,

    /// <summary>Smallest critical-path latest start.</summary>
    LatestStart,

    /// <summary>Most direct and indirect successors.</summary>
    MostSuccessors,

    /// <summary>Greatest rank positional weight: own duration plus the durations of all successors.</summary>
    RankPositionalWeight,

    /// <summary>Greatest weight first, then smallest latest finish (meant for <see cref="ScheduleObjective.MaximiseWeightedDelivered"/>).</summary>
    Weight,

    /// <summary>Greatest weight per unit of work (each resource's demand × duration over its capacity), then smallest latest
    /// finish (meant for <see cref="ScheduleObjective.MaximiseWeightedDelivered"/>).</summary>
    WeightDensity,
}
