namespace DataStrategy.Data.Entities;

public class WorkingSessionParticipant : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid SessionId { get; set; }

    public Guid StakeholderId { get; set; }
}
