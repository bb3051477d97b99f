namespace DataStrategy.Data.Entities;

/// <summary>Who approved (or sent back) which version, when, and why.</summary>
public class StrategyApproval : ITenantOwned, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid VersionId { get; set; }

    public string? UserId { get; set; }

    public string UserName { get; set; } = string.Empty;

    public ApprovalDecision Decision { get; set; }

    public string? Comment { get; set; }

    /// <summary>The language the comment was written in (the writer's interface language); null when unknown.</summary>
    public string? CommentLanguage { get; set; }

    public DateTimeOffset At { get; set; } = DateTimeOffset.UtcNow;
}
