using System.Net;
using System.Text;
using System.Xml.Linq;
using DataStrategy.Data.Demo;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;

namespace DataStrategy.Web.Tests;

/// <summary>Case studies: the library, the editor with hostile input, images, publication and the public pages.</summary>
public sealed class CaseStudyTests : IDisposable
{
    private const string Library = "/o/" + DemoSeeder.Slug + "/case-studies";
    private const string Public = "/p/" + DemoSeeder.Slug;

    private readonly DssApp _app = new();

    public void Dispose() => _app.Dispose();

    internal static byte[] Picture(int width, int height, SKEncodedImageFormat format = SKEncodedImageFormat.Png)
    {
        using var surface = SKSurface.Create(new SKImageInfo(width, height));
        surface.Canvas.Clear(new SKColor(0x22, 0x66, 0xAA));
        using var image = surface.Snapshot();
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }

    /// <summary>Queries the demo organisation's rows (the tenant filter needs an organisation).</summary>
    private async Task<T> DbAsync<T>(Func<DataStrategy.Data.AppDbContext, Task<T>> query) => await _app.DbAsync(query, await _app.DemoOrganisationIdAsync());

    private Task<int> CountAsync() => DbAsync(db => db.CaseStudies.CountAsync());

    private Task<CaseStudy> StudyAsync(string slug) => DbAsync(db => db.CaseStudies.SingleAsync(c => c.Slug == slug));

    private static Dictionary<string, string> Complete(string slug, string title = "Compteurs de vélos") => new()
    {
        ["Slug"] = slug,
        ["Texts[Title][fr]"] = title,
        ["Texts[Title][nl]"] = "Fietstellers",
        ["Texts[Title][en]"] = "Bicycle counters",
        ["Texts[Summary][fr]"] = "Douze compteurs mesurent le trafic cycliste.",
        ["Texts[Summary][nl]"] = "Twaalf tellers meten het fietsverkeer.",
        ["Texts[Summary][en]"] = "Twelve counters measure cycle traffic.",
        ["Texts[Problem][fr]"] = "On ne savait pas combien de cyclistes passaient.",
        ["Texts[Problem][nl]"] = "Niemand wist hoeveel fietsers er passeerden.",
        ["Texts[Problem][en]"] = "Nobody knew how many cyclists passed.",
        ["Texts[Outcome][fr]"] = "Deux nouvelles pistes.",
        ["Texts[Outcome][nl]"] = "Twee nieuwe fietspaden.",
        ["Texts[Outcome][en]"] = "Two new cycle lanes.",
        ["FigureValues[0]"] = "+34 %",
        ["FigureLabels[0][fr]"] = "de cyclistes",
        ["FigureLabels[0][nl]"] = "fietsers",
        ["FigureLabels[0][en]"] = "cyclists",
        ["Contacts"] = "Jeanne Vélo, poste 12",
    };

    private async Task<(HttpClient Client, Guid Id)> CreateAsync(Dictionary<string, string> values, HttpClient? client = null)
    {
        client ??= await _app.FacilitatorAsync();
        var form = await client.GetFormAsync(Library + "/edit");
        var response = await client.SubmitAsync(form, values);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var id = Guid.Parse(response.Location()!.Split('/')[^1]);
        return (client, id);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid id, byte[] content, string fileName, string contentType, Dictionary<string, string>? alt = null)
    {
        var form = await client.GetFormAsync($"{Library}/{id}/images");
        var values = alt ?? new Dictionary<string, string> { ["Alt[fr]"] = "Un compteur", ["Alt[nl]"] = "Een teller", ["Alt[en]"] = "A counter" };
        return await client.UploadAsync(form with { Fields = form.With(values) }, "photo", fileName, content, contentType);
    }

