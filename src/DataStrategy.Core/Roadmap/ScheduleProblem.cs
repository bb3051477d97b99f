namespace DataStrategy.Core.Roadmap;

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
