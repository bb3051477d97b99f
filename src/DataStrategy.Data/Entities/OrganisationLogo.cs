namespace DataStrategy.Data.Entities;

/// <summary>The organisation's logo for documents and its public page (kept apart so tenant lookups stay small).</summary>
public class OrganisationLogo
{
    public Guid OrganisationId { get; set; }

    public string ContentType { get; set; } = "image/png";

    public byte[] Data { get; set; } = [];

    public DateTimeOffset UpdatedAt { get; set; } = DateTimeOffset.UtcNow;
}
