using DataStrategy.Core.Text;

namespace DataStrategy.Core.Documents;

/// <summary>The roadmap chapter of the strategy document: initiatives per workstream and the outcome indicators.</summary>
public sealed record RoadmapSection
{
    public IReadOnlyList<RoadmapSectionWorkstream> Workstreams { get; init; } = [];

    public IReadOnlyList<RoadmapSectionKpi> Kpis { get; init; } = [];

    public bool IsEmpty => Workstreams.All(w => w.Initiatives.Count == 0) && Kpis.Count == 0;
}

/// <param name="Name">Null for initiatives in no workstream.</param>
public sealed record RoadmapSectionWorkstream(LocalizedText? Name, IReadOnlyList<RoadmapSectionInitiative> Initiatives);

/// <param name="Status">A canonical status name (Core.Roadmap.Exchange.RoadmapExchange.Statuses).</param>
public sealed record RoadmapSectionInitiative(string Code, LocalizedText Title, IReadOnlyList<LocalizedText> Objectives, DateOnly? Start, DateOnly? End, string Status);

public sealed record RoadmapSectionKpi(LocalizedText Name, string Unit, decimal Baseline, DateOnly BaselineOn, decimal Target, DateOnly TargetOn, decimal? Latest, DateOnly? LatestOn);
