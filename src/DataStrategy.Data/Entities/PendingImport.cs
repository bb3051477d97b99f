namespace DataStrategy.Data.Entities;

/// <summary>An uploaded import waiting for the user's confirmation (kept in the database, not memory).</summary>
public class PendingImport : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public string UserId { get; set; } = string.Empty;

    public string Kind { get; set; } = string.Empty;

    public string FileName { get; set; } = string.Empty;

    public byte[] Content { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;
}
