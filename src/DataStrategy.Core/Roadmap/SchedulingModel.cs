using Google.OrTools.Sat;

namespace DataStrategy.Core.Roadmap;

/// <summary>The CP-SAT model of a prepared problem.</summary>
internal sealed class SchedulingModel
{
    /// <summary>Beyond this many tasks the quadratic search for incompatible pairs is skipped.</summary>
    private const int MaxTasksForCliques = 2000;

    private readonly PreparedProblem q;
    private readonly IntVar[] start;
    private readonly ILiteral[] present;
    private readonly IntVar finish;
    private readonly long scale;
    private readonly long lockedDelivered;

    /// <param name="horizon">No task finishes after it (except optional tasks, bounded by the plan's horizon).</param>
    /// <param name="withAssumptions">Locks and mandatory deadlines become assumption literals (to explain infeasibility).</param>
    public SchedulingModel(PreparedProblem q, int horizon, SolverTuning tuning, bool withAssumptions)
    {
        this.q = q;
        var p = q.P;
        var minimise = q.Objective == ScheduleObjective.MinimiseFinish;
        var tight = tuning.TightDomains && !withAssumptions;
        start = new IntVar[q.N];
        present = new ILiteral[q.N];
        var intervals = new IntervalVar[q.N];
        for (var j = 0; j < q.N; j++)
        {
            var t = p.Tasks[j];
            var d = t.Duration;
            var lo = tight ? q.Earliest[j] : Math.Max(0, t.EarliestStart);
            var limit = withAssumptions && q.Mandatory[j] ? horizon : q.FinishLimit(j, horizon);
            var hi = limit - d;
            if (tight && minimise)
            {
                hi = Math.Min(hi, horizon - q.Tail[j]);
            }

            if (t.LockedStart is { } locked && !withAssumptions)
            {
                lo = hi = locked;
            }

            var impossible = lo > hi;
            start[j] = Cp.NewIntVar(lo, Math.Max(lo, hi), "s" + j);
            if (q.Mandatory[j])
            {
                present[j] = Cp.TrueLiteral();
                if (impossible)
                {
                    Cp.AddBoolOr([Cp.FalseLiteral()]);
                }
            }
            else
            {
                present[j] = Cp.NewBoolVar("p" + j);
                if (impossible)
                {
                    Cp.AddBoolAnd([present[j].Not()]);
                }
            }

            intervals[j] = q.Mandatory[j]
                ? Cp.NewFixedSizeIntervalVar(start[j], d, "i" + j)
                : Cp.NewOptionalFixedSizeIntervalVar(start[j], d, present[j], "i" + j);

            if (withAssumptions && q.Mandatory[j])
            {
                if (t.LockedStart is { } at)
                {
                    Assume(j, Cp.Add(start[j] == at));
                }

                if (t.Deadline is { } deadline)
                {
                    Assume(j, Cp.Add(start[j] + d <= deadline));
                }
            }
        }

        foreach (var dep in p.Dependencies)
        {
            var before = start[dep.Predecessor] + (dep.Kind == DependencyKind.FinishToStart ? p.Tasks[dep.Predecessor].Duration : 0) + dep.Lag;
            var constraint = Cp.Add(start[dep.Successor] >= before);
            if (!q.Mandatory[dep.Successor])
            {
                constraint.OnlyEnforceIf(present[dep.Successor]);
                Cp.AddImplication(present[dep.Successor], present[dep.Predecessor]);
            }
        }

        AddCumulatives(horizon, intervals);
        if (tuning.NoOverlapCliques && q.N <= MaxTasksForCliques)
        {
            AddNoOverlapCliques(intervals);
        }

        if (minimise)
        {
            var lower = tuning.EnergeticBound ? Math.Min(horizon, EnergeticBound()) : 0;
            finish = Cp.NewIntVar(lower, horizon, "finish");
            for (var j = 0; j < q.N; j++)
            {
                if (!EndImpliedBySuccessor(j))
                {
                    Cp.Add(finish >= start[j] + p.Tasks[j].Duration);
                }
            }

            scale = 1;
            Cp.Minimize(finish);
        }
        else
        {
            // Weight first, then the finish of what is delivered: weight × (largest finish + 1) − finish.
            var last = Math.Max(horizon, p.Horizon);
            finish = Cp.NewIntVar(0, last, "finish");
            for (var j = 0; j < q.N; j++)
            {
                Cp.Add(finish >= start[j] + p.Tasks[j].Duration).OnlyEnforceIf(present[j]);
            }

            scale = last + 1L;
            // Optional tasks count when present (present ⇒ by the horizon); mandatory ones when they finish by the horizon.
            var counted = new ILiteral[q.N];
            for (var j = 0; j < q.N; j++)
            {
                if (!q.Mandatory[j])
                {
                    counted[j] = present[j];
                }
                else if (p.Tasks[j].LockedStart is { } at)
                {
                    lockedDelivered += at + p.Tasks[j].Duration <= p.Horizon ? p.Tasks[j].Weight : 0;
                }
                else
                {
                    var byHorizon = Cp.NewBoolVar("by" + j);
                    Cp.Add(start[j] + p.Tasks[j].Duration <= p.Horizon).OnlyEnforceIf(byHorizon);
                    counted[j] = byHorizon;
                }
            }

            if (tuning.KnapsackCuts && q.N <= tuning.KnapsackCutsMaxTasks && !withAssumptions)
            {
                AddKnapsackCuts(counted);
            }

            var weights = Enumerable.Range(0, q.N).Where(j => counted[j] is not null).ToArray();
            var delivered = LinearExpr.WeightedSum(weights.Select(j => counted[j]), weights.Select(j => (long)p.Tasks[j].Weight * scale));
            Cp.Minimize(finish - delivered);
        }
    }

