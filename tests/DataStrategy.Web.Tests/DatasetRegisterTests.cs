using System.Net;
using DataStrategy.Core.Text;
using DataStrategy.Data.Demo;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace DataStrategy.Web.Tests;

/// <summary>The register's pages: create, edit, validation in the reader's language, hostile input, stale edits, concurrency, search and filters, stewardship.</summary>
public sealed class DatasetRegisterTests : IDisposable, IAsyncLifetime
{
    private const string Org = "/o/" + DemoSeeder.Slug;
    private const string List = Org + "/datasets";
    private readonly DssApp _app = new();

    public void Dispose() => _app.Dispose();

    // These tests count, page and name their own datasets: the demo's forty would be in the way.
    public Task InitializeAsync() => _app.RemoveDemoInventoryAsync();

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    /// <summary>A dataset with <paramref name="slug"/> in the organisation (created when missing); returns the slug.</summary>
    internal static async Task<string> EnsureDatasetAsync(DssApp app, Guid organisation, string slug, Action<Dataset>? change = null) =>
        await app.DbAsync(
            async db =>
            {
                if (!await db.Datasets.AnyAsync(d => d.Slug == slug))
                {
                    var dataset = new Dataset { OrganisationId = organisation, Slug = slug, Title = LocalizedText.Of("Jeu " + slug, "Dataset " + slug) };
                    change?.Invoke(dataset);
                    db.Datasets.Add(dataset);
                    await db.SaveChangesAsync();
                }

                return slug;
            },
            organisation);

    private async Task<Dataset> DatasetAsync(string slug) =>
        await _app.DbAsync(db => db.Datasets.AsNoTracking().SingleAsync(d => d.Slug == slug), await _app.DemoOrganisationIdAsync());

    private Task<int> CountAsync() => _app.DbAsync(db => db.Datasets.IgnoreQueryFilters().CountAsync());

    private static Dictionary<string, string> Valid(string title) => new()
    {
        ["Title[fr]"] = title,
        ["Title[nl]"] = title + " (nl)",
        ["Description[fr]"] = "Mesures horaires des stations.",
        ["Frequency"] = "MONTHLY",
        ["AccessRight"] = "PUBLIC",
        ["Licence"] = "CC_BY_4_0",
        ["Themes"] = "ENVI",
        ["ReviewMonths"] = "6",
        ["Distributions[0].Format"] = "CSV",
        ["Distributions[0].AccessUrl"] = "https://data.example.org/air",
        ["Distributions[0].DownloadUrl"] = "https://data.example.org/air.csv",
    };

    private static string Errors(AngleSharp.Html.Dom.IHtmlDocument doc) => doc.QuerySelector("[data-testid=error-summary]")?.TextContent ?? "";

