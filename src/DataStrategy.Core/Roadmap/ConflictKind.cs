namespace DataStrategy.Core.Roadmap;

/// <summary>What kind of constraint takes part in an infeasibility.</summary>
public enum ConflictKind
{
    /// <summary>A task needs more of a resource than the resource ever has.</summary>
    DemandExceedsCapacity,

    /// <summary>A locked start breaks a dependency with another task.</summary>
    LockBreaksDependency,

    /// <summary>A locked start is before the task's earliest start.</summary>
    LockBeforeEarliestStart,

    /// <summary>The task cannot finish by its deadline (its chain of predecessors is too long, or its lock is too late).</summary>
    DeadlineUnreachable,

    /// <summary>The dependencies form a cycle.</summary>
    DependencyCycle,

    /// <summary>Locked tasks together need more of a resource than it has in some period.</summary>
    LockedOverCapacity,

    /// <summary>The solver proved no schedule exists with the listed locks and deadlines together.</summary>
    Combination,
}
