using System.Text.Json;
using DataStrategy.Data;
using DataStrategy.Data.Demo;
using DataStrategy.Web.Api;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Scalar.AspNetCore;

namespace DataStrategy.Web.Infrastructure.Startup;

/// <summary>What runs on every request, in order, and what the app answers.</summary>
public static class Pipeline
{
    /// <summary>
    /// Creates and migrates the database and, when Demo:Enabled, seeds the demo organisation once; safe when several
    /// instances start together (<see cref="DatabaseStartup"/>).
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var demo = app.Configuration.GetValue("Demo:Enabled", false);
        await DatabaseStartup.PrepareAsync(
            scope.ServiceProvider.GetRequiredService<AppDbContext>(),
            scope.ServiceProvider.GetRequiredService<TenantContext>(),
            demo,
            app.Configuration.GetValue("Demo:Strategy", true),
            () => EnsureSharedKey(app.Services),
            app.Lifetime.ApplicationStopping);
        if (demo)
        {
            app.Lifetime.ApplicationStarted.Register(() => app.Logger.LogWarning(
                "Demo organisation ready at {Urls}. Sign in as {Email} with password {Password} (also facilitator@, contributor@, viewer@ the same domain).",
                string.Join(", ", app.Urls),
                DemoSeeder.LeadEmail,
                DemoSeeder.Password));
        }
    }

    /// <summary>
    /// Sign-in cookies and form tokens are protected with a key kept in the database. An instance with no key makes
    /// one at its first use; two instances starting together each made their own, and a form served by one was
    /// refused (400) by the other. The key is made here, one instance at a time, before any request.
    /// </summary>
    private static Task EnsureSharedKey(IServiceProvider services)
    {
        var keys = services.GetRequiredService<IKeyManager>();
        var now = DateTimeOffset.UtcNow;
        if (!keys.GetAllKeys().Any(k => !k.IsRevoked && k.ActivationDate <= now && k.ExpirationDate > now.AddDays(7)))
        {
            keys.CreateNewKey(now, now.AddDays(90));
        }

        return Task.CompletedTask;
    }

    public static WebApplication UseDssPipeline(this WebApplication app)
    {
        app.UseDssDeployment();
        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseWhen(ctx => ctx.Request.Path.StartsWithSegments("/api"), api => api.UseMiddleware<ApiProblemMiddleware>());
        app.UseWhen(AutosaveJsonMiddleware.Applies, autosave => autosave.UseMiddleware<AutosaveJsonMiddleware>());
        app.Use(ApiDocument.AddLanguageAsync);
        app.UseRouting();
        app.UseAuthentication();
        app.UseWhen(ctx => ctx.Request.Path.StartsWithSegments(ApiEndpoints.Prefix), api => api.UseMiddleware<ApiTokenUserMiddleware>());
        app.UseRateLimiter();
        app.UseMiddleware<SetupGateMiddleware>();
        app.UseMiddleware<TenantResolutionMiddleware>();
        app.UseAuthorization();
        app.UseMiddleware<PageCacheMiddleware>();
        return app;
    }

    public static WebApplication MapDssEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteHealthAsync }).AllowAnonymous();
        app.MapDssHealth(WriteHealthAsync);
        app.MapRazorPages();
        app.MapApi();
        app.MapOpenApi("/api/{documentName}/openapi.json").AllowAnonymous();
        app.MapScalarApiReference("/api/reference", ApiDocument.ConfigureReference).AllowAnonymous();
        return app;
    }

    private static async Task WriteHealthAsync(HttpContext context, Microsoft.Extensions.Diagnostics.HealthChecks.HealthReport report)
    {
        context.Response.ContentType = "application/json";
        await JsonSerializer.SerializeAsync(context.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
        });
    }
}
