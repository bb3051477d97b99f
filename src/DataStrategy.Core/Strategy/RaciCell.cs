namespace DataStrategy.Core.Strategy;

/// <summary>One cell of the RACI matrix: a role's letter for an activity.</summary>
public sealed record RaciCell(Guid ActivityId, Guid RoleId, RaciLetter Letter);
