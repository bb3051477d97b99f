using DataStrategy.Core.Analysis;
using DataStrategy.Core.Text;

namespace DataStrategy.Data.Entities;

/// <summary>A strength, opportunity, risk or point of disagreement drawn from a campaign.</summary>
public class Finding : ITenantOwned, IVersioned, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid CampaignId { get; set; }

    public FindingKind Kind { get; set; }

    public FindingStatus Status { get; set; }

    public List<string> ThemeIds { get; set; } = [];

    public LocalizedText Text { get; set; } = new();

    /// <summary>The suggestion this finding came from (e.g. "opportunity:governance"), if any.</summary>
    public string? SuggestionKey { get; set; }

    public int Position { get; set; }

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;

    public Guid Version { get; set; } = Guid.NewGuid();
}
