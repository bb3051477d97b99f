using System.Net;
using DataStrategy.Core.Imports;
using DataStrategy.Core.Text;
using DataStrategy.Data;
using DataStrategy.Data.Backup;
using DataStrategy.Data.Demo;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataStrategy.Web.Tests;

/// <summary>
/// Content languages: an organisation writes in French, Dutch, German and English as it chooses; German gets its
/// inputs, its "missing" signals, its columns in exchange files, and its lang on pages whose interface is fr/nl/en.
/// </summary>
public sealed class ContentLanguageTests : IDisposable
{
    private const string Org = "/o/" + DemoSeeder.Slug;
    private readonly DssApp _app = new();
    private readonly CliDatabases _databases = new();

    public void Dispose()
    {
        _app.Dispose();
        _databases.Dispose();
    }

    private Task<List<string>> LanguagesAsync() =>
        _app.DbAsync(async db => (await db.Organisations.SingleAsync(o => o.Slug == DemoSeeder.Slug)).Languages);

    private Task<int> AddGermanAsync() =>
        _app.DbAsync(async db =>
        {
            var organisation = await db.Organisations.SingleAsync(o => o.Slug == DemoSeeder.Slug);
            organisation.Languages = ["fr", "nl", "de", "en"];
            return await db.SaveChangesAsync();
        });

