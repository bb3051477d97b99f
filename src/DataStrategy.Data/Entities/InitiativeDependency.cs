namespace DataStrategy.Data.Entities;

public class InitiativeDependency : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid PredecessorId { get; set; }

    public Guid SuccessorId { get; set; }

    public DependencyType Type { get; set; }

    public int LagMonths { get; set; }
}
