namespace DataStrategy.Data.Entities;

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
