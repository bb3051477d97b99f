namespace DataStrategy.Data.Entities;

/// <summary>
/// How many requests one client made under one limit in one fixed window: the count every instance of the
/// application reads and adds to, so a limit holds for the whole deployment, not per instance.
/// </summary>
public class RateLimitWindow
{
    /// <summary>The limit's name and the client's key, hashed (SHA-256, hex, 64 characters).</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>The window's start in seconds since 1970 (UTC).</summary>
    public long WindowStart { get; set; }

    public int Hits { get; set; }
}
