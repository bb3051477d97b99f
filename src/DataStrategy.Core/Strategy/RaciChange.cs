namespace DataStrategy.Core.Strategy;

/// <summary>A RACI cell whose letter appeared, disappeared or changed.</summary>
public sealed record RaciChange(Guid ActivityId, Guid RoleId, RaciLetter? Before, RaciLetter? After);
