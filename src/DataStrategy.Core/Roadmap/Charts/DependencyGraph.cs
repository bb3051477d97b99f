namespace DataStrategy.Core.Roadmap.Charts;

/// <summary>Initiatives and their dependencies, laid out left to right.</summary>
/// <param name="IdPrefix">Unique per page; every id in the markup starts with it (made XML-safe).</param>
public sealed record DependencyGraph(string IdPrefix, IReadOnlyList<DependencyNode> Nodes, IReadOnlyList<DependencyEdge> Edges, DependencyTexts Texts);
