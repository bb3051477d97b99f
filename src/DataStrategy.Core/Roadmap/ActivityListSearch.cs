using System.Diagnostics;

namespace DataStrategy.Core.Roadmap;

/// <summary>
/// A genetic algorithm on activity lists (Hartmann 1998) whose every schedule is improved by forward–backward
/// justification (Valls, Ballestín and Quintanilla 2005): the serial schedule-generation scheme decodes a
/// precedence-feasible list; the schedule is then re-scheduled right to left in order of decreasing finish and left to
/// right again in order of increasing start, which never lengthens it and often shortens it. The justified list
/// replaces the individual (Lamarckian). Used to find a strong upper bound and hint for CP-SAT when minimising the
/// finish of problems without locks, deadlines, release dates or capacity changes (PSPLIB and many roadmaps).
/// </summary>
internal sealed class ActivityListSearch
{
    private const int Population = 40;
    private const double MutationRate = 0.05;
    private const int RestartAfter = 8;
    private const int DefaultSeed = 20261206;

    private readonly PreparedProblem q;
    private readonly int n;
    private readonly int r;
    private readonly int[] duration;
    private readonly int[] demand;
    private readonly int[] capacity;

    /// <summary>Per direction (0 forward, 1 backward) and task: the tasks that must be placed before it and the start offset.</summary>
    private readonly (int Other, int Offset)[][][] before;
    private readonly (int Other, int Offset)[][][] after;
    private readonly HashSet<long> related = [];
    private readonly Random random;
    private int[] used;
    private int length;

    public ActivityListSearch(PreparedProblem q, int seed = DefaultSeed)
    {
        this.q = q;
        n = q.N;
        r = q.R;
        random = new Random(seed);
        duration = q.P.Tasks.Select(t => t.Duration).ToArray();
        demand = new int[n * Math.Max(1, r)];
        capacity = q.MaxCapacity;
        long span = 1;
        for (var j = 0; j < n; j++)
        {
            span += duration[j];
            for (var k = 0; k < r; k++)
            {
                demand[(j * r) + k] = duration[j] > 0 ? q.Demand(j, k) : 0;
            }
        }

        var forwardIn = Enumerable.Range(0, n).Select(_ => new List<(int, int)>()).ToArray();
        var forwardOut = Enumerable.Range(0, n).Select(_ => new List<(int, int)>()).ToArray();
        var backwardIn = Enumerable.Range(0, n).Select(_ => new List<(int, int)>()).ToArray();
        var backwardOut = Enumerable.Range(0, n).Select(_ => new List<(int, int)>()).ToArray();
        foreach (var dep in q.P.Dependencies)
        {
            int a = dep.Predecessor, b = dep.Successor;
            var offset = (dep.Kind == DependencyKind.FinishToStart ? duration[a] : 0) + dep.Lag;
            forwardIn[b].Add((a, offset));
            forwardOut[a].Add((b, offset));

            // Time reversed (s' = T − s − d): s'_a ≥ s'_b + d_b − d_a + offset.
            var reversed = duration[b] - duration[a] + offset;
            backwardIn[a].Add((b, reversed));
            backwardOut[b].Add((a, reversed));
            related.Add(((long)a * n) + b);
            related.Add(((long)b * n) + a);
            span += Math.Abs(offset) + Math.Abs(reversed);
        }

        before = [forwardIn.Select(l => l.ToArray()).ToArray(), backwardIn.Select(l => l.ToArray()).ToArray()];
        after = [forwardOut.Select(l => l.ToArray()).ToArray(), backwardOut.Select(l => l.ToArray()).ToArray()];
        length = (int)Math.Min(1 << 20, span);
        used = new int[length * Math.Max(1, r)];
        LowerBound = EnergyBound(q);
    }

    /// <summary>Critical path and each resource's total work over its (largest) capacity.</summary>
    public int LowerBound { get; }

    /// <summary>When the population has converged (before each restart), first this many single moves from its best list,
    /// each kept when the schedule is no longer or, at the chance <see cref="WalkWorse"/>, one period longer
    /// (<see cref="Walk"/>); 0 for none.</summary>
    public int WalkMoves { get; init; }

    /// <summary>In the walk, the chance of keeping a move that makes the schedule one period longer (0 to 1).</summary>
    public double WalkWorse { get; init; }

    /// <summary>Schedules decoded so far (one forward–backward pass counts three).</summary>
    public int Schedules { get; private set; }

