using System.Net;
using DataStrategy.Data.Demo;
using DataStrategy.Web.Infrastructure;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Web.Tests;

/// <summary>
/// Single sign-on run for real: the app's OpenID Connect handler against OpenIddict's server on Kestrel (discovery,
/// authorization code with PKCE, token and userinfo endpoints over HTTP), with the claims each test chooses.
/// </summary>
public sealed class SingleSignOnTests
{
    private const string Member = DemoSeeder.FacilitatorEmail;
    private const string SystemAdministrator = DemoSeeder.LeadEmail;

    [Fact]
    public async Task VerifiedEmail_OfAMember_SignsInAndLinks_WhetherTheProviderSaysItInTheIdTokenOrAtUserInfo_AsBooleanOrString()
    {
        await using var idp = await TestIdentityProvider.StartAsync();
        using var app = new DssApp(settings: idp.AppSettings());
        (string Email, object Verified, bool InIdToken)[] cases =
        [
            (DemoSeeder.FacilitatorEmail, true, true),
            (DemoSeeder.ContributorEmail, "true", false),
            (DemoSeeder.ViewerEmail, true, false),
        ];

        foreach (var (email, verified, inIdToken) in cases)
        {
            var subject = "sub-" + email;
            idp.User = new TestIdentityUser(subject, email.ToUpperInvariant(), verified, InIdToken: inIdToken);
            var client = app.AnonymousOverHttps();

            var signedIn = await idp.SignInAsync(client, returnUrl: "/o/" + DemoSeeder.Slug);

            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
            Assert.Equal("/o/" + DemoSeeder.Slug, signedIn.Location());
            Assert.Equal(email, await SignedInAsAsync(client));
            var userId = await app.DbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
            Assert.Equal(userId, await LinkedUserAsync(app, subject));
        }
    }

