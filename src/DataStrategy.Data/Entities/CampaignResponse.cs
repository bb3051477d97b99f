using Microsoft.AspNetCore.Identity;

namespace DataStrategy.Data.Entities;

/// <summary>One respondent's answers in a campaign: an interview, a survey response or an imported row.</summary>
public class CampaignResponse : ITenantOwned, IVersioned, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid CampaignId { get; set; }

    public ResponseKind Kind { get; set; }

    public ResponseStatus Status { get; set; }

    public Guid? StakeholderId { get; set; }

    [System.Text.Json.Serialization.JsonIgnore]
    public Stakeholder? Stakeholder { get; set; }

    public Guid? DepartmentId { get; set; }

    /// <summary>Interviews: the member who conducts it.</summary>
    public string? InterviewerId { get; set; }

    public DateTimeOffset? ScheduledAt { get; set; }

    /// <summary>Surveys and imports: a name the respondent gave (never for anonymous links).</summary>
    [PersonalData]
    public string? RespondentName { get; set; }

    /// <summary>Surveys: the respondent's own link token (one response per token).</summary>
    public string? Token { get; set; }

    public Guid? SurveyLinkId { get; set; }

    public Guid? ImportBatchId { get; set; }

    /// <summary>Imports: the respondent's ID in the source file.</summary>
    public string? ExternalKey { get; set; }

    /// <summary>Where the capture or survey was left: the theme to resume at.</summary>
    public string? LastThemeId { get; set; }

    public bool IsAnonymous { get; set; }

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;

    public DateTimeOffset? CompletedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; } = DateTimeOffset.UtcNow;

    public Guid Version { get; set; } = Guid.NewGuid();
}
