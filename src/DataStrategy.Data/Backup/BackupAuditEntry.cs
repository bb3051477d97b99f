using DataStrategy.Data.Entities;

namespace DataStrategy.Data.Backup;

[BackupOf(typeof(AuditEntry))]
public sealed class BackupAuditEntry
{
    public DateTimeOffset At { get; set; }

    /// <summary>Format 7: the account that made the change; a restore maps it to the restored account (see <see cref="OrganisationBackup"/>).</summary>
    public string? UserId { get; set; }

    public string UserName { get; set; } = string.Empty;

    public string EntityType { get; set; } = string.Empty;

    public string EntityId { get; set; } = string.Empty;

    public AuditAction Action { get; set; }

    public string Changes { get; set; } = "{}";
}