    [Fact]
    public async Task UnverifiedEmail_IsRefusedInThePersonsLanguage_NothingIsLinkedOrCreated_AndNobodyIsSignedIn()
    {
        await using var idp = await TestIdentityProvider.StartAsync();
        using var app = new DssApp(settings: idp.AppSettings());
        var users = await app.DbAsync(db => db.Users.CountAsync());
        (string Email, object? Verified, bool InIdToken, string Language, string Message)[] cases =
        [
            (Member, false, true, "en", "has not confirmed that the e-mail address " + Member + " is yours"),
            (Member, "false", false, "fr", "n'a pas confirmé que l'adresse e-mail " + Member + " vous appartient"),
            (Member, null, true, "nl", "heeft niet bevestigd dat het e-mailadres " + Member + " van u is"),
            (Member, "1", true, "en", "has not confirmed"),
            (Member, "yes", false, "en", "has not confirmed"),
            (Member, "", true, "en", "has not confirmed"),
            (Member, "true false", true, "en", "has not confirmed"),
            // A new account needs a verified address too.
            ("newcomer@ville-de-demo.example", false, true, "en", "has not confirmed"),
            // The address is shown back, encoded.
            ("<script>alert(1)</script>@x.example", "false", true, "en", "has not confirmed"),
        ];

        for (var i = 0; i < cases.Length; i++)
        {
            var (email, verified, inIdToken, language, message) = cases[i];
            idp.User = new TestIdentityUser("unverified-" + i, email, verified, InIdToken: inIdToken);
            var client = app.AnonymousOverHttps(language);

            var refused = await idp.SignInAsync(client);

            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            var html = await refused.Content.ReadAsStringAsync();
            var alert = (await refused.ParseAsync()).QuerySelector("[role=alert]")!.TextContent;
            Assert.Contains(message, alert, StringComparison.Ordinal);
            Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
            Assert.Null(await SignedInAsAsync(client));
            Assert.Null(await LinkedUserAsync(app, "unverified-" + i));
            // The provider's answer is forgotten: coming back to the callback starts nothing.
            var again = (await (await client.GetAsync("/account/external?handler=Callback")).ParseAsync()).QuerySelector("[role=alert]")!.TextContent;
            Assert.DoesNotContain(message, again, StringComparison.Ordinal);
            Assert.NotEqual(string.Empty, again.Trim());
        }

        Assert.Equal(0, await app.DbAsync(db => db.UserLogins.CountAsync()));
        Assert.Equal(users, await app.DbAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task VerifiedEmail_OfASystemAdministrator_IsRefused_SayingToSignInWithThePassword_AndIsNotLinked()
    {
        await using var idp = await TestIdentityProvider.StartAsync();
        using var app = new DssApp(settings: idp.AppSettings());
        (string Email, string Language, string Message)[] cases =
        [
            (SystemAdministrator, "en", "belongs to a system administrator, and a system administrator's account is never linked to single sign-on automatically. Sign in with your e-mail address and password."),
            (SystemAdministrator.ToUpperInvariant(), "fr", "appartient à un administrateur système"),
            (SystemAdministrator, "nl", "hoort bij een systeembeheerder"),
        ];

        for (var i = 0; i < cases.Length; i++)
        {
            var (email, language, message) = cases[i];
            idp.User = new TestIdentityUser("admin-" + i, email, true);
            var client = app.AnonymousOverHttps(language);

            var refused = await idp.SignInAsync(client);

            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains(message, (await refused.ParseAsync()).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
            Assert.Null(await SignedInAsAsync(client));
            Assert.Null(await LinkedUserAsync(app, "admin-" + i));
        }

        Assert.Equal(0, await app.DbAsync(db => db.UserLogins.CountAsync()));
        // The password still works.
        Assert.Equal(SystemAdministrator, await SignedInAsAsync(await app.SignInAsync(SystemAdministrator)));
    }

    [Fact]
    public async Task ALinkedSubject_SignsInToItsAccount_EvenWhenTheProviderNowGivesAnotherOrUnverifiedEmail()
    {
        await using var idp = await TestIdentityProvider.StartAsync();
        using var app = new DssApp(settings: idp.AppSettings());
        idp.User = new TestIdentityUser("linked-subject", Member, true);
        Assert.Equal(HttpStatusCode.Redirect, (await idp.SignInAsync(app.AnonymousOverHttps())).StatusCode);
        var users = await app.DbAsync(db => db.Users.CountAsync());

        foreach (var user in new[]
        {
            idp.User with { Email = "renamed@elsewhere.example", EmailVerified = false },
            idp.User with { Email = null, EmailVerified = null },
            idp.User with { Email = SystemAdministrator, EmailVerified = true },
        })
        {
            idp.User = user;
            var client = app.AnonymousOverHttps();

            var signedIn = await idp.SignInAsync(client);

            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
            Assert.Equal(Member, await SignedInAsAsync(client));
        }

        Assert.Equal(1, await app.DbAsync(db => db.UserLogins.CountAsync()));
        Assert.Equal(users, await app.DbAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task UnknownVerifiedEmail_GetsANewLinkedAccountInNoOrganisation_UntilAnAdministratorInvitesThePerson()
    {
        await using var idp = await TestIdentityProvider.StartAsync();
        using var app = new DssApp(settings: idp.AppSettings());
        const string email = "newcomer@ville-de-demo.example";
        idp.User = new TestIdentityUser("newcomer", email, "true", Name: "Nora Newcomer");
        var client = app.AnonymousOverHttps();

        var signedIn = await idp.SignInAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(email, await SignedInAsAsync(client));
        var user = await app.DbAsync(db => db.Users.SingleAsync(u => u.Email == email));
        Assert.Equal("Nora Newcomer", user.DisplayName);
        Assert.False(user.IsSystemAdministrator);
        Assert.Null(user.PasswordHash);
        Assert.Equal(user.Id, await LinkedUserAsync(app, "newcomer"));
        Assert.False(await app.DbAsync(db => db.Memberships.IgnoreQueryFilters().AnyAsync(m => m.UserId == user.Id)));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/o/" + DemoSeeder.Slug)).StatusCode);
    }

    [Fact]
    public void MetadataOverPlainHttp_IsAllowedOnlyForAProviderOnThisMachine()
    {
        Assert.True(ExternalLogin.MayUsePlainHttp("http://127.0.0.1:5001/"));
        Assert.True(ExternalLogin.MayUsePlainHttp("http://localhost:8080/realms/city"));
        Assert.True(ExternalLogin.MayUsePlainHttp("http://[::1]:8080/"));
        Assert.False(ExternalLogin.MayUsePlainHttp("http://login.city.example/realms/city"));
        Assert.False(ExternalLogin.MayUsePlainHttp("http://10.0.0.5/"));
        Assert.False(ExternalLogin.MayUsePlainHttp("http://127.0.0.1.evil.example/"));
        Assert.False(ExternalLogin.MayUsePlainHttp("not a url"));

        using var app = new DssApp(settings: new Dictionary<string, string?>
        {
            ["Authentication:OpenIdConnect:Authority"] = "http://login.city.example/realms/city",
            ["Authentication:OpenIdConnect:ClientId"] = "dss",
            ["Authentication:OpenIdConnect:RequireHttpsMetadata"] = "false",
        });
        var refused = Assert.ThrowsAny<Exception>(() => app.Anonymous());
        Assert.Contains("RequireHttpsMetadata may be false only for an identity provider on this machine", refused.ToString(), StringComparison.Ordinal);
    }

    /// <summary>The account the client is signed in as (the name in the page header), or null when signed out.</summary>
    private static async Task<string?> SignedInAsAsync(HttpClient client)
    {
        var home = await client.GetAsync("/");
        if (home.StatusCode == HttpStatusCode.Redirect && home.Location() is { } location && location.StartsWith("/o/", StringComparison.Ordinal))
        {
            // A member of one organisation is taken straight there.
            home = await client.GetAsync(location);
        }

        return home.StatusCode == HttpStatusCode.OK ? (await home.ParseAsync()).QuerySelector(".user-name")?.TextContent.Trim() : null;
    }

    private static Task<string?> LinkedUserAsync(DssApp app, string subject) =>
        app.DbAsync(db => db.UserLogins.Where(l => l.LoginProvider == ExternalLogin.Scheme && l.ProviderKey == subject).Select(l => l.UserId).SingleOrDefaultAsync());
}
