using DataStrategy.Core.Text;

namespace DataStrategy.Core.Documents;

public sealed record RoadmapSectionKpi(LocalizedText Name, LocalizedText Unit, decimal Baseline, DateOnly BaselineOn, decimal Target, DateOnly TargetOn, decimal? Latest, DateOnly? LatestOn);
