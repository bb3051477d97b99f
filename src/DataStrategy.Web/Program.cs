using System.Globalization;
using System.Text.Json;
using System.Threading.RateLimiting;
using DataStrategy.Core;
using DataStrategy.Data;
using DataStrategy.Data.Demo;
using DataStrategy.Data.Entities;
using DataStrategy.Web;
using DataStrategy.Web.Api;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.Extensions.Localization;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);
var services = builder.Services;
var configuration = builder.Configuration;

services.AddAppDatabase(configuration);
services.AddHttpContextAccessor();
services.AddScoped<TenantContext>();
services.AddScoped<ITenantContext>(sp => sp.GetRequiredService<TenantContext>());
services.AddScoped<IActor, HttpActor>();
services.AddSingleton<DataStrategy.Web.Pages.Roadmap.ScheduleImprover>();
services.AddSingleton<SetupState>();
services.AddSingleton<PublicCache>();
services.Configure<SmtpSettings>(configuration.GetSection("Smtp"));
services.AddSingleton<IEmailSender, SmtpEmailSender>();

// Keys live in the database so that every instance behind a load balancer reads the same cookies.
services.AddDataProtection().SetApplicationName("DataStrategyStudio").PersistKeysToDbContext<AppDbContext>();

services.AddIdentity<ApplicationUser, IdentityRole>(IdentityDefaults.Apply)
    .AddEntityFrameworkStores<AppDbContext>()
    .AddDefaultTokenProviders()
    .AddErrorDescriber<LocalizedIdentityErrorDescriber>();

services.ConfigureApplicationCookie(o =>
{
    o.LoginPath = "/account/login";
    o.LogoutPath = "/account/logout";
    o.AccessDeniedPath = "/error/403";
    o.Cookie.Name = "dss.auth";
    o.Cookie.HttpOnly = true;
    o.Cookie.SameSite = SameSiteMode.Lax;
    o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
    o.SlidingExpiration = true;
    o.ExpireTimeSpan = TimeSpan.FromHours(8);
    // A signed-in member without the permission gets a plain 403 page, not a redirect.
    o.Events.OnRedirectToAccessDenied = ctx =>
    {
        ctx.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    };
});

var oidc = configuration.GetSection("Authentication:OpenIdConnect");
if (!string.IsNullOrWhiteSpace(oidc["Authority"]))
{
    services.AddAuthentication().AddOpenIdConnect(ExternalLogin.Scheme, oidc["DisplayName"] ?? "SSO", o =>
    {
        o.SignInScheme = IdentityConstants.ExternalScheme;
        o.Authority = oidc["Authority"];
        o.ClientId = oidc["ClientId"];
        o.ClientSecret = oidc["ClientSecret"];
        o.ResponseType = "code";
        o.UsePkce = true;
        o.SaveTokens = false;
        o.GetClaimsFromUserInfoEndpoint = true;
        o.CallbackPath = "/signin-oidc";
        o.Scope.Clear();
        foreach (var scope in (oidc["Scopes"] ?? "openid profile email").Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            o.Scope.Add(scope);
        }
    });
}

// The API authenticates by personal access token only (never by cookie, so no cross-site request can write through it).
services.AddAuthentication().AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, DataStrategy.Web.Api.ApiTokenHandler>(DataStrategy.Web.Api.ApiTokens.Scheme, null);
services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, DataStrategy.Web.Api.ScopeHandler>();

services.AddAuthorization(o =>
{
    o.FallbackPolicy = new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    foreach (var permission in Enum.GetValues<Permission>())
    {
        o.AddPolicy(PermissionTable.PolicyName(permission), p => p.RequireAuthenticatedUser().AddRequirements(new PermissionRequirement(permission)));
    }
});
services.AddScoped<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, PermissionHandler>();

