using DataStrategy.Core.Text;

namespace DataStrategy.Data.Entities;

/// <summary>A theme's place among a campaign's priorities: importance set by hand and the reasoning.</summary>
public class ThemePriority : ITenantOwned, IVersioned, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid CampaignId { get; set; }

    public string ThemeId { get; set; } = string.Empty;

    /// <summary>1–5; null: importance comes from workshop votes.</summary>
    public int? ManualImportance { get; set; }

    public LocalizedText Reasoning { get; set; } = new();

    public Guid Version { get; set; } = Guid.NewGuid();
}
