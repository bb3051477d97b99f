using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using DataStrategy.Core.Text;
using DataStrategy.Data.Demo;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using static DataStrategy.Web.Tests.Infrastructure.RoadmapHelpers;
using static DataStrategy.Web.Tests.Infrastructure.StrategyHelpers;

namespace DataStrategy.Web.Tests;

/// <summary>
/// Issue 18 for the strategy working sessions, the roadmap and Show &amp; Tell: agendas, minutes, decisions, KPI units,
/// baselines and event places in every language; notes and comments kept in the language they were written in.
/// </summary>
public sealed partial class ProgrammeTextsPerLanguageTests : IDisposable
{
    private const string DemoOrg = "/o/" + DemoSeeder.Slug;
    private const string SessionsUrl = DemoOrg + "/sessions";
    private const string KpisUrl = DemoOrg + "/roadmap/kpis";
    private const string CheckInUrl = DemoOrg + "/roadmap/check-in";
    private const string ProgressUrl = DemoOrg + "/roadmap/progress";
    private const string Events = DemoOrg + "/events";
    private const string Script = "<script>alert('i18n')</script>";
    private const string Formula = "=HYPERLINK(\"http://evil.example\",\"klik\")";

    private readonly DssApp _app = new();

    public void Dispose() => _app.Dispose();

