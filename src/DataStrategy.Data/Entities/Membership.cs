namespace DataStrategy.Data.Entities;

public enum MemberRole
{
    Viewer = 0,
    Contributor = 1,
    Facilitator = 2,
    Administrator = 3,
}

/// <summary>A user account's role in one organisation (the glossary's Member).</summary>
public class Membership : ITenantOwned, IVersioned, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    public string UserId { get; set; } = string.Empty;

    public ApplicationUser? User { get; set; }

    public MemberRole Role { get; set; }

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;

    public Guid Version { get; set; } = Guid.NewGuid();
}

public class Invitation : ITenantOwned, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public string Email { get; set; } = string.Empty;

    public MemberRole Role { get; set; }

    /// <summary>SHA-256 of the token in the link; the token itself is never stored.</summary>
    public string TokenHash { get; set; } = string.Empty;

    public string InvitedByUserId { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? AcceptedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}