    [Fact]
    public async Task Settings_ChoosingGerman_FormsOfferGermanInputs_AndSayWhatIsMissingInGerman()
    {
        var client = await _app.LeadAsync();
        var settings = await client.GetFormAsync(Org + "/settings");

        var saved = await client.PostFormAsync(settings, ("Form.Languages", "fr"), ("Form.Languages", "nl"), ("Form.Languages", "de"), ("Form.Name[de]", "Stadt Demo"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(["fr", "nl", "de", "en"], await LanguagesAsync());
        Assert.Equal("Stadt Demo", await _app.DbAsync(async db => (await db.Organisations.SingleAsync(o => o.Slug == DemoSeeder.Slug)).Name["de"]));

        // A content form: one input per language, German among them with its lang, labelled in the reader's language.
        var department = await client.GetDocumentAsync(Org + "/departments/edit");
        var german = department.QuerySelector("input[name='Name[de]']");
        Assert.NotNull(german);
        Assert.Equal("de", german.GetAttribute("lang"));
        Assert.Equal("Name in German", department.QuerySelector("label[for='" + german.Id + "']")!.TextContent.Trim());

        var form = HttpClientExtensions.FormOf(department, Org + "/departments/edit");
        var refused = await client.SubmitAsync(form, new() { ["Code"] = "DEU", ["Name[fr]"] = "Service test", ["Name[nl]"] = "Testdienst" });
        Assert.Contains("Enter the name in German.", (await refused.ParseAsync()).QuerySelector("[data-testid=error-summary]")!.TextContent, StringComparison.Ordinal);

        // The strategy counts the texts not yet written in German, as it does for Dutch.
        var strategy = await client.GetStringAsync(Org + "/strategy");
        Assert.Contains("missing in German", strategy, StringComparison.Ordinal);

        // In French the same signals are sentences in French.
        var french = await _app.SignInAsync(DemoSeeder.LeadEmail, language: "fr");
        var inFrench = await french.GetDocumentAsync(Org + "/departments/edit");
        Assert.Equal("Nom en allemand", inFrench.QuerySelector("label[for='" + german.Id + "']")!.TextContent.Trim());
    }

    [Fact]
    public async Task Settings_WithoutGerman_OffersNoGermanInputs()
    {
        var client = await _app.LeadAsync();

        var department = await client.GetDocumentAsync(Org + "/departments/edit");

        Assert.Null(department.QuerySelector("input[name='Name[de]']"));
        Assert.NotNull(department.QuerySelector("input[name='Name[nl]']"));
        // The organisation form offers German as a choice, named in itself.
        var settings = await client.GetDocumentAsync(Org + "/settings");
        Assert.Contains(settings.QuerySelectorAll("input[type=checkbox]"), c => c.GetAttribute("value") == "de");
    }

    [Theory]
    [InlineData("xx")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("DE")]
    [InlineData("de-BE")]
    public async Task Settings_UnsupportedLanguage_IsRefused_AndChangesNothing(string language)
    {
        var client = await _app.LeadAsync();
        var settings = await client.GetFormAsync(Org + "/settings");

        var response = await client.PostFormAsync(settings, ("Form.Languages", "fr"), ("Form.Languages", language));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choose the organisation's languages among those offered.", (await response.ParseAsync()).QuerySelector("[data-testid=error-summary]")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        Assert.Equal(["fr", "nl", "en"], await LanguagesAsync());
    }

    [Fact]
    public async Task Settings_FiveHundredLanguages_AreRefused_AndTheDefaultLanguageMustBeAContentLanguage()
    {
        var client = await _app.LeadAsync();
        var settings = await client.GetFormAsync(Org + "/settings");
        var many = Enumerable.Range(0, 500).Select(i => ("Form.Languages", "l" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture))).ToArray();

        var response = await client.PostFormAsync(settings, [("Form.Languages", "fr"), .. many]);
        var german = await client.PostFormAsync(settings, ("Form.Languages", "fr"), ("Form.DefaultLanguage", "xx"));

        Assert.Contains("Choose the organisation's languages among those offered.", (await response.ParseAsync()).QuerySelector("[data-testid=error-summary]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("The default language must be one of the organisation's languages.", (await german.ParseAsync()).QuerySelector("[data-testid=error-summary]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["fr", "nl", "en"], await LanguagesAsync());
    }

    [Fact]
    public async Task PublicSite_GermanReader_GetsGermanContent_MarkedWithItsLang_InAnInterfaceItSpeaks()
    {
        await AddGermanAsync();
        var (slug, french) = await _app.InDemoAsync(async db =>
        {
            var study = await db.CaseStudies.Where(c => c.Status == CaseStudyStatus.Published).OrderBy(c => c.Slug).FirstAsync();
            var title = study.Title.Get("fr");
            study.Title = new LocalizedText(study.Title.Values).Set("de", "Intelligente Parkplatzsensoren");
            await db.SaveChangesAsync();
            return (study.Slug, title);
        });
        var reader = _app.Anonymous("de-DE");

        var german = await reader.GetDocumentAsync("/p/" + DemoSeeder.Slug + "/case-studies/" + slug + "?culture=de");
        var frenchPage = await _app.Anonymous("fr").GetDocumentAsync("/p/" + DemoSeeder.Slug + "/case-studies/" + slug + "?culture=fr");
        var list = await reader.GetDocumentAsync("/p/" + DemoSeeder.Slug + "/case-studies");

        // The interface stays in a language it has (English here); the German title carries lang="de".
        Assert.Equal("en", german.DocumentElement.GetAttribute("lang"));
        var heading = german.QuerySelector("h1")!;
        Assert.Equal("Intelligente Parkplatzsensoren", heading.TextContent.Trim());
        Assert.Equal("de", heading.GetAttribute("lang"));
        Assert.Contains(german.QuerySelectorAll("link[rel=alternate][hreflang]"), l => l.GetAttribute("hreflang") == "de");
        // The Accept-Language header alone is enough for the list.
        Assert.Contains(list.QuerySelectorAll("[lang=de]"), e => e.TextContent.Contains("Intelligente Parkplatzsensoren", StringComparison.Ordinal));
        // A French reader still reads French, unmarked.
        Assert.Equal(french, frenchPage.QuerySelector("h1")!.TextContent.Trim());
        Assert.Null(frenchPage.QuerySelector("h1")!.GetAttribute("lang"));
    }

    [Fact]
    public async Task PublicSite_GermanTextOnAFrenchPage_CarriesLangDe()
    {
        await AddGermanAsync();
        var slug = await _app.InDemoAsync(async db =>
        {
            var study = await db.CaseStudies.Where(c => c.Status == CaseStudyStatus.Published).OrderBy(c => c.Slug).FirstAsync();
            study.Title = LocalizedText.Of(de: "Nur auf Deutsch");
            await db.SaveChangesAsync();
            return study.Slug;
        });

        var page = await _app.Anonymous("fr").GetDocumentAsync("/p/" + DemoSeeder.Slug + "/case-studies/" + slug + "?culture=fr");

        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("de", page.QuerySelector("h1")!.GetAttribute("lang"));
    }

    [Fact]
    public async Task PublicSite_GermanAskedByAnOrganisationWithoutGerman_IsNotOffered()
    {
        var slug = await _app.InDemoAsync(db => db.CaseStudies.Where(c => c.Status == CaseStudyStatus.Published).OrderBy(c => c.Slug).Select(c => c.Slug).FirstAsync());

        var page = await _app.Anonymous("de-DE").GetDocumentAsync("/p/" + DemoSeeder.Slug + "/case-studies/" + slug + "?culture=de");

        Assert.Null(page.QuerySelector("h1")!.GetAttribute("lang"));
        Assert.DoesNotContain(page.QuerySelectorAll("link[rel=alternate][hreflang]"), l => l.GetAttribute("hreflang") == "de");
    }

    [Fact]
    public async Task RoadmapXlsx_GermanTitles_HaveTheirColumns_AndRoundTrip()
    {
        await _app.RemoveDemoRoadmapAsync();
        await _app.SeedDemoRoadmapAsync();
        await AddGermanAsync();
        await _app.InDemoAsync(async db =>
        {
            var initiative = await db.Initiatives.SingleAsync(i => i.Code == "I-01");
            initiative.Title = new LocalizedText(initiative.Title.Values).Set("de", "Datenkatalog");
            return await db.SaveChangesAsync();
        });
        var facilitator = await _app.FacilitatorAsync();

        var exported = await facilitator.GetByteArrayAsync(Org + "/roadmap/export?handler=Xlsx");
        var header = TabularFile.Read("roadmap.xlsx", exported, 1000).Header;
        Assert.Contains("title_de", header);
        Assert.Contains("description_de", header);

        var changed = RoadmapExportHelpers.Workbook(["code", "title_de"], ["I-01", "Datenkatalog der Stadt"]);
        var form = await facilitator.GetFormAsync(Org + "/roadmap/import", "Upload");
        var preview = await facilitator.UploadAsync(form, "File", "roadmap.xlsx", changed, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var confirm = await facilitator.SubmitAsync(HttpClientExtensions.FormOf(await preview.ParseAsync(), Org + "/roadmap/import", "Confirm"));

        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        var title = await _app.InDemoAsync(async db => (await db.Initiatives.SingleAsync(i => i.Code == "I-01")).Title);
        Assert.Equal("Datenkatalog der Stadt", title["de"]);
        Assert.Equal("Catalogue de données", title["fr"]);
    }

    [Fact]
    public async Task RoadmapXlsx_OrganisationWithoutGerman_HasNoGermanColumns()
    {
        await _app.RemoveDemoRoadmapAsync();
        await _app.SeedDemoRoadmapAsync();

        var exported = await (await _app.FacilitatorAsync()).GetByteArrayAsync(Org + "/roadmap/export?handler=Xlsx");

        Assert.DoesNotContain("title_de", TabularFile.Read("roadmap.xlsx", exported, 1000).Header);
    }

    [Fact]
    public async Task OpenData_GermanOrganisation_HasGermanColumns()
    {
        await AddGermanAsync();

        var csv = await _app.Anonymous().GetStringAsync("/p/" + DemoSeeder.Slug + "/open-data/case-studies.csv");

        Assert.Contains("title_de", csv.Split('\n')[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backup_GermanContent_RoundTrips()
    {
        await using var source = _databases.Create(TestData.Demo);
        await using var target = _databases.Create();
        var json = await CliDatabases.InScopeAsync(source, async (sp, db) =>
        {
            var organisation = await db.Organisations.SingleAsync(o => o.Slug == DemoSeeder.Slug);
            organisation.Languages = ["fr", "nl", "de", "en"];
            organisation.Name = new LocalizedText(organisation.Name.Values).Set("de", "Stadt Demo");
            sp.GetRequiredService<TenantContext>().SetOrganisation(organisation.Id);
            var department = await db.Departments.OrderBy(d => d.Code).FirstAsync();
            department.Name = new LocalizedText(department.Name.Values).Set("de", "Abteilung");
            await db.SaveChangesAsync();
            return (await OrganisationBackup.ExportAsync(db, DemoSeeder.Slug)).ToJson();
        });

        await CliDatabases.InScopeAsync(target, async (_, db) =>
        {
            await OrganisationBackup.FromJson(json).ImportAsync(db);
            return 0;
        });

        var restored = await CliDatabases.InScopeAsync(target, async (sp, db) =>
        {
            var organisation = await db.Organisations.SingleAsync(o => o.Slug == DemoSeeder.Slug);
            sp.GetRequiredService<TenantContext>().SetOrganisation(organisation.Id);
            var department = await db.Departments.OrderBy(d => d.Code).FirstAsync();
            return (organisation.Languages, organisation.Name["de"], department.Name["de"]);
        });
        Assert.Equal(["fr", "nl", "de", "en"], restored.Languages);
        Assert.Equal("Stadt Demo", restored.Item2);
        Assert.Equal("Abteilung", restored.Item3);
    }
}
