using DataStrategy.Core.Roadmap;
using static DataStrategy.Core.Tests.Roadmap.RoadmapTestData;

namespace DataStrategy.Core.Tests.Roadmap;

/// <summary>The branch and bound of Demeulemeester and Herroelen (issue 21): its proofs must agree with CP-SAT's, its
/// schedules must be valid, and it must say when it ran out of time.</summary>
public sealed class ProjectBranchAndBoundTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(60);

    /// <summary>Small random projects on two resources, tight enough that tasks compete: the optimum proven by the branch
    /// and bound (from the list heuristic's finish) is the one CP-SAT proves alone.</summary>
    [Theory]
    [MemberData(nameof(Seeds))]
    public void Run_RandomProject_ProvesTheOptimumCpSatProves(int seed)
    {
        var p = RandomProject(seed, 12);
        var q = PreparedProblem.Of(p, ScheduleObjective.MinimiseFinish)!;
        var heuristic = ListScheduler.Schedule(p).Finish;
        var cpSat = Scheduler.Solve(p, Options(seconds: 60) with { Tuning = SolverTuning.Plain });

        var reported = new List<int[]>();

        var (complete, finish, starts) = new ProjectBranchAndBound(q).Run(heuristic + 1, Generous, found: better => reported.Add((int[])better.Clone()));

        var finishes = reported.Select(x => x.Select((s, j) => s + p.Tasks[j].Duration).Max()).ToList();
        Assert.Equal(finishes.OrderByDescending(f => f).Distinct(), finishes);
        Assert.Equal(starts, reported[^1]);
        Assert.All(reported, x => Assert.Empty(Violations(p, x.Select(s => (int?)s).ToArray(), ScheduleObjective.MinimiseFinish)));
        Assert.Equal(ScheduleStatus.Optimal, cpSat.Status);
        Assert.True(complete);
        Assert.Equal(cpSat.Finish, finish);
        Assert.NotNull(starts);
        Assert.Empty(Violations(p, starts.Select(s => (int?)s).ToArray(), ScheduleObjective.MinimiseFinish));
        Assert.Equal(finish, starts.Select((s, j) => s + p.Tasks[j].Duration).Max());
    }

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 60)];

    [Theory]
    [InlineData("j3045_1.sm")]
    [InlineData("j3029_1.sm")]
    [InlineData("j3041_1.sm")]
    public void Run_J30Instance_ProvesTheKnownOptimum(string name)
    {
        var optimum = Psplib.ParseOptima(File.ReadAllText(Path.Combine(PsplibFolder(), "optimum.csv")))[name].Upper!.Value;
        var p = Psplib.Parse(File.ReadAllText(Path.Combine(PsplibFolder(), name))).ToProblem();
        var q = PreparedProblem.Of(p, ScheduleObjective.MinimiseFinish)!;
        var heuristic = ListScheduler.Schedule(p).Finish;

        var (complete, finish, starts) = new ProjectBranchAndBound(q).Run(heuristic + 1, Generous);
        // Told the optimum, it finds nothing shorter: that is the proof on its own.
        var (provedAlone, atOptimum, none) = new ProjectBranchAndBound(q).Run(optimum, Generous);

        Assert.True(complete);
        Assert.Equal(optimum, finish);
        Assert.Empty(Violations(p, starts!.Select(s => (int?)s).ToArray(), ScheduleObjective.MinimiseFinish));
        Assert.True(provedAlone);
        Assert.Equal(optimum, atOptimum);
        Assert.Null(none);
    }

    [Fact]
    public void Run_BelowTheOptimum_FindsNothingAndSaysItSearchedEverything()
    {
        // Capacity 3, three tasks of 2 units: no two together, so 3 periods at best.
        var p = Problem([Task("A", 1, demand: 2), Task("B", 1, demand: 2), Task("C", 1, demand: 2)], [Team(3)]);
        var q = PreparedProblem.Of(p, ScheduleObjective.MinimiseFinish)!;

        var (complete, finish, starts) = new ProjectBranchAndBound(q).Run(3, Generous);
        var (found, best, schedule) = new ProjectBranchAndBound(q).Run(4, Generous);

        Assert.True(complete);
        Assert.Equal(3, finish);
        Assert.Null(starts);
        Assert.True(found);
        Assert.Equal(3, best);
        Assert.Equal([0, 1, 2], schedule!.Order());
    }

    [Fact]
    public void Run_OutOfTimeOrCancelled_SaysItIsIncomplete()
    {
        var p = Psplib.Parse(File.ReadAllText(Path.Combine(PsplibFolder(), "j3013_1.sm"))).ToProblem();
        var q = PreparedProblem.Of(p, ScheduleObjective.MinimiseFinish)!;
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        // j3013_1 takes millions of nodes: 50 ms is far too little to search them.
        var timedOut = new ProjectBranchAndBound(q).Run(1000, TimeSpan.FromMilliseconds(50));
        var stopped = new ProjectBranchAndBound(q).Run(1000, Generous, cancel: cancelled.Token);

        Assert.False(timedOut.Complete);
        Assert.False(stopped.Complete);
        Assert.True(timedOut.Finish >= 58);
        if (timedOut.Starts is { } starts)
        {
            Assert.Empty(Violations(p, starts.Select(s => (int?)s).ToArray(), ScheduleObjective.MinimiseFinish));
        }
    }

    [Fact]
    public void Run_SharedBoundLoweredByAnotherSolver_IsWhatItMustBeat()
    {
        var p = Psplib.Parse(File.ReadAllText(Path.Combine(PsplibFolder(), "j3045_1.sm"))).ToProblem();
        var q = PreparedProblem.Of(p, ScheduleObjective.MinimiseFinish)!;
        var optimum = Psplib.ParseOptima(File.ReadAllText(Path.Combine(PsplibFolder(), "optimum.csv")))["j3045_1.sm"].Upper!.Value;
        var shared = new ProjectBranchAndBound.SharedBound(1000);
        shared.Offer(optimum);

        var (complete, finish, starts) = new ProjectBranchAndBound(q).Run(1000, Generous, shared);

        Assert.True(complete);
        Assert.Equal(optimum, finish);
        Assert.Null(starts);
    }

    [Fact]
    public void SharedBound_OfferedConcurrently_KeepsTheLowest()
    {
        var shared = new ProjectBranchAndBound.SharedBound(10_000);

        Parallel.For(0, 32, i =>
        {
            for (var k = 0; k < 1000; k++)
            {
                shared.Offer(5000 - (i * 100) - k);
            }
        });

        Assert.Equal(5000 - (31 * 100) - 999, shared.Value);
    }

    [Fact]
    public void Applies_OnlyToFinishToStartWithoutLagsLocksOrDeadlines()
    {
        ScheduleTask[] tasks = [Task("A", 2), Task("B", 2)];
        bool Of(ScheduleProblem p) => ProjectBranchAndBound.Applies(PreparedProblem.Of(p, ScheduleObjective.MinimiseFinish)!);

        Assert.True(Of(Problem(tasks, [Team(1)], [Fs(0, 1)])));
        Assert.False(Of(Problem(tasks, [Team(1)], [Fs(0, 1, lag: 1)])));
        Assert.False(Of(Problem(tasks, [Team(1)], [Ss(0, 1)])));
        Assert.False(Of(Problem([Task("A", 2, locked: 3), Task("B", 2)], [Team(1)])));
        Assert.False(Of(Problem(tasks, [Team(2, 1)])));
        Assert.False(Of(Problem(Enumerable.Range(0, ProjectBranchAndBound.MaxTasks + 1).Select(i => Task($"T{i}", 1)).ToArray(), [Team(1)])));
    }

    [Fact]
    public void Solve_DefaultWithCpSatStoppedAtItsFirstSchedule_IsProvenOptimalByTheBranchAndBound()
    {
        // j3045_1: CP-SAT alone needs 0.4–1 s; stopped at its first schedule it proves nothing, so only the branch and bound can.
        var p = Psplib.Parse(File.ReadAllText(Path.Combine(PsplibFolder(), "j3045_1.sm"))).ToProblem();
        var optimum = Psplib.ParseOptima(File.ReadAllText(Path.Combine(PsplibFolder(), "optimum.csv")))["j3045_1.sm"].Upper!.Value;
        var starved = SolverTuning.Default with { Parameters = "stop_after_first_solution:true" };
        var reported = new List<ScheduleResult>();

        var result = Scheduler.Solve(p, Options(seconds: 30) with { Tuning = starved }, onImprovement: reported.Add);
        var without = Scheduler.Solve(p, Options(seconds: 30) with { Tuning = starved with { BranchAndBound = BranchAndBoundMode.Off } });

        Assert.NotEqual(BranchAndBoundMode.Off, SolverTuning.Default.BranchAndBound);
        Assert.Equal(ScheduleStatus.Optimal, result.Status);
        Assert.Equal(optimum, result.Finish);
        Assert.Equal(optimum, result.Bound);
        Assert.Empty(Violations(p, result.Starts, ScheduleObjective.MinimiseFinish));
        Assert.All(reported, r => Assert.Empty(Violations(p, r.Starts, ScheduleObjective.MinimiseFinish)));
        Assert.NotEqual(ScheduleStatus.Optimal, without.Status);
    }
}
