namespace DataStrategy.Data.Entities;

/// <summary>FTE of a team the initiative needs in every month it runs.</summary>
public class InitiativeEffort : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid InitiativeId { get; set; }

    public Guid TeamId { get; set; }

    public decimal Fte { get; set; }
}
