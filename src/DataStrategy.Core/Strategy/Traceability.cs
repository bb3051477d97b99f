namespace DataStrategy.Core.Strategy;

public static class Traceability
{
    /// <summary>Traces the strategy's objectives back to the priorities and forward to what delivers them.</summary>
    /// <param name="priorityTargets">The ranked thematic priorities ("campaignId/themeId", in rank order) the strategy must answer.</param>
    /// <param name="initiativesByObjective">Roadmap initiatives delivering each objective; null when there is no roadmap.</param>
    public static TraceabilityMap Build(
        StrategySnapshot snapshot,
        IEnumerable<string> priorityTargets,
        IReadOnlyDictionary<Guid, IReadOnlyList<Guid>>? initiativesByObjective = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(priorityTargets);

        var objectives = snapshot.OfKind(StrategyItemKind.Objective).DistinctBy(o => o.Id).ToList();
        var servicesByObjective = objectives.ToDictionary(o => o.Id, _ => new List<Guid>());
        foreach (var service in snapshot.OfKind(StrategyItemKind.Service).DistinctBy(s => s.Id))
        {
            // A link to something that is not (or no longer) an objective delivers nothing.
            var served = service.Targets(StrategyRelation.Objective)
                .Select(t => Guid.TryParse(t, out var id) ? id : Guid.Empty)
                .Distinct();
            foreach (var objectiveId in served)
            {
                if (servicesByObjective.TryGetValue(objectiveId, out var services))
                {
                    services.Add(service.Id);
                }
            }
        }

        var traced = objectives
            .Select(o => new TraceObjective(
                o.Id,
                servicesByObjective[o.Id],
                initiativesByObjective is not null && initiativesByObjective.TryGetValue(o.Id, out var initiatives) ? initiatives : []))
            .ToList();

        var priorities = priorityTargets
            .Distinct(StringComparer.Ordinal)
            .Select(target => new TracePriority(
                target,
                [.. objectives.Where(o => o.Targets(StrategyRelation.Priority).Contains(target, StringComparer.Ordinal)).Select(o => o.Id)]))
            .ToList();

        return new TraceabilityMap
        {
            Priorities = priorities,
            Objectives = traced,
            UnansweredPriorities = [.. priorities.Where(p => p.ObjectiveIds.Count == 0).Select(p => p.Target)],
            UndeliveredObjectives = [.. traced.Where(o => o.ServiceIds.Count == 0 && o.InitiativeIds.Count == 0).Select(o => o.ObjectiveId)],
            UnlinkedObjectives =
            [
                .. objectives
                    .Where(o => !o.Links.Exists(l => IsPriorityLink(l) && !string.IsNullOrWhiteSpace(l.Target)))
                    .Select(o => o.Id),
            ],
        };
    }

    private static bool IsPriorityLink(StrategyLink link) =>
        link.Relation is StrategyRelation.Priority or StrategyRelation.CityPriority;
}
