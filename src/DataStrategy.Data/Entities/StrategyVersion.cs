using DataStrategy.Core.Strategy;

namespace DataStrategy.Data.Entities;

/// <summary>An immutable snapshot of the strategy submitted for review, approved, then perhaps published.</summary>
public class StrategyVersion : ITenantOwned, IVersioned, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid StrategyId { get; set; }

    public int Number { get; set; }

    public StrategyVersionStatus Status { get; set; }

    /// <summary>The <see cref="StrategySnapshot"/> as JSON; never changed after submission.</summary>
    public string Snapshot { get; set; } = string.Empty;

    /// <summary>What changed, in the submitter's words.</summary>
    public string? Summary { get; set; }

    /// <summary>The language the summary was written in (the writer's interface language); null when unknown.</summary>
    public string? SummaryLanguage { get; set; }

    public string? SubmittedById { get; set; }

    public string SubmittedByName { get; set; } = string.Empty;

    public DateTimeOffset SubmittedAt { get; set; } = DateTimeOffset.UtcNow;

    public string? PublishedByName { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();
}
