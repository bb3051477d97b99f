using Google.OrTools.Sat;

namespace DataStrategy.Core.Roadmap;

/// <summary>
/// <see cref="ProjectBranchAndBound"/> on its own thread while CP-SAT runs: CP-SAT's schedules lower the finish the
/// branch and bound must beat, and a complete branch and bound stops CP-SAT, because the best schedule either has found
/// is then proven optimal.
/// </summary>
internal sealed class BesideSearch : IDisposable
{
    private readonly PreparedProblem q;
    private readonly CancellationTokenSource stop = new();
    private readonly Task<(bool Complete, int Finish, int[]? Starts)> search;
    private Task? stopper;

    public BesideSearch(PreparedProblem q, int upper, TimeSpan limit)
    {
        this.q = q;
        Bound = new ProjectBranchAndBound.SharedBound(upper);
        var bnb = new ProjectBranchAndBound(q);
        var token = stop.Token;
        search = Task.Factory.StartNew(() => bnb.Run(upper, limit, Bound, cancel: token), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    public ProjectBranchAndBound.SharedBound Bound { get; }

    /// <summary>The branch and bound has already searched its whole tree.</summary>
    public bool Proven => search.IsCompletedSuccessfully && search.Result.Complete;

    /// <summary>Stops <paramref name="solver"/> as soon as the branch and bound completes.</summary>
    public void StopOnProof(CpSolver solver) =>
        stopper = search.ContinueWith(
            t =>
            {
                if (t.IsCompletedSuccessfully && t.Result.Complete)
                {
                    solver.StopSearch();
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);

    /// <summary>After CP-SAT has returned: the result when the branch and bound decides it (it proved the best schedule
    /// optimal, or found a better one), otherwise null and CP-SAT's answer stands.</summary>
    public ScheduleResult? Finish(CpSolverStatus status, SchedulingModel model, CpSolver solver, int?[] heuristic, int lowerBound, TimeSpan elapsed)
    {
        stop.Cancel();
        var (complete, finish, found) = search.Result;
        stopper?.Wait();
        if (status is CpSolverStatus.Optimal or CpSolverStatus.Infeasible or CpSolverStatus.ModelInvalid)
        {
            return null;
        }

        var fromSolver = status == CpSolverStatus.Feasible ? model.Read(solver.Value, l => solver.BooleanValue(l)) : null;
        var candidates = new List<int?[]>();
        if (fromSolver is not null)
        {
            candidates.Add(fromSolver);
        }

        if (found is not null)
        {
            candidates.Add(found.Select(x => (int?)x).ToArray());
        }

        candidates.Add(heuristic);
        var best = candidates.MinBy(Makespan)!;
        if (complete && Makespan(best) == finish)
        {
            return q.ToResult(best, ScheduleStatus.Optimal, finish, elapsed);
        }

        if (fromSolver is not null && Makespan(best) >= Makespan(fromSolver))
        {
            return null;
        }

        var bound = fromSolver is not null ? Math.Max(lowerBound, model.Bound(solver.BestObjectiveBound)) : Math.Max(lowerBound, q.CpmFinish);
        return q.ToResult(best, ScheduleStatus.Feasible, bound, elapsed);
    }

    public void Dispose()
    {
        stop.Cancel();
        try
        {
            search.Wait();
            stopper?.Wait();
        }
        catch (AggregateException)
        {
            // A search that failed has nothing to hand back; the caller already has CP-SAT's answer.
        }

        stop.Dispose();
    }

    private int Makespan(int?[] starts)
    {
        var finish = 0;
        for (var j = 0; j < starts.Length; j++)
        {
            finish = Math.Max(finish, (starts[j] ?? 0) + q.P.Tasks[j].Duration);
        }

        return finish;
    }
}
