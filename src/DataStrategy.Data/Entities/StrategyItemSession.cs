namespace DataStrategy.Data.Entities;

/// <summary>A working session that shaped an item.</summary>
public class StrategyItemSession : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid ItemId { get; set; }

    public Guid SessionId { get; set; }
}
