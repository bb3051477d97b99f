using DataStrategy.Data.Entities;

namespace DataStrategy.Data.Backup;

[BackupOf(typeof(Membership))]
public sealed class BackupMember
{
    public Guid Id { get; set; }

    /// <summary>Format 4: the account's ID, which comments, versions and approvals refer to.</summary>
    public string? UserId { get; set; }

    public string Email { get; set; } = string.Empty;

    public string DisplayName { get; set; } = string.Empty;

    public MemberRole Role { get; set; }

    /// <summary>Format 9: designated as data protection officer.</summary>
    public bool DataProtectionOfficer { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
