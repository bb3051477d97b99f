namespace DataStrategy.Core.Strategy;

/// <summary>An objective and what delivers it.</summary>
public sealed record TraceObjective(Guid ObjectiveId, IReadOnlyList<Guid> ServiceIds, IReadOnlyList<Guid> InitiativeIds);
