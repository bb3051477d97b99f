namespace DataStrategy.Core.Roadmap;

/// <summary>A precedence between two tasks, by index into <see cref="ScheduleProblem.Tasks"/>.</summary>
/// <param name="Lag">Periods of waiting added to the relation; may be negative for a lead.</param>
public sealed record ScheduleDependency(int Predecessor, int Successor, DependencyKind Kind = DependencyKind.FinishToStart, int Lag = 0);
