using DataStrategy.Core.Text;

namespace DataStrategy.Data.Entities;

/// <summary>An open survey link for a group: each visitor starts their own response.</summary>
public class SurveyLink : ITenantOwned, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid CampaignId { get; set; }

    public LocalizedText Label { get; set; } = new();

    public string Token { get; set; } = string.Empty;

    /// <summary>Anonymous: the respondent is not asked their name.</summary>
    public bool Anonymous { get; set; }

    public bool IsActive { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;
}
