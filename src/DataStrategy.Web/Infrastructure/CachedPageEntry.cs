namespace DataStrategy.Web.Infrastructure;

/// <summary>One kept page: its bytes and the few headers the page itself set.</summary>
public sealed record CachedPageEntry(byte[] Body, string ContentType, string? ContentLanguage);
