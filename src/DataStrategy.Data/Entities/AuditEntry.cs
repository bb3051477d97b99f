namespace DataStrategy.Data.Entities;

public enum AuditAction
{
    Created,
    Updated,
    Deleted,
    Erased,
    Imported,
}

/// <summary>One change: who, when, what, and a before/after summary (JSON).</summary>
public class AuditEntry : ITenantOwned
{
    public long Id { get; set; }

    public Guid OrganisationId { get; set; }

    public DateTimeOffset At { get; set; } = DateTimeOffset.UtcNow;

    public string? UserId { get; set; }

    public string UserName { get; set; } = string.Empty;

    public string EntityType { get; set; } = string.Empty;

    public string EntityId { get; set; } = string.Empty;

    public AuditAction Action { get; set; }

    /// <summary>JSON object: property → [before, after]. Personal data values are masked.</summary>
    public string Changes { get; set; } = "{}";
}

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
