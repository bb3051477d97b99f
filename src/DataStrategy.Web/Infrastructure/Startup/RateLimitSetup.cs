using System.Globalization;
using System.Threading.RateLimiting;
using DataStrategy.Web.Api;
using DataStrategy.Web.Pages.Workshops;

namespace DataStrategy.Web.Infrastructure.Startup;

/// <summary>Bounds on sign-in attempts, workshop devices and API callers (Security:* settings).</summary>
public static class RateLimitSetup
{
    public static IServiceCollection AddDssRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var loginLimit = configuration.GetValue("Security:LoginAttemptsPerMinute", 10);
        var workshopLimit = configuration.GetValue("Security:WorkshopRequestsPer10Seconds", 40);
        var apiTokenLimit = configuration.GetValue("Security:ApiRequestsPerMinute", 600);
        var apiAnonymousLimit = configuration.GetValue("Security:PublicApiRequestsPerMinute", 300);
        return services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(RateLimits.Login, ctx => HttpMethods.IsPost(ctx.Request.Method)
                ? Shared(ctx, "login:" + Address(ctx), loginLimit, TimeSpan.FromMinutes(1))
                : RateLimitPartition.GetNoLimiter("read"));
            // Workshop participants have no account: bound each device (or, before it has a cookie, each address). This
            // flood guard is counted per instance (ADR 0024): every poll of every phone would otherwise be a database write.
            o.AddPolicy(RateLimits.Workshop, ctx => FixedWindow(ctx.Request.Cookies[Participation.CookieName] ?? Address(ctx), workshopLimit, TimeSpan.FromSeconds(10)));
            // The API: a budget per token that authenticated (the limiter runs after the token is checked, so made-up tokens
            // cannot open buckets of their own), and per address for everything else.
            o.AddPolicy(RateLimits.Api, ctx => ctx.User.FindFirst(ApiTokens.TokenClaim)?.Value is { } token
                ? Shared(ctx, "api-t:" + token, apiTokenLimit, TimeSpan.FromMinutes(1))
                : Shared(ctx, "api-a:" + Address(ctx), apiAnonymousLimit, TimeSpan.FromMinutes(1)));
            o.OnRejected = (ctx, _) =>
            {
                if (ctx.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    ctx.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                return ValueTask.CompletedTask;
            };
        });
    }

    /// <summary>The client's address: the forwarded-headers step has already replaced a trusted proxy's address.</summary>
    private static string Address(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>Sign-in and API limits are counted in the database, for all instances together (ADR 0024).</summary>
    private static RateLimitPartition<string> Shared(HttpContext context, string key, int limit, TimeSpan window) =>
        RateLimitPartition.Get(key, k => new SharedWindowLimiter(
            context.RequestServices.GetRequiredService<IServiceScopeFactory>(),
            context.RequestServices.GetRequiredService<TimeProvider>(),
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger<SharedWindowLimiter>(),
            k,
            limit,
            window));

    private static RateLimitPartition<string> FixedWindow(string key, int limit, TimeSpan window) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = window, QueueLimit = 0 });
}
