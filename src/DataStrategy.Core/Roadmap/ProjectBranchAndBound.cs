using System.Diagnostics;

namespace DataStrategy.Core.Roadmap;

/// <summary>
/// The branch-and-bound procedure of Demeulemeester and Herroelen (1992, 1997) for the makespan of a project with
/// renewable resources and finish-to-start dependencies: at each decision point every eligible task is started, and a
/// resource conflict is resolved by branching over the minimal sets of running tasks to delay. Nodes are pruned by a
/// critical-path and an energy bound against the best finish known, and by the cutset dominance rule: a partial
/// schedule whose set of started tasks was already explored, at an earlier or equal time and with every running task
/// finishing no later, cannot lead anywhere better. When the search ends without running out of time, no schedule
/// shorter than the best finish known exists: that is the proof of optimality CP-SAT takes longest to find on the hard
/// PSPLIB instances (docs/adr/0040-branch-and-bound-beside-cp-sat.md).
/// </summary>
internal sealed class ProjectBranchAndBound
{
    /// <summary>Cutsets are kept as 128-bit sets of tasks.</summary>
    public const int MaxTasks = 128;

    /// <summary>Cutsets remembered at most (about 60–100 bytes each: under 100 MB however long the search).</summary>
    private const int MaxStored = 1_000_000;

    private readonly int n;
    private readonly int r;
    private readonly int[] duration;
    private readonly int[] demand;
    private readonly int[] capacity;
    private readonly int[] tail;
    private readonly int[][] preds;
    private readonly int[] order;
    private readonly int[] start;
    private readonly int[] finish;
    private readonly int[] earliest;
    private readonly int[] compulsory;
    private readonly int[] partEnd;
    private readonly int[] jobs;
    private readonly int[] members;
    private readonly int[] release;
    private readonly int[] left;
    private readonly UInt128[] apart;
    private readonly int[] byDuration;
    private readonly Dictionary<UInt128, List<int[]>> cutsets = [];
    private UInt128 scheduled;
    private int[] used = [];
    private int scheduledCount;
    private int stored;
    private int upper;
    private int lastUpper = -1;
    private int[]? best;
    private Stopwatch clock = new();
    private TimeSpan budget;
    private CancellationToken ct;
    private SharedBound? shared;
    private bool aborted;
    private Action<int[]>? onFound;

