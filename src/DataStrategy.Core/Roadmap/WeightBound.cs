using Google.OrTools.Sat;

namespace DataStrategy.Core.Roadmap;

/// <summary>
/// An upper bound on "most value by the horizon" from a relaxation without time: which tasks are delivered, such that
/// what waits for a task is delivered only with it, and the least work the delivered tasks must do inside every window
/// [a, b) of the plan (from their earliest starts and their deadlines or the horizon) fits in that window's capacity
/// left by the locked tasks. The scheduling model's linear relaxation sees the same windows fractionally; solving
/// the relaxation in whole tasks closes most of the difference (docs/adr/0042-weight-bound-from-a-relaxation.md).
/// </summary>
internal static class WeightBound
{
    /// <summary>The relaxation's best bound within <paramref name="limit"/>: no schedule delivers more weight.</summary>
    public static long Compute(PreparedProblem q, TimeSpan limit, int workers, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(q);
        var p = q.P;
        var h = p.Horizon;
        var cp = new CpModel();
        var counted = new BoolVar?[q.N];
        long constant = 0;
        var latest = new int[q.N];
        for (var j = 0; j < q.N; j++)
        {
            var t = p.Tasks[j];
            latest[j] = t.Deadline is { } d ? Math.Min(h, d) : h;
            if (t.LockedStart is { } at)
            {
                constant += at + t.Duration <= h ? t.Weight : 0;
            }
            else if (q.Earliest[j] + t.Duration <= latest[j])
            {
                counted[j] = cp.NewBoolVar("x" + j);
            }
        }

        foreach (var dep in p.Dependencies)
        {
            // Delivered by the horizon after a finish-to-start predecessor: the predecessor is delivered too; an optional
            // task needs its predecessors whatever the kind.
            var needs = (dep.Kind == DependencyKind.FinishToStart && dep.Lag >= 0) || (!q.Mandatory[dep.Successor] && !q.Mandatory[dep.Predecessor]);
            if (needs && counted[dep.Successor] is { } after)
            {
                if (counted[dep.Predecessor] is { } before)
                {
                    cp.AddImplication(after, before);
                }
                else if (p.Tasks[dep.Predecessor].LockedStart is null)
                {
                    cp.Add(after == 0);
                }
            }
        }

        var literals = counted.Select(x => (ILiteral?)x).ToArray();
        for (var r = 0; r < q.R; r++)
        {
            for (var a = 0; a < h; a++)
            {
                for (var b = a + 1; b <= h; b++)
                {
                    KnapsackWindow.Add(cp, q, r, a, b, literals, latest);
                }
            }
        }

        var weighted = Enumerable.Range(0, q.N).Where(j => counted[j] is not null).ToArray();
        var total = constant + weighted.Sum(j => (long)p.Tasks[j].Weight);
        cp.Maximize(LinearExpr.WeightedSum(weighted.Select(j => counted[j]!), weighted.Select(j => (long)p.Tasks[j].Weight)));
        using var solver = new CpSolver { StringParameters = Scheduler.Parameters(limit, workers, string.Empty) };
        CpSolverStatus status;
        using (ct.Register(solver.StopSearch))
        {
            status = solver.Solve(cp);
        }

        return status switch
        {
            CpSolverStatus.Optimal or CpSolverStatus.Feasible => constant + (long)Math.Floor(solver.BestObjectiveBound + 1e-6),
            _ => total,
        };
    }
}
