using System.Net;
using DataStrategy.Cli;
using DataStrategy.Data;
using DataStrategy.Data.Backup;
using DataStrategy.Data.Demo;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DataStrategy.Web.Tests;

/// <summary>
/// A restored organisation can be signed into (issue 17): back up, restore into a fresh database with <c>dss import</c>,
/// then either <c>dss admin set-password</c> or the set-password link <c>dss import</c> gives for each member; sign in.
/// </summary>
public sealed class RestoreSignInTests : IDisposable
{
    private const string NewPassword = "Restored-password-2026";
    private const string BaseUrl = "https://strategie.example.org";

    private readonly CliDatabases _databases = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("dss-restore").FullName;

    public void Dispose()
    {
        _databases.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>dss export of the demo organisation, from a database of its own.</summary>
    private async Task<(FileInfo File, OrganisationBackup Backup)> BackupOfTheDemoAsync()
    {
        await using var source = _databases.Create(TestData.Demo);
        var json = await CliDatabases.InScopeAsync(source, async (_, db) => (await OrganisationBackup.ExportAsync(db, DemoSeeder.Slug)).ToJson());
        var path = Path.Combine(_folder, "backup.json");
        await File.WriteAllTextAsync(path, json);
        return (new FileInfo(path), OrganisationBackup.FromJson(json));
    }

    /// <summary>The CLI's own services (as <c>dss</c> builds them) on the web app's database.</summary>
    private static ServiceProvider CliOn(DssApp app) =>
        Commands.BuildServices(new ConfigurationBuilder().AddInMemoryCollection(app.Settings).Build());

    private static Task<(int Code, string Output, string Error)> RunAsync(IServiceProvider services, Func<IServiceProvider, AppDbContext, TextWriter, TextWriter, Task<int>> command) =>
        CliDatabases.InScopeAsync(services, async (sp, db) =>
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            var code = await command(sp, db, output, error);
            return (code, output.ToString(), error.ToString());
        });

