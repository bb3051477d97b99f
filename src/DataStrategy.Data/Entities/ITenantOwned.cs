namespace DataStrategy.Data.Entities;

/// <summary>A row that belongs to one organisation; the tenant query filter applies to it.</summary>
public interface ITenantOwned
{
    Guid OrganisationId { get; set; }
}