    /// <summary>Minimising the finish without locks, deadlines, release dates or capacity changes.</summary>
    public static bool Applies(PreparedProblem q) =>
        q.Objective == ScheduleObjective.MinimiseFinish && q.N >= 2
        && q.P.Tasks.All(t => t.LockedStart is null && t.Deadline is null && t.EarliestStart <= 0)
        && q.P.Resources.All(res => res.Capacity.Count > 0 && res.Capacity.All(c => c == res.Capacity[0]))
        && Enumerable.Range(0, q.N).All(j => q.P.Tasks[j].Duration == 0 || Enumerable.Range(0, q.R).All(k => q.Demand(j, k) <= q.MaxCapacity[k]));

    /// <summary>Critical path and each resource's total work over its (largest) capacity, rounded up.</summary>
    public static int EnergyBound(PreparedProblem q)
    {
        long bound = q.CpmFinish;
        for (var k = 0; k < q.R; k++)
        {
            long work = 0;
            for (var j = 0; j < q.N; j++)
            {
                work += (long)q.P.Tasks[j].Duration * q.Demand(j, k);
            }

            if (q.MaxCapacity[k] > 0)
            {
                bound = Math.Max(bound, (work + q.MaxCapacity[k] - 1) / q.MaxCapacity[k]);
            }
        }

        return (int)Math.Min(int.MaxValue, bound);
    }

    /// <summary>
    /// Runs the search until the lower bound is reached, <paramref name="budget"/> has passed, <paramref name="idleGenerations"/>
    /// generations brought nothing better, or <paramref name="ct"/> is cancelled.
    /// </summary>
    /// <param name="seed">A schedule to start from (its start order becomes one individual), or null.</param>
    /// <returns>The best schedule's starts and finish.</returns>
    public (int?[] Starts, int Finish) Run(IReadOnlyList<int?>? seed, TimeSpan budget, int idleGenerations, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        var pool = new List<(int[] List, int Finish, int[] Starts)>();
        var seen = new HashSet<ulong>();
        int[] bestStarts = [];
        var bestFinish = int.MaxValue;
        void Keep(int[] list)
        {
            var (justified, finish, starts) = Justify(list);
            if (finish < bestFinish)
            {
                bestFinish = finish;
                bestStarts = starts;
            }

            // Many lists justify to the same schedule: keeping one copy keeps the population diverse.
            if (seen.Add(Fingerprint(starts)))
            {
                pool.Add((justified, finish, starts));
            }
        }

        var latest = q.Latest;
        var spread = Math.Max(1.0, q.CpmFinish) * 0.2;
        void Sample(Func<int, double> basis, double width)
        {
            var noise = Enumerable.Range(0, n).Select(j => basis(j) + (random.NextDouble() * width)).ToArray();
            Keep(Order(0, j => noise[j], j => j));
        }

        if (seed is not null && seed.All(s => s is not null))
        {
            Keep(Order(0, j => seed[j]!.Value, j => j));
        }

        Keep(Order(0, j => latest[j], j => j));
        // Small problems have fewer distinct schedules than the population: a bounded number of tries.
        for (var tries = 0; tries < 4 * Population && pool.Count < Population && bestFinish > LowerBound && clock.Elapsed < budget && !ct.IsCancellationRequested; tries++)
        {
            Sample(j => latest[j], spread);
        }

        var idle = 0;
        var stale = 0;
        while (bestFinish > LowerBound && idle < idleGenerations && clock.Elapsed < budget && !ct.IsCancellationRequested)
        {
            var before = bestFinish;
            var parents = Enumerable.Range(0, Math.Max(2, pool.Count)).Select(_ => Tournament(pool)).ToArray();
            for (var i = 0; i + 1 < parents.Length; i += 2)
            {
                Keep(Mutate(Cross(parents[i].List, parents[i + 1].List)));
                Keep(Mutate(Cross(parents[i + 1].List, parents[i].List)));
            }

            pool = pool.OrderBy(x => x.Finish).Take(Population).ToList();
            idle = bestFinish < before ? 0 : idle + 1;
            stale = bestFinish < before ? 0 : stale + 1;
            if (stale >= RestartAfter)
            {
                if (WalkMoves > 0)
                {
                    // Intensify before diversifying: a walk across equally short schedules often finds a shorter one.
                    Keep(Walk(pool[0].List, WalkMoves, budget - clock.Elapsed, ct));
                }

                // Converged: keep a few of the best, refill around the best schedule's start order and at random.
                stale = 0;
                var best = bestStarts;
                pool = pool.Take(Population / 8).ToList();
                seen = pool.Select(x => Fingerprint(x.Starts)).ToHashSet();
                for (var tries = 0; tries < 4 * Population && pool.Count < Population && clock.Elapsed < budget; tries++)
                {
                    if (random.Next(2) == 0)
                    {
                        Sample(j => best[j], spread * 0.5);
                    }
                    else
                    {
                        Sample(j => latest[j], spread * 2);
                    }
                }
            }
        }

        return (bestStarts.Select(s => (int?)s).ToArray(), bestFinish);
    }

