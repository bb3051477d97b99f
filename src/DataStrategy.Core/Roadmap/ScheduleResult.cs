namespace DataStrategy.Core.Roadmap;

/// <summary>What the scheduler optimises.</summary>
public enum ScheduleObjective
{
    /// <summary>Every task is scheduled; the last finish is as early as possible.</summary>
    MinimiseFinish,

    /// <summary>Tasks that cannot finish by the horizon are left out; the sum of weights delivered is as large as possible
    /// (ties broken by the earlier finish).</summary>
    MaximiseWeightedDelivered,
}

public sealed record SchedulerOptions
{
    public ScheduleObjective Objective { get; init; } = ScheduleObjective.MinimiseFinish;

    /// <summary>Wall-clock limit of the search.</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>CP-SAT search workers (this machine has 2 cores).</summary>
    public int Workers { get; init; } = 2;

    /// <summary>Starts of a previous schedule (by task index, null = none) given to the solver as a hint.</summary>
    public IReadOnlyList<int?>? Hint { get; init; }

    /// <summary>Model refinements and CP-SAT parameters (added for the benchmark; the default is the measured best).</summary>
    public SolverTuning Tuning { get; init; } = SolverTuning.Default;
}

public enum ScheduleStatus
{
    /// <summary>Proven best.</summary>
    Optimal,

    /// <summary>A valid schedule; the time limit ended the search before proving it best.</summary>
    Feasible,

    /// <summary>No schedule satisfies the constraints; see <see cref="ScheduleResult.Conflicts"/>.</summary>
    Infeasible,

    /// <summary>The time limit ended the search before any schedule was found.</summary>
    Unknown,
}

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

public sealed record LeftOutTask(int Task, LeftOutReason Reason);

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

/// <summary>One reason a problem has no schedule, naming the tasks and the resource involved.</summary>
/// <param name="Tasks">Indices into <see cref="ScheduleProblem.Tasks"/>, in a meaningful order (a cycle in cycle order).</param>
/// <param name="Resource">Index into <see cref="ScheduleProblem.Resources"/> when a resource is involved.</param>
/// <param name="Period">The period concerned, when one is.</param>
/// <param name="Needed">Units or periods needed, when the conflict is about an amount.</param>
/// <param name="Available">Units or periods available.</param>
public sealed record ScheduleConflict(
    ConflictKind Kind,
    IReadOnlyList<int> Tasks,
    int? Resource = null,
    int? Period = null,
    int? Needed = null,
    int? Available = null);

public sealed class ScheduleResult
{
    public required ScheduleStatus Status { get; init; }

    /// <summary>Start period per task index; null when the task was left out (or there is no schedule).</summary>
    public IReadOnlyList<int?> Starts { get; init; } = [];

    /// <summary>Last finish of the scheduled tasks.</summary>
    public int Finish { get; init; }

    /// <summary>Sum of weights of the tasks delivered by the horizon.</summary>
    public long WeightDelivered { get; init; }

    /// <summary>Best bound the solver proved (finish lower bound, or weight upper bound).</summary>
    public long Bound { get; init; }

    public IReadOnlyList<LeftOutTask> LeftOut { get; init; } = [];

    /// <summary>Filled when <see cref="Status"/> is <see cref="ScheduleStatus.Infeasible"/>.</summary>
    public IReadOnlyList<ScheduleConflict> Conflicts { get; init; } = [];

    public TimeSpan Elapsed { get; init; }
}

/// <summary>Earliest and latest dates of one task in a critical-path analysis.</summary>
public sealed record TaskTiming(int EarliestStart, int EarliestFinish, int LatestStart, int LatestFinish)
{
    public int Slack => LatestStart - EarliestStart;

    public bool Critical => Slack == 0;
}

/// <summary>Result of <c>CriticalPath.Analyse</c>.</summary>
public sealed class CriticalPathResult
{
    /// <summary>Per task index; empty when <see cref="Cycle"/> is set.</summary>
    public IReadOnlyList<TaskTiming> Timings { get; init; } = [];

    /// <summary>The earliest possible finish of the whole plan (capacity ignored).</summary>
    public int Finish { get; init; }

    /// <summary>Task indices of one critical chain, in order from first to last.</summary>
    public IReadOnlyList<int> CriticalChain { get; init; } = [];

    /// <summary>Task indices forming a dependency cycle, in cycle order, when the dependencies have one.</summary>
    public IReadOnlyList<int>? Cycle { get; init; }
}

/// <summary>A period in which a resource is asked for more than it has.</summary>
/// <param name="Tasks">Indices of the tasks running on the resource in that period.</param>
public sealed record CapacityOverload(int Resource, int Period, int Demand, int Capacity, IReadOnlyList<int> Tasks)
{
    public int Excess => Demand - Capacity;
}
