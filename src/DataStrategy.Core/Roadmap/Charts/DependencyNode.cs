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
