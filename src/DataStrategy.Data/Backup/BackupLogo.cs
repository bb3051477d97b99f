using DataStrategy.Data.Entities;

namespace DataStrategy.Data.Backup;

/// <summary>The organisation's logo: its bytes (base64 in the file), their type, when it was saved.</summary>
[BackupOf(typeof(OrganisationLogo))]
public sealed class BackupLogo
{
    public string ContentType { get; set; } = "image/png";

    public byte[]? Data { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
