using DataStrategy.Core.Roadmap;
using FsCheck.Xunit;
using static DataStrategy.Core.Tests.Roadmap.RoadmapTestData;

namespace DataStrategy.Core.Tests.Roadmap;

/// <summary>The bound on the weight delivered from a relaxation in whole tasks (issue 21): never below what a schedule
/// delivers, and tight where the windows decide.</summary>
public sealed class WeightBoundTests
{
    /// <summary>Random problems with locks, deadlines, release dates, start-to-start and negative lags and capacity that
    /// changes: the bound is never below the weight of the schedule plain CP-SAT proves optimal.</summary>
    [Property(Arbitrary = [typeof(SchedulerPropertyTests.SmallProblems)], MaxTest = 150)]
    public void Compute_NeverBelowTheWeightOfAnOptimalSchedule(SchedulerPropertyTests.SmallProblem small)
    {
        var p = small.Problem;
        var optimal = Scheduler.Solve(p, Options(ScheduleObjective.MaximiseWeightedDelivered, seconds: 10) with { Tuning = SolverTuning.Plain });
        if (optimal.Status != ScheduleStatus.Optimal)
        {
            // Infeasible problems (a lock over capacity, a deadline out of reach) have no weight to bound.
            Assert.NotEqual(ScheduleStatus.Feasible, optimal.Status);
            return;
        }

        var q = PreparedProblem.Of(p, ScheduleObjective.MaximiseWeightedDelivered)!;
        var bound = WeightBound.Compute(q, TimeSpan.FromSeconds(10), workers: 1);
        var reported = new List<ScheduleResult>();
        var withIt = Scheduler.Solve(p, Options(ScheduleObjective.MaximiseWeightedDelivered, seconds: 10), onImprovement: reported.Add);

        Assert.True(bound >= optimal.WeightDelivered, $"bound {bound} < optimum {optimal.WeightDelivered}");
        Assert.True(bound <= p.Tasks.Sum(t => (long)t.Weight));
        Assert.Equal(ScheduleStatus.Optimal, withIt.Status);
        Assert.Equal(optimal.WeightDelivered, withIt.WeightDelivered);
        Assert.True(withIt.Bound >= withIt.WeightDelivered);
        Assert.True(withIt.Bound <= bound);
        Assert.All(reported, r => Assert.True(r.Bound >= optimal.WeightDelivered, $"reported bound {r.Bound}"));
    }

    [Fact]
    public void Compute_ThreeTasksOfWhichOnlyTwoFitTheWindow_BoundsByTheHeaviestTwo()
    {
        // Capacity 2 over 4 months; three tasks of 2 months needing both units: two fit, one after the other.
        var p = Problem([Task("A", 2, demand: 2, weight: 5), Task("B", 2, demand: 2, weight: 3), Task("C", 2, demand: 2, weight: 4)], [Team(2)], horizon: 4);
        var q = PreparedProblem.Of(p, ScheduleObjective.MaximiseWeightedDelivered)!;

        var bound = WeightBound.Compute(q, TimeSpan.FromSeconds(10), workers: 1);
        var result = Scheduler.Solve(p, Options(ScheduleObjective.MaximiseWeightedDelivered, seconds: 10));

        Assert.Equal(9, bound);
        Assert.Equal(ScheduleStatus.Optimal, result.Status);
        Assert.Equal(9, result.WeightDelivered);
        Assert.Equal(9, result.Bound);
    }

    [Fact]
    public void Compute_LockedWorkAndADeadline_LeaveRoomForLess()
    {
        // Capacity 2 over 6 months; a locked task takes months 2–3 whole; D (weight 8) must finish by month 2 and needs
        // the whole team, so it and E (weight 6, also the whole team, after month 0) cannot both be delivered by month 2…
        // but E can run in months 4–5. F (weight 7, two months, whole team) has no room left.
        ScheduleTask[] tasks =
        [
            Task("L", 2, demand: 2, locked: 2, weight: 1),
            Task("D", 2, demand: 2, deadline: 2, weight: 8),
            Task("E", 2, demand: 2, weight: 6),
            Task("F", 2, demand: 2, weight: 7),
        ];
        var p = Problem(tasks, [Team(2)], horizon: 6);
        var q = PreparedProblem.Of(p, ScheduleObjective.MaximiseWeightedDelivered)!;

        var bound = WeightBound.Compute(q, TimeSpan.FromSeconds(10), workers: 1);

        // L (1) + D (8) in months 0–1 + the heavier of E and F in months 4–5 (7).
        Assert.Equal(16, bound);
    }

    [Fact]
    public void Compute_StartToStartAfterAMandatoryTaskDeliveredLate_DoesNotRequireItsDelivery()
    {
        // P must run (it comes before the locked Z) and cannot finish by month 3; S only has to start with it.
        ScheduleTask[] tasks = [Task("P", 4), Task("S", 1, weight: 10), Task("Z", 1, locked: 5)];
        var p = Problem(tasks, [Team(5)], [Ss(0, 1), Fs(0, 2)], horizon: 3);
        var q = PreparedProblem.Of(p, ScheduleObjective.MaximiseWeightedDelivered)!;

        var bound = WeightBound.Compute(q, TimeSpan.FromSeconds(10), workers: 1);
        var result = Scheduler.Solve(p, Options(ScheduleObjective.MaximiseWeightedDelivered, seconds: 10));

        Assert.Equal(10, result.WeightDelivered);
        Assert.Equal(10, bound);
    }
}
