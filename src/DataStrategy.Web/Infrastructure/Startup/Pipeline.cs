using System.Text.Json;
using DataStrategy.Data;
using DataStrategy.Data.Demo;
using DataStrategy.Web.Api;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Scalar.AspNetCore;

namespace DataStrategy.Web.Infrastructure.Startup;

/// <summary>What runs on every request, in order, and what the app answers.</summary>
public static class Pipeline
{
    /// <summary>Migrates the database and, when Demo:Enabled, seeds the demo organisation (idempotent).</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.MigrateAppDatabaseAsync();
        if (!app.Configuration.GetValue("Demo:Enabled", false))
        {
            return;
        }

        await DemoSeeder.SeedAsync(db, scope.ServiceProvider.GetRequiredService<TenantContext>(), app.Configuration.GetValue("Demo:Strategy", true));
        app.Lifetime.ApplicationStarted.Register(() => app.Logger.LogWarning(
            "Demo organisation ready at {Urls}. Sign in as {Email} with password {Password} (also facilitator@, contributor@, viewer@ the same domain).",
            string.Join(", ", app.Urls),
            DemoSeeder.LeadEmail,
            DemoSeeder.Password));
    }

    public static WebApplication UseDssPipeline(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

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
        return app;
    }

    public static WebApplication MapDssEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteHealthAsync }).AllowAnonymous();
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
