using DataStrategy.Core.Text;

namespace DataStrategy.Data.Entities;

/// <summary>One of the organisation's own priorities (e.g. its smart-city priorities) that objectives answer.</summary>
public class CityPriority : ITenantOwned, IVersioned, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public LocalizedText Name { get; set; } = new();

    public int Position { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();
}
