namespace DataStrategy.Core.Roadmap;

/// <summary>How a dependency ties two tasks together.</summary>
public enum DependencyKind
{
    /// <summary>The successor starts after the predecessor finishes (plus the lag).</summary>
    FinishToStart,

    /// <summary>The successor starts after the predecessor starts (plus the lag).</summary>
    StartToStart,
}

/// <summary>
/// Something to schedule: an initiative of a roadmap or a job of a PSPLIB instance.
/// Time is counted in whole periods (months or quarters) from the roadmap's start, period 0.
/// </summary>
/// <param name="Key">Stable identity (an initiative's ID, a PSPLIB job number), used in explanations.</param>
/// <param name="Name">What a user calls it, used in explanations.</param>
/// <param name="Duration">Periods, ≥ 0 (0 is a milestone).</param>
/// <param name="Demand">Units needed of each resource in every period the task runs, indexed like <see cref="ScheduleProblem.Resources"/>
/// (roadmaps use tenths of an FTE).</param>
/// <param name="EarliestStart">First period the task may start.</param>
/// <param name="Deadline">Period by whose start the task must be finished (finish ≤ deadline), or null.</param>
/// <param name="LockedStart">When set the task starts exactly here and the scheduler does not move it.</param>
/// <param name="Weight">Priority weight for <see cref="ScheduleObjective.MaximiseWeightedDelivered"/>, ≥ 1.</param>
public sealed record ScheduleTask(
    string Key,
    string Name,
    int Duration,
    IReadOnlyList<int> Demand,
    int EarliestStart = 0,
    int? Deadline = null,
    int? LockedStart = null,
    int Weight = 1);

/// <summary>A renewable resource such as a team.</summary>
/// <param name="Capacity">Units available per period from period 0; the last value holds for every later period
/// (so a hire in month 7 is seven values of 40 followed by 50).</param>
public sealed record ScheduleResource(string Key, string Name, IReadOnlyList<int> Capacity)
{
    /// <summary>Units available in <paramref name="period"/>.</summary>
    public int CapacityAt(int period) =>
        Capacity.Count == 0 ? 0 : Capacity[Math.Clamp(period, 0, Capacity.Count - 1)];
}

/// <summary>A precedence between two tasks, by index into <see cref="ScheduleProblem.Tasks"/>.</summary>
/// <param name="Lag">Periods of waiting added to the relation; may be negative for a lead.</param>
public sealed record ScheduleDependency(int Predecessor, int Successor, DependencyKind Kind = DependencyKind.FinishToStart, int Lag = 0);

/// <summary>A whole scheduling problem.</summary>
public sealed class ScheduleProblem
{
    public required IReadOnlyList<ScheduleTask> Tasks { get; init; }

    public required IReadOnlyList<ScheduleResource> Resources { get; init; }

    public IReadOnlyList<ScheduleDependency> Dependencies { get; init; } = [];

    /// <summary>Periods in the plan (24 for a two-year monthly roadmap). Tasks may run past it when minimising the finish;
    /// with <see cref="ScheduleObjective.MaximiseWeightedDelivered"/> a task counts only if it finishes by it.</summary>
    public required int Horizon { get; init; }
}