var loginLimit = configuration.GetValue("Security:LoginAttemptsPerMinute", 10);
var workshopLimit = configuration.GetValue("Security:WorkshopRequestsPer10Seconds", 40);
var apiTokenLimit = configuration.GetValue("Security:ApiRequestsPerMinute", 600);
var apiAnonymousLimit = configuration.GetValue("Security:PublicApiRequestsPerMinute", 300);
services.AddRateLimiter(o =>
{
    o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
    o.AddPolicy(RateLimits.Login, ctx => HttpMethods.IsPost(ctx.Request.Method)
        ? RateLimitPartition.GetFixedWindowLimiter(ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = loginLimit,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        })
        : RateLimitPartition.GetNoLimiter("read"));
    // Workshop participants have no account: bound each device (or, before it has a cookie, each address).
    o.AddPolicy(RateLimits.Workshop, ctx => RateLimitPartition.GetFixedWindowLimiter(
        ctx.Request.Cookies[DataStrategy.Web.Pages.Workshops.Participation.CookieName] ?? ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown",
        _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = workshopLimit,
            Window = TimeSpan.FromSeconds(10),
            QueueLimit = 0,
        }));
    // The API: a budget per token that authenticated (the limiter runs after the token is checked, so made-up tokens
    // cannot open buckets of their own), and per address for everything else.
    o.AddPolicy(RateLimits.Api, ctx => ctx.User.FindFirst(DataStrategy.Web.Api.ApiTokens.TokenClaim)?.Value is { } token
        ? RateLimitPartition.GetFixedWindowLimiter("t:" + token, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = apiTokenLimit,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        })
        : RateLimitPartition.GetFixedWindowLimiter("a:" + (ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown"), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = apiAnonymousLimit,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));
    o.OnRejected = (ctx, _) =>
    {
        if (ctx.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            ctx.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        return ValueTask.CompletedTask;
    };
});
services.AddOpenApi("v1", DataStrategy.Web.Api.ApiDocument.Configure);

services.AddLocalization(o => o.ResourcesPath = "Resources");
// French and Dutch text is written as text, not as &#xE9; entities (still HTML-encoded for safety).
services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
services.Configure<RequestLocalizationOptions>(o =>
{
    var cultures = Languages.All.Select(c => new CultureInfo(c)).ToList();
    o.DefaultRequestCulture = new RequestCulture(Languages.English);
    o.SupportedCultures = cultures;
    o.SupportedUICultures = cultures;
    o.RequestCultureProviders =
    [
        new QueryStringRequestCultureProvider(),
        new CookieRequestCultureProvider { CookieName = CookieRequestCultureProvider.DefaultCookieName },
        new AcceptLanguageHeaderRequestCultureProvider(),
    ];
});

services.AddRazorPages(o => o.Conventions.AllowAnonymousToFolder("/Public"))
    .AddViewLocalization(LanguageViewLocationExpanderFormat.Suffix)
    .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)))
    .AddMvcOptions(o =>
    {
        o.Filters.Add<TransactionPageFilter>();
    });
services.AddSingleton<Microsoft.Extensions.Options.IConfigureOptions<Microsoft.AspNetCore.Mvc.MvcOptions>, ValidationMessages>();
services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o => o.MultipartBodyLengthLimit = 6 * 1024 * 1024);
services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database");

var app = builder.Build();

using (var scope = app.Services.CreateScope())
{
    var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
    await db.MigrateAppDatabaseAsync();
    if (configuration.GetValue("Demo:Enabled", false))
    {
        await DemoSeeder.SeedAsync(db, scope.ServiceProvider.GetRequiredService<TenantContext>(), configuration.GetValue("Demo:Strategy", true));
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var urls = string.Join(", ", app.Urls);
            app.Logger.LogWarning("Demo organisation ready at {Urls}. Sign in as {Email} with password {Password} (also facilitator@, contributor@, viewer@ the same domain).", urls, DemoSeeder.LeadEmail, DemoSeeder.Password);
        });
    }
}

if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
}

app.UseExceptionHandler("/error");
app.UseStatusCodePagesWithReExecute("/error/{0}");
app.UseMiddleware<SecurityHeadersMiddleware>();
app.UseStaticFiles();
app.UseRequestLocalization();
app.UseWhen(ctx => ctx.Request.Path.StartsWithSegments("/api"), api => api.UseMiddleware<DataStrategy.Web.Api.ApiProblemMiddleware>());
app.Use(ApiDocument.AddLanguageAsync);
app.UseRouting();
app.UseAuthentication();
app.UseWhen(ctx => ctx.Request.Path.StartsWithSegments(DataStrategy.Web.Api.ApiEndpoints.Prefix), api => api.UseMiddleware<DataStrategy.Web.Api.ApiTokenUserMiddleware>());
app.UseRateLimiter();
app.UseMiddleware<SetupGateMiddleware>();
app.UseMiddleware<TenantResolutionMiddleware>();
app.UseAuthorization();

app.MapHealthChecks("/health", new HealthCheckOptions
{
    ResponseWriter = async (ctx, report) =>
    {
        ctx.Response.ContentType = "application/json";
        await JsonSerializer.SerializeAsync(ctx.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
        });
    },
}).AllowAnonymous();
app.MapRazorPages();
app.MapApi();
app.MapOpenApi("/api/{documentName}/openapi.json").AllowAnonymous();
app.MapScalarApiReference("/api/reference", DataStrategy.Web.Api.ApiDocument.ConfigureReference).AllowAnonymous();

await app.RunAsync();

namespace DataStrategy.Web
{
    /// <summary>Marker for the shared UI strings (Resources/SharedResource.*.resx).</summary>
    public sealed class SharedResource;

    public static class RateLimits
    {
        public const string Login = "login";

        public const string Workshop = "workshop";

        public const string Api = "api";
    }

    public partial class Program;
}
