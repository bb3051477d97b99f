using DataStrategy.Core.Text;
using DataStrategy.Data.Entities;

namespace DataStrategy.Data.Programme;

/// <summary>
/// What a reader of the programme (a manager, an alderman) wants at a glance: aggregates only, no person named.
/// Scores follow the campaign's small-group suppression, as the dashboard does.
/// </summary>
public sealed record CockpitSummary(
    Guid? CampaignId,
    LocalizedText? CampaignName,
    LocalizedText? PreviousCampaignName,
    double? OverallScore,
    double? OverallChange,
    int MaxLevel,
    IReadOnlyList<ThemeScore> Themes,
    int? StrategyVersion,
    StrategyVersionStatus? StrategyStatus,
    DateTimeOffset? StrategyPublishedAt,
    int InitiativesDone,
    int Initiatives,
    int RoadmapPercent,
    int InitiativesAtRisk,
    LocalizedText? NextEventTitle,
    DateTimeOffset? NextEventAt,
    LocalizedText? NextEventLocation);
