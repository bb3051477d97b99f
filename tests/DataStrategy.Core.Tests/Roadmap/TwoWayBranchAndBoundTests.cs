using DataStrategy.Core.Roadmap;
using static DataStrategy.Core.Tests.Roadmap.RoadmapTestData;

namespace DataStrategy.Core.Tests.Roadmap;

/// <summary>The branch and bound run on the project and its time-reversed twin at once (ADR 0041): the same optima as
/// CP-SAT, schedules valid in the project's own direction whichever side found them, and a second run that resumes.</summary>
public sealed class TwoWayBranchAndBoundTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(60);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Run_RandomProjectBothWays_ProvesTheOptimumCpSatProves(int seed)
    {
        var p = RandomProject(seed, 12);
        var q = PreparedProblem.Of(p, ScheduleObjective.MinimiseFinish)!;
        var heuristic = ListScheduler.Schedule(p).Finish;
        var cpSat = Scheduler.Solve(p, Options(seconds: 60) with { Tuning = SolverTuning.Plain });
        var reported = new List<int[]>();

        var (complete, finish, starts) = new TwoWayBranchAndBound(q, bothWays: true, solo: TimeSpan.Zero).Run(heuristic + 1, Generous, better => reported.Add(better));

        var finishes = reported.Select(x => FinishOf(p, x)).ToList();
        Assert.Equal(ScheduleStatus.Optimal, cpSat.Status);
        Assert.True(complete);
        Assert.Equal(cpSat.Finish, finish);
        Assert.Equal(finishes.OrderByDescending(f => f).Distinct(), finishes);
        Assert.Equal(starts, reported[^1]);
        Assert.All(reported, x => Assert.Empty(Violations(p, x.Select(s => (int?)s).ToArray(), ScheduleObjective.MinimiseFinish)));
        Assert.Equal(finish, FinishOf(p, starts!));
    }

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 40)];

    [Theory]
    [InlineData(3)]
    [InlineData(17)]
    [InlineData(29)]
    public void ReadBackwards_ScheduleOfTheReversedProject_IsAScheduleOfTheProjectWithTheSameFinish(int seed)
    {
        var p = RandomProject(seed, 14);
        var reversed = TwoWayBranchAndBound.Reverse(p);
        var (complete, finish, backwards) = new ProjectBranchAndBound(PreparedProblem.Of(reversed, ScheduleObjective.MinimiseFinish)!).Run(1000, Generous);

        var forwards = TwoWayBranchAndBound.ReadBackwards(backwards!, p.Tasks);

        Assert.True(complete);
        Assert.NotEmpty(Violations(p, backwards!.Select(s => (int?)s).ToArray(), ScheduleObjective.MinimiseFinish));
        Assert.Empty(Violations(reversed, backwards!.Select(s => (int?)s).ToArray(), ScheduleObjective.MinimiseFinish));
        Assert.Empty(Violations(p, forwards.Select(s => (int?)s).ToArray(), ScheduleObjective.MinimiseFinish));
        Assert.Equal(finish, FinishOf(p, forwards));
        Assert.Equal(0, forwards.Min());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Run_AgainAfterACompleteRun_ResumesAtTheRootButStartsAfreshAboveTheLastBound(bool bothWays)
    {
        var p = Psplib.Parse(File.ReadAllText(Path.Combine(PsplibFolder(), "j3045_1.sm"))).ToProblem();
        var q = PreparedProblem.Of(p, ScheduleObjective.MinimiseFinish)!;
        var optimum = Psplib.ParseOptima(File.ReadAllText(Path.Combine(PsplibFolder(), "optimum.csv")))["j3045_1.sm"].Upper!.Value;
        var heuristic = ListScheduler.Schedule(p).Finish;
        var search = new TwoWayBranchAndBound(q, bothWays, solo: TimeSpan.Zero);

        var first = search.Run(heuristic + 1, Generous);
        var firstNodes = search.Nodes;
        var resumed = search.Run(optimum, Generous);
        var resumedNodes = search.Nodes;
        var afresh = search.Run(heuristic + 1, Generous);

        Assert.True(first.Complete);
        Assert.Equal(optimum, first.Finish);
        Assert.True(firstNodes > 100);

        // Every subtree was searched in full below a bound no larger: the root itself is remembered (on the side that
        // completed; the other was stopped midway and starts again until the first stops it).
        Assert.True(resumed.Complete);
        Assert.Equal(optimum, resumed.Finish);
        Assert.Null(resumed.Starts);
        if (bothWays)
        {
            Assert.InRange(resumedNodes, 1, firstNodes - 1);
        }
        else
        {
            Assert.Equal(1, resumedNodes);
        }

        // Above the bound the last run ended at, what it remembered says nothing: the optimum is found again.
        Assert.True(afresh.Complete);
        Assert.Equal(optimum, afresh.Finish);
        Assert.NotNull(afresh.Starts);
    }

    [Fact]
    public void Run_OutOfTimeOrCancelled_StopsBothSidesAndSaysItIsIncomplete()
    {
        var p = Psplib.Parse(File.ReadAllText(Path.Combine(PsplibFolder(), "j3013_1.sm"))).ToProblem();
        var q = PreparedProblem.Of(p, ScheduleObjective.MinimiseFinish)!;
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var timedOut = new TwoWayBranchAndBound(q, bothWays: true).Run(1000, TimeSpan.FromMilliseconds(50));
        var stopped = new TwoWayBranchAndBound(q, bothWays: true, solo: TimeSpan.Zero).Run(1000, Generous, cancel: cancelled.Token);

        Assert.False(timedOut.Complete);
        Assert.False(stopped.Complete);
        Assert.True(timedOut.Finish >= 58);
        Assert.Empty(Violations(p, timedOut.Starts!.Select(s => (int?)s).ToArray(), ScheduleObjective.MinimiseFinish));
        Assert.Equal(timedOut.Finish, FinishOf(p, timedOut.Starts!));
    }

    [Fact]
    public void Solve_OneWorkerOrTwo_ProvesTheSameOptimum()
    {
        var p = Psplib.Parse(File.ReadAllText(Path.Combine(PsplibFolder(), "j3029_1.sm"))).ToProblem();
        var optimum = Psplib.ParseOptima(File.ReadAllText(Path.Combine(PsplibFolder(), "optimum.csv")))["j3029_1.sm"].Upper!.Value;

        var two = Scheduler.Solve(p, Options(seconds: 30));
        var one = Scheduler.Solve(p, Options(seconds: 30) with { Workers = 1 });

        Assert.True(SolverTuning.Default.BranchAndBoundBothWays);
        Assert.All([two, one], r =>
        {
            Assert.Equal(ScheduleStatus.Optimal, r.Status);
            Assert.Equal(optimum, r.Finish);
            Assert.Empty(Violations(p, r.Starts, ScheduleObjective.MinimiseFinish));
        });
    }

    private static int FinishOf(ScheduleProblem p, int[] starts) => starts.Select((s, j) => s + p.Tasks[j].Duration).Max();
}
