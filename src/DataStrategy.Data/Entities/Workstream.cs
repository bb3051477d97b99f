using DataStrategy.Core.Text;

namespace DataStrategy.Data.Entities;

/// <summary>A strand of the roadmap grouping initiatives (e.g. "Data platform", "Skills").</summary>
public class Workstream : ITenantOwned, IVersioned, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public LocalizedText Name { get; set; } = new();

    public int Position { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();
}
