using System.Globalization;

namespace DataStrategy.Core.Roadmap.Charts;

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