    /// <summary>Restores the file with dss import; its set-password links by e-mail address.</summary>
    private static async Task<Dictionary<string, string>> RestoreAsync(IServiceProvider cli, FileInfo file)
    {
        var (code, output, error) = await RunAsync(cli, (sp, db, o, e) => Commands.RestoreAsync(sp, db, file, BaseUrl, o, e));
        Assert.True(code == 0, error);
        return output.Split('\n').Select(l => l.Trim().Split("  ")).Where(p => p.Length == 2 && p[1].StartsWith(BaseUrl, StringComparison.Ordinal))
            .ToDictionary(p => p[0], p => p[1][BaseUrl.Length..], StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task BackUp_RestoreIntoAFreshDatabase_SetAMembersPasswordWithDss_SignIn()
    {
        var (file, _) = await BackupOfTheDemoAsync();
        using var app = new DssApp(demo: false);
        await using var cli = CliOn(app);
        await RestoreAsync(cli, file);

        // The backup holds no password: nobody signs in with the old one.
        await Assert.ThrowsAsync<InvalidOperationException>(() => app.SignInAsync(DemoSeeder.FacilitatorEmail));

        var (code, output, error) = await RunAsync(cli, (sp, _, o, e) => Commands.SetPasswordAsync(sp, DemoSeeder.FacilitatorEmail, NewPassword, o, e));
        Assert.True(code == 0, error);
        Assert.Contains("was set", output, StringComparison.Ordinal);

        var facilitator = await app.SignInAsync(DemoSeeder.FacilitatorEmail, NewPassword);
        var home = await facilitator.GetAsync("/o/" + DemoSeeder.Slug + "/campaigns");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains(DemoAssessment.CampaignName, WebUtility.HtmlDecode(await home.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restore_GivesEachMemberASetPasswordLink_ThatSetsThePasswordOnce()
    {
        var (file, backup) = await BackupOfTheDemoAsync();
        using var app = new DssApp(demo: false);
        await using var cli = CliOn(app);

        var links = await RestoreAsync(cli, file);

        Assert.Equal(backup.Members.Select(m => m.Email).Order(StringComparer.OrdinalIgnoreCase), links.Keys.Order(StringComparer.OrdinalIgnoreCase));
        var link = links[DemoSeeder.ViewerEmail];
        Assert.StartsWith("/account/set-password?user=", link, StringComparison.Ordinal);
        var visitor = app.Anonymous();
        var page = await visitor.GetDocumentAsync(link);
        Assert.Contains(DemoSeeder.ViewerEmail, page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var form = HttpClientExtensions.FormOf(page, link);

        var mismatch = await visitor.SubmitAsync(form, new() { ["Password"] = NewPassword, ["ConfirmPassword"] = NewPassword + "x" });
        Assert.Equal(HttpStatusCode.OK, mismatch.StatusCode);
        Assert.Contains("The two passwords are not the same.", WebUtility.HtmlDecode(await mismatch.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var tooShort = await visitor.SubmitAsync(form, new() { ["Password"] = "short", ["ConfirmPassword"] = "short" });
        Assert.Equal(HttpStatusCode.OK, tooShort.StatusCode);
        await Assert.ThrowsAsync<InvalidOperationException>(() => app.SignInAsync(DemoSeeder.ViewerEmail, "short"));

        var set = await visitor.SubmitAsync(form, new() { ["Password"] = NewPassword, ["ConfirmPassword"] = NewPassword });

        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.Equal("/account/login", set.Location());
        Assert.Contains("Your password is set. Sign in with it.", WebUtility.HtmlDecode(await visitor.GetStringAsync("/account/login")), StringComparison.Ordinal);
        var viewer = await app.SignInAsync(DemoSeeder.ViewerEmail, NewPassword);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/o/" + DemoSeeder.Slug)).StatusCode);

        // Once used, the link is dead; another member's link does not open this account.
        Assert.NotNull((await app.Anonymous().GetDocumentAsync(link)).QuerySelector("[data-testid=link-invalid]"));
        var again = await app.Anonymous().PostAsync(link, new FormUrlEncodedContent(form.With(new() { ["Password"] = "Another-password-2026", ["ConfirmPassword"] = "Another-password-2026" })));
        Assert.NotEqual(HttpStatusCode.Redirect, again.StatusCode);
        var other = links[DemoSeeder.ContributorEmail];
        var viewerId = link[(link.IndexOf("user=", StringComparison.Ordinal) + 5)..link.IndexOf('&', StringComparison.Ordinal)];
        var crossed = "/account/set-password?user=" + viewerId + other[other.IndexOf("&token=", StringComparison.Ordinal)..];
        Assert.NotNull((await app.Anonymous().GetDocumentAsync(crossed)).QuerySelector("[data-testid=link-invalid]"));
        await app.SignInAsync(DemoSeeder.ViewerEmail, NewPassword);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?user=x&token=y")]
    [InlineData("?user=%3Cscript%3Ealert(1)%3C%2Fscript%3E&token=%25%25%25")]
    [InlineData("?user='%20OR%201=1%20--&token=AAAA")]
    [InlineData("?token=QUJD")]
    public async Task HostileSetPasswordLinks_AreNotValid_AndChangeNothing(string query)
    {
        using var app = new DssApp();
        var visitor = app.Anonymous();
        var url = "/account/set-password" + query;

        var page = await visitor.GetDocumentAsync(url);
        var post = await visitor.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Password"] = NewPassword,
            ["ConfirmPassword"] = NewPassword,
            ["__RequestVerificationToken"] = (await visitor.GetDocumentAsync("/account/login")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
        }));

        Assert.NotNull(page.QuerySelector("[data-testid=link-invalid]"));
        Assert.Null(page.QuerySelector("[data-testid=set-password-form]"));
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.DoesNotContain("<script>alert", await post.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await app.SignInAsync(DemoSeeder.ViewerEmail);
    }

    [Fact]
    public async Task HugeToken_IsNotValid()
    {
        using var app = new DssApp();

        var page = await app.Anonymous().GetDocumentAsync("/account/set-password?user=abc&token=" + new string('A', 20_000));

        Assert.NotNull(page.QuerySelector("[data-testid=link-invalid]"));
    }
}
