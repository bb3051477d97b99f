using DataStrategy.Core.Text;

namespace DataStrategy.Data.Entities;

/// <summary>One assessment round (baseline, re-assessment) against one framework version.</summary>
public class Campaign : ITenantOwned, IVersioned, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    /// <summary>The campaign's name in each of the organisation's languages.</summary>
    public LocalizedText Name { get; set; } = new();

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
