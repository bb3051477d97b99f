using System.Collections;
using System.Diagnostics;

namespace DataStrategy.Core.Roadmap;

/// <summary>
/// A priority-rule heuristic: the serial schedule-generation scheme. Tasks are taken one at a time, the eligible one
/// (all predecessors placed) of best priority first, and started in the first periods where every resource still has
/// room — locked tasks are placed first, at their lock, and time-varying capacity is honoured. Instant (milliseconds for
/// a thousand tasks) but not optimal; <see cref="Scheduler"/> uses it as the solver's hint and upper bound.
/// </summary>
public static class ListScheduler
{
    private const int RandomSamples = 24;

    /// <summary>The best schedule over all priority rules and a few randomised ones.</summary>
    /// <returns>Status <see cref="ScheduleStatus.Feasible"/> with a valid schedule; <see cref="ScheduleStatus.Infeasible"/>
    /// with conflicts when they can be seen without searching; <see cref="ScheduleStatus.Unknown"/> when the heuristic found
    /// no valid schedule (a deadline or lock it could not meet).</returns>
    public static ScheduleResult Schedule(ScheduleProblem p, ScheduleObjective objective = ScheduleObjective.MinimiseFinish)
    {
        var clock = Stopwatch.StartNew();
        var conflicts = ConflictFinder.Find(p, objective);
        if (conflicts.Count > 0)
        {
            return new ScheduleResult { Status = ScheduleStatus.Infeasible, Conflicts = conflicts, Elapsed = clock.Elapsed };
        }

        var q = PreparedProblem.Of(p, objective)!;
        var best = Best(q);
        return best is null
            ? new ScheduleResult { Status = ScheduleStatus.Unknown, Elapsed = clock.Elapsed }
            : q.ToResult(best, ScheduleStatus.Feasible, 0, clock.Elapsed);
    }

    /// <summary>
    /// The best schedule of <see cref="Schedule(ScheduleProblem, ScheduleObjective)"/> improved, when minimising the finish of a
    /// problem without locks, deadlines, release dates or capacity changes, by a genetic algorithm with forward–backward
    /// improvement (<see cref="ActivityListSearch"/>) for at most <paramref name="budget"/> or until
    /// <paramref name="idleGenerations"/> generations bring nothing better. Status Optimal when the lower bound is reached.
    /// </summary>
    public static ScheduleResult Search(ScheduleProblem p, TimeSpan budget, int idleGenerations = 25, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        var conflicts = ConflictFinder.Find(p, ScheduleObjective.MinimiseFinish);
        if (conflicts.Count > 0)
        {
            return new ScheduleResult { Status = ScheduleStatus.Infeasible, Conflicts = conflicts, Elapsed = clock.Elapsed };
        }

        var q = PreparedProblem.Of(p, ScheduleObjective.MinimiseFinish)!;
        var best = Best(q);
        if (!ActivityListSearch.Applies(q))
        {
            return best is null
                ? new ScheduleResult { Status = ScheduleStatus.Unknown, Elapsed = clock.Elapsed }
                : q.ToResult(best, ScheduleStatus.Feasible, q.CpmFinish, clock.Elapsed);
        }

        var search = new ActivityListSearch(q);
        var (starts, finish) = search.Run(best, budget - clock.Elapsed, idleGenerations, ct);
        return q.ToResult(starts, finish <= search.LowerBound ? ScheduleStatus.Optimal : ScheduleStatus.Feasible, search.LowerBound, clock.Elapsed);
    }

    /// <summary>The schedule of one priority rule.</summary>
    public static ScheduleResult Schedule(ScheduleProblem p, ListPriority priority, ScheduleObjective objective = ScheduleObjective.MinimiseFinish)
    {
        var clock = Stopwatch.StartNew();
        var conflicts = ConflictFinder.Find(p, objective);
        if (conflicts.Count > 0)
        {
            return new ScheduleResult { Status = ScheduleStatus.Infeasible, Conflicts = conflicts, Elapsed = clock.Elapsed };
        }

        var q = PreparedProblem.Of(p, objective)!;
        var starts = Run(q, Priorities(q, priority));
        return starts is null || !q.IsValid(starts, checkCapacity: false)
            ? new ScheduleResult { Status = ScheduleStatus.Unknown, Elapsed = clock.Elapsed }
            : q.ToResult(starts, ScheduleStatus.Feasible, 0, clock.Elapsed);
    }

