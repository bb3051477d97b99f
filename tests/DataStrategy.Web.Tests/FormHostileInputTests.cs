using System.Net;
using DataStrategy.Data.Demo;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Web.Tests;

/// <summary>The forms not covered elsewhere, fed wrong types, oversized and hostile values.</summary>
public sealed class FormHostileInputTests : IDisposable
{
    private const string Org = "/o/" + DemoSeeder.Slug;
    private readonly DssApp _app = new();

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("not-an-address", "Viewer", "Enter a valid e-mail address.")]
    [InlineData("", "Viewer", "Enter an e-mail address.")]
    [InlineData("<script>@x.example", "Viewer", "Enter a valid e-mail address.")]
    [InlineData("someone@ville-de-demo.example", "42", "The value '42' is not valid")]
    [InlineData("someone@ville-de-demo.example", "Owner", "The value 'Owner' is not valid")]
    public async Task Invite_BadInput_IsRefused_AndNoInvitationExists(string email, string role, string message)
    {
        var client = await _app.LeadAsync();
        var form = await client.GetFormAsync(Org + "/members/invite");

        var response = await client.SubmitAsync(form, new() { ["Email"] = email, ["Role"] = role });

        Assert.Contains(message, (await response.ParseAsync()).QuerySelector("[data-testid=error-summary]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await _app.DbAsync(db => db.Invitations.IgnoreQueryFilters().CountAsync()));
    }

    [Fact]
    public async Task MemberRole_UnknownValue_IsRefused()
    {
        var client = await _app.LeadAsync();
        var doc = await client.GetDocumentAsync(Org + "/members");
        var viewer = await _app.DbAsync(db => db.Memberships.IgnoreQueryFilters().SingleAsync(m => m.User!.Email == DemoSeeder.ViewerEmail));

        var response = await client.SubmitAsync(HttpClientExtensions.FormOf(doc, "/members", "Role"), new() { ["id"] = viewer.Id.ToString(), ["version"] = viewer.Version.ToString(), ["role"] = "99" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(MemberRole.Viewer, await _app.DbAsync(db => db.Memberships.IgnoreQueryFilters().Where(m => m.Id == viewer.Id).Select(m => m.Role).SingleAsync()));
    }

    [Theory]
    [InlineData("Form.Slug", "UPPER CASE & spaces", "The web address may contain only lower-case letters")]
    [InlineData("Form.Name[nl]", "", "Enter the name in Dutch.")]
    [InlineData("Form.DefaultLanguage", "de", "The default language must be one of the organisation's languages.")]
    [InlineData("Form.Languages", "", "Choose at least one official language.")]
    [InlineData("Form.Name[fr]", "<script>alert(1)</script>xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "at most 200 characters")]
    public async Task Settings_BadInput_IsRefused_AndChangesNothing(string field, string value, string message)
    {
        var client = await _app.LeadAsync();
        var form = await client.GetFormAsync(Org + "/settings");

        var response = await client.SubmitAsync(form, new() { [field] = value });

        Assert.Contains(message, (await response.ParseAsync()).QuerySelector("[data-testid=error-summary]")!.TextContent, StringComparison.Ordinal);
        var org = await _app.DbAsync(db => db.Organisations.SingleAsync(o => o.Slug == DemoSeeder.Slug));
        Assert.Equal("Stad Demo", org.Name["nl"]);
    }

    [Fact]
    public async Task Settings_ScriptInName_IsStoredAsText_AndRenderedInert()
    {
        var client = await _app.LeadAsync();
        var form = await client.GetFormAsync(Org + "/settings");

        await client.SubmitAsync(form, new() { ["Form.Name[en]"] = "<img src=x onerror=alert(1)>" });
        var html = await client.GetStringAsync(Org);

        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateOrganisation_DuplicateSlug_IsRefused()
    {
        var client = await _app.LeadAsync();
        var form = await client.GetFormAsync("/organisations/new");

        var response = await client.SubmitAsync(form, new() { ["Form.Name[fr]"] = "Ville de Démo", ["Form.Name[nl]"] = "Andere Stad" });

        Assert.Contains("Another organisation already uses this web address.", (await response.ParseAsync()).QuerySelector("[data-testid=error-summary]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await _app.DbAsync(db => db.Organisations.CountAsync()));
    }

    [Fact]
    public async Task CreateOrganisation_ByASystemAdministrator_MakesThemItsAdministrator()
    {
        var client = await _app.LeadAsync();
        var form = await client.GetFormAsync("/organisations/new");

        var response = await client.SubmitAsync(form, new() { ["Form.Name[fr]"] = "Commune d'Essai", ["Form.Name[nl]"] = "Proefgemeente" });

        Assert.Equal("/o/commune-d-essai", response.Location());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/o/commune-d-essai/members")).StatusCode);
    }

    [Fact]
    public async Task Invitation_Register_WeakPasswordOrMismatch_IsRefused()
    {
        var lead = await _app.LeadAsync();
        var invite = await lead.GetFormAsync(Org + "/members/invite");
        var result = await (await lead.SubmitAsync(invite, new() { ["Email"] = "weak@ville-de-demo.example", ["Role"] = "Contributor" })).ParseAsync();
        var link = new Uri(result.QuerySelector("[data-testid=invitation-link]")!.GetAttribute("value")!);
        var guest = _app.Anonymous();
        var form = await guest.GetFormAsync(link.PathAndQuery);

        var response = await guest.SubmitAsync(form, new() { ["DisplayName"] = "", ["Password"] = "short", ["ConfirmPassword"] = "other" });
        var summary = (await response.ParseAsync()).QuerySelector("[data-testid=error-summary]")!.TextContent;

        Assert.Contains("Enter your name.", summary, StringComparison.Ordinal);
        Assert.Contains("at least 12 characters", summary, StringComparison.Ordinal);
        Assert.Contains("The two passwords are not the same.", summary, StringComparison.Ordinal);
        Assert.False(await _app.DbAsync(db => db.Users.AnyAsync(u => u.Email == "weak@ville-de-demo.example")));
    }

    [Fact]
    public async Task Login_HugeOrHostileValues_AreRefusedCalmly()
    {
        var client = _app.Anonymous();
        var form = await client.GetFormAsync("/account/login");

        var response = await client.SubmitAsync(form, new() { ["Email"] = new string('a', 5000) + "@x.example", ["Password"] = "' OR 1=1 --" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The e-mail address is too long.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

public sealed class SmtpInvitationTests
{
    [Fact]
    public async Task Invite_WithAMailServer_SendsTheLinkByEmail()
    {
        await using var smtp = new SmtpSink();
        using var app = new DssApp(settings: new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp:Security"] = "None",
            ["Smtp:From"] = "studio@ville-de-demo.example",
        });
        var lead = await app.LeadAsync();
        var invite = await lead.GetFormAsync("/o/" + DemoSeeder.Slug + "/members/invite");

        var page = await (await lead.SubmitAsync(invite, new() { ["Email"] = "mailed@ville-de-demo.example", ["Role"] = "Facilitator" })).ParseAsync();
        var link = page.QuerySelector("[data-testid=invitation-link]")!.GetAttribute("value")!;

        Assert.Contains("An invitation was sent to mailed@ville-de-demo.example.", page.QuerySelector("[data-testid=invitation-result]")!.TextContent, StringComparison.Ordinal);
        var message = Assert.Single(smtp.Messages);
        Assert.Contains("To: mailed@ville-de-demo.example", message, StringComparison.Ordinal);
        Assert.Contains(new Uri(link).AbsolutePath, message.Replace("=\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
