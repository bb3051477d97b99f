namespace DataStrategy.Core.Roadmap;

// TEMPORARY placeholders while the scheduling engine is written; replaced by the real classes of the same names.
public static class CriticalPath
{
    public static CriticalPathResult Analyse(ScheduleProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return new CriticalPathResult { Timings = problem.Tasks.Select(t => new TaskTiming(t.EarliestStart, t.EarliestStart + t.Duration, t.EarliestStart, t.EarliestStart + t.Duration)).ToList() };
    }
}

public static class CapacityCheck
{
    public static IReadOnlyList<CapacityOverload> Find(ScheduleProblem problem, IReadOnlyList<int?> starts) => [];
}

public static class Scheduler
{
    public static ScheduleResult Solve(ScheduleProblem problem, SchedulerOptions options, Action<ScheduleResult>? onImprovement = null, CancellationToken cancellationToken = default) =>
        new() { Status = ScheduleStatus.Unknown };
}
