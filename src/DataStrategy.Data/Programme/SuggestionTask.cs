using DataStrategy.Core.Text;

namespace DataStrategy.Data.Programme;

/// <summary>Findings the analysis suggests for a campaign that nobody has accepted or discarded yet.</summary>
public sealed record SuggestionTask(Guid CampaignId, LocalizedText CampaignName, int Pending);