    /// <summary>The best valid schedule of all rules, or null when none is valid.</summary>
    internal static int?[]? Best(PreparedProblem q)
    {
        int?[]? best = null;
        (long Weight, int Finish) bestScore = default;
        void Consider(int?[]? starts)
        {
            if (starts is null || !q.IsValid(starts, checkCapacity: false))
            {
                return;
            }

            var score = Score(q, starts);
            if (best is null || score.Weight > bestScore.Weight || (score.Weight == bestScore.Weight && score.Finish < bestScore.Finish))
            {
                best = starts;
                bestScore = score;
            }
        }

        var rules = q.Objective == ScheduleObjective.MinimiseFinish
            ? new[] { ListPriority.LatestFinish, ListPriority.LatestStart, ListPriority.MostSuccessors, ListPriority.RankPositionalWeight }
            : [ListPriority.Weight, ListPriority.WeightDensity, ListPriority.LatestFinish, ListPriority.LatestStart, ListPriority.MostSuccessors];
        foreach (var rule in rules)
        {
            Consider(Run(q, Priorities(q, rule)));
        }

        // Biased random sampling around the latest-finish rule: cheap diversity that often beats every fixed rule.
        var random = new Random(12345);
        var basis = Priorities(q, q.Objective == ScheduleObjective.MinimiseFinish ? ListPriority.LatestFinish : ListPriority.Weight);
        var spread = Math.Max(1.0, q.CpmFinish) * 0.15;
        for (var k = 0; k < RandomSamples; k++)
        {
            var noisy = new double[q.N];
            for (var j = 0; j < q.N; j++)
            {
                noisy[j] = basis[j] + ((random.NextDouble() * 2) - 1) * spread;
            }

            Consider(Run(q, noisy));
        }

        return best;
    }

    /// <summary>Weight delivered (only when maximising it) and finish, to compare schedules.</summary>
    internal static (long Weight, int Finish) Score(PreparedProblem q, IReadOnlyList<int?> starts)
    {
        long weight = 0;
        var finish = 0;
        for (var j = 0; j < q.N; j++)
        {
            if (starts[j] is { } s)
            {
                var end = s + q.P.Tasks[j].Duration;
                finish = Math.Max(finish, end);
                weight += q.Objective == ScheduleObjective.MaximiseWeightedDelivered && end <= q.P.Horizon ? q.P.Tasks[j].Weight : 0;
            }
        }

        return (weight, finish);
    }

    /// <summary>Priority values per task; smaller goes first.</summary>
    internal static double[] Priorities(PreparedProblem q, ListPriority rule)
    {
        var values = new double[q.N];
        BitArray[]? successors = rule is ListPriority.MostSuccessors or ListPriority.RankPositionalWeight ? Successors(q) : null;
        for (var j = 0; j < q.N; j++)
        {
            var t = q.P.Tasks[j];
            values[j] = rule switch
            {
                ListPriority.LatestStart => q.Latest[j] - t.Duration,
                ListPriority.MostSuccessors => -CountOf(successors![j]),
                ListPriority.RankPositionalWeight => -(t.Duration + SumOfDurations(q, successors![j])),
                ListPriority.Weight => (-(double)t.Weight * 1e6) + q.Latest[j],
                ListPriority.WeightDensity => (-t.Weight / Work(q, j) * 1e6) + q.Latest[j],
                _ => q.Latest[j],
            };
        }

        return values;
    }

    /// <summary>
    /// The serial schedule-generation scheme. Returns starts (null = left out, only when maximising the weight delivered),
    /// or null when a mandatory task cannot be placed at all (its demand never fits after the capacity drops).
    /// </summary>
    internal static int?[]? Run(PreparedProblem q, double[] priority)
    {
        var p = q.P;
        var profile = new Profile(q);
        var starts = new int?[q.N];
        var decided = new bool[q.N];
        var waiting = new int[q.N];
        var eligible = new PriorityQueue<int, (double, int)>();
        for (var j = 0; j < q.N; j++)
        {
            if (p.Tasks[j].LockedStart is { } locked)
            {
                // Locks are commitments: reserve them first, whatever the capacity says (overloads are conflicts).
                starts[j] = locked;
                profile.Add(j, locked);
            }
        }

        for (var j = 0; j < q.N; j++)
        {
            waiting[j] = q.Graph.In[j].Count;
            if (waiting[j] == 0)
            {
                eligible.Enqueue(j, (priority[j], j));
            }
        }

        while (eligible.TryDequeue(out var j, out _))
        {
            decided[j] = true;
            var t = p.Tasks[j];
            if (t.LockedStart is null)
            {
                var absentPredecessor = false;
                var earliest = Math.Max(0, t.EarliestStart);
                foreach (var dep in q.Graph.In[j])
                {
                    if (starts[dep.Predecessor] is { } s)
                    {
                        earliest = Math.Max(earliest, CriticalPath.Bound(p, dep, s));
                    }
                    else
                    {
                        absentPredecessor = true;
                    }
                }

                var limit = q.Mandatory[j] ? int.MaxValue : q.FinishLimit(j, int.MaxValue);
                int? start = absentPredecessor ? null : profile.FirstFit(j, earliest, limit);
                if (start is { } placed)
                {
                    starts[j] = placed;
                    profile.Add(j, placed);
                }
                else if (q.Mandatory[j])
                {
                    return null;
                }
            }

            foreach (var dep in q.Graph.Out[j])
            {
                if (--waiting[dep.Successor] == 0)
                {
                    eligible.Enqueue(dep.Successor, (priority[dep.Successor], dep.Successor));
                }
            }
        }

        return starts;
    }

