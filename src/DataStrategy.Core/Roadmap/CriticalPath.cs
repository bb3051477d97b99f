namespace DataStrategy.Core.Roadmap;

/// <summary>
/// Critical-path analysis (CPM) of a <see cref="ScheduleProblem"/>, capacity ignored.
/// <para>Conventions: a task starts no earlier than period 0, its <see cref="ScheduleTask.EarliestStart"/> and what its
/// dependencies allow; a <see cref="ScheduleTask.LockedStart"/> replaces all of that (earliest start = latest start = the
/// lock, even when the lock breaks a dependency: <see cref="Scheduler"/> reports that as a conflict). Latest dates are
/// computed backwards from the plan's earliest finish, tightened by each task's deadline, so a task that cannot meet
/// its deadline has negative slack.</para>
/// </summary>
public static class CriticalPath
{
    public static CriticalPathResult Analyse(ScheduleProblem p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var graph = Graph.Of(p);
        if (graph.Cycle() is { } cycle)
        {
            return new CriticalPathResult { Cycle = cycle };
        }

        var order = graph.TopologicalOrder();
        var (es, driver) = Forward(p, graph, order);
        var n = p.Tasks.Count;
        var finish = 0;
        for (var j = 0; j < n; j++)
        {
            finish = Math.Max(finish, es[j] + p.Tasks[j].Duration);
        }

        var ls = Backward(p, graph, order, finish);
        var timings = new TaskTiming[n];
        for (var j = 0; j < n; j++)
        {
            var d = p.Tasks[j].Duration;
            timings[j] = new TaskTiming(es[j], es[j] + d, ls[j], ls[j] + d);
        }

        // The chain that drives the finish: from the last-finishing task back along the dependencies that set each start.
        var last = -1;
        for (var j = 0; j < n; j++)
        {
            if (last < 0 || timings[j].EarliestFinish > timings[last].EarliestFinish)
            {
                last = j;
            }
        }

        return new CriticalPathResult
        {
            Timings = timings,
            Finish = finish,
            CriticalChain = last < 0 ? [] : ChainTo(driver, last),
        };
    }

    /// <summary>Task indices of a dependency cycle in cycle order (each depends on the one before, the first on the last),
    /// or null when there is none.</summary>
    public static IReadOnlyList<int>? FindCycle(ScheduleProblem p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return Graph.Of(p).Cycle();
    }

    /// <summary>Earliest starts honouring dependencies, earliest starts and locks; and for each task the predecessor whose
    /// dependency set its start (-1 when its own earliest start or lock did). Requires an acyclic problem.</summary>
    internal static (int[] Earliest, int[] Driver) Forward(ScheduleProblem p, Graph graph, List<int> order)
    {
        var n = p.Tasks.Count;
        var es = new int[n];
        var driver = new int[n];
        foreach (var j in order)
        {
            var t = p.Tasks[j];
            driver[j] = -1;
            if (t.LockedStart is { } locked)
            {
                es[j] = locked;
                continue;
            }

            var start = Math.Max(0, t.EarliestStart);
            foreach (var dep in graph.In[j])
            {
                var from = Bound(p, dep, es[dep.Predecessor]);
                if (from > start)
                {
                    start = from;
                    driver[j] = dep.Predecessor;
                }
            }

            es[j] = start;
        }

        return (es, driver);
    }

    /// <summary>The earliest start its dependency <paramref name="dep"/> allows the successor, given the predecessor's start.</summary>
    internal static int Bound(ScheduleProblem p, ScheduleDependency dep, int predecessorStart) =>
        dep.Kind == DependencyKind.FinishToStart
            ? predecessorStart + p.Tasks[dep.Predecessor].Duration + dep.Lag
            : predecessorStart + dep.Lag;

    /// <summary>The chain of driving predecessors ending at <paramref name="task"/>, first to last.</summary>
    internal static IReadOnlyList<int> ChainTo(int[] driver, int task)
    {
        var chain = new List<int>();
        for (var j = task; j >= 0 && chain.Count <= driver.Length; j = driver[j])
        {
            chain.Add(j);
        }

        chain.Reverse();
        return chain;
    }

    private static int[] Backward(ScheduleProblem p, Graph graph, List<int> order, int finish)
    {
        var n = p.Tasks.Count;
        var ls = new int[n];
        for (var k = order.Count - 1; k >= 0; k--)
        {
            var j = order[k];
            var t = p.Tasks[j];
            if (t.LockedStart is { } locked)
            {
                ls[j] = locked;
                continue;
            }

            var lf = t.Deadline is { } deadline ? Math.Min(finish, deadline) : finish;
            foreach (var dep in graph.Out[j])
            {
                // FS: finish ≤ successor's start − lag; SS: start ≤ successor's start − lag.
                var limit = dep.Kind == DependencyKind.FinishToStart
                    ? ls[dep.Successor] - dep.Lag
                    : ls[dep.Successor] - dep.Lag + t.Duration;
                lf = Math.Min(lf, limit);
            }

            ls[j] = lf - t.Duration;
        }

        return ls;
    }
}
