using DataStrategy.Core.Roadmap;
using static DataStrategy.Core.Tests.Roadmap.RoadmapTestData;

namespace DataStrategy.Core.Tests.Roadmap;

/// <summary>The genetic algorithm with forward–backward improvement (issue 21) and the solver variants that use it.</summary>
public sealed class ActivityListSearchTests
{
    /// <summary>Generous: the search stops on generations without improvement long before (the wall clock does not decide).</summary>
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData("j3010_1.sm")]
    [InlineData("j3013_1.sm")]
    [InlineData("j3029_1.sm")]
    [InlineData("j3045_1.sm")]
    public void Search_J30Instance_GivesAValidScheduleNoWorseThanTheListHeuristicAndNotBelowTheOptimum(string name)
    {
        var optimum = Psplib.ParseOptima(File.ReadAllText(Path.Combine(PsplibFolder(), "optimum.csv")))[name];
        var problem = Psplib.Parse(File.ReadAllText(Path.Combine(PsplibFolder(), name))).ToProblem();

        var list = ListScheduler.Schedule(problem);
        var result = ListScheduler.Search(problem, Budget, idleGenerations: 5);

        Assert.Empty(Violations(problem, result.Starts, ScheduleObjective.MinimiseFinish));
        Assert.InRange(result.Finish, optimum.Upper!.Value, list.Finish);
        Assert.True(result.Bound <= optimum.Upper);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Search_StartToStartAndNegativeLagsOnTwoTeams_StaysValid(int seed)
    {
        var problem = RandomProblem(seed, 30);

        var result = ListScheduler.Search(problem, Budget, idleGenerations: 5);

        Assert.Equal(30, result.Starts.Count);
        Assert.Empty(Violations(problem, result.Starts, ScheduleObjective.MinimiseFinish));
        Assert.True(result.Finish >= CriticalPath.Analyse(problem).Finish);
    }

    [Theory]
    [InlineData("j3013_1.sm")]
    [InlineData("j3029_1.sm")]
    [InlineData("j3045_1.sm")]
    [InlineData("j3037_1.sm")]
    [InlineData("j3041_1.sm")]
    public void RunIslands_TwoIslands_ValidAndNoLongerThanTheFirstIslandAlone(string name)
    {
        var problem = Psplib.Parse(File.ReadAllText(Path.Combine(PsplibFolder(), name))).ToProblem();
        var q = PreparedProblem.Of(problem, ScheduleObjective.MinimiseFinish)!;
        var seed = ListScheduler.Best(q);

        // Both stop on generations without improvement, so the first island repeats the single search exactly.
        var alone = ActivityListSearch.RunIslands(q, seed, 1, Budget, 3);
        var again = new ActivityListSearch(q).Run(seed, Budget, 3);
        var two = ActivityListSearch.RunIslands(q, seed, 2, Budget, 3);
        var second = new ActivityListSearch(q, 20261207).Run(seed, Budget, 3);

        Assert.Equal(again.Finish, alone.Finish);
        Assert.Equal(Math.Min(alone.Finish, second.Finish), two.Finish);
        Assert.Equal(two.Finish, two.Starts.Select((s, j) => s!.Value + problem.Tasks[j].Duration).Max());
        Assert.Empty(Violations(problem, two.Starts, ScheduleObjective.MinimiseFinish));
    }

    [Fact]
    public void Solve_IslandsOnTwoWorkers_ValidAndNotBelowTheOptimum()
    {
        var problem = Psplib.Parse(File.ReadAllText(Path.Combine(PsplibFolder(), "j3013_1.sm"))).ToProblem();
        var optimum = Psplib.ParseOptima(File.ReadAllText(Path.Combine(PsplibFolder(), "optimum.csv")))["j3013_1.sm"];
        var tuning = SolverTuning.Fbi with { MetaheuristicIslands = true, MetaheuristicIdleGenerations = 3 };

        var result = Scheduler.Solve(problem, Options(seconds: 30) with { Tuning = tuning, Workers = 2 });

        Assert.Empty(Violations(problem, result.Starts, ScheduleObjective.MinimiseFinish));
        Assert.True(result.Finish >= optimum.Upper);
        Assert.True(result.Status != ScheduleStatus.Optimal || result.Finish == optimum.Upper);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public void Justify_NeverLengthensTheScheduleItStartsFrom(int seed)
    {
        var q = PreparedProblem.Of(RandomProblem(seed, 40), ScheduleObjective.MinimiseFinish)!;
        var search = new ActivityListSearch(q);
        var random = new Random(seed);
        for (var k = 0; k < 20; k++)
        {
            var keys = Enumerable.Range(0, q.N).Select(_ => random.NextDouble()).ToArray();
            var list = TopologicalBy(q, keys);
            var forward = search.Decode(list, 0, new int[q.N]);

            var (_, justified, starts) = search.Justify(list);

            Assert.True(justified <= forward);
            Assert.Equal(justified, starts.Select((s, j) => s + q.P.Tasks[j].Duration).Max());
            Assert.True(q.IsValid(starts.Select(s => (int?)s).ToArray()));
        }
    }

    [Theory]
    [InlineData(4, 0.0)]
    [InlineData(5, 0.0)]
    [InlineData(6, 0.05)]
    [InlineData(4, 1.0)]
    [InlineData(5, 1.0)]
    public void Walk_NeverLongerThanItsStart_StaysValidAndShortensSomeSchedules(int seed, double worse)
    {
        // With worse = 1 every one-period-longer step is taken: the walk must still give back the shortest it met.
        var q = PreparedProblem.Of(RandomProblem(seed, 40), ScheduleObjective.MinimiseFinish)!;
        var search = new ActivityListSearch(q, seed) { WalkWorse = worse };
        var random = new Random(seed);
        var shortened = 0;
        for (var k = 0; k < 20; k++)
        {
            var keys = Enumerable.Range(0, q.N).Select(_ => random.NextDouble()).ToArray();
            var list = TopologicalBy(q, keys);
            var (_, start, _) = search.Justify(list);

            var walked = search.Walk(list, 300, Budget);
            var starts = new int[q.N];
            var finish = search.Decode(walked, 0, starts);

            Assert.Equal(q.N, walked.Distinct().Count());
            Assert.True(q.IsValid(starts.Select(s => (int?)s).ToArray()));
            Assert.True(finish <= start, $"The walk ended at {finish}, after its start at {start}.");
            shortened += finish < start ? 1 : 0;
        }

        // Random lists are far from the best: a walk that does not move leaves them as they are.
        Assert.True(shortened >= 10, $"Only {shortened} of 20 walks shortened their schedule.");
    }

    [Fact]
    public void Walk_WithoutMoves_GivesTheJustifiedSchedule()
    {
        var q = PreparedProblem.Of(RandomProblem(7, 30), ScheduleObjective.MinimiseFinish)!;
        var search = new ActivityListSearch(q);
        var list = TopologicalBy(q, Enumerable.Range(0, q.N).Select(j => (double)(q.N - j)).ToArray());

        var (_, justified, _) = search.Justify(list);
        var walked = search.Walk(list, 0, Budget);

        Assert.Equal(justified, search.Decode(walked, 0, new int[q.N]));
    }

    [Fact]
    public void Walk_OutOfTime_MakesNoMove()
    {
        var q = PreparedProblem.Of(RandomProblem(8, 40), ScheduleObjective.MinimiseFinish)!;
        var search = new ActivityListSearch(q) { WalkWorse = 0.05 };
        var list = TopologicalBy(q, Enumerable.Range(0, q.N).Select(j => (double)(q.N - j)).ToArray());

        var (_, justified, _) = search.Justify(list);
        var walked = search.Walk(list, 1_000_000, TimeSpan.Zero);

        Assert.Equal(justified, search.Decode(walked, 0, new int[q.N]));
    }

    [Fact]
    public void Solve_GeneticAlgorithmAloneWithTheWalk_ValidAndNotBelowTheOptimum()
    {
        var problem = Psplib.Parse(File.ReadAllText(Path.Combine(PsplibFolder(), "j3029_1.sm"))).ToProblem();
        var optimum = Psplib.ParseOptima(File.ReadAllText(Path.Combine(PsplibFolder(), "optimum.csv")))["j3029_1.sm"];
        var tuning = SolverTuning.Fbi with { MetaheuristicIslands = true, MetaheuristicLongShare = 0.5, MetaheuristicWalk = 500, MetaheuristicWalkWorse = 0.05 };

        var result = Scheduler.Solve(problem, Options(seconds: 1) with { Tuning = tuning, Workers = 2 });

        Assert.Empty(Violations(problem, result.Starts, ScheduleObjective.MinimiseFinish));
        Assert.True(result.Finish >= optimum.Upper);
        Assert.True(result.Status != ScheduleStatus.Optimal || result.Finish == optimum.Upper);
    }

    [Fact]
    public void Solve_FbiOnPairwiseIncompatibleTasks_ProvesTheOptimumAboveTheEnergyBound()
    {
        // Capacity 3, three tasks of 2 units: the work bound says 2 periods, but no two run together, so 3.
        var p = Problem([Task("A", 1, demand: 2), Task("B", 1, demand: 2), Task("C", 1, demand: 2)], [Team(3)]);

        var result = Scheduler.Solve(p, Options(seconds: 30) with { Tuning = SolverTuning.Fbi });
        var below = Scheduler.Solve(p, Options(seconds: 30) with { Tuning = SolverTuning.Fbi with { ProveBelowHeuristic = true } });

        Assert.Equal(ScheduleStatus.Optimal, result.Status);
        Assert.Equal(3, result.Finish);
        Assert.Equal(3, result.Bound);
        Assert.Equal(ScheduleStatus.Optimal, below.Status);
        Assert.Equal(3, below.Finish);
        Assert.Equal(3, below.Bound);
        Assert.Empty(Violations(p, below.Starts, ScheduleObjective.MinimiseFinish));
    }

    [Fact]
    public void Solve_FbiReachingTheEnergyBound_IsOptimalWithoutSearchAndReportsIt()
    {
        var p = Problem([Task("A", 3), Task("B", 3), Task("C", 3, demand: 2)], [Team(2)]);
        var reported = new List<ScheduleResult>();

        var result = Scheduler.Solve(p, Options() with { Tuning = SolverTuning.Fbi }, onImprovement: reported.Add);

        Assert.Equal(ScheduleStatus.Optimal, result.Status);
        Assert.Equal(6, result.Finish);
        Assert.All(reported, r => Assert.Empty(Violations(p, r.Starts, ScheduleObjective.MinimiseFinish)));
    }

    [Fact]
    public void Solve_FbiCancelledBeforeStart_StillReturnsAValidSchedule()
    {
        var p = Psplib.Parse(File.ReadAllText(Path.Combine(PsplibFolder(), "j3013_1.sm"))).ToProblem();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var result = Scheduler.Solve(p, Options() with { Tuning = SolverTuning.Fbi }, cancelled.Token);

        Assert.True(result.Status is ScheduleStatus.Feasible or ScheduleStatus.Optimal);
        Assert.Empty(Violations(p, result.Starts, ScheduleObjective.MinimiseFinish));
    }

    [Fact]
    public void Solve_WeightedWithKnapsackCuts_KeepsTheOptimumAndABoundAboveIt()
    {
        // Horizon 6, one person: A (weight 5) or B (weight 1) fits, not both; C cannot start before 5; D needs B.
        var p = Problem(
            [Task("A", 4, weight: 5), Task("B", 4), Task("C", 2, earliest: 5), Task("D", 1, demand: 0), Task("E", 2, weight: 2)],
            [Team(1)],
            [Fs(1, 3)],
            horizon: 6);

        var result = Scheduler.Solve(p, Options(ScheduleObjective.MaximiseWeightedDelivered, seconds: 30) with { Tuning = SolverTuning.Fbi });

        Assert.Equal(ScheduleStatus.Optimal, result.Status);
        Assert.Equal(7, result.WeightDelivered);
        Assert.Equal(7, result.Bound);
        Assert.Empty(Violations(p, result.Starts, ScheduleObjective.MaximiseWeightedDelivered));
    }

    [Fact]
    public void Solve_WeightedWithKnapsackCuts_LockedWorkInTheWindowStillFits()
    {
        // A is locked in periods 2–3 of a 4-period horizon on one person: B (2 periods) fits only in 0–1, C does not fit.
        var p = Problem([Task("A", 2, locked: 2), Task("B", 2, weight: 3), Task("C", 2, weight: 2)], [Team(1)], horizon: 4);

        var result = Scheduler.Solve(p, Options(ScheduleObjective.MaximiseWeightedDelivered, seconds: 30) with { Tuning = SolverTuning.Fbi });

        Assert.Equal(ScheduleStatus.Optimal, result.Status);
        Assert.Equal(4, result.WeightDelivered);
        Assert.Empty(Violations(p, result.Starts, ScheduleObjective.MaximiseWeightedDelivered));
    }

    private static int[] TopologicalBy(PreparedProblem q, double[] keys)
    {
        var waiting = Enumerable.Range(0, q.N).Select(j => q.Graph.In[j].Count).ToArray();
        var queue = new PriorityQueue<int, double>();
        for (var j = 0; j < q.N; j++)
        {
            if (waiting[j] == 0)
            {
                queue.Enqueue(j, keys[j]);
            }
        }

        var list = new List<int>();
        while (queue.TryDequeue(out var j, out _))
        {
            list.Add(j);
            foreach (var dep in q.Graph.Out[j])
            {
                if (--waiting[dep.Successor] == 0)
                {
                    queue.Enqueue(dep.Successor, keys[dep.Successor]);
                }
            }
        }

        return [.. list];
    }

    /// <summary>Two teams of 4 and 3, durations 0–5, finish-to-start and start-to-start dependencies with lags −1 to 2.</summary>
    private static ScheduleProblem RandomProblem(int seed, int size)
    {
        var random = new Random(seed);
        var tasks = Enumerable.Range(0, size)
            .Select(j => new ScheduleTask("T" + j, "T" + j, random.Next(0, 6), [random.Next(0, 5), random.Next(0, 4)]))
            .ToArray();
        var dependencies = new List<ScheduleDependency>();
        for (var j = 1; j < size; j++)
        {
            foreach (var pred in Enumerable.Range(0, random.Next(0, 3)).Select(_ => random.Next(j)).Distinct())
            {
                dependencies.Add(new ScheduleDependency(pred, j, random.Next(3) == 0 ? DependencyKind.StartToStart : DependencyKind.FinishToStart, random.Next(-1, 3)));
            }
        }

        return new ScheduleProblem
        {
            Tasks = tasks,
            Resources = [new ScheduleResource("a", "A", [4]), new ScheduleResource("b", "B", [3])],
            Dependencies = dependencies,
            Horizon = 100,
        };
    }
}
