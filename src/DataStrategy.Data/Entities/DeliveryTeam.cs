using DataStrategy.Core.Text;

namespace DataStrategy.Data.Entities;

/// <summary>A team whose people deliver initiatives, with its capacity over time.</summary>
public class DeliveryTeam : ITenantOwned, IVersioned, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public LocalizedText Name { get; set; } = new();

    public Guid? DepartmentId { get; set; }

    public int Position { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();
}
