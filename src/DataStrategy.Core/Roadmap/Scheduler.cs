using System.Diagnostics;
using System.Globalization;
using Google.OrTools.Sat;

namespace DataStrategy.Core.Roadmap;

/// <summary>
/// Schedules a roadmap (or a PSPLIB instance) with OR-Tools CP-SAT: one interval per task, one cumulative per
/// resource, dependencies as linear constraints. Problems that cannot have a schedule are explained rather than
/// just declared infeasible: first by checks that need no search (<see cref="FindConflicts"/>), then, if the solver
/// still proves infeasibility, by the set of locks and deadlines it found impossible together.
/// </summary>
public static class Scheduler
{
    /// <summary>The conflicts visible without searching (demand over capacity, broken locks, unreachable deadlines,
    /// cycles, locked tasks over capacity). Empty does not mean a schedule exists.</summary>
    public static IReadOnlyList<ScheduleConflict> FindConflicts(ScheduleProblem p, ScheduleObjective objective = ScheduleObjective.MinimiseFinish)
    {
        ArgumentNullException.ThrowIfNull(p);
        return ConflictFinder.Find(p, objective);
    }

    /// <param name="onImprovement">Called, from the solver's thread, with each better schedule found.</param>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1068:CancellationToken parameters must come last", Justification = "The callback is optional and last by the contract the web app is written against.")]
    public static ScheduleResult Solve(ScheduleProblem p, SchedulerOptions o, CancellationToken ct = default, Action<ScheduleResult>? onImprovement = null)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(o);
        var clock = Stopwatch.StartNew();
        var conflicts = ConflictFinder.Find(p, o.Objective);
        if (conflicts.Count > 0)
        {
            return new ScheduleResult { Status = ScheduleStatus.Infeasible, Conflicts = conflicts, Elapsed = clock.Elapsed };
        }

        var q = PreparedProblem.Of(p, o.Objective)!;
        if (q.N == 0)
        {
            return q.ToResult([], ScheduleStatus.Optimal, 0, clock.Elapsed);
        }

        var tuning = o.Tuning;
        var minimise = o.Objective == ScheduleObjective.MinimiseFinish;
        var heuristic = tuning.HeuristicHint || tuning.HeuristicUpperBound ? ListScheduler.Best(q) : null;
        var lowerBound = 0;
        var provable = minimise && heuristic is not null && ProjectBranchAndBound.Applies(q);
        TwoWayBranchAndBound? prover = provable && tuning.BranchAndBound == BranchAndBoundMode.Before ? new(q, tuning.BranchAndBoundBothWays && o.Workers >= 2) : null;
        if (provable && tuning.BranchAndBound == BranchAndBoundMode.Before && tuning.BranchAndBoundFirstShare > 0
            && Prove(q, prover!, ref heuristic!, o.TimeLimit * tuning.BranchAndBoundFirstShare, clock, onImprovement, ct) is { } closed)
        {
            // Most PSPLIB-like problems are closed in milliseconds this way, before the genetic algorithm has started.
            return closed;
        }

        if (minimise && tuning.Metaheuristic && ActivityListSearch.Applies(q))
        {
            lowerBound = ActivityListSearch.EnergyBound(q);
            var islands = tuning.MetaheuristicIslands ? Math.Max(1, o.Workers) : 1;

            // Without a branch and bound after it, the genetic algorithm is the best search for schedules there is: all its time.
            var exactAfter = provable && tuning.BranchAndBound == BranchAndBoundMode.Before && q.N <= tuning.BranchAndBoundLongMaxTasks;
            var alone = !exactAfter && tuning.MetaheuristicLongShare > 0;
            var budget = (o.TimeLimit * (alone ? tuning.MetaheuristicLongShare : tuning.MetaheuristicShare)) - clock.Elapsed;
            var (starts, finish) = ActivityListSearch.RunIslands(q, heuristic, islands, budget, alone ? int.MaxValue : tuning.MetaheuristicIdleGenerations, alone ? (tuning.MetaheuristicWalk, tuning.MetaheuristicWalkWorse) : default, ct);
            if (heuristic is null || finish < ListScheduler.Score(q, heuristic).Finish)
            {
                heuristic = starts;
                onImprovement?.Invoke(q.ToResult(heuristic, ScheduleStatus.Feasible, lowerBound, clock.Elapsed));
            }

            if (finish <= lowerBound)
            {
                return q.ToResult(heuristic, ScheduleStatus.Optimal, lowerBound, clock.Elapsed);
            }
        }

