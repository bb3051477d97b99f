namespace DataStrategy.Core.Roadmap;

/// <summary>
/// Which model refinements and CP-SAT parameters <see cref="Scheduler"/> uses. The defaults are what the PSPLIB
/// measurements kept (docs/benchmarks.md, "Roadmap scheduling"); the switches exist so that the benchmark can measure
/// what each one buys.
/// </summary>
public sealed record SolverTuning
{
    /// <summary>The model of the OR-Tools RCPSP example: intervals, cumulatives, precedences, no hint, no extra bounds.</summary>
    public static SolverTuning Plain { get; } = new()
    {
        HeuristicHint = false,
        HeuristicUpperBound = false,
        TightDomains = false,
        EnergeticBound = false,
        NoOverlapCliques = false,
        Parameters = string.Empty,
    };

    public static SolverTuning Default { get; } = new();

    /// <summary>Give the best <see cref="ListScheduler"/> schedule to CP-SAT as a hint (when no hint is passed in).</summary>
    public bool HeuristicHint { get; init; } = true;

    /// <summary>Bound every finish by the heuristic's makespan (MinimiseFinish): a smaller search space.</summary>
    public bool HeuristicUpperBound { get; init; } = true;

    /// <summary>Start domains from critical-path heads and tails instead of [earliest start, horizon].</summary>
    public bool TightDomains { get; init; } = true;

    /// <summary>Lower-bound the makespan by the critical path and by each resource's total work over its capacity.</summary>
    public bool EnergeticBound { get; init; } = true;

    /// <summary>Add no-overlap constraints on cliques of tasks that pairwise cannot run together on some resource.</summary>
    public bool NoOverlapCliques { get; init; }

    /// <summary>Extra CP-SAT parameters in protobuf text format, appended after the time limit and workers.</summary>
    public string Parameters { get; init; } = string.Empty;
}
