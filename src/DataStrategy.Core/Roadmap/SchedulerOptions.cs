namespace DataStrategy.Core.Roadmap;

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
