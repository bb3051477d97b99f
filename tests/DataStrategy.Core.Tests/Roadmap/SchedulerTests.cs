using DataStrategy.Core.Roadmap;
using static DataStrategy.Core.Tests.Roadmap.RoadmapTestData;

namespace DataStrategy.Core.Tests.Roadmap;

public sealed class SchedulerTests
{
    [Fact]
    public void Solve_TwoFitTogetherThirdAlone_FindsOptimalMakespan()
    {
        // Capacity 2: A and B (1 each) run together, C (2) must run alone: 3 + 3.
        var p = Problem([Task("A", 3), Task("B", 3), Task("C", 3, demand: 2)], [Team(2)]);

        var result = Scheduler.Solve(p, Options());

        Assert.Equal(ScheduleStatus.Optimal, result.Status);
        Assert.Equal(6, result.Finish);
        Assert.Equal(6, result.Bound);
    }

    [Fact]
    public void Solve_NoDeliveryTeams_SchedulesEveryInitiativeOnItsDependenciesAlone()
    {
        // A roadmap whose organisation has not entered any teams yet: nothing to level, only the order to respect.
        var p = Problem([Task("A", 3, demand: 0), Task("B", 2, demand: 0), Task("C", 0, demand: 0)], [], [Fs(0, 1), Fs(1, 2)]);

        var result = Scheduler.Solve(p, Options());

        Assert.Equal([0, 3, 5], result.Starts);
        Assert.Equal(5, result.Finish);
    }

    [Fact]
    public void Solve_HireInMonth7_UsesTheExtraCapacityFromMonth7()
    {
        // One person until month 7, two after: A 0–4, B 4–8, C can only overlap B from month 7 on.
        var p = Problem([Task("A", 4), Task("B", 4), Task("C", 4)], [Team(1, 1, 1, 1, 1, 1, 1, 2)]);

        var result = Scheduler.Solve(p, Options());

        Assert.Equal(11, result.Finish);
        Assert.Empty(Violations(p, result.Starts, ScheduleObjective.MinimiseFinish));
    }

    [Fact]
    public void Solve_LockedTask_StaysAtItsLock()
    {
        var p = Problem([Task("A", 2, locked: 4), Task("B", 3)], [Team(1)]);

        var result = Scheduler.Solve(p, Options());

        Assert.Equal(4, result.Starts[0]);
        Assert.Equal(0, result.Starts[1]);
        Assert.Equal(6, result.Finish);
    }

    [Fact]
    public void Solve_StartToStartAndNegativeLag_AreHonoured()
    {
        var p = Problem([Task("A", 4, demand: 0), Task("B", 3, demand: 0), Task("C", 2, demand: 0)], [Team(1)], [Ss(0, 1, lag: 2), Fs(1, 2, lag: -1)]);

        var result = Scheduler.Solve(p, Options());

        Assert.Equal([0, 2, 4], result.Starts);
    }

    [Fact]
    public void Solve_WeightedDelivered_LeavesOutLowWeightForCapacity()
    {
        // Horizon 6, one person: A (weight 5) or B (weight 1) fits, not both; C cannot start before 5; D needs B.
        var p = Problem(
            [Task("A", 4, weight: 5), Task("B", 4), Task("C", 2, earliest: 5), Task("D", 1, demand: 0)],
            [Team(1)],
            [Fs(1, 3)],
            horizon: 6);

        var result = Scheduler.Solve(p, Options(ScheduleObjective.MaximiseWeightedDelivered));

        Assert.Equal(ScheduleStatus.Optimal, result.Status);
        Assert.Equal(5, result.WeightDelivered);
        Assert.Equal(
            [new LeftOutTask(1, LeftOutReason.NoCapacity), new LeftOutTask(2, LeftOutReason.PastHorizon), new LeftOutTask(3, LeftOutReason.PredecessorLeftOut)],
            result.LeftOut);
    }

    [Fact]
    public void Solve_WeightedDeliveredWithUnreachableDeadline_LeavesTaskOutInsteadOfFailing()
    {
        var p = Problem([Task("A", 3), Task("B", 3, deadline: 2)], [Team(2)], horizon: 10);

        var result = Scheduler.Solve(p, Options(ScheduleObjective.MaximiseWeightedDelivered));

        Assert.Equal(ScheduleStatus.Optimal, result.Status);
        Assert.Equal([new LeftOutTask(1, LeftOutReason.PastHorizon)], result.LeftOut);
    }