    /// <summary>A task's work relative to the capacities it uses (at least a small positive amount).</summary>
    private static double Work(PreparedProblem q, int j)
    {
        var work = 0.0;
        for (var r = 0; r < q.R; r++)
        {
            work += q.MaxCapacity[r] > 0 ? (double)q.P.Tasks[j].Duration * q.Demand(j, r) / q.MaxCapacity[r] : 0;
        }

        return Math.Max(work, 1e-3);
    }

    private static BitArray[] Successors(PreparedProblem q)
    {
        var all = new BitArray[q.N];
        for (var k = q.Order.Count - 1; k >= 0; k--)
        {
            var j = q.Order[k];
            all[j] = new BitArray(q.N);
            foreach (var dep in q.Graph.Out[j])
            {
                all[j].Or(all[dep.Successor]);
                all[j][dep.Successor] = true;
            }
        }

        return all;
    }

    private static int CountOf(BitArray bits)
    {
        var count = 0;
        for (var i = 0; i < bits.Length; i++)
        {
            count += bits[i] ? 1 : 0;
        }

        return count;
    }

    private static long SumOfDurations(PreparedProblem q, BitArray bits)
    {
        long sum = 0;
        for (var i = 0; i < bits.Length; i++)
        {
            sum += bits[i] ? q.P.Tasks[i].Duration : 0;
        }

        return sum;
    }

    /// <summary>Units in use per resource and period, against the time-varying capacity.</summary>
    private sealed class Profile(PreparedProblem q)
    {
        private readonly List<int>[] used = Enumerable.Range(0, q.R).Select(_ => new List<int>()).ToArray();

        public void Add(int j, int start)
        {
            for (var r = 0; r < q.R; r++)
            {
                var demand = q.Demand(j, r);
                for (var t = start; t < start + q.P.Tasks[j].Duration && demand > 0; t++)
                {
                    while (used[r].Count <= t)
                    {
                        used[r].Add(0);
                    }

                    used[r][t] += demand;
                }
            }
        }

        /// <summary>The first start ≥ <paramref name="earliest"/> where the task fits, finishing by <paramref name="limit"/>; null if none.</summary>
        public int? FirstFit(int j, int earliest, int limit)
        {
            var duration = q.P.Tasks[j].Duration;
            if (duration == 0)
            {
                return earliest <= limit ? earliest : null;
            }

            // Past the last period in use and the last capacity change, the picture no longer changes: one more try there decides.
            var settled = Math.Max(earliest, Math.Max(q.CapacityLength, used.Length == 0 ? 0 : used.Max(u => u.Count)));
            var start = earliest;
            while (start <= settled && (long)start + duration <= limit)
            {
                var clash = Clash(j, start, duration);
                if (clash < 0)
                {
                    return start;
                }

                start = clash + 1;
            }

            return null;
        }

        /// <summary>The last period of [start, start + duration) where the task does not fit, or -1.</summary>
        private int Clash(int j, int start, int duration)
        {
            for (var t = start + duration - 1; t >= start; t--)
            {
                for (var r = 0; r < q.R; r++)
                {
                    var demand = q.Demand(j, r);
                    var inUse = t < used[r].Count ? used[r][t] : 0;
                    if (demand > 0 && inUse + demand > q.P.Resources[r].CapacityAt(t))
                    {
                        return t;
                    }
                }
            }

            return -1;
        }
    }
}
