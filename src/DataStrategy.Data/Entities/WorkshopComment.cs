namespace DataStrategy.Data.Entities;

public class WorkshopComment : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid WorkshopId { get; set; }

    public Guid ParticipantId { get; set; }

    public int Slide { get; set; }

    public string Text { get; set; } = string.Empty;

    /// <summary>The language the participant wrote in (their interface language, a code); null when unknown.</summary>
    public string? Language { get; set; }

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;
}
