namespace DataStrategy.Data.Entities;

/// <summary>A row that belongs to one organisation; the tenant query filter applies to it.</summary>
public interface ITenantOwned
{
    Guid OrganisationId { get; set; }
}

/// <summary>An editable row with an optimistic concurrency token, renewed on every save.</summary>
public interface IVersioned
{
    Guid Version { get; set; }
}

/// <summary>A row the audit log records.</summary>
public interface IAudited
{
    Guid Id { get; }
}
