using System.Net;
using System.Text;
using System.Xml.Linq;
using DataStrategy.Core.Translation;
using DataStrategy.Data.Assessment;
using DataStrategy.Data.Demo;
using DataStrategy.Data.Entities;
using DataStrategy.Data.Translations;
using DataStrategy.Web.Pages.CaseStudies;
using DataStrategy.Web.Pages.Roadmap;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Web.Tests;

/// <summary>The translation workflow: what is missing per language, the side-by-side view, XLIFF 2.0 out and back in.</summary>
public sealed class TranslationWorkflowTests : IDisposable
{
    private const string Org = "/o/" + DemoSeeder.Slug;
    private static readonly XNamespace X = Xliff.Namespace;
    private readonly DssApp _app = new();

    public void Dispose() => _app.Dispose();

    private async Task<T> InDemoAsync<T>(Func<DataStrategy.Data.AppDbContext, Task<T>> query) =>
        await _app.DbAsync(query, await _app.DemoOrganisationIdAsync());

    private static string RepositoryFile(string relative) => Path.Combine(ResourceTests.RepositoryRoot(), relative);

    private async Task<Guid> ImportUkFrameworkAsync(HttpClient lead)
    {
        var form = await lead.GetFormAsync(Org + "/frameworks/import", index: 0);
        var response = await lead.UploadAsync(form, "file", "DMAG2023.json", await File.ReadAllBytesAsync(RepositoryFile("tests/fixtures/frameworks/odi-tool-DMAG2023.json")), "application/json");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // The demo already holds version 1 (DemoFrameworks): this import is the next version.
        return await InDemoAsync(db => db.Frameworks.Where(f => f.Key == "data-maturity-assessment-for-government-2023").OrderByDescending(f => f.VersionNumber).Select(f => f.Id).FirstAsync());
    }

    private static string Translate(byte[] xliff, Func<XElement, string?> target)
    {
        var doc = XDocument.Parse(Encoding.UTF8.GetString(xliff));
        foreach (var unit in doc.Descendants(X + "unit"))
        {
            if (target(unit) is { } text)
            {
                var segment = unit.Element(X + "segment")!;
                segment.Element(X + "target")?.Remove();
                segment.Add(new XElement(X + "target", text));
                segment.SetAttributeValue("state", "translated");
            }
        }

        return doc.ToString();
    }

    private static async Task<IHtmlDocumentLike> ImportAsync(HttpClient client, string page, string content)
    {
        var form = await client.GetFormAsync(Org + page, handler: "Import");
        var response = await client.UploadAsync(form, "file", "translated.xlf", Encoding.UTF8.GetBytes(content), "application/xliff+xml");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await response.ParseAsync();
        return new IHtmlDocumentLike(doc.QuerySelector("[data-testid=import-summary]")?.TextContent, doc.QuerySelector("[data-testid=import-errors]")?.TextContent,
            doc.QuerySelector("[data-testid=import-warnings]")?.TextContent, doc.QuerySelectorAll("[data-testid=import-summary] dd").ToDictionary(d => d.GetAttribute("data-count")!, d => int.Parse(d.TextContent, System.Globalization.CultureInfo.InvariantCulture)));
    }

    private sealed record IHtmlDocumentLike(string? Summary, string? Errors, string? Warnings, Dictionary<string, int> Counts);

    [Fact]
    public async Task Overview_ShowsTheUkFrameworkTexts_WithoutFrenchOrDutch()
    {
        var lead = await _app.LeadAsync();
        var id = await ImportUkFrameworkAsync(lead);
        var texts = await InDemoAsync(async db => (await ContentCatalog.LoadAsync(db, TranslationArea.Framework, id))!.Texts.Count);

        var doc = await lead.GetDocumentAsync(Org + "/translations");

        var row = doc.QuerySelector("tr[data-area='framework.data-maturity-assessment-for-government-2023']")!;
        Assert.Equal(texts.ToString(System.Globalization.CultureInfo.InvariantCulture), row.QuerySelector("[data-count=texts]")!.TextContent);
        Assert.InRange(texts, 600, 610);
        Assert.Equal(texts.ToString(System.Globalization.CultureInfo.InvariantCulture), row.QuerySelector("[data-missing=fr]")!.TextContent);
        Assert.Equal(texts.ToString(System.Globalization.CultureInfo.InvariantCulture), row.QuerySelector("[data-missing=nl]")!.TextContent);
        Assert.Equal("0", row.QuerySelector("[data-missing=en]")!.TextContent);
        Assert.NotNull(row.QuerySelector("a[href*='/translations/frameworks/'][href*='handler=Xliff'][href*='from=en'][href*='to=fr']"));
        foreach (var area in new[] { "strategy", "roadmap", "case-studies" })
        {
            Assert.NotNull(doc.QuerySelector($"tr[data-area='{area}'] a[href='{Org}/translations/{area}']"));
        }
    }

