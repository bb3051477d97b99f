namespace DataStrategy.Data.Entities;

/// <summary>
/// A personal access token: one member's key to the API for one organisation. Only a SHA-256 of the secret is stored
/// (the secret is 256 random bits, shown once); the token acts with the member's current role, so a role change or a
/// removal from the organisation takes effect at once.
/// </summary>
public class ApiToken : ITenantOwned, IAudited
{
    /// <summary>What every token starts with, so that secret scanners recognise a leaked one.</summary>
    public const string SecretPrefix = "dss_";

    /// <summary>How many characters of a secret are kept and shown to tell tokens apart (and key the rate limit).</summary>
    public const int PrefixLength = 12;

    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public string UserId { get; set; } = "";

    /// <summary>The member's name for it ("Power BI refresh").</summary>
    public string Name { get; set; } = "";

    /// <summary>The first characters of the secret, shown to tell tokens apart.</summary>
    public string Prefix { get; set; } = "";

    /// <summary>SHA-256 of the secret (hex); the secret itself is never stored.</summary>
    public string TokenHash { get; set; } = "";

    public ApiScope Scope { get; set; }

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public bool IsActive(DateTimeOffset now) => RevokedAt is null && ExpiresAt > now;

    /// <summary>A new secret: "dss_" and 256 random bits in URL-safe Base64.</summary>
    public static string NewSecret() => SecretPrefix + Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>What is stored: SHA-256 of the secret, hex (a 256-bit random secret needs no slow hash).</summary>
    public static string HashOf(string secret) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret)));
}
