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
        BranchAndBound = BranchAndBoundMode.Off,
        HeuristicHint = false,
        HeuristicUpperBound = false,
        TightDomains = false,
        EnergeticBound = false,
        NoOverlapCliques = false,
        Metaheuristic = false,
        ProveBelowHeuristic = false,
        KnapsackCuts = false,
        WeightBoundShare = 0,
        Parameters = string.Empty,
    };

    /// <summary>What the paired measurements of issue 21 kept (docs/benchmarks.md, "Roadmap scheduling (issue 21)"): the list
    /// heuristic's hint and horizon, CPM domains, the energetic bound, the genetic algorithm with forward–backward
    /// improvement before CP-SAT, the branch and bound before and after it (ADR 0040) and the knapsack cuts.</summary>
    public static SolverTuning Default { get; } = new();

    /// <summary>The genetic algorithm of ADR 0037 without the branch and bound of ADR 0040 (the default from commit f36d9c8 to
    /// this one), for the benchmark's <c>--tuning fbi</c>.</summary>
    public static SolverTuning Fbi { get; } = new() { BranchAndBound = BranchAndBoundMode.Off, WeightBoundShare = 0, MetaheuristicIslands = false, MetaheuristicLongShare = 0, MetaheuristicWalk = 0 };

    /// <summary>The default of issue 6, before the metaheuristic and the knapsack cuts (for paired comparisons).</summary>
    public static SolverTuning Issue6 { get; } = new() { Metaheuristic = false, KnapsackCuts = false, BranchAndBound = BranchAndBoundMode.Off, WeightBoundShare = 0, MetaheuristicIslands = false, MetaheuristicLongShare = 0, MetaheuristicWalk = 0 };

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

    /// <summary>Before CP-SAT, run <see cref="ActivityListSearch"/> (genetic algorithm with forward–backward improvement) when
    /// minimising the finish of a problem it applies to; its schedule replaces the list heuristic's when better, and a
    /// schedule that meets the lower bound is returned as optimal without CP-SAT.</summary>
    public bool Metaheuristic { get; init; } = true;

    /// <summary>Largest share of the time limit the metaheuristic may use.</summary>
    public double MetaheuristicShare { get; init; } = 0.3;

    /// <summary>Run one genetic algorithm per worker (different seeds) at once and keep the best schedule.</summary>
    public bool MetaheuristicIslands { get; init; } = true;

    /// <summary>When no branch and bound runs after the genetic algorithm (more than <see cref="BranchAndBoundLongMaxTasks"/>
    /// tasks), it runs this share of the time limit whole, whatever the generations without improvement (0: as
    /// <see cref="MetaheuristicShare"/> and <see cref="MetaheuristicIdleGenerations"/> say). On j60 it found shorter
    /// schedules than CP-SAT did in that time (docs/benchmarks.md, issue 21, fifth pass).</summary>
    public double MetaheuristicLongShare { get; init; } = 0.6;

    /// <summary>Generations without improvement after which the metaheuristic stops.</summary>
    public int MetaheuristicIdleGenerations { get; init; } = 10;

    /// <summary>Where the genetic algorithm runs alone (<see cref="MetaheuristicLongShare"/>): each time its population
    /// has converged, this many single moves from its best schedule, kept when the schedule is no longer (or now and then one period longer), before it
    /// restarts (an iterated local search, ADR 0045). 0 for none.</summary>
    public int MetaheuristicWalk { get; init; } = 10_000;

    /// <summary>In that walk, the chance of keeping a move that makes the schedule one period longer (ADR 0045).</summary>
    public double MetaheuristicWalkWorse { get; init; } = 0.05;

    /// <summary>MinimiseFinish: give CP-SAT the horizon heuristic makespan − 1 (a proof that nothing shorter exists is a proof
    /// that the heuristic is optimal) instead of the heuristic makespan with the heuristic as hint.</summary>
    public bool ProveBelowHeuristic { get; init; }

    /// <summary>MaximiseWeightedDelivered: per resource and window [t, horizon), the work of the tasks delivered must fit in
    /// the capacity of the window (knapsack constraints that give the LP relaxation a bound close to the optimum).</summary>
    public bool KnapsackCuts { get; init; } = true;

    /// <summary>Beyond this many tasks the knapsack cuts are left out: at 1,000 initiatives they tightened the bound but the
    /// search found less weight in 10 s (docs/benchmarks.md, issue 21).</summary>
    public int KnapsackCutsMaxTasks { get; init; } = 600;

    /// <summary>MaximiseWeightedDelivered (up to <see cref="KnapsackCutsMaxTasks"/> tasks): the share of the time limit for
    /// <see cref="WeightBound"/>, a bound from a relaxation in whole tasks, before CP-SAT (0: none).</summary>
    public double WeightBoundShare { get; init; } = 0.02;

    /// <summary>MaximiseWeightedDelivered, when <see cref="WeightBound"/> gives the bound: CP-SAT parameters before
    /// <see cref="Parameters"/>. Without the linear relaxation (its bound is the weaker one) and with the core-based search
    /// as the full worker, the search found more weight in 10 s on the 300-initiative roadmap (docs/benchmarks.md, W10–W12).</summary>
    public string WeightedParameters { get; init; } = "linearization_level:0 num_full_subsolvers:1 subsolvers:\"core\"";

    /// <summary>Whether and how the branch-and-bound of Demeulemeester and Herroelen runs (PSPLIB-like problems only).</summary>
    public BranchAndBoundMode BranchAndBound { get; init; } = BranchAndBoundMode.Before;

    /// <summary>With <see cref="BranchAndBoundMode.Before"/>: a first, short run from the list heuristic's finish before the
    /// genetic algorithm, at most this share of the time limit (0: none).</summary>
    public double BranchAndBoundFirstShare { get; init; } = 0.1;

    /// <summary>With <see cref="BranchAndBoundMode.Before"/>: its largest share of the time left after the genetic algorithm.</summary>
    public double BranchAndBoundShare { get; init; } = 0.5;

    /// <summary>With <see cref="BranchAndBoundMode.Before"/>: the run after the genetic algorithm only up to this many tasks.
    /// On j60 (62 tasks) it rarely completed and the time it took from CP-SAT left 3 of 60 schedules longer
    /// (docs/benchmarks.md, issue 21, run B4).</summary>
    public int BranchAndBoundLongMaxTasks { get; init; } = 40;

    /// <summary>With <see cref="BranchAndBoundMode.Before"/> and at least two workers: search the project and its time-reversed
    /// twin at once, one thread each, sharing the best finish; the first to complete is the proof (ADR 0041).</summary>
    public bool BranchAndBoundBothWays { get; init; } = true;

    /// <summary>With <see cref="BranchAndBoundMode.Beside"/>: CP-SAT runs with one worker fewer, so that the two searches
    /// together use the workers asked for.</summary>
    public bool BranchAndBoundTakesWorker { get; init; }

    /// <summary>Extra CP-SAT parameters in protobuf text format, appended after the time limit and workers.</summary>
    public string Parameters { get; init; } = string.Empty;
}
