using Microsoft.Extensions.Caching.Memory;

namespace DataStrategy.Web.Infrastructure;

/// <summary>
/// Rendered pages kept in this instance's memory (<see cref="PageCacheMiddleware"/>, ADR 0038), bounded in bytes
/// (<c>PageCache:Megabytes</c>, 64 by default); <c>PageCache:Enabled=false</c> turns it off (to measure rendering).
/// One per app, so that each instance and each test host has its own.
/// </summary>
public sealed class PageCache : IDisposable
{
    /// <summary>A kept page lives at most this long; its key also changes every minute of the app's clock.</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);

    private readonly MemoryCache _cache;

    public PageCache(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        Enabled = configuration.GetValue("PageCache:Enabled", true);
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = configuration.GetValue("PageCache:Megabytes", 64L) * 1024 * 1024 });
    }

    public bool Enabled { get; }

    /// <summary>Pages being rendered now, by key: a second reader of the same page waits for the first rendering
    /// instead of rendering it again (after a write or at the turn of a minute, every open connection misses at once).</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, Task<CachedPageEntry?>> Rendering { get; } = new(StringComparer.Ordinal);

    public bool TryGet(string key, out CachedPageEntry? entry) => _cache.TryGetValue(key, out entry);

    public void Set(string key, CachedPageEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        _cache.Set(key, entry, new MemoryCacheEntryOptions { Size = entry.Body.Length + key.Length * 2 + 256, AbsoluteExpirationRelativeToNow = Lifetime });
    }

    public void Clear()
    {
        _cache.Clear();
        Rendering.Clear();
    }

    public void Dispose() => _cache.Dispose();
}