    private static async Task<string> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.ParseAsync()).QuerySelector("[data-testid=error-summary]")?.TextContent ?? "(no error summary)";
    }

    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex RowIndex();

    private static int RowOf(HtmlForm form, Guid initiative)
    {
        var key = form.Fields.Single(f => f.Key.EndsWith(".Initiative", StringComparison.Ordinal) && f.Value == initiative.ToString("D")).Key;
        return int.Parse(RowIndex().Match(key).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private async Task<Guid> NewSessionAsync()
    {
        var facilitator = await _app.FacilitatorAsync();
        var form = await facilitator.GetFormAsync(SessionsUrl + "/edit");
        var response = await facilitator.SubmitAsync(form, new() { ["Title[fr]"] = "Séance", ["Title[nl]"] = "Sessie", ["Template"] = "Other" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Guid.Parse(response.Location()!.Split('/')[^1]);
    }

    // ---- The demo ----

    [Fact]
    public async Task Demo_ProgrammeTexts_AreSplitIntoTheirLanguages_AndFreeTextsAreInOneRecordedLanguage()
    {
        var texts = await _app.InDemoAsync(async db => new List<LocalizedText>()
            .Concat(await db.WorkingSessions.Select(s => s.Agenda).ToListAsync())
            .Concat(await db.WorkingSessions.Select(s => s.Notes).ToListAsync())
            .Concat(await db.SessionOutcomes.Select(o => o.Text).ToListAsync())
            .Concat(await db.Kpis.Select(k => k.Unit).ToListAsync())
            .Concat(await db.RoadmapBaselines.Select(b => b.Name).ToListAsync())
            .Concat(await db.ShowAndTellEvents.Select(e => e.Location).ToListAsync())
            .ToList());
        var notes = await _app.InDemoAsync(async db => new List<(string? Text, string? Language)>()
            .Concat((await db.CheckIns.Where(c => c.Note != null).ToListAsync()).Select(c => (c.Note, c.NoteLanguage)))
            .Concat((await db.KpiMeasurements.Where(m => m.Note != null).ToListAsync()).Select(m => (m.Note, m.NoteLanguage)))
            .Concat((await db.StrategyComments.ToListAsync()).Select(c => ((string?)c.Text, c.Language)))
            .Concat((await db.StrategyApprovals.Where(a => a.Comment != null).ToListAsync()).Select(a => (a.Comment, a.CommentLanguage)))
            .Concat((await db.StrategyVersions.Where(v => v.Summary != null).ToListAsync()).Select(v => (v.Summary, v.SummaryLanguage)))
            .Concat((await db.EventFeedback.Where(f => f.Comment != "").ToListAsync()).Select(f => ((string?)f.Comment, f.CommentLanguage)))
            .ToList());

        Assert.True(texts.Count > 30, texts.Count.ToString(CultureInfo.InvariantCulture));
        Assert.All(texts, t => Assert.True(t.Has("fr") && t.Has("nl"), t.ToJson()));
        Assert.All(texts.SelectMany(t => t.Values.Values), t => Assert.DoesNotContain(" / ", t, StringComparison.Ordinal));
        Assert.True(notes.Count > 20, notes.Count.ToString(CultureInfo.InvariantCulture));
        Assert.All(notes, n => Assert.DoesNotContain(" / ", n.Item1!, StringComparison.Ordinal));
        Assert.All(notes, n => Assert.Contains(n.Item2, new[] { "fr", "nl", "en" }));
        Assert.Contains(notes, n => n.Item2 == "nl");
    }

    // ---- Per-language fields: saved per language, hostile input refused or encoded ----

    [Fact]
    public async Task Session_AgendaAndNotesPerLanguage_AreSavedAndShownInTheReadersLanguage()
    {
        await _app.InDemoAsync(db => db.WorkingSessions.ExecuteDeleteAsync());
        var facilitator = await _app.FacilitatorAsync();
        var form = await facilitator.GetFormAsync(SessionsUrl + "/edit");

        var response = await facilitator.SubmitAsync(form, new()
        {
            ["Title[fr]"] = "Séance",
            ["Template"] = "Other",
            ["Agenda[fr]"] = "1. Tour de table",
            ["Agenda[nl]"] = "1. Voorstellingsronde",
            ["Notes[fr]"] = "Procès-verbal",
            ["Notes[nl]"] = "Notulen",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var session = await _app.InDemoAsync(db => db.WorkingSessions.SingleAsync());
        Assert.Equal(LocalizedText.Of(fr: "1. Tour de table", nl: "1. Voorstellingsronde"), session.Agenda);
        Assert.Equal(LocalizedText.Of(fr: "Procès-verbal", nl: "Notulen"), session.Notes);
        var dutch = await (await _app.SignInAsync(DemoSeeder.FacilitatorEmail, language: "nl")).GetDocumentAsync(response.Location()!);
        var agenda = dutch.QuerySelector("[data-testid=agenda]")!;
        Assert.Equal("1. Voorstellingsronde", agenda.TextContent.Trim());
        Assert.Null(agenda.QuerySelector("[lang]"));
    }

    [Theory]
    [InlineData("Agenda[nl]")]
    [InlineData("Notes[fr]")]
    public async Task Session_ScriptInALanguage_IsShownEncoded(string field)
    {
        await _app.InDemoAsync(db => db.WorkingSessions.ExecuteDeleteAsync());
        var facilitator = await _app.FacilitatorAsync();
        var form = await facilitator.GetFormAsync(SessionsUrl + "/edit");

        var response = await facilitator.SubmitAsync(form, new() { ["Title[fr]"] = "Séance", ["Template"] = "Other", [field] = Script });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = await (await _app.SignInAsync(DemoSeeder.FacilitatorEmail, language: "fr")).GetStringAsync(response.Location()!);
        Assert.DoesNotContain(Script, html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#x27;i18n&#x27;)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NewText[nl]", "", "Write the decision or action.")]
    [InlineData("NewText[nl]", "long", "The text must be at most 2000 characters long.")]
    public async Task Outcome_BadInputPerLanguage_IsRefused_NextToItsInput(string field, string value, string message)
    {
        var id = await NewSessionAsync();
        var facilitator = await _app.FacilitatorAsync();
        var form = await facilitator.GetFormAsync(SessionsUrl + "/" + id, "AddOutcome");

        var response = await facilitator.SubmitAsync(form, new() { ["NewKind"] = "Decision", [field] = value == "long" ? new string('x', 2001) : value });

        Assert.Contains(message, await ErrorsAsync(response), StringComparison.Ordinal);
        var page = await response.ParseAsync();
        Assert.Equal("true", page.QuerySelector(value == "long" ? "#NewText_nl_" : "[name^=NewText]")!.GetAttribute("aria-invalid"));
        Assert.Equal(0, await _app.InDemoAsync(db => db.SessionOutcomes.CountAsync(o => o.SessionId == id)));
    }

    [Fact]
    public async Task Outcome_OnlyInDutch_ShowsOnAFrenchPageWithItsLangAndTheFallbackMark_AndIsNeutralisedInTheCsv()
    {
        var id = await NewSessionAsync();
        var facilitator = await _app.FacilitatorAsync();
        var form = await facilitator.GetFormAsync(SessionsUrl + "/" + id, "AddOutcome");
        Assert.Equal(HttpStatusCode.Redirect, (await facilitator.SubmitAsync(form, new() { ["NewKind"] = "Action", ["NewText[nl]"] = Formula + " " + Script })).StatusCode);

        var french = await _app.SignInAsync(DemoSeeder.FacilitatorEmail, language: "fr");
        var page = await french.GetDocumentAsync(SessionsUrl + "/" + id);
        var text = page.QuerySelector("[data-testid=actions] .outcome-text")!;
        Assert.Equal(Formula + " " + Script, text.QuerySelector("span[lang=nl]")!.TextContent);
        Assert.NotNull(text.QuerySelector(".lang-fallback"));
        Assert.DoesNotContain(Script, await french.GetStringAsync(SessionsUrl + "/" + id), StringComparison.Ordinal);

        var csv = Encoding.UTF8.GetString(await (await french.GetAsync(SessionsUrl + "?handler=Csv")).Content.ReadAsByteArrayAsync());
        Assert.Contains("'=HYPERLINK", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(";=HYPERLINK", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(";\"=HYPERLINK", csv, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Unit[fr]", "long", "The unit must be at most 40 characters long.")]
    [InlineData("Unit[nl]", "long", "The unit must be at most 40 characters long.")]
    [InlineData("Unit[nl]", "script", "")]
    public async Task Kpi_UnitPerLanguage_IsCheckedPerLanguage_AndAScriptIsShownEncoded(string field, string value, string message)
    {
        await _app.ClearDemoRoadmapAsync();
        var facilitator = await _app.FacilitatorAsync();
        var form = await facilitator.GetFormAsync(KpisUrl + "/new");

        var response = await facilitator.SubmitAsync(form, new()
        {
            ["Name[fr]"] = "Jeux de données ouverts",
            ["Unit[fr]"] = "jeux",
            ["Baseline"] = "1",
            ["BaselineOn"] = "2026-01-01",
            ["Target"] = "2",
            ["TargetOn"] = "2027-01-01",
            [field] = value == "long" ? new string('u', 41) : Script,
        });

        if (message.Length > 0)
        {
            Assert.Contains(message, await ErrorsAsync(response), StringComparison.Ordinal);
            Assert.Equal("true", (await response.ParseAsync()).QuerySelector("#" + field.Replace('[', '_').Replace(']', '_'))!.GetAttribute("aria-invalid"));
            Assert.False(await _app.InDemoAsync(db => db.Kpis.AnyAsync()));
            return;
        }

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = await (await _app.SignInAsync(DemoSeeder.ViewerEmail, language: "nl")).GetStringAsync(KpisUrl);
        Assert.DoesNotContain(Script, html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kpi_UnitOnlyInDutch_ShowsOnAFrenchPageWithLangNlAndTheFallbackMark()
    {
        await _app.ClearDemoRoadmapAsync();
        var id = await _app.AddKpiAsync("Open datasets", 10, new DateOnly(2026, 1, 1), 50, new DateOnly(2027, 12, 31));
        await _app.InDemoAsync(async db =>
        {
            var kpi = await db.Kpis.SingleAsync(k => k.Id == id);
            kpi.Unit = LocalizedText.Of(nl: "datasets");
            return await db.SaveChangesAsync();
        });
        var french = await _app.SignInAsync(DemoSeeder.ViewerEmail, language: "fr");

        foreach (var url in new[] { KpisUrl, KpisUrl + "/" + id })
        {
            var page = await french.GetDocumentAsync(url);
            var units = page.QuerySelectorAll("main span[lang=nl]").Where(s => s.TextContent == "datasets").ToList();
            Assert.NotEmpty(units);
            Assert.All(units, u => Assert.Contains("lang-fallback", u.NextElementSibling?.ClassName ?? "", StringComparison.Ordinal));
        }

        var dutch = await (await _app.SignInAsync(DemoSeeder.ViewerEmail, language: "nl")).GetDocumentAsync(KpisUrl);
        Assert.Empty(dutch.QuerySelectorAll("main [data-kpi] .lang-fallback"));
    }

    [Theory]
    [InlineData("Location[nl]", "script", "")]
    [InlineData("Location[fr]", "long", "The place must be at most 200 characters long.")]
    public async Task Event_PlacePerLanguage_IsCheckedPerLanguage_AndShownWithItsLang(string field, string value, string message)
    {
        var facilitator = await _app.FacilitatorAsync();
        var form = await facilitator.GetFormAsync(Events);

        var response = await facilitator.SubmitAsync(form, new() { ["Title[fr]"] = "Titre", ["Date"] = "2027-04-15", ["Time"] = "10:00", [field] = value == "long" ? new string('p', 201) : Script + " Raadzaal" });

        if (message.Length > 0)
        {
            Assert.Contains(message, await ErrorsAsync(response), StringComparison.Ordinal);
            return;
        }

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var french = await _app.SignInAsync(DemoSeeder.FacilitatorEmail, language: "fr");
        var html = await french.GetStringAsync(response.Location()!);
        Assert.DoesNotContain(Script, html, StringComparison.Ordinal);
        var page = await french.GetDocumentAsync(response.Location()!);
        Assert.Equal(Script + " Raadzaal", page.QuerySelector("p.lead span[lang=nl]")!.TextContent);
    }

    [Fact]
    public async Task Baseline_NameOnlyInDutch_IsRequiredInSomeLanguage_AndShownWithItsLang()
    {
        await _app.ClearDemoRoadmapAsync();
        await _app.AddInitiativeAsync("I-01", "Open data portal", ThisMonth, 3);
        var facilitator = await _app.FacilitatorAsync();
        var form = await facilitator.GetFormAsync(DemoOrg + "/roadmap/baselines");

        var empty = await facilitator.SubmitAsync(form, new() { ["Name[en]"] = "", ["Name[fr]"] = "   " });
        Assert.Contains("Give the baseline a name.", await ErrorsAsync(empty), StringComparison.Ordinal);
        var saved = await facilitator.SubmitAsync(form, new() { ["Name[en]"] = "", ["Name[nl]"] = "Voor de herplanning" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(LocalizedText.Of(nl: "Voor de herplanning"), (await _app.InDemoAsync(db => db.RoadmapBaselines.SingleAsync())).Name);
        var page = await (await _app.SignInAsync(DemoSeeder.FacilitatorEmail, language: "fr")).GetDocumentAsync(ProgressUrl);
        Assert.Equal("Voor de herplanning", page.QuerySelector("[data-testid=compared-baseline] span[lang=nl]")!.TextContent);
        Assert.Equal("nl", page.QuerySelector("#baseline-choice option")!.GetAttribute("lang"));
    }

    // ---- Free texts keep the language they were written in ----

    [Fact]
    public async Task CheckIn_NoteRecordedInDutch_IsWrappedInLangNlOnAFrenchPage()
    {
        await _app.ClearDemoRoadmapAsync();
        var initiative = await _app.AddInitiativeAsync("I-01", "Open data portal", ThisMonth.AddMonths(-1), 6, InitiativeStatus.InProgress, 20, Rag.Green, ThisMonth.AddMonths(-1));
        var dutchContributor = await _app.SignInAsync(DemoSeeder.ContributorEmail, language: "nl");
        var form = FormMatching(await dutchContributor.GetDocumentAsync(CheckInUrl), CheckInUrl, "[data-testid=check-in-form]");
        var n = RowOf(form, initiative);

        var response = await dutchContributor.PostFormAsync(form, ($"Rows[{n}].Status", "InProgress"), ($"Rows[{n}].Percent", "30"), ($"Rows[{n}].Rag", "Amber"), ($"Rows[{n}].Note", "Leverancier gekozen."));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var checkIn = Assert.Single(await _app.CheckInsAsync());
        Assert.Equal(("Leverancier gekozen.", "nl"), (checkIn.Note, checkIn.NoteLanguage));
        var french = await _app.SignInAsync(DemoSeeder.ViewerEmail, language: "fr");
        var progress = await french.GetDocumentAsync(ProgressUrl);
        Assert.Equal("Leverancier gekozen.", progress.QuerySelector("[data-testid=latest-note] span[lang=nl]")!.TextContent);
        var dutch = await (await _app.SignInAsync(DemoSeeder.ViewerEmail, language: "nl")).GetDocumentAsync(ProgressUrl);
        Assert.Null(dutch.QuerySelector("[data-testid=latest-note] [lang]"));

        // Saved again unchanged by a French speaker, the note stays Dutch.
        var frenchLead = await _app.SignInAsync(DemoSeeder.LeadEmail, language: "fr");
        var again = FormMatching(await frenchLead.GetDocumentAsync(CheckInUrl), CheckInUrl, "[data-testid=check-in-form]");
        Assert.Equal(HttpStatusCode.Redirect, (await frenchLead.PostFormAsync(again, ($"Rows[{RowOf(again, initiative)}].Percent", "35"))).StatusCode);
        Assert.Equal("nl", Assert.Single(await _app.CheckInsAsync()).NoteLanguage);
    }

    [Fact]
    public async Task Measurement_NoteRecordedInFrench_IsWrappedInLangFrOnADutchPage()
    {
        await _app.ClearDemoRoadmapAsync();
        var id = await _app.AddKpiAsync("Open datasets", 10, new DateOnly(2026, 1, 1), 50, new DateOnly(2027, 12, 31));
        var french = await _app.SignInAsync(DemoSeeder.ContributorEmail, language: "fr");
        var form = await french.GetFormAsync(KpisUrl + "/" + id + "/measure");

        var response = await french.SubmitAsync(form, new() { ["Value"] = "12", ["MeasuredOn"] = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["Note"] = "Publication automatique." });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("fr", (await _app.InDemoAsync(db => db.KpiMeasurements.SingleAsync())).NoteLanguage);
        var dutch = await (await _app.SignInAsync(DemoSeeder.ViewerEmail, language: "nl")).GetDocumentAsync(KpisUrl + "/" + id);
        Assert.Equal("Publication automatique.", dutch.QuerySelector("[data-testid=measurements] span[lang=fr]")!.TextContent);
    }

    // ---- Exports ----

    [Fact]
    public async Task RoadmapXlsx_HasTheUnitPerLanguage_AndStillImports()
    {
        await _app.ClearDemoRoadmapAsync();
        await _app.AddInitiativeAsync("I-01", "Open data portal", ThisMonth, 3);
        var id = await _app.AddKpiAsync("Open datasets", 10, new DateOnly(2026, 1, 1), 50, new DateOnly(2027, 12, 31));
        await _app.InDemoAsync(async db =>
        {
            var kpi = await db.Kpis.SingleAsync(k => k.Id == id);
            kpi.Unit = LocalizedText.Of(fr: "jeux de données", nl: Formula);
            return await db.SaveChangesAsync();
        });
        var viewer = await _app.SignInAsync(DemoSeeder.ViewerEmail, language: "fr");

        var bytes = await (await viewer.GetAsync(DemoOrg + "/roadmap/export?handler=Xlsx")).Content.ReadAsByteArrayAsync();

        using var stream = new MemoryStream(bytes);
        var row = Assert.Single(stream.Query(useHeaderRow: true, sheetName: "KPIs").Cast<IDictionary<string, object?>>());
        Assert.Equal("jeux de données", row["unit_fr"]);
        Assert.Equal(Formula, row["unit_nl"]);
        Assert.False(row.ContainsKey("unit"));
        Assert.DoesNotContain("<f>", UnzipSheets(bytes), StringComparison.Ordinal);

        // The exported workbook, KPI units per language and all, goes back through the import.
        var facilitator = await _app.FacilitatorAsync();
        var upload = await facilitator.GetFormAsync(DemoOrg + "/roadmap/import", "Upload");
        var preview = await facilitator.UploadAsync(upload, "File", "roadmap.xlsx", bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Empty((await preview.ParseAsync()).QuerySelectorAll("[data-testid=import-errors] li"));
    }

    private static string UnzipSheets(byte[] xlsx)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(xlsx));
        var text = new StringBuilder();
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            text.Append(reader.ReadToEnd());
        }

        return text.ToString();
    }
}
