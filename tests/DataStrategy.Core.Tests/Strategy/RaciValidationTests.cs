using DataStrategy.Core.Strategy;
using static DataStrategy.Core.Tests.Strategy.StrategyTestData;

namespace DataStrategy.Core.Tests.Strategy;

public class RaciValidationTests
{
    private static readonly Guid Activity1 = Guid.NewGuid();
    private static readonly Guid Activity2 = Guid.NewGuid();
    private static readonly Guid RoleA = Guid.NewGuid();
    private static readonly Guid RoleB = Guid.NewGuid();
    private static readonly Guid RoleC = Guid.NewGuid();

    private static IReadOnlyList<RaciProblem> Validate(params RaciCell[] cells) =>
        RaciValidation.Validate([Activity1], [RoleA, RoleB, RoleC], cells);

    [Fact]
    public void Validate_OneAccountableAndOneResponsible_ReturnsNoProblem()
    {
        var problems = Validate(new RaciCell(Activity1, RoleA, RaciLetter.A), new RaciCell(Activity1, RoleB, RaciLetter.R));

        Assert.Empty(problems);
    }

    [Fact]
    public void Validate_NoAccountable_ReportsMissingAccountable()
    {
        var problems = Validate(new RaciCell(Activity1, RoleB, RaciLetter.R));

        var problem = Assert.Single(problems);
        Assert.Equal(RaciProblemKind.MissingAccountable, problem.Kind);
        Assert.Equal(Activity1, problem.ActivityId);
        Assert.Empty(problem.RoleIds);
    }

    [Fact]
    public void Validate_TwoAccountable_ReportsSeveralAccountableWithBothRoles()
    {
        var problems = Validate(
            new RaciCell(Activity1, RoleA, RaciLetter.A),
            new RaciCell(Activity1, RoleB, RaciLetter.R),
            new RaciCell(Activity1, RoleC, RaciLetter.A));

        var problem = Assert.Single(problems);
        Assert.Equal(RaciProblemKind.SeveralAccountable, problem.Kind);
        Assert.Equal(Activity1, problem.ActivityId);
        Assert.Equal([RoleA, RoleC], problem.RoleIds);
    }

    [Fact]
    public void Validate_NoResponsible_ReportsMissingResponsible()
    {
        var problems = Validate(new RaciCell(Activity1, RoleA, RaciLetter.A));

        var problem = Assert.Single(problems);
        Assert.Equal(RaciProblemKind.MissingResponsible, problem.Kind);
        Assert.Equal(Activity1, problem.ActivityId);
    }

    [Fact]
    public void Validate_OnlyConsultedAndInformed_ReportsMissingAccountableAndMissingResponsible()
    {
        var problems = Validate(new RaciCell(Activity1, RoleA, RaciLetter.C), new RaciCell(Activity1, RoleB, RaciLetter.I));

        Assert.Equal([RaciProblemKind.MissingAccountable, RaciProblemKind.MissingResponsible], problems.Select(p => p.Kind));
    }

    [Fact]
    public void Validate_CellsForUnknownActivity_AreIgnored()
    {
        var unknown = Guid.NewGuid();

        var problems = RaciValidation.Validate(
            [Activity1],
            [RoleA, RoleB],
            [new RaciCell(Activity1, RoleA, RaciLetter.A), new RaciCell(Activity1, RoleB, RaciLetter.R), new RaciCell(unknown, RoleA, RaciLetter.C)]);

        Assert.Empty(problems);
    }

    [Fact]
    public void Validate_AccountableHeldByUnknownRole_DoesNotCount()
    {
        var problems = Validate(new RaciCell(Activity1, RoleA, RaciLetter.R), new RaciCell(Activity1, Guid.NewGuid(), RaciLetter.A));

        Assert.Equal(RaciProblemKind.MissingAccountable, Assert.Single(problems).Kind);
    }

    [Fact]
    public void Validate_DuplicateCell_LastLetterWins()
    {
        var problems = Validate(
            new RaciCell(Activity1, RoleA, RaciLetter.A),
            new RaciCell(Activity1, RoleB, RaciLetter.R),
            new RaciCell(Activity1, RoleA, RaciLetter.I));

        Assert.Equal(RaciProblemKind.MissingAccountable, Assert.Single(problems).Kind);
    }

    [Fact]
    public void Validate_SeveralActivities_ReportsProblemsInActivityOrder()
    {
        var problems = RaciValidation.Validate(
            [Activity2, Activity1],
            [RoleA],
            [new RaciCell(Activity1, RoleA, RaciLetter.R), new RaciCell(Activity2, RoleA, RaciLetter.A)]);

        Assert.Equal([Activity2, Activity1], problems.Select(p => p.ActivityId));
    }

    [Fact]
    public void Validate_Snapshot_ChecksRaciActivitiesByPositionAgainstRoles()
    {
        var role = Item(StrategyItemKind.Role, 1, "Data steward");
        var second = Item(StrategyItemKind.RaciActivity, 2, "Publish open data");
        var first = Item(StrategyItemKind.RaciActivity, 1, "Define data standards");
        var objective = Item(StrategyItemKind.Objective, 1, "Not an activity");
        var snapshot = Snapshot(second, objective, role, first);
        snapshot.Raci.Add(new RaciCell(first.Id, role.Id, RaciLetter.A));
        snapshot.Raci.Add(new RaciCell(objective.Id, role.Id, RaciLetter.R));

        var problems = RaciValidation.Validate(snapshot);

        Assert.Equal(
            [(first.Id, RaciProblemKind.MissingResponsible), (second.Id, RaciProblemKind.MissingAccountable), (second.Id, RaciProblemKind.MissingResponsible)],
            problems.Select(p => (p.ActivityId, p.Kind)));
    }
}
