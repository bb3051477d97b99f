using System.Net;
using Microsoft.AspNetCore.CookiePolicy;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using IPNetwork = System.Net.IPNetwork;

namespace DataStrategy.Web.Infrastructure.Startup;

/// <summary>
/// Running behind a city's TLS reverse proxy (docs/deploy.md): the public address (<c>PublicBaseUrl</c>), the
/// client's address and scheme from the proxies named in <c>ReverseProxy:KnownProxies</c> /
/// <c>ReverseProxy:KnownNetworks</c> (loopback is always trusted), Secure cookies, HSTS and a redirect to HTTPS when
/// the public address is https, and the health endpoints a load balancer asks.
/// </summary>
public static class DeploymentSetup
{
    public const string LivePath = "/health/live";

    public const string ReadyPath = "/health/ready";

    public const string ReadyTag = "ready";

    public static IServiceCollection AddDssDeployment(this IServiceCollection services, IConfiguration configuration)
    {
        var address = new PublicAddress(configuration["PublicBaseUrl"]);
        services.AddSingleton(address);
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in List(configuration, "ReverseProxy:KnownProxies"))
            {
                o.KnownProxies.Add(IPAddress.TryParse(proxy, out var ip) ? ip
                    : throw new InvalidOperationException($"ReverseProxy:KnownProxies: '{proxy}' is not an IP address."));
            }

            foreach (var network in List(configuration, "ReverseProxy:KnownNetworks"))
            {
                o.KnownIPNetworks.Add(IPNetwork.TryParse(network, out var parsed) ? parsed
                    : throw new InvalidOperationException($"ReverseProxy:KnownNetworks: '{network}' is not a network such as 10.0.0.0/8."));
            }
        });
        services.Configure<CookiePolicyOptions>(o => o.Secure = address.IsHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest);
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = false;
        });
        services.AddHttpsRedirection(o =>
        {
            o.RedirectStatusCode = StatusCodes.Status308PermanentRedirect;
            o.HttpsPort = address.HttpsPort;
        });
        return services;
    }

    /// <summary>First in the pipeline: every later step sees the client's address and scheme.</summary>
    public static WebApplication UseDssDeployment(this WebApplication app)
    {
        app.UseForwardedHeaders();
        var address = app.Services.GetRequiredService<PublicAddress>();
        if (address.IsHttps)
        {
            // The proxy and the load balancer ask the instances for their health over plain HTTP.
            app.UseWhen(ctx => !ctx.Request.Path.StartsWithSegments("/health"), https => https.UseHttpsRedirection());
        }

        if (address.IsHttps || !app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseCookiePolicy();
        return app;
    }

    /// <summary>Live: the process answers (no database). Ready: the database answers too.</summary>
    public static WebApplication MapDssHealth(this WebApplication app, Func<HttpContext, HealthReport, Task> writer)
    {
        app.MapHealthChecks(LivePath, new() { Predicate = _ => false, ResponseWriter = writer }).AllowAnonymous();
        app.MapHealthChecks(ReadyPath, new() { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = writer }).AllowAnonymous();
        return app;
    }

    private static IEnumerable<string> List(IConfiguration configuration, string key)
    {
        var section = configuration.GetSection(key);
        var values = section.GetChildren().Select(c => c.Value).ToList();
        if (section.Value is { } single)
        {
            values.AddRange(single.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        return values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim());
    }
}
