namespace DataStrategy.Data.Entities;

/// <summary>Someone who attended (personal data: seen by the organisers only, and erasable).</summary>
public class EventAttendee : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid EventId { get; set; }

    public string Name { get; set; } = "";

    /// <summary>Department or organisation, as written.</summary>
    public string Affiliation { get; set; } = "";
}