    [Fact]
    public async Task Create_SavesTheFields_MakesTheSlugFromTheTitle_AndShowsThemInTheReadersLanguage()
    {
        var client = await _app.SignInAsync(DemoSeeder.ContributorEmail, language: "fr");
        var steward = await _app.DbAsync(db => db.Stakeholders.IgnoreQueryFilters().Where(s => s.Email == "sophie.lambert@ville-de-demo.example").Select(s => s.Id).SingleAsync());
        var values = Valid("Qualité de l'air");
        values["Steward"] = steward.ToString();
        values["Keywords[fr]"] = "air, pollution";

        var response = await client.SubmitAsync(await client.GetFormAsync(List + "/new"), values);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(List + "/qualite-de-l-air", response.Location());
        var saved = await DatasetAsync("qualite-de-l-air");
        Assert.Equal("Qualité de l'air (nl)", saved.Title.Get("nl"));
        Assert.Equal(["ENVI"], saved.Themes);
        Assert.Equal(steward, saved.StewardId);
        Assert.Equal(6, saved.ReviewMonths);
        Assert.Equal("https://data.example.org/air.csv", Assert.Single(saved.Distributions).DownloadUrl);
        Assert.Contains("qualite de l'air", saved.SearchText, StringComparison.Ordinal);

        var page = await client.GetDocumentAsync(List + "/qualite-de-l-air");
        Assert.Contains("Mensuelle", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Environnement", page.Body.TextContent, StringComparison.Ordinal);
        Assert.Contains("Sophie Lambert", page.Body.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr", "Donnez un titre au jeu de données", "Saisissez une adresse web complète")]
    [InlineData("nl", "Geef de dataset een titel", "Geef een volledig webadres op")]
    public async Task Create_Invalid_ListsProblemsInTheReadersLanguage_AndSavesNothing(string language, string noTitle, string badAddress)
    {
        var client = await _app.SignInAsync(DemoSeeder.ContributorEmail, language: language);
        var values = Valid("");
        values["Title[nl]"] = "";
        values["Distributions[0].AccessUrl"] = "javascript:alert(1)";
        var before = await CountAsync();

        var response = await client.SubmitAsync(await client.GetFormAsync(List + "/new"), values);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = Errors(await response.ParseAsync());
        Assert.Contains(noTitle, errors, StringComparison.Ordinal);
        Assert.Contains(badAddress, errors, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    [Theory]
    [InlineData("Frequency", "HOURLY")]
    [InlineData("Themes", "XXXX")]
    [InlineData("AccessRight", "OPEN")]
    [InlineData("Licence", "GPL")]
    [InlineData("HighValueCategory", "c_nope")]
    [InlineData("Distributions[0].Format", "EXE")]
    [InlineData("Distributions[0].AccessUrl", "javascript:alert(document.cookie)")]
    [InlineData("Distributions[0].AccessUrl", "data:text/html,<script>alert(1)</script>")]
    [InlineData("Distributions[0].AccessUrl", "/relative/path")]
    [InlineData("Distributions[0].DownloadUrl", "ftp://files.example.org/a.csv")]
    [InlineData("Owner", "0b9e4b2e-0000-0000-0000-000000000000")]
    [InlineData("Department", "not-a-guid")]
    [InlineData("Initiatives", "11111111-2222-3333-4444-555555555555")]
    [InlineData("Slug", "new")]
    [InlineData("Slug", "Bad Slug!")]
    [InlineData("ReviewMonths", "0")]
    [InlineData("ReviewMonths", "999999999999")]
    [InlineData("TemporalStart", "2026-13-45")]
    public async Task Create_HostileOrWrongValue_IsRefused_AndNothingIsSaved(string field, string value)
    {
        var client = await _app.SignInAsync(DemoSeeder.ContributorEmail, language: "fr");
        var values = Valid("Jeu hostile");
        values[field] = value;
        var before = await CountAsync();

        var response = await client.SubmitAsync(await client.GetFormAsync(List + "/new"), values);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(Errors(await response.ParseAsync()));
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Create_OneMegabyteDescription_IsRefused()
    {
        var client = await _app.SignInAsync(DemoSeeder.ContributorEmail, language: "fr");
        var values = Valid("Très long");
        values["Description[fr]"] = new string('x', 1024 * 1024);
        var before = await CountAsync();

        var response = await client.SubmitAsync(await client.GetFormAsync(List + "/new"), values);

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, $"{(int)response.StatusCode}");
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task ScriptInTitle_IsShownAsText_OnTheListAndTheDatasetPage()
    {
        var client = await _app.SignInAsync(DemoSeeder.ContributorEmail, language: "fr");
        var response = await client.SubmitAsync(await client.GetFormAsync(List + "/new"), Valid("<script>alert('x')</script>"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        foreach (var url in new[] { response.Location()!, List })
        {
            var html = await client.GetStringAsync(url);
            Assert.DoesNotContain("<script>alert('x')</script>", html, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task SameTitleTwice_GetsAFreeSlug_AndATakenSlugIsRefused()
    {
        var client = await _app.SignInAsync(DemoSeeder.ContributorEmail, language: "fr");
        var first = await client.SubmitAsync(await client.GetFormAsync(List + "/new"), Valid("Parkings vélo"));
        var second = await client.SubmitAsync(await client.GetFormAsync(List + "/new"), Valid("Parkings vélo"));
        var values = Valid("Autre titre");
        values["Slug"] = "parkings-velo";
        var taken = await client.SubmitAsync(await client.GetFormAsync(List + "/new"), values);

        Assert.Equal(List + "/parkings-velo", first.Location());
        Assert.Equal(List + "/parkings-velo-2", second.Location());
        Assert.Equal(HttpStatusCode.OK, taken.StatusCode);
        Assert.Contains("porte déjà ce nom d'adresse", Errors(await taken.ParseAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_SavesChanges_AndAStaleFormIsRefused()
    {
        var org = await _app.DemoOrganisationIdAsync();
        await EnsureDatasetAsync(_app, org, "budget");
        var client = await _app.SignInAsync(DemoSeeder.ContributorEmail, language: "nl");
        var mine = await client.GetFormAsync(List + "/budget/edit");
        var theirs = await client.GetFormAsync(List + "/budget/edit");

        var saved = await client.SubmitAsync(theirs, new() { ["Title[fr]"] = "Budget communal", ["Frequency"] = "ANNUAL" });
        var stale = await client.SubmitAsync(mine, new() { ["Title[fr]"] = "Écrasé" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Iemand anders heeft", Errors(await stale.ParseAsync()), StringComparison.Ordinal);
        var dataset = await DatasetAsync("budget");
        Assert.Equal("Budget communal", dataset.Title.Get("fr"));
        Assert.Equal("ANNUAL", dataset.Frequency);
    }

    [Fact]
    public async Task MarkReviewed_By32ConcurrentClicks_AllSucceed_AndTheReviewIsRecorded()
    {
        var org = await _app.DemoOrganisationIdAsync();
        await EnsureDatasetAsync(_app, org, "reviewed-32", d => d.CreatedAt = DateTimeOffset.UtcNow.AddYears(-2));
        var client = await _app.SignInAsync(DemoSeeder.ContributorEmail);
        var form = await client.GetFormAsync(List + "/reviewed-32", "Reviewed");

        var responses = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => client.SubmitAsync(form)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var dataset = await DatasetAsync("reviewed-32");
        Assert.NotNull(dataset.LastReviewedAt);
        Assert.True(dataset.NextReviewOn > DateOnly.FromDateTime(DateTime.UtcNow), "the next review moved a cycle ahead");
    }

    [Fact]
    public async Task DataRefreshedToday_SetsLastUpdated_AndTheDatasetIsNoLongerStale()
    {
        var org = await _app.DemoOrganisationIdAsync();
        await EnsureDatasetAsync(_app, org, "daily", d => (d.Frequency, d.CreatedAt) = ("DAILY", DateTimeOffset.UtcNow.AddDays(-30)));
        var client = await _app.SignInAsync(DemoSeeder.ContributorEmail);
        Assert.NotNull((await client.GetDocumentAsync(List + "/daily")).QuerySelector("[data-testid=stale]"));

        var response = await client.SubmitAsync(await client.GetFormAsync(List + "/daily", "Refreshed"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.NotNull((await DatasetAsync("daily")).LastUpdatedAt);
        Assert.Null((await client.GetDocumentAsync(List + "/daily")).QuerySelector("[data-testid=stale]"));
    }

    [Fact]
    public async Task Publish_ListsWhatIsMissing_ThenPublishesACompleteDataset()
    {
        var org = await _app.DemoOrganisationIdAsync();
        await EnsureDatasetAsync(_app, org, "incomplete");
        var contributor = await _app.SignInAsync(DemoSeeder.ContributorEmail, language: "fr");
        var created = await contributor.SubmitAsync(await contributor.GetFormAsync(List + "/new"), new(Valid("Complet")) { ["Description[nl]"] = "Metingen.", ["Title[en]"] = "Complete", ["Description[en]"] = "Measurements." });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Null((await contributor.GetDocumentAsync(List + "/complet")).QuerySelector("[data-testid=publish]"));

        var lead = await _app.SignInAsync(DemoSeeder.LeadEmail, language: "fr");
        var gaps = (await lead.GetDocumentAsync(List + "/incomplete")).QuerySelector("[data-testid=publication-gaps]")!.TextContent;
        Assert.Contains("Son accès doit être public", gaps, StringComparison.Ordinal);
        Assert.Contains("Choisissez une licence", gaps, StringComparison.Ordinal);
        Assert.Contains("Ajoutez au moins une distribution", gaps, StringComparison.Ordinal);

        // Forced through the form of the incomplete one: refused, nothing changes.
        var incomplete = await DatasetAsync("incomplete");
        var forced = await lead.SubmitAsync(new HtmlForm(List + "/incomplete/publish", []), new() { ["Version"] = incomplete.Version.ToString(), ["__RequestVerificationToken"] = await AuthorizationTests.AntiforgeryTokenAsync(lead) });
        Assert.Equal(HttpStatusCode.OK, forced.StatusCode);
        Assert.False((await DatasetAsync("incomplete")).Published);

        var published = await lead.SubmitAsync(await lead.GetFormAsync(List + "/complet", index: 2));
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.True((await DatasetAsync("complet")).Published);
    }

    [Fact]
    public async Task SearchFiltersAndMine_FindTheRightDatasets()
    {
        var org = await _app.DemoOrganisationIdAsync();
        var (urb, contributorStakeholder) = await _app.DbAsync(
            async db =>
            {
                var department = await db.Departments.Where(d => d.Code == "URB").Select(d => d.Id).SingleAsync();
                var me = new Stakeholder { OrganisationId = org, Name = "Nadia El Idrissi", Email = DemoSeeder.ContributorEmail.ToUpperInvariant() };
                db.Stakeholders.Add(me);
                await db.SaveChangesAsync();
                return (department, me.Id);
            },
            org);
        await EnsureDatasetAsync(_app, org, "air", d => (d.Title, d.Themes, d.AccessRight, d.DepartmentId, d.StewardId) = (LocalizedText.Of("Qualité de l'AIR", "Luchtkwaliteit"), ["ENVI", "HEAL"], "PUBLIC", urb, contributorStakeholder));
        await EnsureDatasetAsync(_app, org, "velos", d => (d.Title, d.Themes, d.AccessRight, d.CreatedAt, d.ReviewMonths) = (LocalizedText.Of("Vélos partagés", "Deelfietsen"), ["TRAN"], "RESTRICTED", DateTimeOffset.UtcNow.AddYears(-1), 1));
        await EnsureDatasetAsync(_app, org, "registre", d => (d.Title, d.AuthenticSource, d.PersonalData, d.OwnerId) = (LocalizedText.Of("Registre de la population"), true, true, contributorStakeholder));
        var client = await _app.SignInAsync(DemoSeeder.ContributorEmail);

        // Only this test's datasets are compared: the demo may hold others.
        string[] ours = ["air", "velos", "registre"];
        async Task<string[]> Slugs(string query) =>
            (await client.GetDocumentAsync(List + query)).QuerySelectorAll("[data-testid=dataset-row]").Select(r => r.GetAttribute("data-slug")!).Where(ours.Contains).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(["air"], await Slugs("?q=qualite air"));
        Assert.Equal(["velos"], await Slugs("?q=VÉLO"));
        Assert.Equal(["air"], await Slugs("?q=luchtkwaliteit"));
        Assert.Equal(["air"], await Slugs("?theme=HEAL"));
        Assert.Equal(["velos"], await Slugs("?theme=TRAN&access=RESTRICTED"));
        Assert.Empty(await Slugs("?theme=TRAN&access=PUBLIC"));
        Assert.Equal(["air"], await Slugs("?department=" + urb));
        Assert.Equal(["registre"], await Slugs("?status=authentic"));
        Assert.Equal(["registre"], await Slugs("?status=personal"));
        Assert.Equal(["velos"], await Slugs("?status=due"));
        Assert.Equal(["air", "registre"], await Slugs("?mine=1"));
        Assert.Empty(await Slugs("?status=due&mine=1"));
        Assert.Equal(ours.Order(StringComparer.Ordinal), await Slugs("?theme=EN%25&access=x"));
        Assert.Contains("(review due)", (await client.GetDocumentAsync(List + "?status=due")).QuerySelector("[data-testid=overdue]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("My datasets due for review", (await client.GetDocumentAsync(List + "?status=due&mine=1")).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task List_IsPaged_50ToAPage()
    {
        var org = await _app.DemoOrganisationIdAsync();
        await _app.DbAsync(
            async db =>
            {
                for (var i = 0; i < 120; i++)
                {
                    db.Datasets.Add(new Dataset { OrganisationId = org, Slug = $"d-{i:000}", Title = LocalizedText.Of("Jeu " + i) });
                }

                return await db.SaveChangesAsync();
            },
            org);
        var client = await _app.SignInAsync(DemoSeeder.ViewerEmail);

        var third = await client.GetDocumentAsync(List + "?p=3");

        Assert.Equal(20, third.QuerySelectorAll("[data-testid=dataset-row]").Length);
        Assert.Equal(3, third.QuerySelectorAll(".pager a").Length);
        Assert.Null((await client.GetDocumentAsync(List)).QuerySelector($"a[href='{List}/new']"));
    }

    [Fact]
    public async Task AnotherOrganisationsDataset_AnswersNotFound_OnEveryPage_AndStaysUnchanged()
    {
        var b = await SecondOrganisation.CreateAsync(_app);
        await EnsureDatasetAsync(_app, b.Id, "jeu-secret-b");
        var lead = await _app.LeadAsync();
        var token = await AuthorizationTests.AntiforgeryTokenAsync(lead);

        foreach (var path in new[] { "", "/edit", "/delete" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync(List + "/jeu-secret-b" + path)).StatusCode);
        }

        foreach (var path in new[] { "/edit", "/delete", "/publish", "/review?handler=Reviewed", "/review?handler=Refreshed" })
        {
            var response = await lead.PostAsync(List + "/jeu-secret-b" + path, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Title[fr]"] = "Écrasé" }));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        var dataset = await _app.DbAsync(db => db.Datasets.SingleAsync(d => d.Slug == "jeu-secret-b"), b.Id);
        Assert.Equal("Jeu jeu-secret-b", dataset.Title.Get("fr"));
        Assert.Null(dataset.LastReviewedAt);
        Assert.Null(dataset.LastUpdatedAt);
        Assert.DoesNotContain("jeu-secret-b", await lead.GetStringAsync(List + "?q=secret"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_AsksFirst_ThenDeletes()
    {
        var org = await _app.DemoOrganisationIdAsync();
        await EnsureDatasetAsync(_app, org, "to-delete");
        var facilitator = await _app.FacilitatorAsync();

        var response = await facilitator.SubmitAsync(await facilitator.GetFormAsync(List + "/to-delete/delete"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await _app.DbAsync(db => db.Datasets.AnyAsync(d => d.Slug == "to-delete"), org));
    }

    [Fact]
    public async Task KpiForm_StoresItsSourceDataset_AndRefusesAnotherOne()
    {
        var org = await _app.DemoOrganisationIdAsync();
        await EnsureDatasetAsync(_app, org, "kpi-source");
        var source = (await DatasetAsync("kpi-source")).Id;
        var kpi = await _app.DbAsync(db => db.Kpis.OrderBy(k => k.Position).Select(k => k.Id).FirstAsync(), org);
        var lead = await _app.LeadAsync();
        var url = $"{Org}/roadmap/kpis/{kpi}/edit";

        var refused = await lead.SubmitAsync(await lead.GetFormAsync(url), new() { ["SourceDataset"] = Guid.NewGuid().ToString() });
        var saved = await lead.SubmitAsync(await lead.GetFormAsync(url), new() { ["SourceDataset"] = source.ToString() });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(source, await _app.DbAsync(db => db.Kpis.Where(k => k.Id == kpi).Select(k => k.SourceDatasetId).SingleAsync(), org));
        Assert.Contains($"/roadmap/kpis/{kpi}", await lead.GetStringAsync(List + "/kpi-source"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reminders_32ConcurrentSends_OneEmailPerSteward_InTheirLanguage_AndOncePerDueDate()
    {
        await using var smtp = new SmtpSink();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var app = new DssApp(settings: SurveyInvitationTests.Smtp(smtp), clock: clock);
        await app.RemoveDemoInventoryAsync();
        var org = await app.DemoOrganisationIdAsync();
        var steward = await app.DbAsync(
            async db =>
            {
                var s = new Stakeholder { OrganisationId = org, Name = "Jan Peeters", Email = "jan.peeters@ville-de-demo.example", Language = "nl" };
                db.Stakeholders.Add(s);
                await db.SaveChangesAsync();
                return s.Id;
            },
            org);
        await EnsureDatasetAsync(app, org, "due-one", d => (d.Title, d.StewardId, d.CreatedAt, d.ReviewMonths) = (LocalizedText.Of("Jeu dû", "Verschuldigde dataset"), steward, clock.GetUtcNow().AddYears(-1), 1));
        await EnsureDatasetAsync(app, org, "due-two", d => (d.Title, d.StewardId, d.Frequency, d.CreatedAt) = (LocalizedText.Of("Jeu périmé", "Verouderde dataset"), steward, "DAILY", clock.GetUtcNow().AddDays(-10)));
        await EnsureDatasetAsync(app, org, "not-due", d => (d.Title, d.StewardId) = (LocalizedText.Of("Jeu à jour", "Actuele dataset"), steward));
        var facilitator = await app.FacilitatorAsync();
        var form = await facilitator.GetFormAsync(List + "/reminders");

        var responses = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => facilitator.SubmitAsync(form)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var message = SurveyInvitationTests.Parse(Assert.Single(smtp.Messages));
        Assert.Equal("jan.peeters@ville-de-demo.example", message.To.Mailboxes.Single().Address);
        Assert.StartsWith("Te herziene datasets", message.Subject, StringComparison.Ordinal);
        Assert.Contains("Verschuldigde dataset", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Verouderde dataset", message.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Actuele dataset", message.TextBody, StringComparison.Ordinal);

        // Clicking again later sends nothing new: both datasets were reminded for their due date.
        await facilitator.SubmitAsync(await facilitator.GetFormAsync(List + "/reminders"));
        Assert.Single(smtp.Messages);
    }

    [Fact]
    public async Task Reminders_WithoutAMailServer_SaySo_AndSendNothing()
    {
        var facilitator = await _app.FacilitatorAsync();
        var page = await facilitator.GetDocumentAsync(List + "/reminders");

        Assert.NotNull(page.QuerySelector("[data-testid=no-mail-server]"));
        Assert.Null(page.QuerySelector("[data-testid=send-reminders]"));
    }
}
