namespace DataStrategy.Core.Roadmap;

/// <summary>A validated, acyclic problem with the critical-path figures the heuristic and the model share.</summary>
internal sealed class PreparedProblem
{
    public const int MaxWeight = 1_000_000;

    private PreparedProblem(ScheduleProblem p, ScheduleObjective objective, Graph graph, List<int> order)
    {
        P = p;
        Objective = objective;
        Graph = graph;
        Order = order;
        N = p.Tasks.Count;
        R = p.Resources.Count;
        (Earliest, Driver) = CriticalPath.Forward(p, graph, order);
        var cpm = 0;
        for (var j = 0; j < N; j++)
        {
            cpm = Math.Max(cpm, Earliest[j] + p.Tasks[j].Duration);
        }

        CpmFinish = cpm;
        Tail = new int[N];
        Latest = new int[N];
        for (var k = order.Count - 1; k >= 0; k--)
        {
            var j = order[k];
            var d = p.Tasks[j].Duration;
            var tail = d;
            foreach (var dep in graph.Out[j])
            {
                var offset = dep.Kind == DependencyKind.FinishToStart ? d + dep.Lag : dep.Lag;
                tail = Math.Max(tail, offset + Tail[dep.Successor]);
            }

            Tail[j] = tail;
        }

        var analysis = CriticalPath.Analyse(p);
        for (var j = 0; j < N; j++)
        {
            Latest[j] = analysis.Timings[j].LatestFinish;
        }

        MaxCapacity = new int[R];
        FinalCapacity = new int[R];
        CapacityLength = 1;
        for (var r = 0; r < R; r++)
        {
            var cap = p.Resources[r].Capacity;
            MaxCapacity[r] = cap.Count == 0 ? 0 : cap.Max();
            FinalCapacity[r] = cap.Count == 0 ? 0 : cap[^1];
            CapacityLength = Math.Max(CapacityLength, cap.Count);
        }

        Mandatory = new bool[N];
        if (objective == ScheduleObjective.MinimiseFinish)
        {
            Array.Fill(Mandatory, true);
        }
        else
        {
            // Locked tasks are commitments; what they depend on must happen too.
            for (var k = order.Count - 1; k >= 0; k--)
            {
                var j = order[k];
                Mandatory[j] |= p.Tasks[j].LockedStart is not null;
                if (Mandatory[j])
                {
                    foreach (var dep in graph.In[j])
                    {
                        Mandatory[dep.Predecessor] = true;
                    }
                }
            }
        }

        TrivialHorizon = ComputeTrivialHorizon();
    }

    public ScheduleProblem P { get; }

    public ScheduleObjective Objective { get; }

    public Graph Graph { get; }

    /// <summary>A topological order of all tasks.</summary>
    public List<int> Order { get; }

    public int N { get; }

    public int R { get; }

    /// <summary>Critical-path earliest starts (locks honoured).</summary>
    public int[] Earliest { get; }

    /// <summary>The predecessor that set each earliest start, or -1.</summary>
    public int[] Driver { get; }

    /// <summary>Critical-path latest finishes (deadlines and locks honoured).</summary>
    public int[] Latest { get; }

    /// <summary>Longest path from a task's start to the end of the plan (its duration at least).</summary>
    public int[] Tail { get; }

    public int CpmFinish { get; }

    public int[] MaxCapacity { get; }

    public int[] FinalCapacity { get; }

    /// <summary>Periods after which every capacity is constant.</summary>
    public int CapacityLength { get; }

    /// <summary>Tasks that must be scheduled: all of them when minimising the finish; locked tasks and their
    /// predecessors when maximising the weight delivered.</summary>
    public bool[] Mandatory { get; }

    /// <summary>A finish no schedule needs to exceed: every task one after the other after the latest fixed date.</summary>
    public int TrivialHorizon { get; }

    /// <summary>Null when the problem has a cycle.</summary>
    public static PreparedProblem? Of(ScheduleProblem p, ScheduleObjective objective)
    {
        Validate(p);
        var graph = Graph.Of(p);
        var order = graph.TopologicalOrder();
        return order.Count < p.Tasks.Count ? null : new PreparedProblem(p, objective, graph, order);
    }

