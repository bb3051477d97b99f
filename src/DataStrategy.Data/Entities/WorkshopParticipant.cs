namespace DataStrategy.Data.Entities;

/// <summary>One device in a workshop: one ballot per device token (stored hashed).</summary>
public class WorkshopParticipant : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid WorkshopId { get; set; }

    public string DeviceHash { get; set; } = string.Empty;

    public DateTimeOffset JoinedAt { get; set; } = DateTimeOffset.UtcNow;
}
