using DataStrategy.Data.Entities;

namespace DataStrategy.Data.Backup;

[BackupOf(typeof(Stakeholder))]
public sealed class BackupStakeholder
{
    public Guid Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public string? JobTitle { get; set; }

    public Guid? DepartmentId { get; set; }

    public string? Email { get; set; }

    public string? Notes { get; set; }

    public string? Language { get; set; }

    public string? NotesLanguage { get; set; }

    public DateTimeOffset? ErasedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
