namespace DataStrategy.Core.Roadmap.Charts;

/// <summary>A dependency between two nodes; edges naming unknown nodes, and self-loops, are skipped.</summary>
public sealed record DependencyEdge(string From, string To, DependencyKind Kind = DependencyKind.FinishToStart, int Lag = 0)
{
    public bool Critical { get; init; }
}
