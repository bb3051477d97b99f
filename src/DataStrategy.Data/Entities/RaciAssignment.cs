using DataStrategy.Core.Strategy;

namespace DataStrategy.Data.Entities;

/// <summary>One cell of the RACI matrix of the working draft.</summary>
public class RaciAssignment : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid ActivityId { get; set; }

    public Guid RoleId { get; set; }

    public RaciLetter Letter { get; set; }
}
