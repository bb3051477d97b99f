using DataStrategy.Core.Roadmap;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using DataStrategy.Data.Demo;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using static DataStrategy.Web.Tests.Infrastructure.AnalysisHelpers;
using static DataStrategy.Web.Tests.Infrastructure.RoadmapExportHelpers;
using static DataStrategy.Web.Tests.Infrastructure.StrategyHelpers;

namespace DataStrategy.Web.Tests;

/// <summary>The roadmap's downloads, its import (upload → preview → confirm, all or nothing, hostile files) and its public progress section.</summary>
public sealed class RoadmapExportImportTests : IDisposable, IAsyncLifetime
{
    private const string ExportPath = DemoOrg + "/roadmap/export";
    private const string ImportPath = DemoOrg + "/roadmap/import";
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string Script = "<script>alert('roadmap')</script>";
    private static readonly string[] Header = ["code", "title_fr", "workstream", "duration_months", "dependencies"];
    private readonly DssApp _app = new();

    public void Dispose() => _app.Dispose();

    public async Task InitializeAsync()
    {
        await _app.RemoveDemoRoadmapAsync();
        await _app.SeedDemoRoadmapAsync();
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    private Task<HttpClient> ViewerAsync() => _app.SignInAsync(DemoSeeder.ViewerEmail);

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] content, string fileName = "roadmap.xlsx", string type = XlsxType)
    {
        var form = await client.GetFormAsync(ImportPath, "Upload");
        return await client.UploadAsync(form, "File", fileName, content, type);
    }

    private static async Task<List<string>> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await response.ParseAsync();
        return doc.QuerySelectorAll("[data-testid=import-errors] li").Select(li => li.TextContent.Trim()).ToList();
    }

    private Task<List<(string Code, string Title)>> InitiativesAsync() =>
        _app.InDemoAsync(async db => (await db.Initiatives.OrderBy(i => i.Code).ToListAsync()).Select(i => (i.Code, i.Title.Get("fr"))).ToList());

    // ---- Downloads ----

    [Fact]
    public async Task Export_Viewer_ListsTheFourDownloads()
    {
        var doc = await (await ViewerAsync()).GetDocumentAsync(ExportPath);

        var links = doc.QuerySelectorAll("[data-testid=roadmap-downloads] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["Xlsx", "Csv", "Ics", "Json"], links.Select(l => l!.Split("handler=")[1]));
    }

    [Fact]
    public async Task Xlsx_Viewer_DownloadsAWorkbookNamedAfterTheOrganisation()
    {
        var response = await (await ViewerAsync()).GetAsync(ExportPath + "?handler=Xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(XlsxType, response.Content.Headers.ContentType!.MediaType);
        Assert.Matches(@"^roadmap-ville-de-demo-\d{8}\.xlsx$", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName!.Trim('"'));
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(["Initiatives", "Milestones", "KPIs", "Measurements"], stream.GetSheetNames());
        var rows = stream.Query(useHeaderRow: true, sheetName: "Initiatives").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(["I-01", "I-02"], rows.Select(r => r["code"]?.ToString()));
        Assert.Equal("Catalogue de données", rows[0]["title_fr"]);
        Assert.Equal("I-01", rows[1]["dependencies"]);
    }

    [Fact]
    public async Task Csv_Viewer_IsCsvOfInitiatives()
    {
        var response = await (await ViewerAsync()).GetAsync(ExportPath + "?handler=Csv");

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var rows = ReadCsv(await response.Content.ReadAsByteArrayAsync(), ",");
        Assert.Equal("code", rows[0][0]);
        Assert.Equal(["I-01", "I-02"], rows.Skip(1).Select(r => r[0]));
    }

    [Fact]
    public async Task Ics_Viewer_IsACalendarOfMilestones()
    {
        var response = await (await ViewerAsync()).GetAsync(ExportPath + "?handler=Ics");

        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", text, StringComparison.Ordinal);
        Assert.Contains("DTSTART;VALUE=DATE:20270415\r\n", text, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:I-01 Catalog", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_Viewer_IsTheDocumentedFormat()
    {
        var response = await (await ViewerAsync()).GetAsync(ExportPath + "?handler=Json");

        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("dss-roadmap", json.RootElement.GetProperty("format").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("initiatives").GetArrayLength());
        Assert.Equal(31, json.RootElement.GetProperty("kpis")[0].GetProperty("latest").GetDecimal());
    }

    [Theory]
    [InlineData("Json")]
    [InlineData("Xlsx")]
    [InlineData("Csv")]
    public async Task Download_Viewer_DoesNotNameTheLeadPerson(string handler)
    {
        var bytes = await (await ViewerAsync()).GetByteArrayAsync(ExportPath + "?handler=" + handler);

        Assert.DoesNotContain(LeadName, ReadableText(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_Facilitator_NamesTheLeadPerson()
    {
        var bytes = await (await _app.FacilitatorAsync()).GetByteArrayAsync(ExportPath + "?handler=Json");

        Assert.Contains(LeadName, Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StrategyDocument_WithInitiatives_HasTheRoadmapChapter()
    {
        var lead = await _app.LeadAsync();

        var response = await lead.GetAsync(StrategyPath + "/document?handler=Download&version=draft&language=fr&format=docx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = DocxText(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("Feuille de route", text, StringComparison.Ordinal);
        Assert.Contains("Catalogue de données", text, StringComparison.Ordinal);
        Assert.Contains("Jeux de données ouverts", text, StringComparison.Ordinal);
    }

    // ---- Import ----

    [Fact]
    public async Task Import_PreviewThenConfirm_UpdatesExistingAndCreatesNew()
    {
        var facilitator = await _app.FacilitatorAsync();
        var file = Workbook(Header, ["I-01", "Catalogue renommé", "Plateforme de données", "7", ""], ["I-03", "Lac de données", "Compétences", "4", "I-01 SS+1"]);

        var preview = await UploadAsync(facilitator, file);

        var doc = await preview.ParseAsync();
        Assert.Contains("1 initiative to create, 1 to update", doc.QuerySelector("[data-testid=import-summary]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Compétences", doc.QuerySelector("[data-testid=new-workstreams]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal([("I-01", "Catalogue de données"), ("I-02", "Portail open data")], await InitiativesAsync());

        var confirm = await facilitator.SubmitAsync(HttpClientExtensions.FormOf(doc, ImportPath, "Confirm"));

        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        Assert.Equal([("I-01", "Catalogue renommé"), ("I-02", "Portail open data"), ("I-03", "Lac de données")], await InitiativesAsync());
        var (duration, dependency, workstream) = await _app.InDemoAsync(async db =>
        {
            var created = await db.Initiatives.SingleAsync(i => i.Code == "I-03");
            var link = await db.InitiativeDependencies.SingleAsync(d => d.SuccessorId == created.Id);
            var ws = await db.Workstreams.SingleAsync(w => w.Id == created.WorkstreamId);
            return (created.DurationMonths, link, ws.Name.Get("en"));
        });
        Assert.Equal(4, duration);
        Assert.Equal((DependencyType.StartToStart, 1), (dependency.Type, dependency.LagMonths));
        Assert.Equal("Compétences", workstream);
    }

    [Fact]
    public async Task Import_LongestDuration_TheInitiativeThenSavesFromItsOwnEditForm()
    {
        var facilitator = await _app.FacilitatorAsync();
        var preview = await UploadAsync(facilitator, Workbook(Header, ["I-09", "Très long programme", "", RoadmapRules.MaxDuration.ToString(CultureInfo.InvariantCulture), ""]));
        Assert.Equal(HttpStatusCode.Redirect, (await facilitator.SubmitAsync(HttpClientExtensions.FormOf(await preview.ParseAsync(), ImportPath, "Confirm"))).StatusCode);
        var id = await _app.InDemoAsync(db => db.Initiatives.Where(i => i.Code == "I-09").Select(i => i.Id).SingleAsync());

        var form = await facilitator.GetFormAsync(DemoOrg + "/roadmap/initiatives/edit/" + id);
        var saved = await facilitator.SubmitAsync(form, new() { ["Title[en]"] = "A very long programme" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var initiative = await _app.InDemoAsync(db => db.Initiatives.AsNoTracking().SingleAsync(i => i.Id == id));
        Assert.Equal((RoadmapRules.MaxDuration, "A very long programme"), (initiative.DurationMonths, initiative.Title.Get("en")));
    }

    [Fact]
    public async Task Import_ExportedWorkbook_RoundTripsWithoutChanges()
    {
        var facilitator = await _app.FacilitatorAsync();
        var before = await _app.InDemoAsync(db => db.Initiatives.AsNoTracking().OrderBy(i => i.Code).ToListAsync());
        var exported = await facilitator.GetByteArrayAsync(ExportPath + "?handler=Xlsx");

        var preview = await UploadAsync(facilitator, exported);
        var confirm = await facilitator.SubmitAsync(HttpClientExtensions.FormOf(await preview.ParseAsync(), ImportPath, "Confirm"));

        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        var after = await _app.InDemoAsync(db => db.Initiatives.AsNoTracking().OrderBy(i => i.Code).ToListAsync());
        Assert.Equal(
            before.Select(i => (i.Code, i.Title, i.DurationMonths, i.PlannedStart, i.Budget, i.Status, i.Rag, i.PercentComplete, i.WorkstreamId)),
            after.Select(i => (i.Code, i.Title, i.DurationMonths, i.PlannedStart, i.Budget, i.Status, i.Rag, i.PercentComplete, i.WorkstreamId)));
        Assert.Equal(1, await _app.InDemoAsync(db => db.InitiativeDependencies.CountAsync()));
    }

    [Fact]
    public async Task Import_OneBadRow_ImportsNothingAndNamesTheCell()
    {
        var facilitator = await _app.FacilitatorAsync();

        var response = await UploadAsync(facilitator, Workbook(Header, ["I-01", "Changé", "", "2", ""], ["I-05", "Nouveau", "", "1000", ""], ["I-06", "Autre", "", "2", ""]));

        var error = Assert.Single(await ErrorsAsync(response));
        Assert.Equal("Sheet Initiatives, row 3, column D (duration_months): The value must be in the range 0–120.", error);
        Assert.Equal([("I-01", "Catalogue de données"), ("I-02", "Portail open data")], await InitiativesAsync());
        Assert.Equal(0, await _app.InDemoAsync(db => db.PendingImports.CountAsync()));
    }

    [Fact]
    public async Task Import_ErrorsInFrench_AreInFrench()
    {
        var facilitator = await _app.SignInAsync(DemoSeeder.FacilitatorEmail, language: "fr");

        var response = await UploadAsync(facilitator, Workbook(Header, ["I-05", "Nouveau", "", "2", "I-99"]));

        Assert.Equal("Feuille Initiatives, ligne 2, colonne E (dependencies)\u00A0: Il n'y a pas d'initiative «\u00A0I-99\u00A0» dans la feuille de route ni dans le fichier.", Assert.Single(await ErrorsAsync(response)));
    }

    [Fact]
    public async Task Import_DependencyCycle_IsRefused()
    {
        var facilitator = await _app.FacilitatorAsync();

        var response = await UploadAsync(facilitator, Workbook(Header, ["I-01", "A", "", "2", "I-02"]));

        Assert.Contains("I-01 → I-02 → I-01", Assert.Single(await ErrorsAsync(response)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_TextFileRenamedXlsx_IsRefusedWithAMessage()
    {
        var response = await UploadAsync(await _app.FacilitatorAsync(), Encoding.UTF8.GetBytes("code,title_fr\nI-09,Pirate\n"));

        Assert.Equal("The file cannot be read. Save it as an Excel workbook (XLSX) and try again.", Assert.Single(await ErrorsAsync(response)));
        Assert.Equal(2, (await InitiativesAsync()).Count);
    }

    [Fact]
    public async Task Import_EmptyFile_AsksForAFile()
    {
        var response = await UploadAsync(await _app.FacilitatorAsync(), []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choose an XLSX file.", (await response.ParseAsync()).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_TwentyMegabyteFile_IsRefusedAsTooLarge()
    {
        var response = await UploadAsync(await _app.FacilitatorAsync(), new byte[20 * 1024 * 1024]);

        Assert.Equal("The file is too large (at most 5 MB).", Assert.Single(await ErrorsAsync(response)));
    }

    [Fact]
    public async Task Import_FormulaCell_IsRefusedWithRowAndColumn()
    {
        var response = await UploadAsync(await _app.FacilitatorAsync(), Workbook(Header, ["I-07", "=HYPERLINK(\"http://evil.example\",\"clic\")", "", "2", ""]));

        Assert.Equal("Sheet Initiatives, row 2, column B (title_fr): The cell holds a formula. Paste values only.", Assert.Single(await ErrorsAsync(response)));
    }

    [Fact]
    public async Task Import_ScriptInTitle_IsShownEscapedOnTheOverview()
    {
        var facilitator = await _app.FacilitatorAsync();
        var preview = await UploadAsync(facilitator, Workbook(Header, ["I-08", Script, "", "2", ""]));
        var previewHtml = await preview.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert(", previewHtml, StringComparison.Ordinal);
        await facilitator.SubmitAsync(HttpClientExtensions.FormOf(await preview.ParseAsync(), ImportPath, "Confirm"));

        var response = await facilitator.GetAsync(DemoOrg + "/roadmap");

        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert(", html, StringComparison.Ordinal);
        Assert.Contains(Script, (await response.ParseAsync()).QuerySelector("[data-code=I-08]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_SameCodeAsAnotherOrganisation_LeavesItsInitiativeAlone()
    {
        var other = await SecondOrganisation.CreateAsync(_app);
        await _app.DbAsync(db =>
        {
            db.Initiatives.Add(new Initiative { Code = "I-01", Title = DataStrategy.Core.Text.LocalizedText.Of("Initiative secrète B") });
            return db.SaveChangesAsync();
        }, other.Id);
        var facilitator = await _app.FacilitatorAsync();

        var preview = await UploadAsync(facilitator, Workbook(Header, ["I-01", "Repris par la démo", "", "2", ""]));
        await facilitator.SubmitAsync(HttpClientExtensions.FormOf(await preview.ParseAsync(), ImportPath, "Confirm"));

        var theirs = await _app.DbAsync(db => db.Initiatives.SingleAsync(i => i.Code == "I-01"), other.Id);
        Assert.Equal("Initiative secrète B", theirs.Title.Get("fr"));
        Assert.Contains(("I-01", "Repris par la démo"), await InitiativesAsync());
    }

    [Fact]
    public async Task Import_ConfirmOfAnUnknownUpload_ImportsNothing()
    {
        var facilitator = await _app.FacilitatorAsync();
        var form = await facilitator.GetFormAsync(ImportPath, "Upload");

        var response = await facilitator.PostWithTokenAsync(ImportPath, ImportPath + "?handler=Confirm", ("ImportId", Guid.NewGuid().ToString()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("This import is no longer available", (await response.ParseAsync()).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, (await InitiativesAsync()).Count);
        Assert.NotNull(form);
    }

    [Fact]
    public async Task Import_DataChangedBetweenPreviewAndConfirm_ValidatesAgain()
    {
        var facilitator = await _app.FacilitatorAsync();
        var preview = await UploadAsync(facilitator, Workbook(["code", "title_fr", "fte: Équipe data"], ["I-09", "Nouveau", "1"]));
        await _app.InDemoAsync(async db => await db.DeliveryTeams.ExecuteDeleteAsync());

        var confirm = await facilitator.SubmitAsync(HttpClientExtensions.FormOf(await preview.ParseAsync(), ImportPath, "Confirm"));

        Assert.Contains("There is no team \"Équipe data\"", Assert.Single(await ErrorsAsync(confirm)), StringComparison.Ordinal);
        Assert.DoesNotContain(await InitiativesAsync(), i => i.Code == "I-09");
    }

    [Fact]
    public async Task Import_Viewer_IsForbidden()
    {
        var response = await (await ViewerAsync()).GetAsync(ImportPath);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    // ---- Public page ----

    [Fact]
    public async Task PublicPage_WithInitiatives_ShowsProgressWithoutNamesBudgetsOrNotes()
    {
        await _app.ClearDemoStrategyAsync();
        var facilitator = await _app.FacilitatorAsync();
        await facilitator.NewObjectiveAsync("Ouvrir les données", "Data openen", "Open data");
        await PublishDraftAsync(facilitator, await _app.LeadAsync());

        var response = await _app.Anonymous("fr").GetAsync("/p/" + DemoSeeder.Slug);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var section = (await response.ParseAsync()).QuerySelector("[data-testid=public-roadmap]")!;
        var text = section.TextContent;
        Assert.Contains("Catalogue de données", text, StringComparison.Ordinal);
        Assert.Contains("En cours", text, StringComparison.Ordinal);
        Assert.Contains("40 %", text, StringComparison.Ordinal);
        Assert.Contains("Orange", text, StringComparison.Ordinal);
        Assert.Contains("Jeux de données ouverts", text, StringComparison.Ordinal);
        Assert.Contains("31", section.QuerySelector("[data-testid=public-kpis]")!.TextContent, StringComparison.Ordinal);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(LeadName, html, StringComparison.Ordinal);
        // The budget (987 654) in any notation; the text, not the markup, whose image addresses are random GUIDs.
        var visible = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).Body!.TextContent;
        Assert.DoesNotContain("987", visible, StringComparison.Ordinal);
        Assert.DoesNotContain("Note interne", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublicPage_WithoutInitiatives_HasNoRoadmapSection()
    {
        await _app.RemoveDemoRoadmapAsync();
        await _app.ClearDemoStrategyAsync();
        var facilitator = await _app.FacilitatorAsync();
        await facilitator.NewObjectiveAsync("Ouvrir les données", "Data openen", "Open data");
        await PublishDraftAsync(facilitator, await _app.LeadAsync());

        var doc = await _app.Anonymous("fr").GetDocumentAsync("/p/" + DemoSeeder.Slug);

        Assert.Null(doc.QuerySelector("[data-testid=public-roadmap]"));
        Assert.Equal(0, await _app.InDemoAsync(db => db.Roadmaps.CountAsync()));
    }

    /// <summary>Every text of a download, whatever its format (an XLSX is a zip of XML parts).</summary>
    private static string ReadableText(byte[] bytes)
    {
        if (bytes.Length < 2 || bytes[0] != 'P' || bytes[1] != 'K')
        {
            return Encoding.UTF8.GetString(bytes);
        }

        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bytes));
        return string.Concat(zip.Entries.Select(e =>
        {
            using var reader = new StreamReader(e.Open());
            return reader.ReadToEnd();
        }));
    }
}