    [Fact]
    public void Solve_DemandAboveEveryPeriodsCapacity_ExplainsWithTaskAndResource()
    {
        var p = Problem([Task("A", 2), Task("B", 2, demand: 6)], [Team(4, 5, 4)]);

        var conflict = Assert.Single(Scheduler.Solve(p, Options()).Conflicts);

        Assert.Equal(new ScheduleConflict(ConflictKind.DemandExceedsCapacity, conflict.Tasks, Resource: 0, Needed: 6, Available: 5), conflict);
        Assert.Equal([1], conflict.Tasks);
    }

    [Fact]
    public void Solve_LockBreaksDependency_NamesBothTasks()
    {
        var p = Problem([Task("A", 3, locked: 0), Task("B", 2, locked: 2)], [Team(9)], [Fs(0, 1)]);

        var result = Scheduler.Solve(p, Options());

        Assert.Equal(ScheduleStatus.Infeasible, result.Status);
        var conflict = Assert.Single(result.Conflicts);
        Assert.Equal((ConflictKind.LockBreaksDependency, 3, 2), (conflict.Kind, conflict.Needed, conflict.Available));
        Assert.Equal([0, 1], conflict.Tasks);
    }

    [Fact]
    public void Solve_LockBeforeEarliestStart_NamesTheTask()
    {
        var p = Problem([Task("A", 1), Task("B", 1, earliest: 3, locked: 1)], [Team(9)]);

        var conflict = Assert.Single(Scheduler.Solve(p, Options()).Conflicts);

        Assert.Equal((ConflictKind.LockBeforeEarliestStart, 1, 3), (conflict.Kind, conflict.Period, conflict.Needed));
        Assert.Equal([1], conflict.Tasks);
    }

    [Fact]
    public void Solve_DeadlineBeyondChain_NamesTheChainInOrder()
    {
        var p = Problem([Task("A", 3), Task("B", 3), Task("C", 2, deadline: 7), Task("D", 1)], [Team(9)], [Fs(0, 1), Fs(1, 2), Fs(3, 2)]);

        var conflict = Assert.Single(Scheduler.Solve(p, Options()).Conflicts);

        Assert.Equal((ConflictKind.DeadlineUnreachable, 8, 7), (conflict.Kind, conflict.Needed, conflict.Available));
        Assert.Equal([0, 1, 2], conflict.Tasks);
    }

    [Fact]
    public void Solve_DependencyCycle_NamesItInOrder()
    {
        var p = Problem([Task("A", 1), Task("B", 1), Task("C", 1)], [Team(9)], [Fs(1, 2), Fs(2, 0), Fs(0, 1)]);

        var conflict = Assert.Single(Scheduler.Solve(p, Options()).Conflicts);

        Assert.Equal(ConflictKind.DependencyCycle, conflict.Kind);
        var at = conflict.Tasks.ToList().IndexOf(0);
        Assert.Equal([0, 1, 2], conflict.Tasks.Skip(at).Concat(conflict.Tasks.Take(at)));
    }

    [Fact]
    public void Solve_LockedTasksOverCapacity_NamesTasksResourceAndPeriod()
    {
        var p = Problem([Task("A", 2, demand: 3, locked: 1), Task("B", 2, demand: 3, locked: 2), Task("C", 1)], [Team(5)]);

        var conflict = Assert.Single(Scheduler.Solve(p, Options()).Conflicts);

        Assert.Equal(new ScheduleConflict(ConflictKind.LockedOverCapacity, conflict.Tasks, 0, 2, 6, 5), conflict);
        Assert.Equal([0, 1], conflict.Tasks);
    }

    [Fact]
    public void Solve_DeadlinesOnlyImpossibleTogether_SolverNamesTheCombination()
    {
        // Each deadline is reachable alone; one person cannot do both in two months.
        var p = Problem([Task("A", 2, deadline: 2), Task("B", 2, deadline: 2), Task("C", 1)], [Team(1)]);

        var result = Scheduler.Solve(p, Options());

        Assert.Equal(ScheduleStatus.Infeasible, result.Status);
        var conflict = Assert.Single(result.Conflicts);
        Assert.Equal(ConflictKind.Combination, conflict.Kind);
        Assert.Equal([0, 1], conflict.Tasks);
    }

