using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using DataStrategy.Data;

namespace DataStrategy.Web.Infrastructure;

/// <summary>
/// A fixed-window limit whose count lives in the database (<see cref="RateLimitCounts"/>), so that every instance
/// behind the load balancer counts the same client's requests together (ADR 0024). It keeps nothing in memory: the
/// partitioned limiter may drop and re-create it at any time.
/// </summary>
public sealed class SharedWindowLimiter(IServiceScopeFactory scopes, TimeProvider clock, ILogger logger, string key, int limit, TimeSpan window) : RateLimiter
{
    private static long _calls;

    private readonly string _hashedKey = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public override TimeSpan? IdleDuration => TimeSpan.MaxValue;

    public override RateLimiterStatistics? GetStatistics() => null;

    /// <summary>Nothing is known without asking the database: the middleware then calls <see cref="AcquireAsyncCore"/>.</summary>
    protected override RateLimitLease AttemptAcquireCore(int permitCount) => Lease.Unknown;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        var seconds = (long)window.TotalSeconds;
        var start = now - (now % seconds);
        int hits;
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            hits = await RateLimitCounts.HitAsync(db, _hashedKey, start, cancellationToken);
            if (Interlocked.Increment(ref _calls) % 500 == 0)
            {
                await RateLimitCounts.ForgetBeforeAsync(db, now - 86_400, cancellationToken);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A limit that cannot be counted lets the request through: the request will meet the same database.
            logger.LogWarning(e, "Rate limit count failed; the request was let through.");
            return Lease.Granted;
        }

        return hits <= limit ? Lease.Granted : new Lease(false, TimeSpan.FromSeconds(start + seconds - now));
    }

    private sealed class Lease(bool acquired, TimeSpan? retryAfter = null) : RateLimitLease
    {
        public static readonly Lease Granted = new(true);

        public static readonly Lease Unknown = new(false);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter;
            return retryAfter is not null && metadataName == MetadataName.RetryAfter.Name;
        }
    }
}
