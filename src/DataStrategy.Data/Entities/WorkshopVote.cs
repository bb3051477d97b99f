namespace DataStrategy.Data.Entities;

public class WorkshopVote : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid WorkshopId { get; set; }

    public Guid ParticipantId { get; set; }

    public string ThemeId { get; set; } = string.Empty;

    public int Votes { get; set; }
}
