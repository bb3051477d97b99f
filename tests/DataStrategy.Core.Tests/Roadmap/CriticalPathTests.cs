using DataStrategy.Core.Roadmap;
using static DataStrategy.Core.Tests.Roadmap.RoadmapTestData;

namespace DataStrategy.Core.Tests.Roadmap;

public sealed class CriticalPathTests
{
    [Fact]
    public void Analyse_FinishToStartChain_AddsDurations()
    {
        var p = Problem([Task("A", 3), Task("B", 2), Task("C", 4)], [Team(9)], [Fs(0, 1), Fs(1, 2)]);

        var result = CriticalPath.Analyse(p);

        Assert.Equal([0, 3, 5], result.Timings.Select(t => t.EarliestStart));
        Assert.Equal(9, result.Finish);
        Assert.All(result.Timings, t => Assert.True(t.Critical));
    }

    [Fact]
    public void Analyse_ShorterParallelBranch_HasSlack()
    {
        var p = Problem([Task("A", 3), Task("B", 1), Task("C", 2)], [Team(9)], [Fs(0, 2), Fs(1, 2)]);

        var b = CriticalPath.Analyse(p).Timings[1];

        Assert.Equal(new TaskTiming(0, 1, 2, 3), b);
        Assert.Equal(2, b.Slack);
    }

    [Fact]
    public void Analyse_StartToStartWithLag_StartsAfterLag()
    {
        var p = Problem([Task("A", 4), Task("B", 2)], [Team(9)], [Ss(0, 1, lag: 1)]);

        var result = CriticalPath.Analyse(p);

        Assert.Equal(1, result.Timings[1].EarliestStart);
        Assert.Equal(4, result.Finish);
        Assert.Equal(1, result.Timings[1].Slack);
    }

    [Fact]
    public void Analyse_FinishToStartWithPositiveLag_Waits()
    {
        var p = Problem([Task("A", 2), Task("B", 1)], [Team(9)], [Fs(0, 1, lag: 3)]);

        Assert.Equal(5, CriticalPath.Analyse(p).Timings[1].EarliestStart);
    }

    [Fact]
    public void Analyse_NegativeLag_OverlapsPredecessor()
    {
        var p = Problem([Task("A", 4), Task("B", 3)], [Team(9)], [Fs(0, 1, lag: -2)]);

        var result = CriticalPath.Analyse(p);

        Assert.Equal(2, result.Timings[1].EarliestStart);
        Assert.Equal(5, result.Finish);
    }

    [Fact]
    public void Analyse_EarliestStart_DelaysTask()
    {
        var p = Problem([Task("A", 2, earliest: 3)], [Team(9)]);

        Assert.Equal(new TaskTiming(3, 5, 3, 5), CriticalPath.Analyse(p).Timings[0]);
    }

    [Fact]
    public void Analyse_LockedSuccessor_PredecessorGetsSlackUpToLock()
    {
        var p = Problem([Task("A", 2), Task("B", 2, locked: 5)], [Team(9)], [Fs(0, 1)]);

        var result = CriticalPath.Analyse(p);

        Assert.Equal(new TaskTiming(0, 2, 3, 5), result.Timings[0]);
        Assert.Equal(new TaskTiming(5, 7, 5, 7), result.Timings[1]);
    }

    [Fact]
    public void Analyse_LockEarlierThanDependencyAllows_EarliestStartIsTheLock()
    {
        var p = Problem([Task("A", 4), Task("B", 1, locked: 2)], [Team(9)], [Fs(0, 1)]);

        Assert.Equal(2, CriticalPath.Analyse(p).Timings[1].EarliestStart);
    }

    [Fact]
    public void Analyse_DeadlineTighterThanFinish_GivesNegativeSlack()
    {
        var p = Problem([Task("A", 5, deadline: 4)], [Team(9)]);

        Assert.Equal(-1, CriticalPath.Analyse(p).Timings[0].Slack);
    }

    [Fact]
    public void Analyse_TwoBranches_CriticalChainFollowsTheLongerOne()
    {
        var p = Problem([Task("A", 3), Task("B", 5), Task("C", 2)], [Team(9)], [Fs(0, 2), Fs(1, 2)]);

        Assert.Equal([1, 2], CriticalPath.Analyse(p).CriticalChain);
    }

    [Fact]
    public void Analyse_Cycle_NamesItInOrderWithoutTimings()
    {
        var p = Problem([Task("A", 1), Task("B", 1), Task("C", 1), Task("D", 1)], [Team(9)], [Fs(3, 0), Fs(0, 1), Fs(1, 2), Fs(2, 0)]);

        var result = CriticalPath.Analyse(p);

        Assert.Empty(result.Timings);
        Assert.Equal([0, 1, 2], Rotate(result.Cycle!, 0));
    }

    [Fact]
    public void FindCycle_SelfDependency_IsACycleOfOne()
    {
        var p = Problem([Task("A", 1)], [Team(9)], [Ss(0, 0)]);

        Assert.Equal([0], CriticalPath.FindCycle(p));
    }

    [Fact]
    public void FindCycle_Acyclic_IsNull()
    {
        var p = Problem([Task("A", 1), Task("B", 1)], [Team(9)], [Fs(0, 1)]);

        Assert.Null(CriticalPath.FindCycle(p));
    }

    [Fact]
    public void Analyse_DependencyOutOfRange_Throws()
    {
        var p = Problem([Task("A", 1)], [Team(9)], [Fs(0, 3)]);

        Assert.Throws<ArgumentException>(() => CriticalPath.Analyse(p));
    }

    /// <summary>The cycle turned so that it starts at <paramref name="first"/>.</summary>
    private static int[] Rotate(IReadOnlyList<int> cycle, int first)
    {
        var at = cycle.ToList().IndexOf(first);
        return cycle.Skip(at).Concat(cycle.Take(at)).ToArray();
    }
}
