using DataStrategy.Core.Text;

namespace DataStrategy.Data.Entities;

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