    private static async Task<string> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.ParseAsync()).QuerySelector("[data-testid=error-summary]")?.TextContent ?? "(no error summary)";
    }

    [Fact]
    public async Task Library_Demo_ListsSixPublishedAndOneDraft_AndFilters()
    {
        var viewer = await _app.SignInAsync(DemoSeeder.DemoUsers.Single(u => u.Role == MemberRole.Viewer).Email);
        var urb = await DbAsync(db => db.Departments.Where(d => d.Code == "URB").Select(d => d.Id).SingleAsync());

        var all = await viewer.GetDocumentAsync(Library);
        var drafts = await viewer.GetDocumentAsync(Library + "?Status=Draft");
        var urban = await viewer.GetDocumentAsync(Library + "?Department=" + urb);

        Assert.Equal(7, all.QuerySelectorAll("[data-case-study]").Length);
        Assert.Equal(6, all.QuerySelectorAll("[data-case-study] .status-published").Length);
        Assert.Equal(DemoCaseStudies.DraftSlug, Assert.Single(drafts.QuerySelectorAll("[data-case-study]")).GetAttribute("data-case-study"));
        Assert.Equal("permis-urbanisme-delais", Assert.Single(urban.QuerySelectorAll("[data-case-study]")).GetAttribute("data-case-study"));
        Assert.Null(all.QuerySelector("a[href$='/case-studies/edit']"));
    }

    [Fact]
    public async Task Library_FromAnOpportunity_ShowsTheCaseStudiesThatAddressIt()
    {
        var lead = await _app.LeadAsync();
        var (finding, expected) = await DbAsync(async db =>
        {
            var studies = await db.CaseStudies.ToListAsync();
            var linked = studies.First(s => s.FindingIds.Count > 0);
            var f = await db.Findings.SingleAsync(x => x.Id == Guid.Parse(linked.FindingIds[0]));
            return (f, studies.Where(s => s.FindingIds.Contains(f.Id.ToString("D")) || s.ThemeIds.Intersect(f.ThemeIds).Any()).Select(s => s.Slug).ToHashSet());
        });

        var page = await lead.GetDocumentAsync(Library + "?Finding=" + finding.Id);

        Assert.Contains(finding.Text.Get("en"), page.QuerySelector("[data-testid=addressed-finding]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(expected, page.QuerySelectorAll("[data-case-study]").Select(e => e.GetAttribute("data-case-study")!).ToHashSet());
        Assert.True(expected.Count < 7);
    }

    [Fact]
    public async Task Create_ByAContributor_IsADraftThatThePublicSiteDoesNotShow()
    {
        var contributor = await _app.SignInAsync(DemoSeeder.ContributorEmail);

        var (_, id) = await CreateAsync(Complete("compteurs-velos"), contributor);

        var saved = await StudyAsync("compteurs-velos");
        Assert.Equal(id, saved.Id);
        Assert.Equal(CaseStudyStatus.Draft, saved.Status);
        Assert.Equal("+34 %", Assert.Single(saved.Figures).Value);
        Assert.Equal("fietsers", saved.Figures[0].Label.Get("nl"));
        Assert.Equal(HttpStatusCode.NotFound, (await _app.Anonymous().GetAsync(Public + "/case-studies/compteurs-velos")).StatusCode);
        Assert.DoesNotContain("Fietstellers", await _app.Anonymous().GetStringAsync(Public + "/case-studies?culture=nl"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_WithoutSlug_MakesOneFromTheTitle()
    {
        var values = Complete("");
        values["Texts[Title][fr]"] = "Données d'Été : 2026 !";

        await CreateAsync(values);

        Assert.True(await DbAsync(db => db.CaseStudies.AnyAsync(c => c.Slug == "donnees-d-ete-2026")));
    }

    public static TheoryData<string, string, string> HostileFields => new()
    {
        { "Texts[Title][fr]", new string('x', 201), "Title must be at most 200" },
        { "Texts[Title][fr]", "", "title in at least one language" },
        { "Slug", "<script>alert(1)</script>", "lower-case letters" },
        { "Slug", "capteurs-stationnement", "already uses the web address" },
        { "Slug", "../../etc/passwd", "lower-case letters" },
        { "DepartmentId", "not-a-guid", "department from the list" },
        { "DepartmentId", Guid.NewGuid().ToString(), "department from the list" },
        { "Objectives", Guid.NewGuid().ToString(), "objectives from the list" },
        { "Initiatives", "'; DROP TABLE CaseStudies; --", "initiatives from the list" },
        { "Themes", "not-a-theme", "themes offered" },
        { "Findings", Guid.NewGuid().ToString(), "findings offered" },
        { "FigureValues[0]", "", "both a value and a label" },
        { "FigureValues[4]", "9", "at most 4 key figures" },
        { "FigureValues[0]", new string('9', 25), "the value may have at most 24" },
        { "Contacts", new string('c', 1001), "Contacts must be at most 1000" },
        { "Texts[Problem][nl]", new string('p', 8001), "must be at most 8000" },
    };

    [Theory]
    [MemberData(nameof(HostileFields))]
    public async Task Create_HostileField_IsRefusedSayingWhy_AndNothingIsSaved(string field, string value, string message)
    {
        var client = await _app.FacilitatorAsync();
        var form = await client.GetFormAsync(Library + "/edit");
        var values = Complete("hostile-field");
        if (field == "Texts[Title][fr]" && value.Length == 0)
        {
            values["Texts[Title][nl]"] = values["Texts[Title][en]"] = "";
        }

        values[field] = value;
        var before = await CountAsync();

        var response = await client.SubmitAsync(form, values);

        Assert.Contains(message, await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Create_AnotherOrganisationsDepartmentAndObjective_AreRefused()
    {
        var b = await SecondOrganisation.CreateAsync(_app);
        var client = await _app.FacilitatorAsync();
        var form = await client.GetFormAsync(Library + "/edit");
        var values = Complete("foreign-links");
        values["DepartmentId"] = b.DepartmentId.ToString();
        values["Objectives"] = b.StrategyItemId.ToString();
        values["Initiatives"] = b.InitiativeId.ToString();

        var errors = await ErrorsAsync(await client.SubmitAsync(form, values));

        Assert.Contains("department from the list", errors, StringComparison.Ordinal);
        Assert.Contains("objectives from the list", errors, StringComparison.Ordinal);
        Assert.Contains("initiatives from the list", errors, StringComparison.Ordinal);
        Assert.False(await DbAsync(db => db.CaseStudies.IgnoreQueryFilters().AnyAsync(c => c.Slug == "foreign-links")));
    }

    [Fact]
    public async Task Edit_StaleVersion_IsRefused_AndTheNewerTextKept()
    {
        var (client, id) = await CreateAsync(Complete("stale-edit"));
        var first = await client.GetFormAsync($"{Library}/edit/{id}");
        var second = await client.GetFormAsync($"{Library}/edit/{id}");
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(first, new() { ["Texts[Title][en]"] = "First" })).StatusCode);

        var response = await client.SubmitAsync(second, new() { ["Texts[Title][en]"] = "Second" });

        Assert.Contains("Someone else changed this record", await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal("First", (await StudyAsync("stale-edit")).Title.Get("en"));
    }

    [Fact]
    public async Task Publish_ByAFacilitator_IsForbidden()
    {
        var (client, id) = await CreateAsync(Complete("facilitator-publish"));
        var version = (await StudyAsync("facilitator-publish")).Version;
        var token = await AuthorizationTests.AntiforgeryTokenAsync(client);

        var response = await client.PostAsync($"{Library}/{id}/publish", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Version"] = version.ToString() }));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(CaseStudyStatus.Draft, (await StudyAsync("facilitator-publish")).Status);
    }

    [Fact]
    public async Task Publish_TheIncompleteDemoDraft_IsRefusedNamingEachMissingText()
    {
        var lead = await _app.LeadAsync();
        var draft = await StudyAsync(DemoCaseStudies.DraftSlug);
        var page = await lead.GetDocumentAsync($"{Library}/{draft.Id}");
        var token = await AuthorizationTests.AntiforgeryTokenAsync(lead);

        var response = await lead.PostAsync($"{Library}/{draft.Id}/publish", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Version"] = draft.Version.ToString() }));

        var missing = page.QuerySelector("[data-testid=missing]")!.TextContent;
        Assert.Contains("Summary in Dutch", missing, StringComparison.Ordinal);
        Assert.Contains("Outcome in French", missing, StringComparison.Ordinal);
        Assert.Contains("The text alternative of image 1 in Dutch", missing, StringComparison.Ordinal);
        Assert.Contains("Summary in Dutch", await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal(CaseStudyStatus.Draft, (await StudyAsync(DemoCaseStudies.DraftSlug)).Status);
    }

    [Fact]
    public async Task Publish_Complete_ReachesThePublicSiteInDutch_AndWithdrawTakesItOff()
    {
        var (_, id) = await CreateAsync(Complete("fietstellers"));
        var lead = await _app.LeadAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(lead, id, Picture(640, 480), "teller.png", "image/png")).StatusCode);
        var form = await lead.GetFormAsync($"{Library}/{id}", index: 0);
        Assert.EndsWith("/publish", form.Action, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await lead.SubmitAsync(form)).StatusCode);
        var anonymous = _app.Anonymous("nl");
        var page = await anonymous.GetDocumentAsync(Public + "/case-studies/fietstellers?culture=nl");
        var imageUrl = page.QuerySelector(".case-study-image img")!.GetAttribute("src")!;
        var image = await anonymous.GetAsync(imageUrl);

        Assert.Equal("Fietstellers", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("nl", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Een teller", page.QuerySelector(".case-study-image img")!.GetAttribute("alt"));
        Assert.DoesNotContain("Jeanne Vélo", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Twaalf tellers meten het fietsverkeer.", page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal("Fietstellers", page.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.EndsWith("/large", page.QuerySelector("meta[property='og:image']")!.GetAttribute("content"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/jpeg", image.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", image.Headers.GetValues("X-Content-Type-Options").Single());

        var withdraw = await lead.GetFormAsync($"{Library}/{id}", "Withdraw");
        Assert.Equal(HttpStatusCode.Redirect, (await lead.SubmitAsync(withdraw)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(Public + "/case-studies/fietstellers")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(imageUrl)).StatusCode);
    }

    [Fact]
    public async Task ScriptInATitle_IsEscapedOnTheLibraryThePublicPageAndTheFeed()
    {
        const string script = "<script>alert('x')</script>";
        var values = Complete("script-title", script);
        values["Texts[Title][nl]"] = values["Texts[Title][en]"] = script;
        var (_, id) = await CreateAsync(values);
        await DbAsync(db => db.CaseStudies.Where(c => c.Id == id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, CaseStudyStatus.Published).SetProperty(c => c.PublishedAt, DateTimeOffset.UtcNow)));
        var lead = await _app.LeadAsync();

        var library = await lead.GetStringAsync(Library);
        var publicPage = await _app.Anonymous().GetStringAsync(Public + "/case-studies/script-title");
        var feed = await _app.Anonymous().GetStringAsync(Public + "/case-studies/feed.atom");

        foreach (var html in new[] { library, publicPage })
        {
            Assert.DoesNotContain(script, html, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        }

        var entry = XDocument.Parse(feed).Root!.Elements(XName.Get("entry", "http://www.w3.org/2005/Atom"))
            .Single(e => e.Element(XName.Get("title", "http://www.w3.org/2005/Atom"))!.Value == script);
        Assert.Equal("text", entry.Element(XName.Get("title", "http://www.w3.org/2005/Atom"))!.Attribute("type")!.Value);
    }

    [Fact]
    public async Task Upload_AValidPng_StoresThreeJpegRenditions_WithoutTheOriginal()
    {
        var (client, id) = await CreateAsync(Complete("renditions"));

        var response = await UploadAsync(client, id, Picture(2400, 1200), "wide.png", "image/png");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var renditions = await DbAsync(db => db.CaseStudyImageRenditions.Where(r => db.CaseStudyImages.Any(i => i.Id == r.ImageId && i.CaseStudyId == id)).OrderByDescending(r => r.Width).ToListAsync());
        Assert.Equal([(1600, 800), (800, 400), (400, 200)], renditions.Select(r => (r.Width, r.Height)).ToArray());
        Assert.All(renditions, r => Assert.Equal([0xFF, 0xD8, 0xFF], r.Data.Take(3).ToArray()));
        var member = await client.GetAsync($"{Library}/images/{renditions[2].ImageId}/small");
        Assert.Equal(HttpStatusCode.OK, member.StatusCode);
        Assert.Equal(renditions[2].Data, await member.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await _app.Anonymous().GetAsync($"{Public}/images/{renditions[2].ImageId}/small")).StatusCode);
    }

    public static TheoryData<string, string, string, string> HostileUploads => new()
    {
        { "svg", "photo.jpg", "image/jpeg", "not a JPEG, PNG or WebP" },
        { "html", "photo.png", "image/png", "not a JPEG, PNG or WebP" },
        { "gif", "photo.gif", "image/gif", "not a JPEG, PNG or WebP" },
        { "truncated", "photo.jpg", "image/jpeg", "damaged" },
        { "huge", "huge.png", "image/png", "at most 12000 pixels" },
        { "tiny", "tiny.png", "image/png", "at least 100" },
        { "empty", "empty.jpg", "image/jpeg", "Choose a JPEG" },
        { "oversize", "big.jpg", "image/jpeg", "at most 10 MB" },
    };

    [Theory]
    [MemberData(nameof(HostileUploads))]
    public async Task Upload_HostileFile_IsRefusedSayingWhy_AndNothingStored(string kind, string fileName, string contentType, string message)
    {
        var (client, id) = await CreateAsync(Complete("hostile-" + kind));
        var jpeg = Picture(300, 200, SKEncodedImageFormat.Jpeg);
        var content = kind switch
        {
            "svg" => Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"),
            "html" => Encoding.UTF8.GetBytes("<html><body><script>alert(1)</script></body></html>"),
            "gif" => [.. "GIF89a"u8, 1, 0, 1, 0, 0, 0, 0, 0x3B],
            "truncated" => jpeg[..(jpeg.Length / 2)],
            "huge" => DataStrategy.Core.Tests.Images.TestImages.PngHeaderOnly(30000, 30000),
            "tiny" => Picture(20, 20),
            "empty" => [],
            _ => new byte[(10 * 1024 * 1024) + 1],
        };

        var response = await UploadAsync(client, id, content, fileName, contentType);

        Assert.Contains(message, await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal(0, await DbAsync(db => db.CaseStudyImages.CountAsync(i => i.CaseStudyId == id)));
    }

    [Fact]
    public async Task Upload_AJpegWithAZipAppended_IsStoredWithoutTheAppendedBytes()
    {
        var (client, id) = await CreateAsync(Complete("polyglot"));
        var polyglot = Picture(300, 200, SKEncodedImageFormat.Jpeg).Concat("PK\u0003\u0004<script>alert('polyglot')</script>"u8.ToArray()).ToArray();

        var response = await UploadAsync(client, id, polyglot, "photo.jpg", "image/jpeg");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await DbAsync(db => db.CaseStudyImageRenditions.Where(r => db.CaseStudyImages.Any(i => i.Id == r.ImageId && i.CaseStudyId == id)).Select(r => r.Data).ToListAsync());
        Assert.Equal(3, stored.Count);
        Assert.All(stored, data => Assert.DoesNotContain("polyglot", Encoding.Latin1.GetString(data), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Upload_WithoutTheDutchTextAlternative_IsRefused_AndNothingStored()
    {
        var (client, id) = await CreateAsync(Complete("no-alt"));

        var response = await UploadAsync(client, id, Picture(300, 200), "photo.png", "image/png", new() { ["Alt[fr]"] = "Une image", ["Alt[nl]"] = " ", ["Alt[en]"] = "An image" });

        Assert.Contains("Describe the image in Dutch", await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal(0, await DbAsync(db => db.CaseStudyImages.CountAsync(i => i.CaseStudyId == id)));
    }

    [Fact]
    public async Task Feed_InDutch_IsAtomWithTheSixPublishedCaseStudies()
    {
        var response = await _app.Anonymous().GetAsync(Public + "/case-studies/feed.atom?culture=nl");

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.Equal("nl", feed.Attribute(XNamespace.Xml + "lang")!.Value);
        var titles = feed.Elements(atom + "entry").Select(e => e.Element(atom + "title")!.Value).ToList();
        Assert.Equal(6, titles.Count);
        Assert.Contains("Sensoren om sneller een parkeerplaats te vinden", titles);
        Assert.DoesNotContain("Bezoekers van de musea tellen", titles);
    }

    [Fact]
    public async Task PublicHome_WithoutAPublishedStrategy_StillShowsTheCaseStudies()
    {
        await DbAsync(db => db.StrategyVersions.IgnoreQueryFilters().Where(v => v.Status == StrategyVersionStatus.Published).ExecuteUpdateAsync(s => s.SetProperty(v => v.Status, StrategyVersionStatus.Superseded)));

        var page = await _app.Anonymous().GetDocumentAsync(Public + "?culture=fr");

        Assert.Null(page.QuerySelector("[data-testid=published-version]"));
        Assert.Equal(3, page.QuerySelectorAll("[data-testid=public-latest-case-studies] .card").Length);
    }

    [Fact]
    public async Task PublicPages_OfAnUnknownOrganisation_AreNotFound()
    {
        var anonymous = _app.Anonymous();

        foreach (var url in new[] { "/p/nowhere/case-studies", "/p/nowhere/case-studies/capteurs-stationnement", "/p/nowhere/case-studies/feed.atom", $"/p/nowhere/images/{Guid.NewGuid()}/small", $"{Public}/images/{Guid.NewGuid()}/huge" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(url)).StatusCode);
        }
    }

    [Fact]
    public async Task Edit_APublishedCaseStudyAsAContributor_IsRefused_AndThePublicTextUnchanged()
    {
        var contributor = await _app.SignInAsync(DemoSeeder.ContributorEmail);
        var study = await StudyAsync("capteurs-stationnement");
        var form = await contributor.GetFormAsync($"{Library}/edit/{study.Id}");

        var edit = await contributor.SubmitAsync(form, new() { ["Texts[Title][nl]"] = "Gekaapt" });
        var upload = await UploadAsync(contributor, study.Id, Picture(300, 200), "x.png", "image/png");

        Assert.Contains("only the programme lead may change it", await ErrorsAsync(edit), StringComparison.Ordinal);
        Assert.Contains("only the programme lead may change it", await ErrorsAsync(upload), StringComparison.Ordinal);
        Assert.Equal(study.Title.Get("nl"), (await StudyAsync("capteurs-stationnement")).Title.Get("nl"));
        Assert.Equal(2, await DbAsync(db => db.CaseStudyImages.CountAsync(i => i.CaseStudyId == study.Id)));
    }

    [Fact]
    public async Task PublicCaseStudy_WithoutAPublishedStrategy_NamesNoInitiative()
    {
        var study = await StudyAsync("capteurs-stationnement");
        Assert.NotEmpty(study.InitiativeIds);
        await DbAsync(db => db.StrategyVersions.Where(v => v.Status == StrategyVersionStatus.Published).ExecuteUpdateAsync(s => s.SetProperty(v => v.Status, StrategyVersionStatus.Superseded)));

        var page = await _app.Anonymous("en").GetDocumentAsync(Public + "/case-studies/capteurs-stationnement");

        Assert.Null(page.QuerySelector("#strategy-h"));
        Assert.DoesNotContain("I-16", page.Body!.TextContent, StringComparison.Ordinal);
    }
}