    public static void Validate(ScheduleProblem p)
    {
        ArgumentNullException.ThrowIfNull(p);
        for (var j = 0; j < p.Tasks.Count; j++)
        {
            var t = p.Tasks[j];
            if (t.Duration < 0 || t.Demand.Any(d => d < 0) || t.Weight < 0 || t.LockedStart < 0)
            {
                throw new ArgumentException($"Task {j} ({t.Key}) has a negative duration, demand, weight or locked start.", nameof(p));
            }

            // Weight × (finish + 1) summed over the tasks is the solver's objective: keep it far from 64-bit overflow.
            if (t.Weight > MaxWeight)
            {
                throw new ArgumentException($"Task {j} ({t.Key}) has a weight above {MaxWeight}.", nameof(p));
            }
        }

        if (p.Resources.Any(r => r.Capacity.Any(c => c < 0)) || p.Horizon < 0)
        {
            throw new ArgumentException("A capacity or the horizon is negative.", nameof(p));
        }
    }

    public int Demand(int j, int r) => CapacityCheck.DemandOf(P.Tasks[j], r);

    /// <summary>The latest finish a task may have in the model: its deadline, and the horizon for optional tasks.</summary>
    public int FinishLimit(int j, int horizon)
    {
        var t = P.Tasks[j];
        var limit = Mandatory[j] ? horizon : Math.Min(horizon, P.Horizon);
        return t.Deadline is { } d ? Math.Min(limit, d) : limit;
    }

    /// <summary>Critical-path earliest finish past the horizon or the deadline: the task cannot be delivered even alone.</summary>
    public bool PastHorizon(int j)
    {
        var finish = Earliest[j] + P.Tasks[j].Duration;
        return finish > P.Horizon || (P.Tasks[j].Deadline is { } d && finish > d);
    }

    /// <summary>The result of a schedule: finish, weight delivered by the horizon and, when maximising it, why each absent task is absent.</summary>
    public ScheduleResult ToResult(IReadOnlyList<int?> starts, ScheduleStatus status, long bound, TimeSpan elapsed)
    {
        var finish = 0;
        long weight = 0;
        for (var j = 0; j < N; j++)
        {
            if (starts[j] is { } s)
            {
                var end = s + P.Tasks[j].Duration;
                finish = Math.Max(finish, end);
                weight += end <= P.Horizon ? P.Tasks[j].Weight : 0;
            }
        }

        var leftOut = new List<LeftOutTask>();
        for (var j = 0; j < N; j++)
        {
            if (starts[j] is null)
            {
                var reason = PastHorizon(j) ? LeftOutReason.PastHorizon
                    : Graph.In[j].Any(dep => starts[dep.Predecessor] is null) ? LeftOutReason.PredecessorLeftOut
                    : LeftOutReason.NoCapacity;
                leftOut.Add(new LeftOutTask(j, reason));
            }
        }

        return new ScheduleResult
        {
            Status = status,
            Starts = starts.ToArray(),
            Finish = finish,
            WeightDelivered = weight,
            Bound = bound,
            LeftOut = leftOut,
            Elapsed = elapsed,
        };
    }

    /// <summary>Whether <paramref name="starts"/> meets every constraint of the objective (capacity only when asked:
    /// the list scheduler never overloads, and the check is its most expensive part).</summary>
    public bool IsValid(IReadOnlyList<int?> starts, bool checkCapacity = true)
    {
        for (var j = 0; j < N; j++)
        {
            var t = P.Tasks[j];
            if (starts[j] is not { } s)
            {
                if (Mandatory[j])
                {
                    return false;
                }

                continue;
            }

            if (s < Math.Max(0, t.EarliestStart) || (t.LockedStart is { } l && s != l) || s + t.Duration > FinishLimit(j, int.MaxValue))
            {
                return false;
            }
        }

        foreach (var dep in P.Dependencies)
        {
            if (starts[dep.Successor] is not { } s)
            {
                continue;
            }

            if (starts[dep.Predecessor] is not { } pred || s < CriticalPath.Bound(P, dep, pred))
            {
                return false;
            }
        }

        return !checkCapacity || CapacityCheck.Find(P, starts).Count == 0;
    }

    private int ComputeTrivialHorizon()
    {
        long start = CapacityLength;
        long sum = 0;
        for (var j = 0; j < N; j++)
        {
            var t = P.Tasks[j];
            start = Math.Max(start, Math.Max(t.EarliestStart, (t.LockedStart ?? 0) + t.Duration));
            sum += t.Duration + Graph.Out[j].Sum(dep => (long)Math.Max(0, dep.Lag));
        }

        return (int)Math.Min(int.MaxValue / 4, start + sum + CpmFinish);
    }
}