        if (provable && tuning.BranchAndBound == BranchAndBoundMode.Before && q.N <= tuning.BranchAndBoundLongMaxTasks
            && Prove(q, prover!, ref heuristic!, (o.TimeLimit - clock.Elapsed) * tuning.BranchAndBoundShare, clock, onImprovement, ct) is { } proven)
        {
            return proven;
        }

        // Most value by the horizon: a bound from a relaxation in whole tasks, tighter than the model's linear one.
        var relaxed = long.MaxValue;
        if (!minimise && tuning.WeightBoundShare > 0 && q.N <= tuning.KnapsackCutsMaxTasks)
        {
            relaxed = WeightBound.Compute(q, o.TimeLimit * tuning.WeightBoundShare, o.Workers, ct);
        }

        var horizon = q.TrivialHorizon;
        var below = false;
        if (minimise && tuning.HeuristicUpperBound && heuristic is not null)
        {
            horizon = ListScheduler.Score(q, heuristic).Finish;
            if (tuning.ProveBelowHeuristic && horizon > Math.Max(lowerBound, q.CpmFinish))
            {
                horizon--;
                below = true;
            }
        }

        var hint = o.Hint is { } given && given.Count == q.N ? given : tuning.HeuristicHint ? heuristic : null;
        var model = new SchedulingModel(q, horizon, tuning, withAssumptions: false);
        if (hint is not null)
        {
            model.AddHint(hint);
        }

        using var beside = provable && tuning.BranchAndBound == BranchAndBoundMode.Beside ? new BesideSearch(q, ListScheduler.Score(q, heuristic!).Finish, o.TimeLimit - clock.Elapsed) : null;
        var workers = beside is not null && tuning.BranchAndBoundTakesWorker ? Math.Max(1, o.Workers - 1) : o.Workers;
        using var solver = new CpSolver
        {
            StringParameters = Parameters(o.TimeLimit - clock.Elapsed, workers, relaxed == long.MaxValue ? tuning.Parameters : (tuning.WeightedParameters + " " + tuning.Parameters).Trim()),
        };
        var callback = new ImprovementCallback(q, model, clock, onImprovement, beside?.Bound, relaxed);
        CpSolverStatus status;
        using (ct.Register(solver.StopSearch))
        {
            beside?.StopOnProof(solver);
            status = ct.IsCancellationRequested || beside?.Proven == true ? CpSolverStatus.Unknown : solver.Solve(model.Cp, callback);
        }

        if (beside?.Finish(status, model, solver, heuristic!, lowerBound, clock.Elapsed) is { } decided)
        {
            return decided;
        }

