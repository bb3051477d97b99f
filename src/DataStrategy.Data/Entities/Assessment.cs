using DataStrategy.Core.Assessment;
using DataStrategy.Core.Text;
using Microsoft.AspNetCore.Identity;

namespace DataStrategy.Data.Entities;

public enum FrameworkOrigin
{
    BuiltIn,
    Imported,
    Edited,
}

/// <summary>
/// One version of a maturity framework. The content is our own JSON document (ADR 0007):
/// frozen once a campaign uses it; a change then makes the next version.
/// </summary>
public class Framework : ITenantOwned, IVersioned, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    /// <summary>The family's stable ID (same for every version), e.g. "city-data-maturity".</summary>
    public string Key { get; set; } = string.Empty;

    public int VersionNumber { get; set; } = 1;

    public string VersionLabel { get; set; } = "1";

    public LocalizedText Name { get; set; } = new();

    public FrameworkOrigin Origin { get; set; }

    public int ThemeCount { get; set; }

    public int TopicCount { get; set; }

    public int QuestionCount { get; set; }

    public int LevelCount { get; set; }

    /// <summary>The framework document in the dss-framework JSON format.</summary>
    public string Content { get; set; } = string.Empty;

    /// <summary>How question scores roll up to themes ("mean", "median", "minimum", "share:0.8"); see RollUpRule.</summary>
    public string RollUpRule { get; set; } = "mean";

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;

    public Guid Version { get; set; } = Guid.NewGuid();
}

public enum CampaignStatus
{
    Planning,
    Collecting,
    Analysing,
    Closed,
}

/// <summary>One assessment round (baseline, re-assessment) against one framework version.</summary>
public class Campaign : ITenantOwned, IVersioned, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public string Name { get; set; } = string.Empty;

    public Guid FrameworkId { get; set; }

    [System.Text.Json.Serialization.JsonIgnore]
    public Framework? Framework { get; set; }

    public DateOnly? StartsOn { get; set; }

    public DateOnly? EndsOn { get; set; }

    public CampaignStatus Status { get; set; }

    /// <summary>Departments in scope (IDs); empty means the whole organisation.</summary>
    public List<string> DepartmentIds { get; set; } = [];

    /// <summary>JSON object: theme ID → target level. Read and write it with <see cref="ReadTargetLevels"/> / <see cref="WriteTargetLevels"/>.</summary>
    public string TargetLevels { get; set; } = "{}";

    public Dictionary<string, int> ReadTargetLevels()
    {
        try
        {
            return System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, int>>(TargetLevels) ?? [];
        }
        catch (System.Text.Json.JsonException)
        {
            return [];
        }
    }

    public void WriteTargetLevels(IReadOnlyDictionary<string, int> targets) => TargetLevels = System.Text.Json.JsonSerializer.Serialize(targets);

    /// <summary>The last answer-import mapping that was committed (JSON), offered again next time.</summary>
    public string? AnswerMapping { get; set; }

    /// <summary>Renewed whenever the campaign's answers change, so cached analyses know they are stale (on every app instance).</summary>
    public Guid AnswersStamp { get; set; } = Guid.NewGuid();

    /// <summary>k: any breakdown with fewer respondents shows "too few answers" instead of numbers.</summary>
    public int MinGroupSize { get; set; } = 3;

    /// <summary>The earlier campaign to compare with (same framework family); null: the latest earlier one.</summary>
    public Guid? PreviousCampaignId { get; set; }

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;

    public Guid Version { get; set; } = Guid.NewGuid();

    [System.Text.Json.Serialization.JsonIgnore]
    public bool AcceptsAnswers => Status != CampaignStatus.Closed;
}

public enum ResponseKind
{
    Interview,
    Survey,
    Imported,
}

public enum ResponseStatus
{
    Planned,
    InProgress,
    Completed,
    Cancelled,
}

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

/// <summary>One answer to one question. Many per campaign: written in bulk, not audited row by row.</summary>
public class Answer : ITenantOwned
{
    public long Id { get; set; }

    public Guid OrganisationId { get; set; }

    public Guid CampaignId { get; set; }

    public Guid ResponseId { get; set; }

    public string QuestionId { get; set; } = string.Empty;

    public AnswerState State { get; set; }

    public int? Level { get; set; }

    public int? TargetLevel { get; set; }

    public string? Evidence { get; set; }

    public DateTimeOffset UpdatedAt { get; set; } = DateTimeOffset.UtcNow;
}

public enum NoteKind
{
    Note,
    Quote,
}

/// <summary>Qualitative evidence from an interview: a free note or a verbatim quote, tagged to a question or theme.</summary>
public class EvidenceNote : ITenantOwned, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid CampaignId { get; set; }

    public Guid ResponseId { get; set; }

    public NoteKind Kind { get; set; }

    public string Text { get; set; } = string.Empty;

    public string? QuestionId { get; set; }

    public string? ThemeId { get; set; }

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;
}

/// <summary>An open survey link for a group: each visitor starts their own response.</summary>
public class SurveyLink : ITenantOwned, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid CampaignId { get; set; }

    public string Label { get; set; } = string.Empty;

    public string Token { get; set; } = string.Empty;

    /// <summary>Anonymous: the respondent is not asked their name.</summary>
    public bool Anonymous { get; set; }

    public bool IsActive { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;
}

/// <summary>One committed spreadsheet import of answers.</summary>
public class AnswerImportBatch : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid CampaignId { get; set; }

    public string FileName { get; set; } = string.Empty;

    public int Respondents { get; set; }

    public int Answers { get; set; }

    public string UserName { get; set; } = string.Empty;

    public DateTimeOffset ImportedAt { get; set; } = DateTimeOffset.UtcNow;
}
