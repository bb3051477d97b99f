using DataStrategy.Core.Text;

namespace DataStrategy.Data.Entities;

/// <summary>A frozen copy of the plan (start and duration per initiative) to compare re-plans against.</summary>
public class RoadmapBaseline : ITenantOwned, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public LocalizedText Name { get; set; } = new();

    /// <summary>JSON: [{ "id", "start" (yyyy-MM-01), "months" }].</summary>
    public string Plan { get; set; } = "[]";

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;
}
