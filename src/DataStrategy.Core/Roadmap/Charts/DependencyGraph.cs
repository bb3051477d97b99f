using System.Globalization;

namespace DataStrategy.Core.Roadmap.Charts;

/// <summary>An initiative in the dependency graph.</summary>
/// <param name="Id">Identity used by <see cref="DependencyEdge"/>; the first of duplicate ids wins.</param>
/// <param name="Label">Localised name; truncated in the box, in full in its tooltip.</param>
public sealed record DependencyNode(string Id, string Label)
{
    public bool Critical { get; init; }

    /// <summary>Site-relative link ("/…"); anything else (javascript:, https:, //host) is dropped.</summary>
    public string? Href { get; init; }

    /// <summary>Optional second line, e.g. "Mar – Aug 2027".</summary>
    public string? Detail { get; init; }
}

/// <summary>A dependency between two nodes; edges naming unknown nodes, and self-loops, are skipped.</summary>
public sealed record DependencyEdge(string From, string To, DependencyKind Kind = DependencyKind.FinishToStart, int Lag = 0)
{
    public bool Critical { get; init; }
}

/// <summary>Every visible word of a dependency graph, localised by the caller.</summary>
public sealed record DependencyTexts
{
    public required string Title { get; init; }

    /// <summary>Composite format of the description: {0} initiatives, {1} dependencies, {2} critical initiatives,
    /// {3} columns (steps of the longest chain). E.g. "{0} initiatives and {1} dependencies; {2} on the critical path".</summary>
    public required string SummaryFormat { get; init; }

    /// <summary>Appended to the description when the dependencies form a cycle, e.g. "Some dependencies form a cycle."</summary>
    public required string Cycle { get; init; }

    /// <summary>Shown instead of a graph when there are no nodes.</summary>
    public required string Empty { get; init; }

    /// <summary>Legend entry and the tag inside critical boxes, e.g. "Critical".</summary>
    public required string Critical { get; init; }

    public required string FinishToStart { get; init; }

    public required string StartToStart { get; init; }

    /// <summary>Lag label on an edge; {0} is the signed number of periods, e.g. "{0} mo".</summary>
    public required string LagFormat { get; init; }

    public CultureInfo Culture { get; init; } = CultureInfo.InvariantCulture;
}

/// <summary>Initiatives and their dependencies, laid out left to right.</summary>
/// <param name="IdPrefix">Unique per page; every id in the markup starts with it (made XML-safe).</param>
public sealed record DependencyGraph(string IdPrefix, IReadOnlyList<DependencyNode> Nodes, IReadOnlyList<DependencyEdge> Edges, DependencyTexts Texts);
