namespace DataStrategy.Core.Strategy;

/// <summary>A broken RACI rule for one activity.</summary>
/// <param name="RoleIds">The roles holding A when there are several; empty otherwise.</param>
public sealed record RaciProblem(Guid ActivityId, RaciProblemKind Kind, IReadOnlyList<Guid> RoleIds);