    /// <summary>
    /// <paramref name="islands"/> searches at once, one thread each, from different random seeds (the first with the
    /// default seed); the best schedule of all of them.
    /// </summary>
    /// <param name="walk">Moves and the chance of a longer step in the walk before each restart (<see cref="Walk"/>); none by default.</param>
    public static (int?[] Starts, int Finish) RunIslands(PreparedProblem q, IReadOnlyList<int?>? seed, int islands, TimeSpan budget, int idleGenerations, (int Moves, double Worse) walk = default, CancellationToken ct = default)
    {
        if (islands <= 1)
        {
            return new ActivityListSearch(q) { WalkMoves = walk.Moves, WalkWorse = walk.Worse }.Run(seed, budget, idleGenerations, ct);
        }

        var runs = Enumerable.Range(0, islands)
            .Select(i => Task.Factory.StartNew(() => new ActivityListSearch(q, DefaultSeed + i) { WalkMoves = walk.Moves, WalkWorse = walk.Worse }.Run(seed, budget, idleGenerations, ct), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))
            .ToArray();
        Task.WaitAll(runs, CancellationToken.None);
        return runs.Select(t => t.Result).MinBy(x => x.Finish);
    }

    private (int[] List, int Finish, int[] Starts) Tournament(List<(int[] List, int Finish, int[] Starts)> pool)
    {
        var a = pool[random.Next(pool.Count)];
        var b = pool[random.Next(pool.Count)];
        return a.Finish <= b.Finish ? a : b;
    }

    private static ulong Fingerprint(int[] starts)
    {
        var hash = 14695981039346656037UL;
        foreach (var s in starts)
        {
            hash = (hash ^ (uint)s) * 1099511628211UL;
        }

        return hash;
    }

    /// <summary>Forward–backward improvement until it stops helping: the best list (in start order), its finish and starts.</summary>
    internal (int[] List, int Finish, int[] Starts) Justify(int[] list)
    {
        var starts = new int[n];
        var finish = Decode(list, 0, starts);
        for (var round = 0; round < 4; round++)
        {
            // Right to left, latest finish first; then left to right, earliest start first.
            var current = starts;
            var backwardList = Order(1, j => -(current[j] + duration[j]), j => -current[j]);
            var mirrored = new int[n];
            var span = Decode(backwardList, 1, mirrored);
            var forwardList = Order(0, j => span - mirrored[j] - duration[j], j => j);
            var next = new int[n];
            var nextFinish = Decode(forwardList, 0, next);
            if (nextFinish >= finish)
            {
                return (round == 0 && nextFinish == finish ? forwardList : list, finish, starts);
            }

            list = forwardList;
            starts = next;
            finish = nextFinish;
        }

        return (list, finish, starts);
    }

    /// <summary>The serial schedule-generation scheme in one direction: starts (in that direction's time) and the finish.</summary>
    internal int Decode(int[] list, int direction, int[] starts)
    {
        Schedules++;
        Array.Clear(used, 0, Math.Min(used.Length, length * r));
        var finish = 0;
        var ins = before[direction];
        foreach (var j in list)
        {
            var earliest = 0;
            foreach (var (other, offset) in ins[j])
            {
                earliest = Math.Max(earliest, starts[other] + offset);
            }

            var d = duration[j];
            var s = d == 0 ? earliest : FirstFit(j, earliest, d);
            starts[j] = s;
            finish = Math.Max(finish, s + d);
        }

        return finish;
    }

    /// <summary>A precedence-feasible list in <paramref name="direction"/>: among the tasks whose predecessors are listed, smallest key first.</summary>
    private int[] Order(int direction, Func<int, double> key, Func<int, double> tie)
    {
        var ins = before[direction];
        var outs = after[direction];
        var waiting = new int[n];
        var queue = new PriorityQueue<int, (double, double, int)>();
        for (var j = 0; j < n; j++)
        {
            waiting[j] = ins[j].Length;
            if (waiting[j] == 0)
            {
                queue.Enqueue(j, (key(j), tie(j), j));
            }
        }

        var list = new int[n];
        var count = 0;
        while (queue.TryDequeue(out var j, out _))
        {
            list[count++] = j;
            foreach (var (other, _) in outs[j])
            {
                if (--waiting[other] == 0)
                {
                    queue.Enqueue(other, (key(other), tie(other), other));
                }
            }
        }

        return list;
    }