        switch (status)
        {
            case CpSolverStatus.Optimal:
            case CpSolverStatus.Feasible:
                var starts = model.Read(solver.Value, l => solver.BooleanValue(l));
                var bound = Math.Min(model.Bound(solver.BestObjectiveBound), relaxed);
                var optimal = status == CpSolverStatus.Optimal || (!minimise && ListScheduler.Score(q, starts).Weight >= bound);
                return q.ToResult(starts, optimal ? ScheduleStatus.Optimal : ScheduleStatus.Feasible, bound, clock.Elapsed);
            case CpSolverStatus.Infeasible when below:
                // Nothing finishes before the heuristic: it is optimal.
                return q.ToResult(heuristic!, ScheduleStatus.Optimal, horizon + 1, clock.Elapsed);
            case CpSolverStatus.Infeasible:
                var remaining = o.TimeLimit - clock.Elapsed;
                return new ScheduleResult
                {
                    Status = ScheduleStatus.Infeasible,
                    Conflicts = [Explain(q, remaining < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : remaining, ct)],
                    Elapsed = clock.Elapsed,
                };
            case CpSolverStatus.ModelInvalid:
                throw new InvalidOperationException("CP-SAT rejected the scheduling model: " + model.Cp.Validate());
            default:
                // Stopped before the solver found anything: the heuristic's schedule is still a valid answer.
                return heuristic is not null
                    ? q.ToResult(heuristic, ScheduleStatus.Feasible, minimise ? Math.Max(lowerBound, q.CpmFinish) : Math.Min(relaxed, q.P.Tasks.Sum(t => (long)t.Weight)), clock.Elapsed)
                    : new ScheduleResult { Status = ScheduleStatus.Unknown, Elapsed = clock.Elapsed };
        }
    }

    /// <summary>Runs the branch and bound from the heuristic's finish; a better schedule it finds replaces the heuristic.</summary>
    /// <returns>The optimal result when it searched its whole tree, otherwise null.</returns>
    /// <param name="prover">The same search both times: the second run resumes the first.</param>
    private static ScheduleResult? Prove(PreparedProblem q, TwoWayBranchAndBound prover, ref int?[] heuristic, TimeSpan budget, Stopwatch clock, Action<ScheduleResult>? onImprovement, CancellationToken ct)
    {
        Action<int[]>? report = onImprovement is null ? null
            : better => onImprovement(q.ToResult(better.Select(x => (int?)x).ToArray(), ScheduleStatus.Feasible, q.CpmFinish, clock.Elapsed));
        var upper = ListScheduler.Score(q, heuristic).Finish;
        var (complete, finish, found) = prover.Run(upper, budget, report, ct);
        if (found is not null)
        {
            heuristic = found.Select(x => (int?)x).ToArray();
        }

        return complete ? q.ToResult(heuristic, ScheduleStatus.Optimal, finish, clock.Elapsed) : null;
    }

    internal static string Parameters(TimeSpan limit, int workers, string extra)
    {
        var seconds = Math.Max(0.01, limit.TotalSeconds);
        return string.Create(CultureInfo.InvariantCulture, $"max_time_in_seconds:{seconds:0.###} num_workers:{Math.Max(1, workers)} {extra}").Trim();
    }

    /// <summary>
    /// Re-solves with every lock and (mandatory) deadline behind an assumption literal; CP-SAT then names a set of
    /// assumptions that cannot hold together. The set is sufficient, not always minimal.
    /// </summary>
    private static ScheduleConflict Explain(PreparedProblem q, TimeSpan limit, CancellationToken ct)
    {
        var model = new SchedulingModel(q, q.TrivialHorizon, SolverTuning.Plain, withAssumptions: true);
        using var solver = new CpSolver { StringParameters = Parameters(limit, 1, string.Empty) };
        CpSolverStatus status;
        using (ct.Register(solver.StopSearch))
        {
            status = solver.Solve(model.Cp);
        }

        var tasks = new SortedSet<int>();
        if (status == CpSolverStatus.Infeasible)
        {
            foreach (var index in solver.SufficientAssumptionsForInfeasibility())
            {
                if (model.AssumptionTask.TryGetValue(index, out var j))
                {
                    tasks.Add(j);
                }
            }
        }

        if (tasks.Count > 0)
        {
            return new ScheduleConflict(ConflictKind.Combination, tasks.ToArray());
        }

        // No lock or deadline is to blame: capacity that shrinks over time is (tasks that only fit the early periods).
        for (var r = 0; r < q.R; r++)
        {
            for (var j = 0; j < q.N; j++)
            {
                if (q.Mandatory[j] && q.P.Tasks[j].Duration > 0 && q.Demand(j, r) > q.FinalCapacity[r])
                {
                    tasks.Add(j);
                }
            }

            if (tasks.Count > 0)
            {
                return new ScheduleConflict(ConflictKind.Combination, tasks.ToArray(), r, Needed: tasks.Max(j => q.Demand(j, r)), Available: q.FinalCapacity[r]);
            }
        }

        return new ScheduleConflict(ConflictKind.Combination, Enumerable.Range(0, q.N).Where(j => q.Mandatory[j]).ToArray());
    }

    /// <param name="relaxed">A weight bound found before the search (<see cref="WeightBound"/>), or long.MaxValue.</param>
    private sealed class ImprovementCallback(PreparedProblem q, SchedulingModel model, Stopwatch clock, Action<ScheduleResult>? report, ProjectBranchAndBound.SharedBound? shared, long relaxed)
        : CpSolverSolutionCallback
    {
        public override void OnSolutionCallback()
        {
            if (report is null && shared is null)
            {
                return;
            }

            var starts = model.Read(Value, BooleanValue);
            var result = q.ToResult(starts, ScheduleStatus.Feasible, Math.Min(model.Bound(BestObjectiveBound()), relaxed), clock.Elapsed);
            shared?.Offer(result.Finish);
            report?.Invoke(result);
        }
    }
}
