using DataStrategy.Core.Text;

namespace DataStrategy.Data.Programme;

/// <summary>
/// A campaign's survey response rate: personal links sent (invited) and answered, and the answers that came
/// through open links (which have no denominator).
/// </summary>
public sealed record SurveyRate(Guid CampaignId, LocalizedText CampaignName, int Invited, int Answered, int OpenLinkAnswers)
{
    /// <summary>Answered out of invited, 0–100, rounded down; null when nobody was invited personally.</summary>
    public int? Percent => Invited <= 0 ? null : (int)(100L * Math.Min(Answered, Invited) / Invited);
}
