using System.Diagnostics;

namespace DataStrategy.Core.Roadmap;

/// <summary>
/// Runs <see cref="ProjectBranchAndBound"/> on the project and on its time-reversed twin at once, one thread each,
/// sharing the best finish. The reversed project (every dependency turned round) has the same shortest finish, and a
/// schedule of one read backwards is a schedule of the other; but the two trees are very different in size: on the
/// hardest j30 instances one direction proves the optimum two to five times sooner than the other, and which one it
/// is cannot be told in advance (docs/adr/0041-branch-and-bound-both-ways.md). Whichever side completes first is the
/// proof, and the other is stopped.
/// </summary>
internal sealed class TwoWayBranchAndBound
{
    private readonly PreparedProblem q;
    private readonly ProjectBranchAndBound forward;
    private readonly bool bothWays;
    private readonly TimeSpan solo;
    private ProjectBranchAndBound? backward;

    /// <param name="bothWays">False: the project's own direction only, on the calling thread.</param>
    /// <param name="solo">How long the project's own direction searches alone before the reversed one joins it (most
    /// problems close in a millisecond or two: the second thread is only worth starting after that). Default 10 ms.</param>
    public TwoWayBranchAndBound(PreparedProblem q, bool bothWays, TimeSpan? solo = null)
    {
        ArgumentNullException.ThrowIfNull(q);
        this.q = q;
        this.bothWays = bothWays;
        this.solo = solo ?? TimeSpan.FromMilliseconds(10);
        forward = new ProjectBranchAndBound(q);
    }

    /// <summary>Nodes visited by the last run, both directions together.</summary>
    public long Nodes { get; private set; }

    /// <summary>The same tasks and resources with every finish-to-start dependency turned round.</summary>
    public static ScheduleProblem Reverse(ScheduleProblem p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new ScheduleProblem
        {
            Tasks = p.Tasks,
            Resources = p.Resources,
            Dependencies = p.Dependencies.Select(d => new ScheduleDependency(d.Successor, d.Predecessor)).ToArray(),
            Horizon = p.Horizon,
        };
    }

    /// <summary>A schedule of the reversed project read backwards: every task ends where the other one started, counted
    /// from the finish.</summary>
    public static int[] ReadBackwards(int[] reversedStarts, IReadOnlyList<ScheduleTask> tasks)
    {
        ArgumentNullException.ThrowIfNull(reversedStarts);
        ArgumentNullException.ThrowIfNull(tasks);
        var end = 0;
        for (var j = 0; j < reversedStarts.Length; j++)
        {
            end = Math.Max(end, reversedStarts[j] + tasks[j].Duration);
        }

        var starts = new int[reversedStarts.Length];
        for (var j = 0; j < starts.Length; j++)
        {
            starts[j] = end - reversedStarts[j] - tasks[j].Duration;
        }

        return starts;
    }

    /// <summary>Like <see cref="ProjectBranchAndBound.Run"/>: complete when either direction searched its whole tree; the
    /// schedule returned is the best either found (in the project's own direction), or null when none beat
    /// <paramref name="upperBound"/>. A second run resumes where the first stopped (with a bound no larger).</summary>
    /// <param name="found">Called with each better schedule (from either searching thread, one call at a time).</param>
    public (bool Complete, int Finish, int[]? Starts) Run(int upperBound, TimeSpan timeLimit, Action<int[]>? found = null, CancellationToken cancel = default)
    {
        Nodes = 0;
        if (!bothWays)
        {
            var alone = forward.Run(upperBound, timeLimit, null, found, cancel);
            Nodes = forward.Nodes;
            return alone;
        }

        var clock = Stopwatch.StartNew();
        int[]? best = null;
        var bestFinish = upperBound;
        long soloNodes = 0;
        if (solo > TimeSpan.Zero)
        {
            var alone = forward.Run(upperBound, timeLimit < solo ? timeLimit : solo, null, found, cancel);
            Nodes = soloNodes = forward.Nodes;
            if (alone.Complete || cancel.IsCancellationRequested || clock.Elapsed >= timeLimit)
            {
                return alone;
            }

            (bestFinish, best) = (alone.Finish, alone.Starts);
            upperBound = alone.Finish;
            timeLimit -= clock.Elapsed;
        }

        var back = backward ??= new ProjectBranchAndBound(PreparedProblem.Of(Reverse(q.P), ScheduleObjective.MinimiseFinish)!);
        var bound = new ProjectBranchAndBound.SharedBound(upperBound);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        var gate = new object();

        void Offer(int[] starts)
        {
            var finish = 0;
            for (var j = 0; j < starts.Length; j++)
            {
                finish = Math.Max(finish, starts[j] + q.P.Tasks[j].Duration);
            }

            lock (gate)
            {
                if (finish < bestFinish)
                {
                    bestFinish = finish;
                    best = starts;
                    found?.Invoke(starts);
                }
            }
        }

        bool Side(ProjectBranchAndBound search, bool reversed)
        {
            var result = search.Run(upperBound, timeLimit, bound, s => Offer(reversed ? ReadBackwards(s, q.P.Tasks) : s), stop.Token);
            if (result.Complete)
            {
                stop.Cancel();
            }

            return result.Complete;
        }

        var other = Task.Factory.StartNew(() => Side(back, reversed: true), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var complete = Side(forward, reversed: false);
        complete |= other.GetAwaiter().GetResult();
        Nodes = soloNodes + forward.Nodes + back.Nodes;

        // Both threads have ended: every schedule either found has been offered, and a complete side proved that
        // nothing finishes before the best of them (or before the bound given, when neither found one).
        return (complete, bestFinish, best);
    }
}
