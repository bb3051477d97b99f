using DataStrategy.Core.Roadmap;
using DataStrategy.Core.Roadmap.Exchange;

namespace DataStrategy.Core.Tests.Roadmap;

public class ScheduleSummaryTests
{
    private static readonly DateOnly Start = new(2027, 1, 1);

    private static ScheduleProblem Problem() => new()
    {
        Tasks =
        [
            new ScheduleTask("a", "I-01 Catalogue", 3, [20]),
            new ScheduleTask("b", "I-02 Portail", 2, [10], LockedStart: 4),
            new ScheduleTask("c", "I-03 Lac de données", 30, [60]),
        ],
        Resources = [new ScheduleResource("t", "IT", [40])],
        Horizon = 24,
    };

    [Fact]
    public void Describe_FeasibleWithLeftOut_GivesFinishMonthAndReason()
    {
        var result = new ScheduleResult
        {
            Status = ScheduleStatus.Optimal,
            Starts = [0, 4, null],
            Finish = 6,
            LeftOut = [new LeftOutTask(2, LeftOutReason.PastHorizon)],
            Elapsed = TimeSpan.FromSeconds(1.5),
        };

        var lines = ScheduleSummary.Describe(Problem(), result, Start);

        Assert.Equal("Status: Optimal (1.5 s)", lines[0]);
        Assert.Contains("Finish: 2027-06 (month 6 of 24)", lines);
        Assert.Contains("Initiatives scheduled: 2 of 3", lines);
        Assert.Contains("  - I-03 Lac de données: cannot finish by the end of the horizon, even alone", lines);
        Assert.Contains("  2027-05 → 2027-06  I-02 Portail (locked)", lines);
    }

    [Fact]
    public void Describe_Infeasible_ExplainsEachConflictByName()
    {
        var result = new ScheduleResult
        {
            Status = ScheduleStatus.Infeasible,
            Conflicts =
            [
                new ScheduleConflict(ConflictKind.DemandExceedsCapacity, [2], Resource: 0, Needed: 60, Available: 40),
                new ScheduleConflict(ConflictKind.DependencyCycle, [0, 1]),
            ],
        };

        var lines = ScheduleSummary.Describe(Problem(), result, Start);

        Assert.Contains("  - I-03 Lac de données needs more of IT than it ever has (needs 60, has 40)", lines);
        Assert.Contains("  - the dependencies form a cycle: I-01 Catalogue → I-02 Portail → I-01 Catalogue", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("Finish", StringComparison.Ordinal));
    }

    [Fact]
    public void Describe_Unknown_SuggestsALongerTimeLimit()
    {
        var lines = ScheduleSummary.Describe(Problem(), new ScheduleResult { Status = ScheduleStatus.Unknown }, Start);

        Assert.Contains(lines, l => l.Contains("--time-limit", StringComparison.Ordinal));
    }
}