    /// <summary>Two-point crossover: the mother's head, then the father's order of what is missing up to the second point, then the mother's.</summary>
    private int[] Cross(int[] mother, int[] father)
    {
        var first = random.Next(n + 1);
        var second = random.Next(first, n + 1);
        var child = new int[n];
        var taken = new bool[n];
        var count = 0;
        for (var i = 0; i < first; i++)
        {
            taken[mother[i]] = true;
            child[count++] = mother[i];
        }

        for (var i = 0; i < n && count < second; i++)
        {
            if (!taken[father[i]])
            {
                taken[father[i]] = true;
                child[count++] = father[i];
            }
        }

        for (var i = 0; i < n && count < n; i++)
        {
            if (!taken[mother[i]])
            {
                taken[mother[i]] = true;
                child[count++] = mother[i];
            }
        }

        return child;
    }

    /// <summary>Swaps neighbours that no dependency links (the list stays precedence-feasible).</summary>
    private int[] Mutate(int[] list)
    {
        for (var i = 0; i + 1 < n; i++)
        {
            if (random.NextDouble() < MutationRate && !related.Contains(((long)list[i] * n) + list[i + 1]))
            {
                (list[i], list[i + 1]) = (list[i + 1], list[i]);
            }
        }

        Insert(list);
        return list;
    }

    /// <summary>
    /// A walk on the plateau (iterated local search): <paramref name="moves"/> insertions from <paramref name="list"/>, each
    /// justified and kept when the schedule finishes no later than the current one, or, with the chance
    /// <see cref="WalkWorse"/>, one period later. Sideways and the odd backward step let it leave the large sets of
    /// equally short schedules the genetic algorithm converges to.
    /// </summary>
    /// <returns>The list of the shortest schedule met (the first of them).</returns>
    internal int[] Walk(int[] list, int moves, TimeSpan budget, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        var (current, finish, _) = Justify((int[])list.Clone());
        var best = current;
        var bestFinish = finish;
        for (var m = 0; m < moves && (m % 16 != 0 || (clock.Elapsed < budget && !ct.IsCancellationRequested)); m++)
        {
            var candidate = (int[])current.Clone();
            Insert(candidate);
            var (justified, next, _) = Justify(candidate);
            if (next <= finish || (next == finish + 1 && WalkWorse > 0 && random.NextDouble() < WalkWorse))
            {
                current = justified;
                finish = next;
                if (next < bestFinish)
                {
                    best = justified;
                    bestFinish = next;
                }
            }
        }

        return best;
    }

    /// <summary>One insertion: a random task moves anywhere between its last predecessor and its first successor.</summary>
    private void Insert(int[] list)
    {
        var position = new int[n];
        for (var i = 0; i < n; i++)
        {
            position[list[i]] = i;
        }

        var from = random.Next(n);
        var x = list[from];
        var low = 0;
        var high = n - 1;
        foreach (var (other, _) in before[0][x])
        {
            low = Math.Max(low, position[other] + 1);
        }

        foreach (var (other, _) in after[0][x])
        {
            high = Math.Min(high, position[other] - 1);
        }

        var to = random.Next(low, high + 1);
        if (to > from)
        {
            Array.Copy(list, from + 1, list, from, to - from);
        }
        else if (to < from)
        {
            Array.Copy(list, to, list, to + 1, from - to);
        }

        list[to] = x;
    }

    private int FirstFit(int j, int earliest, int d)
    {
        var s = earliest;
        while (true)
        {
            if (s + d > length)
            {
                Grow(s + d);
            }

            var clash = -1;
            for (var t = s + d - 1; t >= s && clash < 0; t--)
            {
                var row = t * r;
                for (var k = 0; k < r; k++)
                {
                    var need = demand[(j * r) + k];
                    if (need > 0 && used[row + k] + need > capacity[k])
                    {
                        clash = t;
                        break;
                    }
                }
            }

            if (clash < 0)
            {
                for (var t = s; t < s + d; t++)
                {
                    var row = t * r;
                    for (var k = 0; k < r; k++)
                    {
                        used[row + k] += demand[(j * r) + k];
                    }
                }

                return s;
            }

            s = clash + 1;
        }
    }

    private void Grow(int needed)
    {
        var next = Math.Max(needed, length * 2);
        Array.Resize(ref used, next * Math.Max(1, r));
        length = next;
    }
}
