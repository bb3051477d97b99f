using Microsoft.Extensions.Caching.Memory;

namespace DataStrategy.Web.Infrastructure;

/// <summary>
/// What anonymous readers share, kept in this app instance's memory: views and documents of a published strategy
/// version (which never changes), the live public roadmap (30 s) and the open maturity scores (1 min). One per app,
/// injected, so that each instance and each test host has its own (ADR 0019).
/// </summary>
public sealed class PublicCache : IDisposable
{
    /// <summary>Entries count 1 each; documents and views are small next to this bound.</summary>
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 1024 });

    public bool TryGet<T>(object key, out T? value) => _cache.TryGetValue(key, out value);

    public void Set<T>(object key, T value, TimeSpan? sliding = null, TimeSpan? absolute = null) =>
        _cache.Set(key, value, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = sliding, AbsoluteExpirationRelativeToNow = absolute });

    /// <summary>The cached value, or what <paramref name="create"/> makes (cached unless it is null).</summary>
    public async Task<T?> GetOrCreateAsync<T>(object key, Func<Task<T?>> create, TimeSpan? sliding = null, TimeSpan? absolute = null)
    {
        ArgumentNullException.ThrowIfNull(create);
        if (_cache.TryGetValue(key, out T? cached))
        {
            return cached;
        }

        var value = await create();
        if (value is not null)
        {
            Set(key, value, sliding, absolute);
        }

        return value;
    }

    /// <summary>Forgets every entry (the next reader computes it again).</summary>
    public void Clear() => _cache.Clear();

    public void Dispose() => _cache.Dispose();
}
