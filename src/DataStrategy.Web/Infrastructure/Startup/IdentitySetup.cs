using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Api;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace DataStrategy.Web.Infrastructure.Startup;

/// <summary>Accounts, the sign-in cookie, single sign-on, API tokens and the permission policies.</summary>
public static class IdentitySetup
{
    public static IServiceCollection AddDssIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        // Keys live in the database so that every instance behind a load balancer reads the same cookies (and dss's links).
        services.AddIdentity<ApplicationUser, IdentityRole>(IdentityDefaults.Apply)
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDssTokens()
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

        // Signing out, a new password, a removal or a lower role change the account's security stamp; every
        // instance checks the stamp behind each sign-in cookie at least once a minute, so a copied cookie stops working
        // everywhere within a minute. Both clocks are the app's clock (tests move it).
        var sessionCheck = TimeSpan.FromSeconds(configuration.GetValue("Security:SessionCheckSeconds", 60));
        services.AddOptions<SecurityStampValidatorOptions>().Configure<TimeProvider>((o, clock) =>
        {
            o.ValidationInterval = sessionCheck;
            o.TimeProvider = clock;
        });
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).Configure<TimeProvider>((o, clock) =>
        {
            o.TimeProvider = clock;
            // Identity's check builds a sign-in manager, a user manager and its metrics on every request only to find
            // that the cookie was checked less than a minute ago. The same test comes first here; the full check runs
            // exactly when Identity's would (issue 21).
            var check = o.Events.OnValidatePrincipal;
            o.Events.OnValidatePrincipal = ctx => ctx.Properties.IssuedUtc is { } issued && clock.GetUtcNow() - issued <= sessionCheck
                ? Task.CompletedTask
                : check(ctx);
        });

        var oidc = configuration.GetSection("Authentication:OpenIdConnect");
        if (!string.IsNullOrWhiteSpace(oidc["Authority"]))
        {
            var authority = oidc["Authority"]!;
            var requireHttpsMetadata = oidc.GetValue("RequireHttpsMetadata", true);
            if (!requireHttpsMetadata && !ExternalLogin.MayUsePlainHttp(authority))
            {
                throw new InvalidOperationException(
                    "Authentication:OpenIdConnect:RequireHttpsMetadata may be false only for an identity provider on this machine (a loopback address); " +
                    $"'{authority}' is not one. Give the provider's https:// address.");
            }

            services.AddAuthentication().AddOpenIdConnect(ExternalLogin.Scheme, oidc["DisplayName"] ?? "SSO", o =>
            {
                o.SignInScheme = IdentityConstants.ExternalScheme;
                o.Authority = authority;
                o.RequireHttpsMetadata = requireHttpsMetadata;
                o.ClientId = oidc["ClientId"];
                o.ClientSecret = oidc["ClientSecret"];
                o.ResponseType = "code";
                o.UsePkce = true;
                o.SaveTokens = false;
                o.GetClaimsFromUserInfoEndpoint = true;
                o.CallbackPath = "/signin-oidc";
                // Providers that say it only at the userinfo endpoint (not in the ID token) are read too: linking by e-mail needs it.
                o.ClaimActions.MapUniqueJsonKey(ExternalLogin.EmailVerifiedClaim, ExternalLogin.EmailVerifiedClaim);
                o.Scope.Clear();
                foreach (var scope in (oidc["Scopes"] ?? "openid profile email").Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    o.Scope.Add(scope);
                }
            });
        }

        // The API authenticates by personal access token only (never by cookie, so no cross-site request can write through it).
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(ApiTokens.Scheme, null);
        services.AddSingleton<IAuthorizationHandler, ScopeHandler>();
        services.AddScoped<IAuthorizationHandler, PermissionHandler>();
        services.AddAuthorization(o =>
        {
            o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
            foreach (var permission in Enum.GetValues<Permission>())
            {
                o.AddPolicy(PermissionTable.PolicyName(permission), p => p.RequireAuthenticatedUser().AddRequirements(new PermissionRequirement(permission)));
            }
        });
        return services;
    }
}
