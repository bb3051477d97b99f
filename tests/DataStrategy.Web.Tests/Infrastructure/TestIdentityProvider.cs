using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using System.Security.Claims;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace DataStrategy.Web.Tests.Infrastructure;

/// <summary>
/// A real OpenID Connect provider for the tests: OpenIddict's server on Kestrel, on a free loopback port, speaking
/// HTTP (authorization code with PKCE, discovery, keys, token and userinfo endpoints). It knows one client, the app
/// under test, and signs in whoever <see cref="User"/> is at the moment of the authorization request, without a
/// login page. Degraded mode (no database): the handlers below check the client and its redirect address themselves.
/// Keys are ephemeral, transport security is off (loopback only).
/// </summary>
public sealed class TestIdentityProvider : IAsyncDisposable
{
    public const string ClientId = "data-strategy-studio-tests";
    public const string ClientSecret = "a-client-secret-only-for-tests";

    /// <summary>The app's callback as the tests reach it (the test server answers on https://localhost).</summary>
    public const string RedirectUri = "https://localhost/signin-oidc";

    private static readonly HtmlParser Parser = new();
    private readonly WebApplication _app;

    private TestIdentityProvider(WebApplication app, Uri authority)
    {
        _app = app;
        Authority = authority;
    }

    public Uri Authority { get; }

    /// <summary>Who signs in at the next authorization request.</summary>
    public TestIdentityUser User { get; set; } = new("subject-0", null, null);