    public ProjectBranchAndBound(PreparedProblem q)
    {
        ArgumentNullException.ThrowIfNull(q);
        n = q.N;
        r = q.R;
        duration = q.P.Tasks.Select(t => t.Duration).ToArray();
        demand = new int[n * Math.Max(1, r)];
        for (var j = 0; j < n; j++)
        {
            for (var k = 0; k < r; k++)
            {
                demand[(j * r) + k] = duration[j] > 0 ? q.Demand(j, k) : 0;
            }
        }

        capacity = q.MaxCapacity;
        tail = q.Tail;
        preds = Enumerable.Range(0, n).Select(j => q.Graph.In[j].Select(d => d.Predecessor).Distinct().ToArray()).ToArray();
        order = q.Order.ToArray();
        start = new int[n];
        finish = new int[n];
        earliest = new int[n];
        compulsory = new int[n];
        partEnd = new int[n];
        jobs = new int[n];
        members = new int[n];
        release = new int[n];
        left = new int[n];

        // Tasks that can never run at the same time: one depends on the other, or together they need more than a capacity.
        var reach = new UInt128[n];
        for (var i = order.Length - 1; i >= 0; i--)
        {
            var j = order[i];
            foreach (var dep in q.Graph.Out[j])
            {
                reach[j] |= (UInt128.One << dep.Successor) | reach[dep.Successor];
            }
        }

        apart = new UInt128[n];
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var exclusive = ((reach[i] >> j) & UInt128.One) != 0 || ((reach[j] >> i) & UInt128.One) != 0;
                for (var k = 0; k < r && !exclusive; k++)
                {
                    exclusive = demand[(i * r) + k] + demand[(j * r) + k] > capacity[k];
                }

                if (exclusive)
                {
                    apart[i] |= UInt128.One << j;
                    apart[j] |= UInt128.One << i;
                }
            }
        }

        byDuration = Enumerable.Range(0, n).Where(j => duration[j] > 0).OrderByDescending(j => duration[j]).ToArray();
    }

    /// <summary>Nodes visited by the last run.</summary>
    public long Nodes { get; private set; }

    /// <summary>Finish-to-start dependencies without lags, constant capacities, no locks, deadlines or release dates, at
    /// most <see cref="MaxTasks"/> tasks.</summary>
    public static bool Applies(PreparedProblem q) =>
        q.N <= MaxTasks && ActivityListSearch.Applies(q)
        && q.P.Dependencies.All(d => d.Kind == DependencyKind.FinishToStart && d.Lag == 0);

    /// <summary>
    /// Searches for a schedule that finishes before <paramref name="upperBound"/> (and before whatever
    /// <paramref name="bound"/> lowers it to meanwhile). A second run on the same instance with a bound no larger than
    /// where the last one ended resumes: the subtrees the last run searched in full are not searched again.
    /// </summary>
    /// <returns>Complete when the whole tree was searched: then the best finish returned is optimal. Starts is the best
    /// schedule the search found itself, or null when it found none better than the bound it was given.</returns>
    /// <param name="found">Called with each better schedule as the search finds it (from the searching thread).</param>
    public (bool Complete, int Finish, int[]? Starts) Run(int upperBound, TimeSpan timeLimit, SharedBound? bound = null, Action<int[]>? found = null, CancellationToken cancel = default)
    {
        onFound = found;
        upper = upperBound;
        best = null;
        shared = bound;
        budget = timeLimit;
        ct = cancel;
        aborted = false;
        Nodes = 0;
        if (upperBound > lastUpper)
        {
            // A cutset pruned against a smaller bound says nothing about finishes between the two: start afresh. With a
            // bound no larger than the last run's, every cutset remembered is still a subtree searched in full.
            cutsets.Clear();
            stored = 0;
        }

        Array.Fill(start, -1);
        Array.Fill(finish, -1);
        scheduled = UInt128.Zero;
        scheduledCount = 0;
        used = new int[Math.Max(1, r) * (Math.Min(upperBound, 1 << 20) + 1)];
        clock = Stopwatch.StartNew();
        Explore(0);
        lastUpper = Math.Min(upper, upperBound);
        return (!aborted, upper, best);
    }

    /// <summary>One node at decision point <paramref name="t"/>. Each level completes at least one task for good (the
    /// earliest finish of what runs), so the recursion is at most as deep as there are tasks.</summary>
    private void Explore(int t)
    {
        if ((++Nodes & 255) == 0 && (clock.Elapsed > budget || ct.IsCancellationRequested))
        {
            aborted = true;
        }

        if (aborted)
        {
            return;
        }

        if (shared is not null)
        {
            upper = Math.Min(upper, shared.Value);
        }

        // Tasks without duration start (and end) as soon as they are eligible.
        var zeros = 0;
        Span<int> zeroTasks = n <= 256 ? stackalloc int[n] : new int[n];
        foreach (var j in order)
        {
            if (start[j] < 0 && duration[j] == 0 && Eligible(j, t))
            {
                Schedule(j, t);
                zeroTasks[zeros++] = j;
            }
        }

        if (scheduledCount == n)
        {
            var makespan = 0;
            for (var j = 0; j < n; j++)
            {
                makespan = Math.Max(makespan, finish[j]);
            }

            if (makespan < upper)
            {
                upper = makespan;
                best = (int[])start.Clone();
                shared?.Offer(makespan);
                onFound?.Invoke(best);
            }
        }
        else if (!Dominated(t))
        {
            // The costly bounds only for nodes actually explored and not dominated; a node they prune is remembered
            // too (nothing below it beats the best finish, which only decreases).
            if (LowerBound(t, withTimetable: true) < upper)
            {
                Branch(t);
            }

            if (!aborted)
            {
                Remember(t);
            }
        }

        for (var i = zeros - 1; i >= 0; i--)
        {
            Unschedule(zeroTasks[i]);
        }
    }

    private void Branch(int t)
    {
        var running = new List<int>();
        var candidates = new List<int>();
        for (var j = 0; j < n; j++)
        {
            if (start[j] >= 0 && finish[j] > t)
            {
                running.Add(j);
            }
        }

        candidates.AddRange(running);
        var fresh = 0;
        foreach (var j in order)
        {
            if (start[j] < 0 && duration[j] > 0 && Eligible(j, t))
            {
                candidates.Add(j);
                fresh++;
            }
        }

        if (fresh == 0)
        {
            Explore(NextPoint(candidates));
            return;
        }

        var keeps = MaximalFeasible(candidates);
        var children = new List<(int Bound, UInt128 Keep, int Next)>(keeps.Count);
        foreach (var keep in keeps)
        {
            var saved = Apply(candidates, keep, t);
            var next = NextPoint(candidates);
            var lb = LeftShiftable(candidates, keep, saved, t) ? int.MaxValue : LowerBound(next, withTimetable: false);
            Revert(candidates, keep, saved);
            if (lb < upper)
            {
                children.Add((lb, keep, next));
            }
        }

        children.Sort((a, b) => a.Bound.CompareTo(b.Bound));
        foreach (var (bound, keep, next) in children)
        {
            if (aborted || bound >= upper)
            {
                break;
            }

            var saved = Apply(candidates, keep, t);
            Explore(next);
            Revert(candidates, keep, saved);
        }
    }

    /// <summary>Every maximal subset of the candidates (as bits over their positions) whose demand fits the capacities:
    /// the complements are the minimal delaying alternatives.</summary>
    private List<UInt128> MaximalFeasible(List<int> candidates)
    {
        var result = new List<UInt128>();
        var usage = new int[Math.Max(1, r)];
        var all = true;
        foreach (var j in candidates)
        {
            for (var k = 0; k < r; k++)
            {
                usage[k] += demand[(j * r) + k];
                all &= usage[k] <= capacity[k];
            }
        }

        if (all)
        {
            result.Add((UInt128.One << candidates.Count) - 1);
            return result;
        }

        Array.Clear(usage);
        var rest = new int[(candidates.Count + 1) * Math.Max(1, r)];
        for (var i = candidates.Count - 1; i >= 0; i--)
        {
            for (var k = 0; k < r; k++)
            {
                rest[(i * r) + k] = rest[((i + 1) * r) + k] + demand[(candidates[i] * r) + k];
            }
        }

        Enumerate(candidates, 0, UInt128.Zero, usage, rest, result);
        return result;
    }

    /// <param name="rest">Per position and resource: the demand of the candidates from that position on.</param>
    private void Enumerate(List<int> candidates, int index, UInt128 keep, int[] usage, int[] rest, List<UInt128> result)
    {
        if (index == candidates.Count)
        {
            for (var i = 0; i < candidates.Count; i++)
            {
                if ((keep & (UInt128.One << i)) == 0 && Fits(candidates[i], usage))
                {
                    return;
                }
            }

            result.Add(keep);
            return;
        }

        var j = candidates[index];
        if (Fits(j, usage))
        {
            for (var k = 0; k < r; k++)
            {
                usage[k] += demand[(j * r) + k];
            }

            Enumerate(candidates, index + 1, keep | (UInt128.One << index), usage, rest, result);
            for (var k = 0; k < r; k++)
            {
                usage[k] -= demand[(j * r) + k];
            }

            // Left out although it fits beside everything that could still be kept: the set would not be maximal.
            var surely = true;
            for (var k = 0; k < r && surely; k++)
            {
                surely = usage[k] + rest[((index + 1) * r) + k] + demand[(j * r) + k] <= capacity[k];
            }

            if (surely)
            {
                return;
            }
        }

        Enumerate(candidates, index + 1, keep, usage, rest, result);
    }

    private bool Fits(int j, int[] usage)
    {
        for (var k = 0; k < r; k++)
        {
            if (usage[k] + demand[(j * r) + k] > capacity[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Starts the kept candidates that are not running yet at <paramref name="t"/> and takes the delayed
    /// running ones out; returns the starts of those taken out.</summary>
    private int[] Apply(List<int> candidates, UInt128 keep, int t)
    {
        var saved = new int[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            var j = candidates[i];
            saved[i] = start[j];
            var kept = (keep & (UInt128.One << i)) != 0;
            if (kept && start[j] < 0)
            {
                Schedule(j, t);
            }
            else if (!kept && start[j] >= 0)
            {
                Unschedule(j);
            }
        }

        return saved;
    }

    private void Revert(List<int> candidates, UInt128 keep, int[] saved)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            var j = candidates[i];
            var kept = (keep & (UInt128.One << i)) != 0;
            if (kept && saved[i] < 0)
            {
                Unschedule(j);
            }
            else if (!kept && saved[i] >= 0)
            {
                Schedule(j, saved[i]);
            }
        }
    }

    /// <summary>
    /// Left-shift dominance: a task started now that could have started earlier, given everything scheduled so far (the
    /// tasks started later can only start from now on, and those taken out later only free capacity), makes every
    /// schedule below this node one that is not active; an active schedule at least as short lies elsewhere in the tree.
    /// </summary>
    private bool LeftShiftable(List<int> candidates, UInt128 keep, int[] saved, int t)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            if (saved[i] >= 0 || (keep & (UInt128.One << i)) == 0)
            {
                continue;
            }

            var j = candidates[i];
            var ready = 0;
            foreach (var p in preds[j])
            {
                ready = Math.Max(ready, finish[p]);
            }

            // From the latest moment j could start backwards: the window [s, min(t, s + d)) must have room for it.
            var room = 0;
            for (var s = t - 1; s >= ready; s--)
            {
                if (!RoomAt(j, s))
                {
                    room = 0;
                    continue;
                }

                room++;
                if (room >= Math.Min(t - s, duration[j]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether task <paramref name="j"/> fits beside what runs at time <paramref name="s"/> (before j's start).</summary>
    private bool RoomAt(int j, int s)
    {
        for (var k = 0; k < r; k++)
        {
            if (used[(s * r) + k] + demand[(j * r) + k] > capacity[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The earliest finish among the candidates still scheduled: the next decision point.</summary>
    private int NextPoint(List<int> candidates)
    {
        var next = int.MaxValue;
        foreach (var j in candidates)
        {
            if (start[j] >= 0)
            {
                next = Math.Min(next, finish[j]);
            }
        }

        return next;
    }

    /// <summary>With nothing new starting before <paramref name="t"/>: the longest dependency chain, and per resource the
    /// work left after <paramref name="t"/> over its capacity.</summary>
    private int LowerBound(int t, bool withTimetable)
    {
        var lb = 0;
        foreach (var j in order)
        {
            if (start[j] >= 0)
            {
                lb = Math.Max(lb, start[j] + tail[j]);
                continue;
            }

            var e = t;
            foreach (var p in preds[j])
            {
                e = Math.Max(e, start[p] >= 0 ? finish[p] : earliest[p] + duration[p]);
            }

            earliest[j] = e;
            lb = Math.Max(lb, e + tail[j]);
        }

        if (lb >= upper)
        {
            return lb;
        }

        lb = Math.Max(lb, ExclusiveBound(t));
        if (lb >= upper || (withTimetable && TimetableFails(t)))
        {
            return Math.Max(lb, upper);
        }

        // With the earliest starts the time-table test has raised.
        lb = withTimetable ? Math.Max(lb, PreemptiveBound(t)) : lb;
        if (lb >= upper)
        {
            return lb;
        }

        for (var k = 0; k < r; k++)
        {
            if (capacity[k] <= 0)
            {
                continue;
            }

            long work = 0;
            for (var j = 0; j < n; j++)
            {
                var d = demand[(j * r) + k];
                if (d == 0)
                {
                    continue;
                }

                work += start[j] < 0 ? (long)d * duration[j] : (long)d * Math.Max(0, finish[j] - t);
            }

            lb = (int)Math.Max(lb, t + ((work + capacity[k] - 1) / capacity[k]));
        }

        return lb;
    }

    /// <summary>
    /// Whether nothing can finish before the best known finish, by the time-table reasoning of cumulative propagators:
    /// finishing by T = best − 1, a task still to run must start between its earliest start and T minus its tail, so it
    /// surely runs from its latest start to its earliest finish (its compulsory part). If those parts and the tasks
    /// already scheduled overload a resource, or a task finds no room for itself beside them before its latest start,
    /// no schedule below this node finishes by T.
    /// </summary>
    private bool TimetableFails(int t)
    {
        var target = upper - 1;
        var added = 0;
        var fails = false;

        // A running task may still be taken out further down and started again later: only the time it runs either way
        // (from its latest start again to its current finish) is certain.
        for (var j = 0; j < n; j++)
        {
            if (start[j] >= 0 && finish[j] > t)
            {
                AddPart(j, t, Math.Max(t, Math.Min(finish[j], target - tail[j])), -1);
            }
        }

        for (var j = 0; j < n && !fails; j++)
        {
            partEnd[j] = 0;
            if (start[j] >= 0 || duration[j] == 0)
            {
                continue;
            }

            var latest = target - tail[j];
            if (latest < earliest[j])
            {
                fails = true;
            }
            else if (latest < earliest[j] + duration[j])
            {
                compulsory[added++] = j;
                partEnd[j] = earliest[j] + duration[j];
                fails = !AddPart(j, latest, partEnd[j], 1);
            }
        }

        // Each task from its earliest start (raised by its predecessors' new ones) to the first moment it has room.
        foreach (var j in order)
        {
            if (fails)
            {
                break;
            }

            if (start[j] >= 0)
            {
                continue;
            }

            var from = earliest[j];
            foreach (var p in preds[j])
            {
                if (start[p] < 0)
                {
                    from = Math.Max(from, earliest[p] + duration[p]);
                }
            }

            var room = duration[j] == 0 ? from : FirstRoom(j, from, target - tail[j]);
            fails = room < 0 || room > target - tail[j];
            earliest[j] = room;
        }

        for (var i = 0; i < added; i++)
        {
            var j = compulsory[i];
            AddPart(j, target - tail[j], partEnd[j], -1);
        }

        for (var j = 0; j < n; j++)
        {
            if (start[j] >= 0 && finish[j] > t)
            {
                AddPart(j, t, Math.Max(t, Math.Min(finish[j], target - tail[j])), 1);
            }
        }

        return fails;
    }

    /// <summary>Adds (or removes) task j's demand over [from, to) to the usage profile; false when that overloads it.</summary>
    private bool AddPart(int j, int from, int to, int sign)
    {
        var fits = true;
        for (var k = 0; k < r; k++)
        {
            var d = sign * demand[(j * r) + k];
            if (d == 0)
            {
                continue;
            }

            for (var x = from; x < to; x++)
            {
                used[(x * r) + k] += d;
                fits &= used[(x * r) + k] <= capacity[k];
            }
        }

        return fits;
    }

    /// <summary>The first start from <paramref name="from"/> to <paramref name="latest"/> where task j (whose compulsory
    /// part, if any, is in the profile) has room, or −1.</summary>
    private int FirstRoom(int j, int from, int latest)
    {
        var partFrom = upper - 1 - tail[j];
        var partTo = partEnd[j];
        var s = from;
        while (s <= latest)
        {
            var clash = -1;
            for (var x = s; x < s + duration[j] && clash < 0; x++)
            {
                var own = x >= partFrom && x < partTo;
                for (var k = 0; k < r; k++)
                {
                    var d = demand[(j * r) + k];
                    if (d > 0 && used[(x * r) + k] - (own ? d : 0) + d > capacity[k])
                    {
                        clash = x;
                        break;
                    }
                }
            }

            if (clash < 0)
            {
                return s;
            }

            s = clash + 1;
        }

        return -1;
    }

    /// <summary>
    /// From every task left, a set of tasks no two of which can overlap grown greedily longest first; each set is a single
    /// machine, whose best preemptive schedule with heads (earliest starts) and tails (Jackson's rule: always the
    /// available task with the longest tail) bounds the finish. A running task counts from now for what it has left.
    /// </summary>
    private int PreemptiveBound(int t)
    {
        var best = 0;
        var live = 0;
        foreach (var j in byDuration)
        {
            if (start[j] < 0 || finish[j] > t)
            {
                jobs[live++] = j;
            }
        }

        for (var seed = 0; seed < live; seed++)
        {
            var chosen = UInt128.One << jobs[seed];
            var count = 0;
            members[count++] = jobs[seed];
            for (var i = 0; i < live; i++)
            {
                var j = jobs[i];
                if (i != seed && (apart[j] & chosen) == chosen)
                {
                    chosen |= UInt128.One << j;
                    members[count++] = j;
                }
            }

            if (count > 1)
            {
                best = Math.Max(best, Jackson(count, t));
                if (best >= upper)
                {
                    return best;
                }
            }
        }

        return best;
    }

    /// <summary>Jackson's preemptive schedule of the first <paramref name="count"/> members: the largest finish plus tail.</summary>
    private int Jackson(int count, int t)
    {
        var time = int.MaxValue;
        for (var i = 0; i < count; i++)
        {
            var j = members[i];
            var running = start[j] >= 0;
            release[i] = running ? t : earliest[j];
            left[i] = running ? finish[j] - t : duration[j];
            time = Math.Min(time, release[i]);
        }

        var result = 0;
        var done = 0;
        while (done < count)
        {
            var pick = -1;
            var nextRelease = int.MaxValue;
            for (var i = 0; i < count; i++)
            {
                if (left[i] == 0)
                {
                    continue;
                }

                if (release[i] <= time)
                {
                    if (pick < 0 || tail[members[i]] - duration[members[i]] > tail[members[pick]] - duration[members[pick]])
                    {
                        pick = i;
                    }
                }
                else
                {
                    nextRelease = Math.Min(nextRelease, release[i]);
                }
            }

            if (pick < 0)
            {
                time = nextRelease;
                continue;
            }

            var run = Math.Min(left[pick], nextRelease - time);
            time += run;
            left[pick] -= run;
            if (left[pick] == 0)
            {
                done++;
                result = Math.Max(result, time + tail[members[pick]] - duration[members[pick]]);
            }
        }

        return result;
    }

    /// <summary>A set of tasks still to run (or still running after <paramref name="t"/>) no two of which can overlap, chosen
    /// greedily longest first, runs one after the other: from the earliest of their earliest starts, their total duration,
    /// then the shortest of their tails.</summary>
    private int ExclusiveBound(int t)
    {
        var chosen = UInt128.Zero;
        var first = true;
        long total = 0;
        var head = int.MaxValue;
        var after = int.MaxValue;
        foreach (var j in byDuration)
        {
            int begin, left;
            if (start[j] < 0)
            {
                begin = earliest[j];
                left = duration[j];
            }
            else if (finish[j] > t)
            {
                begin = t;
                left = finish[j] - t;
            }
            else
            {
                continue;
            }

            if (!first && (apart[j] & chosen) != chosen)
            {
                continue;
            }

            first = false;
            chosen |= UInt128.One << j;
            total += left;
            head = Math.Min(head, begin);
            after = Math.Min(after, tail[j] - duration[j]);
        }

        return first ? 0 : (int)Math.Min(int.MaxValue, head + total + after);
    }

    private bool Dominated(int t)
    {
        if (!cutsets.TryGetValue(scheduled, out var entries))
        {
            return false;
        }

        foreach (var entry in entries)
        {
            if (entry[0] > t)
            {
                continue;
            }

            var dominated = true;
            for (var i = 1; i < entry.Length && dominated; i += 2)
            {
                dominated = entry[i + 1] <= Math.Max(t, finish[entry[i]]);
            }

            if (dominated)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Remembers an explored node: its started tasks, its time and when its running tasks finish.</summary>
    private void Remember(int t)
    {
        if (stored >= MaxStored)
        {
            return;
        }

        var running = 0;
        for (var j = 0; j < n; j++)
        {
            running += start[j] >= 0 && finish[j] > t ? 1 : 0;
        }

        var entry = new int[1 + (2 * running)];
        entry[0] = t;
        var i = 1;
        for (var j = 0; j < n; j++)
        {
            if (start[j] >= 0 && finish[j] > t)
            {
                entry[i++] = j;
                entry[i++] = finish[j];
            }
        }

        if (!cutsets.TryGetValue(scheduled, out var entries))
        {
            entries = [];
            cutsets[scheduled] = entries;
        }

        entries.Add(entry);
        stored++;
    }

    private bool Eligible(int j, int t)
    {
        foreach (var p in preds[j])
        {
            if (start[p] < 0 || finish[p] > t)
            {
                return false;
            }
        }

        return true;
    }

    private void Schedule(int j, int t)
    {
        start[j] = t;
        finish[j] = t + duration[j];
        if (finish[j] * r > used.Length)
        {
            Array.Resize(ref used, Math.Max(used.Length * 2, (finish[j] + 1) * r));
        }

        Occupy(j, 1);
        scheduled |= UInt128.One << j;
        scheduledCount++;
    }

    private void Unschedule(int j)
    {
        Occupy(j, -1);
        start[j] = -1;
        finish[j] = -1;
        scheduled &= ~(UInt128.One << j);
        scheduledCount--;
    }

    /// <summary>Adds (sign 1) or removes (sign −1) a scheduled task's demand to the usage profile.</summary>
    private void Occupy(int j, int sign)
    {
        if (r == 0)
        {
            return;
        }

        var from = start[j] * r;
        var to = finish[j] * r;
        for (var k = 0; k < r; k++)
        {
            var d = sign * demand[(j * r) + k];
            if (d == 0)
            {
                continue;
            }

            for (var x = from + k; x < to; x += r)
            {
                used[x] += d;
            }
        }
    }

    /// <summary>The best finish known to the solvers running side by side; each lowers it when it finds better.</summary>
    public sealed class SharedBound(int initial)
    {
        private int value = initial;

        public int Value => Volatile.Read(ref value);

        public void Offer(int finish)
        {
            var current = Volatile.Read(ref value);
            while (finish < current)
            {
                var seen = Interlocked.CompareExchange(ref value, finish, current);
                if (seen == current)
                {
                    return;
                }

                current = seen;
            }
        }
    }
}