    public CpModel Cp { get; } = new();

    /// <summary>Assumption literal index → task.</summary>
    public Dictionary<int, int> AssumptionTask { get; } = [];

    public void AddHint(IReadOnlyList<int?> starts)
    {
        var last = 0;
        for (var j = 0; j < q.N; j++)
        {
            if (starts[j] is { } s)
            {
                Cp.AddHint(start[j], s);
                last = Math.Max(last, s + q.P.Tasks[j].Duration);
            }

            if (!q.Mandatory[j])
            {
                Cp.AddHint(present[j], starts[j] is not null);
            }
        }

        Cp.AddHint(finish, last);
    }

    /// <summary>Starts of a solution (null for absent tasks), read through the solver's or the callback's accessors.</summary>
    public int?[] Read(Func<IntVar, long> value, Func<ILiteral, bool> isTrue)
    {
        var starts = new int?[q.N];
        for (var j = 0; j < q.N; j++)
        {
            starts[j] = q.Mandatory[j] || isTrue(present[j]) ? (int)value(start[j]) : null;
        }

        return starts;
    }

    /// <summary>The solver's objective bound in the result's terms: a finish lower bound, or a weight upper bound.</summary>
    public long Bound(double objectiveBound)
    {
        var bound = (long)Math.Ceiling(objectiveBound - 1e-6);
        if (q.Objective == ScheduleObjective.MinimiseFinish)
        {
            return bound;
        }

        // finish − weight·scale ≥ bound with 0 ≤ finish < scale  ⇒  weight ≤ (scale − 1 − bound) / scale; locked tasks are constants.
        return (long)Math.Floor((scale - 1 - bound) / (double)scale) + lockedDelivered;
    }

    /// <summary>Makes <paramref name="constraint"/> hold only under a new assumption literal that stands for task <paramref name="j"/>.</summary>
    private void Assume(int j, Constraint constraint)
    {
        var literal = Cp.NewBoolVar($"assume{j}_{AssumptionTask.Count}");
        constraint.OnlyEnforceIf(literal);
        Cp.AddAssumption(literal);
        AssumptionTask[literal.GetIndex()] = j;
    }