    /// <summary>A browser's side of the provider: a real HTTP client, redirects followed by hand.</summary>
    public HttpClient Browser { get; } = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true });

    /// <summary>The app's settings to use this provider.</summary>
    public Dictionary<string, string?> AppSettings() => new()
    {
        ["Authentication:OpenIdConnect:Authority"] = Authority.ToString(),
        ["Authentication:OpenIdConnect:ClientId"] = ClientId,
        ["Authentication:OpenIdConnect:ClientSecret"] = ClientSecret,
        ["Authentication:OpenIdConnect:RequireHttpsMetadata"] = "false",
    };

    public static async Task<TestIdentityProvider> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = AppContext.BaseDirectory });
        // None of the app's settings (appsettings.json in this folder, DSS_ variables) is the provider's.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        TestIdentityProvider? self = null;
        builder.Services.AddOpenIddict().AddServer(o =>
        {
            o.SetAuthorizationEndpointUris("connect/authorize")
                .SetTokenEndpointUris("connect/token")
                .SetUserInfoEndpointUris("connect/userinfo");
            o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
            o.RegisterScopes(Scopes.Email, Scopes.Profile);
            o.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
            o.EnableDegradedMode();
            o.UseAspNetCore().DisableTransportSecurityRequirement();

            o.AddEventHandler<ValidateAuthorizationRequestContext>(h => h.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId)
                {
                    context.Reject(Errors.InvalidClient, "Unknown client.");
                }
                else if (context.RedirectUri != RedirectUri)
                {
                    context.Reject(Errors.InvalidRequest, "Unknown redirect_uri.");
                }

                return default;
            }));
            o.AddEventHandler<ValidateTokenRequestContext>(h => h.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId || context.ClientSecret != ClientSecret)
                {
                    context.Reject(Errors.InvalidClient, "Wrong client credentials.");
                }

                return default;
            }));
            o.AddEventHandler<HandleAuthorizationRequestContext>(h => h.UseInlineHandler(context =>
            {
                context.SignIn(Principal(self!.User, context.Request.GetScopes()));
                return default;
            }));
            o.AddEventHandler<HandleUserInfoRequestContext>(h => h.UseInlineHandler(context =>
            {
                // Runs after OpenIddict's own handler: the userinfo answer says what the access token carries, as it was typed.
                var principal = context.AccessTokenPrincipal!;
                context.Claims[Claims.Name] = principal.GetClaim(Claims.Name);
                context.Email = principal.GetClaim(Claims.Email);
                if (principal.FindFirst(Claims.EmailVerified) is { } verified)
                {
                    context.Claims[Claims.EmailVerified] = verified.ValueType == ClaimValueTypes.Boolean
                        ? new OpenIddictParameter(bool.Parse(verified.Value))
                        : new OpenIddictParameter(verified.Value);
                }

                return default;
            }));
        });

        var app = builder.Build();
        app.UseAuthentication();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        self = new TestIdentityProvider(app, new Uri(address.TrimEnd('/') + "/"));
        return self;
    }

    /// <summary>
    /// Signs in through the app's "Sign in with your organisation's account" button, as a browser would: the app sends
    /// the browser to the provider, the provider posts the code back to the app (form_post), the app redeems it over
    /// real HTTP and comes back to its own callback page. Returns the app's answer on that page.
    /// </summary>
    public async Task<HttpResponseMessage> SignInAsync(HttpClient app, string returnUrl = "/")
    {
        ArgumentNullException.ThrowIfNull(app);
        var login = await app.GetDocumentAsync("/account/login?ReturnUrl=" + Uri.EscapeDataString(returnUrl));
        var form = HttpClientExtensions.FormOf(login, "/account/login", handler: "Sso");
        var challenge = await app.SubmitAsync(form);
        Expect(challenge, HttpStatusCode.Redirect);
        var authorize = challenge.Headers.Location!;
        if (!authorize.ToString().StartsWith(Authority.ToString(), StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The app sent the browser to {authorize}, not to the provider.");
        }

        // The provider answers with a page that posts the code back to the app (response_mode=form_post).
        var answer = await Browser.GetAsync(authorize);
        Expect(answer, HttpStatusCode.OK);
        var page = await Parser.ParseDocumentAsync(await answer.Content.ReadAsStringAsync());
        var post = page.QuerySelector("form") as IHtmlFormElement ?? throw new InvalidOperationException("The provider gave no form: " + page.Body?.TextContent);
        var fields = post.QuerySelectorAll("input[name]").OfType<IHtmlInputElement>().Select(i => new KeyValuePair<string, string>(i.Name!, i.Value)).ToList();
        var action = new Uri(post.Action);
        using var content = new FormUrlEncodedContent(fields);
        var callback = await app.PostAsync(action.PathAndQuery, content);
        Expect(callback, HttpStatusCode.Redirect);
        return await app.GetAsync(callback.Headers.Location!);
    }

    public async ValueTask DisposeAsync()
    {
        Browser.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static ClaimsPrincipal Principal(TestIdentityUser user, ImmutableArray<string> scopes)
    {
        var identity = new ClaimsIdentity("TestIdentityProvider", Claims.Name, Claims.Role);
        var both = ImmutableArray.Create(Destinations.AccessToken, Destinations.IdentityToken);
        var accessOnly = ImmutableArray.Create(Destinations.AccessToken);
        var emailDestinations = user.InIdToken ? both : accessOnly;
        identity.AddClaim(new Claim(Claims.Subject, user.Subject).SetDestinations(both));
        identity.AddClaim(new Claim(Claims.Name, user.Name).SetDestinations(both));
        if (user.Email is { } email)
        {
            identity.AddClaim(new Claim(Claims.Email, email).SetDestinations(emailDestinations));
        }

        switch (user.EmailVerified)
        {
            case bool verified:
                identity.AddClaim(new Claim(Claims.EmailVerified, verified ? "true" : "false", ClaimValueTypes.Boolean).SetDestinations(emailDestinations));
                break;
            case string verified:
                identity.AddClaim(new Claim(Claims.EmailVerified, verified).SetDestinations(emailDestinations));
                break;
            case null:
                break;
            default:
                throw new ArgumentException("email_verified is a bool, a string or null.", nameof(user));
        }

        var principal = new ClaimsPrincipal(identity);
        principal.SetScopes(scopes);
        return principal;
    }

    private static void Expect(HttpResponseMessage response, HttpStatusCode status)
    {
        if (response.StatusCode != status)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} gave {(int)response.StatusCode}, expected {(int)status}: {response.Content.ReadAsStringAsync().GetAwaiter().GetResult()}"));
        }
    }
}