    [Fact]
    public void Solve_LockAndDeadlineImpossibleTogether_SolverNamesBoth()
    {
        var p = Problem([Task("A", 3, locked: 1), Task("B", 2, deadline: 3), Task("C", 2)], [Team(1)]);

        var conflict = Assert.Single(Scheduler.Solve(p, Options()).Conflicts);

        Assert.Equal(ConflictKind.Combination, conflict.Kind);
        Assert.Equal([0, 1], conflict.Tasks);
    }

    [Fact]
    public void Solve_CancelledBeforehand_ReturnsTheHeuristicSchedule()
    {
        var p = Problem([Task("A", 3), Task("B", 3), Task("C", 3, demand: 2)], [Team(2)]);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var result = Scheduler.Solve(p, Options(), cancelled.Token);
        var issue6 = Scheduler.Solve(p, Options() with { Tuning = SolverTuning.Issue6 }, cancelled.Token);

        // The default's metaheuristic reaches the work bound (6) here, which proves the schedule optimal without CP-SAT.
        Assert.Equal(ScheduleStatus.Optimal, result.Status);
        Assert.Equal(6, result.Finish);
        Assert.Empty(Violations(p, result.Starts, ScheduleObjective.MinimiseFinish));
        Assert.Equal(ScheduleStatus.Feasible, issue6.Status);
        Assert.Empty(Violations(p, issue6.Starts, ScheduleObjective.MinimiseFinish));
    }

    [Fact]
    public void Solve_WithCallback_ReportsValidSchedules()
    {
        var instance = Psplib.Parse(File.ReadAllText(Path.Combine(PsplibFolder(), "j3010_1.sm")));
        var p = instance.ToProblem();
        var reported = new List<ScheduleResult>();

        var result = Scheduler.Solve(p, Options() with { Tuning = SolverTuning.Plain }, onImprovement: r => reported.Add(r));

        Assert.NotEmpty(reported);
        Assert.All(reported, r => Assert.Empty(Violations(p, r.Starts, ScheduleObjective.MinimiseFinish)));
        Assert.Equal(result.Finish, reported[^1].Finish);
    }

    [Fact]
    public void Solve_HintGiven_IsAccepted()
    {
        var p = Problem([Task("A", 3), Task("B", 3), Task("C", 3, demand: 2)], [Team(2)]);

        var result = Scheduler.Solve(p, Options() with { Hint = [0, 0, 3] });

        Assert.Equal(6, result.Finish);
    }

    [Fact]
    public void ListScheduler_LockedAndDeadline_GivesValidInstantSchedule()
    {
        var p = Problem([Task("A", 2, locked: 4), Task("B", 2, deadline: 3), Task("C", 2)], [Team(1)], [Fs(2, 0, lag: -1)]);

        var result = ListScheduler.Schedule(p);

        Assert.Equal(ScheduleStatus.Feasible, result.Status);
        Assert.Empty(Violations(p, result.Starts, ScheduleObjective.MinimiseFinish));
    }

    [Fact]
    public void Solve_NegativeDuration_Throws()
    {
        var p = Problem([Task("A", -1)], [Team(1)]);

        Assert.Throws<ArgumentException>(() => Scheduler.Solve(p, Options()));
    }

    [Fact]
    public void Solve_EmptyProblem_IsOptimalAtZero()
    {
        var result = Scheduler.Solve(Problem([], [Team(1)]), Options());

        Assert.Equal((ScheduleStatus.Optimal, 0), (result.Status, result.Finish));
    }

    [Fact]
    public void ListScheduler_Cycle_ReportsConflict()
    {
        var p = Problem([Task("A", 1), Task("B", 1)], [Team(1)], [Fs(0, 1), Fs(1, 0)]);

        Assert.Equal(ConflictKind.DependencyCycle, Assert.Single(ListScheduler.Schedule(p).Conflicts).Kind);
    }
}
