namespace DataStrategy.Core.Roadmap;

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
