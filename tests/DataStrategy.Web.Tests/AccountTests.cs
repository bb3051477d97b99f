using System.Net;
using DataStrategy.Data.Demo;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Web.Tests;

public sealed class AccountTests
{
    [Fact]
    public async Task FirstVisit_WithoutAccounts_LeadsToSetup_WhichCreatesTheAdministratorAndDisappears()
    {
        using var app = new DssApp(demo: false);
        var client = app.Anonymous();

        var first = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal("/setup", first.Location());

        var form = await client.GetFormAsync("/setup");
        var created = await client.SubmitAsync(form, new()
        {
            ["DisplayName"] = "Claire Admin",
            ["Email"] = "claire@ville.example",
            ["Password"] = "a-long-enough-password",
            ["ConfirmPassword"] = "a-long-enough-password",
            ["Form.Name[fr]"] = "Ville de Bruxelles-Test",
            ["Form.Name[nl]"] = "Stad Brussel-Test",
        });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("/o/ville-de-bruxelles-test", created.Location());
        var user = await app.DbAsync(db => db.Users.SingleAsync());
        Assert.True(user.IsSystemAdministrator);
        Assert.NotEqual("a-long-enough-password", user.PasswordHash);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/setup")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous().GetAsync("/setup")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/o/ville-de-bruxelles-test")).StatusCode);
    }

    [Fact]
    public async Task Setup_InvalidInput_ExplainsEveryProblem_AndCreatesNothing()
    {
        using var app = new DssApp(demo: false);
        var client = app.Anonymous();
        var form = await client.GetFormAsync("/setup");

        var response = await client.SubmitAsync(form, new()
        {
            ["Email"] = "not-an-address",
            ["Password"] = "short",
            ["ConfirmPassword"] = "different",
            ["Form.Name[fr]"] = "<script>alert(1)</script>",
            ["Form.Slug"] = "Not A Slug!",
        });
        var summary = (await response.ParseAsync()).QuerySelector("[data-testid=error-summary]")!.TextContent;

        Assert.Contains("Enter your name.", summary, StringComparison.Ordinal);
        Assert.Contains("Enter a valid e-mail address.", summary, StringComparison.Ordinal);
        Assert.Contains("at least 12 characters", summary, StringComparison.Ordinal);
        Assert.Contains("The two passwords are not the same.", summary, StringComparison.Ordinal);
        Assert.Contains("Enter the name in Dutch.", summary, StringComparison.Ordinal);
        Assert.Contains("The web address may contain only lower-case letters", summary, StringComparison.Ordinal);
        Assert.Equal(0, await app.DbAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task Login_WrongPassword_SaysSoWithoutRevealingTheAccount_AndLocksAfterFiveFailures()
    {
        using var app = new DssApp();
        var client = app.Anonymous();
        string Message(AngleSharp.Html.Dom.IHtmlDocument d) => d.QuerySelector("[data-testid=error-summary]")!.TextContent;

        var unknown = await (await client.SubmitAsync(await client.GetFormAsync("/account/login"), new() { ["Email"] = "nobody@x.example", ["Password"] = "whatever-password" })).ParseAsync();
        Assert.Contains("The e-mail address or password is not correct.", Message(unknown), StringComparison.Ordinal);

        for (var i = 0; i < 5; i++)
        {
            await client.SubmitAsync(await client.GetFormAsync("/account/login"), new() { ["Email"] = DemoSeeder.ViewerEmail, ["Password"] = "wrong-password-" + i });
        }

        var locked = await client.SubmitAsync(await client.GetFormAsync("/account/login"), new() { ["Email"] = DemoSeeder.ViewerEmail, ["Password"] = DemoSeeder.Password });
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains("locked for 15 minutes", Message(await locked.ParseAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_TooManyAttemptsFromOneAddress_AreRateLimited()
    {
        using var app = new DssApp(loginAttemptsPerMinute: 3);
        var client = app.Anonymous();
        var form = await client.GetFormAsync("/account/login");
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await client.SubmitAsync(form, new() { ["Email"] = "x@y.example", ["Password"] = "nope-nope-nope" })).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Logout_EndsTheSession()
    {
        using var app = new DssApp();
        var client = await app.LeadAsync();
        var token = await AuthorizationTests.AntiforgeryTokenAsync(client);

        var response = await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        var after = await client.GetAsync("/o/" + DemoSeeder.Slug);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("http://localhost/account/login", after.Location(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invitation_WithoutMailServer_ShowsALink_ThatCreatesTheAccountWithTheRole()
    {
        using var app = new DssApp();
        var lead = await app.LeadAsync();
        var invite = await lead.GetFormAsync($"/o/{DemoSeeder.Slug}/members/invite");

        var result = await (await lead.SubmitAsync(invite, new() { ["Email"] = "new.viewer@ville-de-demo.example", ["Role"] = "Viewer" })).ParseAsync();
        var link = new Uri(result.QuerySelector("[data-testid=invitation-link]")!.GetAttribute("value")!);
        var guest = app.Anonymous();
        var register = await guest.GetFormAsync(link.PathAndQuery);
        var registered = await guest.SubmitAsync(register, new() { ["DisplayName"] = "Nouvelle Lectrice", ["Password"] = "a-good-long-password", ["ConfirmPassword"] = "a-good-long-password" });

        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        Assert.Equal($"/o/{DemoSeeder.Slug}", registered.Location());
        var role = await app.DbAsync(db => db.Memberships.IgnoreQueryFilters().Where(m => m.User!.Email == "new.viewer@ville-de-demo.example").Select(m => m.Role).SingleAsync());
        Assert.Equal(MemberRole.Viewer, role);
        Assert.Equal(HttpStatusCode.OK, (await guest.GetAsync($"/o/{DemoSeeder.Slug}")).StatusCode);
        // The link works once.
        Assert.Contains("not valid or has expired", await app.Anonymous().GetStringAsync(link.PathAndQuery), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invitation_OfAnExistingMember_IsRefused()
    {
        using var app = new DssApp();
        var lead = await app.LeadAsync();
        var invite = await lead.GetFormAsync($"/o/{DemoSeeder.Slug}/members/invite");

        var response = await lead.SubmitAsync(invite, new() { ["Email"] = DemoSeeder.ViewerEmail.ToUpperInvariant(), ["Role"] = "Administrator" });

        Assert.Contains("is already a member", (await response.ParseAsync()).QuerySelector("[data-testid=error-summary]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await app.DbAsync(db => db.Invitations.IgnoreQueryFilters().CountAsync()));
    }

    [Fact]
    public async Task Members_TheLastAdministrator_CannotBeDemotedOrRemoved()
    {
        using var app = new DssApp();
        var lead = await app.LeadAsync();
        var doc = await lead.GetDocumentAsync($"/o/{DemoSeeder.Slug}/members");
        var leadId = await app.DbAsync(db => db.Memberships.IgnoreQueryFilters().Where(m => m.User!.Email == DemoSeeder.LeadEmail).Select(m => m.Id).SingleAsync());
        var roleForm = HttpClientExtensions.FormOf(doc, "/members", "Role");
        var removeForm = HttpClientExtensions.FormOf(doc, "/members", "Remove");

        var demote = await lead.SubmitAsync(roleForm, new() { ["id"] = leadId.ToString(), ["role"] = "Viewer" });
        var remove = await lead.SubmitAsync(removeForm, new() { ["id"] = leadId.ToString() });

        Assert.Contains("at least one administrator", await demote.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("at least one administrator", await remove.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(MemberRole.Administrator, await app.DbAsync(db => db.Memberships.IgnoreQueryFilters().Where(m => m.Id == leadId).Select(m => m.Role).SingleAsync()));
    }

    [Fact]
    public async Task Members_ChangeRole_TakesEffectOnTheNextRequest()
    {
        using var app = new DssApp();
        var lead = await app.LeadAsync();
        var viewer = await app.SignInAsync(DemoSeeder.ViewerEmail);
        var doc = await lead.GetDocumentAsync($"/o/{DemoSeeder.Slug}/members");
        var member = await app.DbAsync(db => db.Memberships.IgnoreQueryFilters().Where(m => m.User!.Email == DemoSeeder.ViewerEmail).SingleAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync($"/o/{DemoSeeder.Slug}/stakeholders")).StatusCode);

        var changed = await lead.SubmitAsync(HttpClientExtensions.FormOf(doc, "/members", "Role"), new() { ["id"] = member.Id.ToString(), ["version"] = member.Version.ToString(), ["role"] = "Facilitator" });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/o/{DemoSeeder.Slug}/stakeholders")).StatusCode);
    }

    [Theory]
    [InlineData("nl", "Belanghebbenden", "Afdelingen")]
    [InlineData("fr", "Parties prenantes", "Services")]
    [InlineData("en", "Stakeholders", "Departments")]
    public async Task AcceptLanguage_SetsTheFirstLanguage(string language, string stakeholders, string departments)
    {
        using var app = new DssApp();
        var client = await app.SignInAsync(DemoSeeder.LeadEmail, language: language);

        var html = await client.GetStringAsync("/o/" + DemoSeeder.Slug);

        Assert.Contains($"<html lang=\"{language}\"", html, StringComparison.Ordinal);
        Assert.Contains(stakeholders, html, StringComparison.Ordinal);
        Assert.Contains(departments, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LanguageSwitch_Persists_AndIsRememberedOnTheAccount()
    {
        using var app = new DssApp();
        var client = await app.SignInAsync(DemoSeeder.LeadEmail, language: "en");
        var token = await AuthorizationTests.AntiforgeryTokenAsync(client);

        var switched = await client.PostAsync("/language", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["culture"] = "nl",
            ["returnUrl"] = "/o/" + DemoSeeder.Slug + "/departments",
        }));
        var html = await client.GetStringAsync("/o/" + DemoSeeder.Slug + "/departments");

        Assert.Equal("/o/" + DemoSeeder.Slug + "/departments", switched.Location());
        Assert.Contains("<html lang=\"nl\"", html, StringComparison.Ordinal);
        Assert.Contains("Stedenbouw", html, StringComparison.Ordinal);
        Assert.Equal("nl", await app.DbAsync(db => db.Users.Where(u => u.Email == DemoSeeder.LeadEmail).Select(u => u.PreferredLanguage).SingleAsync()));

        // A new sign-in on another device starts in Dutch, whatever the browser asks for.
        var elsewhere = await app.SignInAsync(DemoSeeder.LeadEmail, language: "fr");
        Assert.Contains("<html lang=\"nl\"", await elsewhere.GetStringAsync("/?all=true"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LanguageSwitch_RefusesForeignReturnUrls()
    {
        using var app = new DssApp();
        var client = await app.LeadAsync();
        var token = await AuthorizationTests.AntiforgeryTokenAsync(client);

        var response = await client.PostAsync("/language", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["culture"] = "fr",
            ["returnUrl"] = "https://evil.example/phish",
        }));

        Assert.Equal("/", response.Location());
    }

    [Fact]
    public async Task SignIn_MemberOfOneOrganisation_LandsInIt()
    {
        using var app = new DssApp();
        var viewer = await app.SignInAsync(DemoSeeder.ViewerEmail);

        var home = await viewer.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/o/" + DemoSeeder.Slug, home.Location());
    }
}
