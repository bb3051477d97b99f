using DataStrategy.Core.Strategy;
using static DataStrategy.Core.Tests.Strategy.StrategyTestData;

namespace DataStrategy.Core.Tests.Strategy;

public class TraceabilityTests
{
    private static readonly Guid Campaign = Guid.NewGuid();
    private static readonly string Governance = StrategySnapshot.PriorityTarget(Campaign, "governance");
    private static readonly string Skills = StrategySnapshot.PriorityTarget(Campaign, "skills");

    private static StrategyLink Priority(string target) => new(StrategyRelation.Priority, target);

    private static StrategyItemData Objective(int position, params StrategyLink[] links) =>
        Item(StrategyItemKind.Objective, position, "Objective " + position, links);

    private static StrategyItemData Service(int position, params StrategyLink[] links) =>
        Item(StrategyItemKind.Service, position, "Service " + position, links);

    [Fact]
    public void Build_PriorityNoObjectiveLinksTo_IsUnanswered()
    {
        var objective = Objective(1, Priority(Governance));

        var map = Traceability.Build(Snapshot(objective), [Governance, Skills]);

        Assert.Equal([Skills], map.UnansweredPriorities);
    }

    [Fact]
    public void Build_Priorities_ListLinkedObjectivesInGivenOrder()
    {
        var first = Objective(1, Priority(Skills));
        var second = Objective(2, Priority(Governance), Priority(Skills));

        var map = Traceability.Build(Snapshot(second, first), [Skills, Governance]);

        Assert.Equal(
            [(Skills, new[] { first.Id, second.Id }), (Governance, new[] { second.Id })],
            map.Priorities.Select(p => (p.Target, p.ObjectiveIds.ToArray())));
    }

    [Fact]
    public void Build_Objectives_AreOrderedByPosition()
    {
        var first = Objective(1);
        var second = Objective(2);

        var map = Traceability.Build(Snapshot(second, first), []);

        Assert.Equal([first.Id, second.Id], map.Objectives.Select(o => o.ObjectiveId));
    }

    [Fact]
    public void Build_ObjectiveNoServiceDelivers_IsUndelivered()
    {
        var delivered = Objective(1);
        var undelivered = Objective(2);
        var service = Service(1, ObjectiveLink(delivered));

        var map = Traceability.Build(Snapshot(delivered, undelivered, service), []);

        Assert.Equal([undelivered.Id], map.UndeliveredObjectives);
    }

    [Fact]
    public void Build_ServicesLinkingToObjective_AreListedByPosition()
    {
        var objective = Objective(1);
        var second = Service(2, ObjectiveLink(objective));
        var first = Service(1, ObjectiveLink(objective));

        var map = Traceability.Build(Snapshot(objective, second, first), []);

        Assert.Equal([first.Id, second.Id], Assert.Single(map.Objectives).ServiceIds);
    }

    [Fact]
    public void Build_ObjectiveDeliveredByInitiative_IsNotUndelivered()
    {
        var objective = Objective(1);
        var initiative = Guid.NewGuid();
        var initiatives = new Dictionary<Guid, IReadOnlyList<Guid>> { [objective.Id] = [initiative] };

        var map = Traceability.Build(Snapshot(objective), [], initiatives);

        Assert.Empty(map.UndeliveredObjectives);
        Assert.Equal([initiative], Assert.Single(map.Objectives).InitiativeIds);
    }

    [Fact]
    public void Build_ObjectiveWithoutPriorityLinks_IsUnlinked()
    {
        var linked = Objective(1, Priority(Governance));
        var unlinked = Objective(2);

        var map = Traceability.Build(Snapshot(linked, unlinked), [Governance]);

        Assert.Equal([unlinked.Id], map.UnlinkedObjectives);
    }

    [Fact]
    public void Build_ObjectiveLinkedToCityPriorityOnly_IsNotUnlinked()
    {
        var objective = Objective(1, new StrategyLink(StrategyRelation.CityPriority, "smart-mobility"));

        var map = Traceability.Build(Snapshot(objective), [Governance]);

        Assert.Empty(map.UnlinkedObjectives);
    }

    [Fact]
    public void Build_ObjectiveLinkedToPriorityOutsideTargets_IsLinkedButListedUnderNoPriority()
    {
        var other = StrategySnapshot.PriorityTarget(Guid.NewGuid(), "skills");
        var objective = Objective(1, Priority(other));

        var map = Traceability.Build(Snapshot(objective), [Governance]);

        Assert.Empty(map.UnlinkedObjectives);
        Assert.Equal([Governance], map.Priorities.Select(p => p.Target));
        Assert.Empty(Assert.Single(map.Priorities).ObjectiveIds);
    }

    [Fact]
    public void Build_ServiceLinkedToUnknownObjective_IsIgnored()
    {
        var objective = Objective(1);
        var notAnObjective = Item(StrategyItemKind.Principle, 1, "Privacy by design");
        var service = Service(
            1,
            new StrategyLink(StrategyRelation.Objective, Guid.NewGuid().ToString("D")),
            new StrategyLink(StrategyRelation.Objective, notAnObjective.Id.ToString("D")),
            new StrategyLink(StrategyRelation.Objective, "not a guid"));

        var map = Traceability.Build(Snapshot(objective, notAnObjective, service), []);

        Assert.Empty(Assert.Single(map.Objectives).ServiceIds);
        Assert.Equal([objective.Id], map.UndeliveredObjectives);
    }
}
