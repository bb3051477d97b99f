namespace DataStrategy.Core.Roadmap;

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
