using DataStrategy.Core.Assessment;

namespace DataStrategy.Data.Entities;

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

    /// <summary>The language <see cref="Evidence"/> was written in (a language code); null when unknown.</summary>
    public string? EvidenceLanguage { get; set; }

    public DateTimeOffset UpdatedAt { get; set; } = DateTimeOffset.UtcNow;
}
