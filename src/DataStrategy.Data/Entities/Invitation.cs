namespace DataStrategy.Data.Entities;

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