    private void AddCumulatives(int horizon, IntervalVar[] intervals)
    {
        for (var r = 0; r < q.R; r++)
        {
            var users = Enumerable.Range(0, q.N).Where(j => q.P.Tasks[j].Duration > 0 && q.Demand(j, r) > 0).ToArray();
            if (users.Length == 0)
            {
                continue;
            }

            var max = q.MaxCapacity[r];
            var cumulative = Cp.AddCumulative(max);
            cumulative.AddDemands(users.Select(j => intervals[j]), users.Select(j => (long)q.Demand(j, r)));

            // Capacity below its maximum in some periods: fixed intervals eat the difference.
            var capacity = q.P.Resources[r].Capacity;
            var from = 0;
            while (from < capacity.Count)
            {
                var until = from + 1;
                while (until < capacity.Count && capacity[until] == capacity[from])
                {
                    until++;
                }

                var end = until == capacity.Count ? Math.Max(until, horizon + 1) : until;
                if (capacity[from] < max && end > from)
                {
                    cumulative.AddDemand(Cp.NewFixedSizeIntervalVar(Cp.NewConstant(from), end - from, $"gap{r}_{from}"), max - capacity[from]);
                }

                from = until;
            }
        }
    }

    /// <summary>
    /// Per resource and window [t, horizon), t = 0 … horizon − 1: the delivered tasks' least work inside the window
    /// (all of it when they cannot start before t, what sticks out of [earliest start, t) otherwise) fits in the window's
    /// capacity less what locked tasks use there. Redundant for CP-SAT's propagation, but the LP relaxation then bounds
    /// the weight delivered like a multi-dimensional knapsack instead of by the total weight.
    /// </summary>
    private void AddKnapsackCuts(ILiteral?[] counted)
    {
        // A task counted finishes by the horizon: windows [t, horizon) leave it no way out of the window's end.
        var h = q.P.Horizon;
        var latest = Enumerable.Repeat(h, q.N).ToArray();
        for (var r = 0; r < q.R; r++)
        {
            for (var t = 0; t < h; t++)
            {
                KnapsackWindow.Add(Cp, q, r, t, h, counted, latest);
            }
        }
    }

    /// <summary>Cliques of tasks that pairwise exceed some resource together: they run one after the other.</summary>
    private void AddNoOverlapCliques(IntervalVar[] intervals)
    {
        var candidates = Enumerable.Range(0, q.N).Where(j => q.P.Tasks[j].Duration > 0).ToArray();
        bool Incompatible(int a, int b)
        {
            for (var r = 0; r < q.R; r++)
            {
                if (q.Demand(a, r) + q.Demand(b, r) > q.MaxCapacity[r])
                {
                    return true;
                }
            }

            return false;
        }

        var degree = candidates.ToDictionary(a => a, a => candidates.Count(b => b != a && Incompatible(a, b)));
        var byDegree = candidates.Where(a => degree[a] >= 2).OrderByDescending(a => degree[a]).ThenBy(a => a).ToArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var seed in byDegree)
        {
            var clique = new List<int> { seed };
            foreach (var other in byDegree)
            {
                if (other != seed && clique.TrueForAll(member => Incompatible(member, other)))
                {
                    clique.Add(other);
                }
            }

            clique.Sort();
            if (clique.Count >= 3 && seen.Add(string.Join(',', clique)))
            {
                Cp.AddNoOverlap(clique.Select(j => intervals[j]));
            }
        }
    }

    /// <summary>Critical-path length and, per resource, total work over capacity (rounded up).</summary>
    private int EnergeticBound()
    {
        long bound = q.CpmFinish;
        for (var r = 0; r < q.R; r++)
        {
            long work = 0;
            for (var j = 0; j < q.N; j++)
            {
                work += (long)q.P.Tasks[j].Duration * q.Demand(j, r);
            }

            if (q.MaxCapacity[r] > 0)
            {
                bound = Math.Max(bound, (work + q.MaxCapacity[r] - 1) / q.MaxCapacity[r]);
            }
        }

        return (int)Math.Min(int.MaxValue, bound);
    }

    /// <summary>True when a finish-to-start successor with a non-negative lag always ends later.</summary>
    private bool EndImpliedBySuccessor(int j) =>
        q.Graph.Out[j].Any(dep => dep.Kind == DependencyKind.FinishToStart && dep.Lag >= 0);
}