    [Fact]
    public async Task Overview_CountsWhatIsMissing_InEachArea()
    {
        var lead = await _app.LeadAsync();
        var (missingNl, total) = await InDemoAsync(async db =>
        {
            var catalog = (await ContentCatalog.LoadAsync(db, TranslationArea.Roadmap))!;
            return (catalog.Missing(["nl"])["nl"], catalog.Texts.Count);
        });
        await InDemoAsync(async db =>
        {
            var kpi = await db.Kpis.OrderBy(k => k.Position).FirstAsync();
            kpi.Name = DataStrategy.Core.Text.LocalizedText.Of(fr: "Indicateur seulement en français");
            return await db.SaveChangesAsync();
        });

        var doc = await lead.GetDocumentAsync(Org + "/translations");

        var row = doc.QuerySelector("tr[data-area=roadmap]")!;
        Assert.Equal(total.ToString(System.Globalization.CultureInfo.InvariantCulture), row.QuerySelector("[data-count=texts]")!.TextContent);
        Assert.Equal((missingNl + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), row.QuerySelector("[data-missing=nl]")!.TextContent);
    }

    [Fact]
    public async Task ExportTranslateImport_ChangesTheTexts_AndTheSameFileTwice_ChangesNothing()
    {
        var lead = await _app.LeadAsync();
        var id = await ImportUkFrameworkAsync(lead);
        var page = "/translations/frameworks/" + id;
        var xliff = await lead.GetByteArrayAsync(Org + page + "?handler=Xliff&from=en&to=fr&missing=true");
        var read = Xliff.Read(xliff);
        Assert.True(read.IsValid);
        Assert.InRange(read.Document!.Units.Count, 600, 610);
        var translated = Translate(xliff, u => (string)u.Attribute("id")! switch
        {
            "framework.name" => "Évaluation de la maturité des données pour l'administration",
            var s when s.StartsWith("level.", StringComparison.Ordinal) && s.EndsWith(".name", StringComparison.Ordinal) => "Niveau " + s.Split('.')[1] + " <script>alert(1)</script>",
            _ => null,
        });

        var first = await ImportAsync(lead, page, translated);
        var second = await ImportAsync(lead, page, translated);

        Assert.Null(first.Errors);
        Assert.Equal(6, first.Counts["new"]);
        Assert.Equal(0, first.Counts["changed"]);
        Assert.Equal(read.Document.Units.Count - 6, first.Counts["empty"]);
        var framework = await InDemoAsync(async db => FrameworkLibrary.Definition(await db.Frameworks.AsNoTracking().SingleAsync(f => f.Id == id)));
        Assert.Equal("Évaluation de la maturité des données pour l'administration", framework.Name["fr"]);
        Assert.Equal("Niveau 1 <script>alert(1)</script>", framework.Levels[0].Name["fr"]);
        Assert.Contains("Nothing changed", second.Summary, StringComparison.Ordinal);
        Assert.Equal((0, 0, 6), (second.Counts["new"], second.Counts["changed"], second.Counts["unchanged"]));
        var view = await lead.GetAsync(Org + page + "?from=en&to=fr");
        var html = await view.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        Assert.Contains("Niveau 1 &lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RoadmapImport_ReportsChangedSources_AndAnInvalidFileChangesNothing()
    {
        var lead = await _app.LeadAsync();
        var xliff = await lead.GetByteArrayAsync(Org + "/translations/roadmap?handler=Xliff&from=fr&to=en");
        var firstInitiative = await InDemoAsync(db => db.Initiatives.OrderBy(i => i.Position).ThenBy(i => i.Code).Select(i => i.Id).FirstAsync());
        var titleId = $"initiative.{firstInitiative:D}.title";
        var translated = Translate(xliff, u => (string)u.Attribute("id")! == titleId ? "Translated initiative title" : null);
        var before = await InDemoAsync(db => db.Initiatives.AsNoTracking().Select(i => new { i.Id, i.Version, i.Title }).ToListAsync());

        var broken = translated.Replace("</file>", $"<unit id=\"initiative.{Guid.NewGuid():D}.title\"><segment><source>x</source><target>y</target></segment></unit></file>", StringComparison.Ordinal);
        var refused = await ImportAsync(lead, "/translations/roadmap", broken);
        var wrongLanguage = await ImportAsync(lead, "/translations/roadmap", translated.Replace("trgLang=\"en\"", "trgLang=\"de\"", StringComparison.Ordinal));
        var bomb = await ImportAsync(lead, "/translations/roadmap", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><xliff version=\"2.0\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" srcLang=\"fr\" trgLang=\"en\"><file id=\"roadmap\"><unit id=\"x\"><segment><source>&b;</source></segment></unit></file></xliff>");
        var huge = await ImportAsync(lead, "/translations/roadmap", new string(' ', 20 * 1024 * 1024));

        Assert.Contains("is not a text of this content", refused.Errors, StringComparison.Ordinal);
        Assert.Contains("Line ", refused.Errors, StringComparison.Ordinal);
        Assert.Contains("not one of the organisation's languages", wrongLanguage.Errors, StringComparison.Ordinal);
        Assert.Contains("DTD", bomb.Errors, StringComparison.Ordinal);
        Assert.Contains("too large", huge.Errors, StringComparison.Ordinal);
        var unchanged = await InDemoAsync(db => db.Initiatives.AsNoTracking().Select(i => new { i.Id, i.Version, i.Title }).ToListAsync());
        Assert.Equal(before.Select(b => (b.Id, b.Version, b.Title.ToJson())), unchanged.Select(b => (b.Id, b.Version, b.Title.ToJson())));

        await InDemoAsync(async db =>
        {
            var initiative = await db.Initiatives.SingleAsync(i => i.Id == firstInitiative);
            initiative.Title = DataStrategy.Core.Text.LocalizedText.FromJson(initiative.Title.ToJson()).Set("fr", "Titre réécrit après l'export");
            return await db.SaveChangesAsync();
        });
        var applied = await ImportAsync(lead, "/translations/roadmap", translated);

        Assert.Null(applied.Errors);
        Assert.Contains(titleId, applied.Warnings, StringComparison.Ordinal);
        Assert.Equal("Translated initiative title", await InDemoAsync(db => db.Initiatives.Where(i => i.Id == firstInitiative).Select(i => i.Title).SingleAsync()).ContinueWith(t => t.Result["en"], TaskScheduler.Default));
    }

    [Fact]
    public async Task SideBySide_SavesABatch_AndAStaleEditIsRefused_KeepingTheTranslatorsText()
    {
        var lead = await _app.LeadAsync();
        var workstream = await InDemoAsync(db => db.Workstreams.OrderBy(w => w.Position).FirstAsync());
        var inputName = default(string);
        var doc = await lead.GetDocumentAsync(Org + "/translations/roadmap?from=fr&to=nl");
        var row = doc.QuerySelector($"[data-unit='workstream.{workstream.Id:D}.name']")!;
        var textarea = row.QuerySelector("textarea")!;
        inputName = textarea.GetAttribute("name")!;
        Assert.Equal("nl", textarea.GetAttribute("lang"));
        Assert.Equal(textarea.GetAttribute("id"), row.QuerySelector("label")!.GetAttribute("for"));
        var source = row.QuerySelector(".source-text")!;
        Assert.Equal("fr", source.GetAttribute("lang"));
        Assert.Contains(source.Id!, textarea.GetAttribute("aria-describedby")!, StringComparison.Ordinal);
        var form = HttpClientExtensions.FormOf(doc, Org + "/translations/roadmap?from=fr&to=nl", index: 2);

        // Someone edits the workstream after the translator opened the page.
        await InDemoAsync(async db =>
        {
            var tracked = await db.Workstreams.SingleAsync(k => k.Id == workstream.Id);
            tracked.Position += 100;
            return await db.SaveChangesAsync();
        });
        var stale = await lead.SubmitAsync(form, new() { [inputName] = "Nieuwe naam van het werkspoor" });

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var staleDoc = await stale.ParseAsync();
        Assert.Contains("while you were translating", staleDoc.QuerySelector("[data-testid=error-summary]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Nieuwe naam van het werkspoor", staleDoc.QuerySelector($"[data-unit='workstream.{workstream.Id:D}.name'] textarea")!.TextContent);
        Assert.NotEqual("Nieuwe naam van het werkspoor", (await InDemoAsync(db => db.Workstreams.Where(k => k.Id == workstream.Id).Select(k => k.Name).SingleAsync()))["nl"]);

        var freshDoc = await lead.GetDocumentAsync(Org + "/translations/roadmap?from=fr&to=nl");
        var fresh = HttpClientExtensions.FormOf(freshDoc, Org + "/translations/roadmap?from=fr&to=nl", index: 2);
        var freshName = freshDoc.QuerySelector($"[data-unit='workstream.{workstream.Id:D}.name'] textarea")!.GetAttribute("name")!;
        var saved = await lead.SubmitAsync(fresh, new() { [freshName] = "Nieuwe naam van het werkspoor" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Nieuwe naam van het werkspoor", (await InDemoAsync(db => db.Workstreams.Where(k => k.Id == workstream.Id).Select(k => k.Name).SingleAsync()))["nl"]);
    }

    [Theory]
    [InlineData(MemberRole.Viewer)]
    [InlineData(MemberRole.Contributor)]
    public async Task OnlyFacilitatorsAndAdministrators_ImportOrTranslate(MemberRole role)
    {
        var client = await _app.SignInAsync(DemoSeeder.DemoUsers.Single(u => u.Role == role).Email);
        var facilitator = await _app.FacilitatorAsync();
        var form = await facilitator.GetFormAsync(Org + "/translations/roadmap", handler: "Import");
        var before = await InDemoAsync(db => db.Kpis.AsNoTracking().Select(k => k.Version).ToListAsync());

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(Org + "/translations")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(Org + "/translations/roadmap?handler=Xliff&from=fr&to=nl")).StatusCode);
        var token = (await client.GetFormAsync(Org + "/case-studies", index: 0)).Fields.FirstOrDefault(f => f.Key == "__RequestVerificationToken").Value ?? string.Empty;
        using var multipart = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new ByteArrayContent(Encoding.UTF8.GetBytes("<xliff/>")), "file", "x.xlf" } };
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync(form.Action, multipart)).StatusCode);
        Assert.Equal(before, await InDemoAsync(db => db.Kpis.AsNoTracking().Select(k => k.Version).ToListAsync()));
    }

    [Fact]
    public async Task AFacilitator_DoesNotTranslateFrameworks_WhichOnlyAdministratorsManage()
    {
        var facilitator = await _app.FacilitatorAsync();
        var id = await InDemoAsync(db => db.Frameworks.Select(f => f.Id).FirstAsync());

        var overview = await facilitator.GetDocumentAsync(Org + "/translations");

        Assert.Null(overview.QuerySelector("a[href*='/translations/frameworks/']"));
        Assert.Equal(HttpStatusCode.Forbidden, (await facilitator.GetAsync(Org + "/translations/frameworks/" + id)).StatusCode);
    }

    [Fact]
    public async Task CaseStudyTexts_FigureLabels_AndImageTexts_AreInTheCatalog()
    {
        var kinds = await InDemoAsync(async db => (await ContentCatalog.LoadAsync(db, TranslationArea.CaseStudies))!.Texts.Select(t => t.Kind).Distinct().ToList());

        Assert.Contains("CaseStudy.Title", kinds);
        Assert.Contains("CaseStudy.Lessons", kinds);
        Assert.Contains("CaseStudyFigure.Label", kinds);
        Assert.Contains("CaseStudyImage.AltText", kinds);
    }

    [Fact]
    public void TextLimits_AreThoseOfTheEditPages()
    {
        Assert.Equal(CaseStudyPageModel.Sections.Single(s => s.Name == "Title").Max, ContentLimits.For("CaseStudy.Title"));
        Assert.Equal(CaseStudyPageModel.Sections.Single(s => s.Name == "Summary").Max, ContentLimits.For("CaseStudy.Summary"));
        Assert.All(CaseStudyPageModel.Sections, s => Assert.Equal(s.Max, ContentLimits.For("CaseStudy." + s.Name)));
        Assert.Equal(EditModel.MaxFigureLabel, ContentLimits.For("CaseStudyFigure.Label"));
        Assert.Equal(ImagesModel.MaxAlt, ContentLimits.For("CaseStudyImage.AltText"));
        Assert.Equal(KpiFormModel.MaxName, ContentLimits.For("Kpi.Name"));
        Assert.Equal(InitiativeEditModel.MaxTitle, ContentLimits.For("Initiative.Title"));
        Assert.Equal(DataStrategy.Web.Pages.Strategies.TranslationsModel.MaxTitle, ContentLimits.For("StrategyItem.title"));
        Assert.Equal(DataStrategy.Web.Pages.Strategies.TranslationsModel.MaxText, ContentLimits.For("StrategyItem.description"));
    }

    [Fact]
    public void EveryMultilingualFieldOfTheRoadmapAndCaseStudies_HasALabelInEveryLanguage()
    {
        // A field made multilingual joins the catalog by itself; its label row is what this test asks for.
        var keys = System.Xml.Linq.XDocument.Load(RepositoryFile("src/DataStrategy.Web/Resources/SharedResource.resx")).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet();
        var types = new[] { typeof(Initiative), typeof(Milestone), typeof(Workstream), typeof(DeliveryTeam), typeof(Kpi), typeof(CaseStudy), typeof(CaseStudyFigure), typeof(CaseStudyImage), typeof(DataStrategy.Data.Entities.Strategy) };

        var missing = types.SelectMany(t => ContentCatalog.LocalizedProperties(t).Select(p => "TranslationKind." + t.Name + "." + p.Name)).Where(k => !keys.Contains(k)).ToList();

        Assert.Empty(missing);
    }
}
