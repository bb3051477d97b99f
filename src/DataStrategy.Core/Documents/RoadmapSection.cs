namespace DataStrategy.Core.Documents;

/// <summary>The roadmap chapter of the strategy document: initiatives per workstream and the outcome indicators.</summary>
public sealed record RoadmapSection
{
    public IReadOnlyList<RoadmapSectionWorkstream> Workstreams { get; init; } = [];

    public IReadOnlyList<RoadmapSectionKpi> Kpis { get; init; } = [];

    public bool IsEmpty => Workstreams.All(w => w.Initiatives.Count == 0) && Kpis.Count == 0;
}
