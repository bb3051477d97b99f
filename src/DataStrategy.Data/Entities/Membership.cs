namespace DataStrategy.Data.Entities;

/// <summary>A user account's role in one organisation (the glossary's Member).</summary>
public class Membership : ITenantOwned, IVersioned, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    public string UserId { get; set; } = string.Empty;

    public ApplicationUser? User { get; set; }

    public MemberRole Role { get; set; }

    /// <summary>Designated by an administrator as data protection officer: sees and edits the records of processing.</summary>
    public bool DataProtectionOfficer { get; set; }

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;

    public Guid Version { get; set; } = Guid.NewGuid();
}
