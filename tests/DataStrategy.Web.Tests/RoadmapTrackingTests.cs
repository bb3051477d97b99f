using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using DataStrategy.Core.Text;
using DataStrategy.Data.Demo;
using DataStrategy.Data.Entities;
using DataStrategy.Data.Roadmaps;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static DataStrategy.Web.Tests.Infrastructure.RoadmapHelpers;
using static DataStrategy.Web.Tests.Infrastructure.StrategyHelpers;

namespace DataStrategy.Web.Tests;

/// <summary>Roadmap tracking through the real pages: monthly check-in, progress, baselines, outcome indicators.</summary>
public sealed partial class RoadmapTrackingTests : IDisposable
{
    private const string CheckInUrl = RoadmapPath + "/check-in";
    private const string ProgressUrl = RoadmapPath + "/progress";
    private const string KpisUrl = RoadmapPath + "/kpis";

    private readonly DssApp _app = new();

    public void Dispose() => _app.Dispose();

    /// <summary>An empty demo roadmap started six months ago with two initiatives under way: I-01 then I-02 (finish-to-start).</summary>
    private async Task<(Guid First, Guid Second)> TwoInitiativesAsync()
    {
        await _app.ClearDemoRoadmapAsync();
        var first = await _app.AddInitiativeAsync("I-01", "Open data portal", ThisMonth.AddMonths(-2), 6, InitiativeStatus.InProgress, 40, Rag.Green, ThisMonth.AddMonths(-2));
        var second = await _app.AddInitiativeAsync("I-02", "Data catalogue", ThisMonth.AddMonths(4), 3);
        await _app.AddDependencyAsync(first, second);
        return (first, second);
    }

    private static async Task<HtmlForm> CheckInFormAsync(HttpClient client, string url = CheckInUrl) =>
        FormMatching(await client.GetDocumentAsync(url), url, "[data-testid=check-in-form]");

    /// <summary>The grid row index of an initiative in the check-in form.</summary>
    private static int RowOf(HtmlForm form, Guid initiative)
    {
        var key = form.Fields.Single(f => f.Key.EndsWith(".Initiative", StringComparison.Ordinal) && f.Value == initiative.ToString("D")).Key;
        return int.Parse(RowIndex().Match(key).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex RowIndex();

    private static (string, string)[] Row(int n, string status, string percent, string rag, string note = "") =>
        [($"Rows[{n}].Status", status), ($"Rows[{n}].Percent", percent), ($"Rows[{n}].Rag", rag), ($"Rows[{n}].Note", note)];

    [Fact]
    public async Task CheckIn_Saved_RecordsTheMonthAndUpdatesTheInitiative()
    {
        var (first, second) = await TwoInitiativesAsync();
        var contributor = await _app.SignInAsync(DemoSeeder.ContributorEmail);
        var form = await CheckInFormAsync(contributor);
        var n = RowOf(form, second);

        var response = await contributor.PostFormAsync(form, Row(n, "InProgress", "15", "Amber", "Supplier chosen."));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var checkIns = await _app.CheckInsAsync();
        Assert.Equal(2, checkIns.Count);
        var c = checkIns.Single(x => x.InitiativeId == second);
        Assert.Equal((ThisMonth, InitiativeStatus.InProgress, 15, Rag.Amber, "Supplier chosen."), (c.Month, c.Status, c.PercentComplete, c.Rag, c.Note));
        Assert.Equal("Nadia El Idrissi", c.RecordedBy);
        var initiative = await _app.InitiativeAsync(second);
        Assert.Equal((InitiativeStatus.InProgress, 15, Rag.Amber, (DateOnly?)ThisMonth), (initiative.Status, initiative.PercentComplete, initiative.Rag, initiative.ActualStart));
        Assert.Equal(40, (await _app.InitiativeAsync(first)).PercentComplete);
    }

    [Fact]
    public async Task CheckIn_SavedAgainInTheSameMonth_UpdatesItsCheckIn_AndDoneSetsTheFinish()
    {
        var (first, _) = await TwoInitiativesAsync();
        var lead = await _app.LeadAsync();
        var form = await CheckInFormAsync(lead);
        Assert.Equal(HttpStatusCode.Redirect, (await lead.PostFormAsync(form, Row(RowOf(form, first), "InProgress", "60", "Green"))).StatusCode);
        var again = await CheckInFormAsync(lead);
        var n = RowOf(again, first);
        Assert.Equal("60", again.Fields.Single(f => f.Key == $"Rows[{n}].Percent").Value);

        var response = await lead.PostFormAsync(again, Row(n, "Done", "100", "Green", "Live."));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var c = Assert.Single(await _app.CheckInsAsync(), x => x.InitiativeId == first);
        Assert.Equal((InitiativeStatus.Done, 100, "Live."), (c.Status, c.PercentComplete, c.Note));
        var initiative = await _app.InitiativeAsync(first);
        Assert.Equal((InitiativeStatus.Done, (DateOnly?)ThisMonth, (DateOnly?)ThisMonth.AddMonths(-2)), (initiative.Status, initiative.ActualFinish, initiative.ActualStart));
    }

    [Theory]
    [InlineData("Percent", "140", "I-02: enter a whole percentage between 0 and 100.")]
    [InlineData("Rag", "purple", "I-02: choose a RAG rating from the list.")]
    [InlineData("Note", "long", "I-02: the note must be at most 500 characters long.")]
    [InlineData("Status", "Hacked", "I-02: choose a status from the list.")]
    [InlineData("Initiative", "unknown", "this initiative is not part of the check-in for this month.")]
    [InlineData("Initiative", "other-organisation", "this initiative is not part of the check-in for this month.")]
    public async Task CheckIn_OneBadRow_SavesNothing_AndSaysWhy(string field, string value, string message)
    {
        var (first, second) = await TwoInitiativesAsync();
        if (value == "other-organisation")
        {
            var other = await SecondOrganisation.CreateAsync(_app);
            var foreign = new Initiative { OrganisationId = other.Id, Code = "I-02", Title = LocalizedText.Of("B", "B", "B") };
            await _app.DbAsync(db =>
            {
                db.Initiatives.Add(foreign);
                return db.SaveChangesAsync();
            }, other.Id);
            value = foreign.Id.ToString("D");
        }

        var facilitator = await _app.FacilitatorAsync();
        var form = await CheckInFormAsync(facilitator);
        var n = RowOf(form, second);
        var bad = value switch { "long" => new string('x', 10_000), "unknown" => Guid.NewGuid().ToString("D"), _ => value };

        var values = Row(RowOf(form, first), "InProgress", "55", "Red", "Would be saved.").Concat(Row(n, "InProgress", "30", "Green"))
            .Select(v => v.Item1 == $"Rows[{n}].{field}" ? (v.Item1, bad) : v).ToList();
        if (field == "Initiative")
        {
            values.Add(($"Rows[{n}].Initiative", bad));
        }

        var response = await facilitator.PostFormAsync(form, [.. values]);

        Assert.Contains(message, await ErrorsAsync(response), StringComparison.Ordinal);
        var page = await response.ParseAsync();
        Assert.NotNull(page.GetElementById($"Rows[{n}]_{field}"));
        Assert.Empty(await _app.CheckInsAsync());
        var initiative = await _app.InitiativeAsync(first);
        Assert.Equal((40, Rag.Green), (initiative.PercentComplete, initiative.Rag));
    }

    [Fact]
    public async Task CheckIn_BadPercent_InFrench_SaysSoInFrench()
    {
        var (_, second) = await TwoInitiativesAsync();
        var contributor = await _app.SignInAsync(DemoSeeder.ContributorEmail, language: "fr");
        var form = await CheckInFormAsync(contributor);

        var response = await contributor.PostFormAsync(form, Row(RowOf(form, second), "InProgress", "140", "Green"));

        Assert.Contains("I-02 : saisissez un pourcentage entier entre 0 et 100.", (await ErrorsAsync(response)).Replace('\u00A0', ' '), StringComparison.Ordinal);
        Assert.Empty(await _app.CheckInsAsync());
    }

    [Fact]
    public async Task CheckIn_NoteWithScript_IsShownAsTextOnProgress()
    {
        var (first, _) = await TwoInitiativesAsync();
        var contributor = await _app.SignInAsync(DemoSeeder.ContributorEmail);
        var form = await CheckInFormAsync(contributor);
        Assert.Equal(HttpStatusCode.Redirect, (await contributor.PostFormAsync(form, Row(RowOf(form, first), "InProgress", "30", "Green", "<script>alert(1)</script> Tender late."))).StatusCode);

        var html = await (await _app.SignInAsync(DemoSeeder.ViewerEmail)).GetStringAsync(ProgressUrl);

        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; Tender late.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckIn_InitiativeChangedMeanwhile_IsRefusedNamingIt_AndNothingIsSaved()
    {
        var (first, second) = await TwoInitiativesAsync();
        var contributor = await _app.SignInAsync(DemoSeeder.ContributorEmail);
        var form = await CheckInFormAsync(contributor);
        await _app.TouchInitiativeAsync(second, i => i.PercentComplete = 5);

        var response = await contributor.PostFormAsync(form, Row(RowOf(form, first), "InProgress", "50", "Green"));

        Assert.Contains("I-02 Data catalogue was changed by someone else", await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Empty(await _app.CheckInsAsync());
        Assert.Equal(40, (await _app.InitiativeAsync(first)).PercentComplete);
    }

    [Fact]
    public async Task CheckIn_Viewer_CannotOpenOrPost()
    {
        var (first, _) = await TwoInitiativesAsync();
        var viewer = await _app.SignInAsync(DemoSeeder.ViewerEmail);
        var version = (await _app.InitiativeAsync(first)).Version;

        var get = await viewer.GetAsync(CheckInUrl);
        var post = await viewer.PostWithTokenAsync(ProgressUrl, CheckInUrl, ("Month", Months.Iso(ThisMonth)), ("Rows[0].Initiative", first.ToString()), ("Rows[0].Version", version.ToString()),
            ("Rows[0].Status", "Done"), ("Rows[0].Percent", "100"), ("Rows[0].Rag", "Green"));

        Assert.Contains(get.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound, HttpStatusCode.Redirect });
        Assert.Contains(post.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound, HttpStatusCode.Redirect });
        Assert.NotEqual(CheckInUrl + "?month=" + Months.Iso(ThisMonth), post.Location());
        Assert.Empty(await _app.CheckInsAsync());
        Assert.Equal(InitiativeStatus.InProgress, (await _app.InitiativeAsync(first)).Status);
    }

    [Fact]
    public async Task Progress_FlagsAnInitiativeFarBehindItsExpectedProgress()
    {
        await _app.ClearDemoRoadmapAsync();
        await _app.AddInitiativeAsync("I-01", "On time", ThisMonth.AddMonths(-1), 24, InitiativeStatus.InProgress, 10, Rag.Green, ThisMonth.AddMonths(-1));
        await _app.AddInitiativeAsync("I-02", "Far behind", ThisMonth.AddMonths(-5), 4, InitiativeStatus.InProgress, 30, Rag.Amber, ThisMonth.AddMonths(-5));

        var page = await (await _app.SignInAsync(DemoSeeder.ViewerEmail)).GetDocumentAsync(ProgressUrl);

        var flagged = page.QuerySelectorAll("[data-testid=slipping] li").Select(li => li.GetAttribute("data-code")).ToList();
        Assert.Equal(["I-02"], flagged);
        Assert.Contains("20 points or more behind the expected progress", page.QuerySelector("[data-testid=slipping]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("100 %", page.QuerySelector("[data-testid=progress] tr[data-code=I-02] [data-testid=expected]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Progress_FlagsADependencyBrokenByWhatHappened()
    {
        var (_, second) = await TwoInitiativesAsync();
        await _app.TouchInitiativeAsync(second, i => (i.Status, i.ActualStart) = (InitiativeStatus.InProgress, ThisMonth));

        var page = await (await _app.SignInAsync(DemoSeeder.ViewerEmail)).GetDocumentAsync(ProgressUrl);

        Assert.Equal("1", page.QuerySelector("[data-testid=broken-count]")!.TextContent.Trim());
        Assert.Contains("I-02 Data catalogue started before I-01 Open data portal finished.", page.QuerySelector("[data-testid=broken-actual]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Progress_WithoutBrokenDependency_FlagsNone()
    {
        await TwoInitiativesAsync();

        var page = await (await _app.SignInAsync(DemoSeeder.ViewerEmail)).GetDocumentAsync(ProgressUrl);

        Assert.Equal("0", page.QuerySelector("[data-testid=broken-count]")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("[data-testid=broken-actual]"));
    }

    [Fact]
    public async Task Baseline_Saved_ThenReplanned_ProgressShowsTheInitiativeLaterThanTheBaseline()
    {
        var (_, second) = await TwoInitiativesAsync();
        var facilitator = await _app.FacilitatorAsync();
        var form = await facilitator.GetFormAsync(RoadmapPath + "/baselines");
        var saved = await facilitator.SubmitAsync(form, new() { ["Name[en]"] = "Before re-planning" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await _app.TouchInitiativeAsync(second, i => i.PlannedStart = ThisMonth.AddMonths(7));

        var page = await (await _app.SignInAsync(DemoSeeder.ViewerEmail)).GetDocumentAsync(ProgressUrl);

        Assert.Contains("Before re-planning", page.QuerySelector("[data-testid=compared-baseline]")!.TextContent, StringComparison.Ordinal);
        var flagged = page.QuerySelector("[data-testid=slipping] li[data-code=I-02]");
        Assert.NotNull(flagged);
        Assert.Contains("finishes later than the baseline", flagged.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("[data-testid=slipping] li[data-code=I-01]"));
        var baseline = await _app.InDemoAsync(db => db.RoadmapBaselines.SingleAsync());
        Assert.Contains(second.ToString("D"), baseline.Plan, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"start\":\"" + ThisMonth.AddMonths(4).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "\"", baseline.Plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Baselines_Contributor_CannotSaveOne()
    {
        await TwoInitiativesAsync();
        var contributor = await _app.SignInAsync(DemoSeeder.ContributorEmail);

        var response = await contributor.PostWithTokenAsync(ProgressUrl, RoadmapPath + "/baselines", ("Name[en]", "Sneaky"));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.False(await _app.InDemoAsync(db => db.RoadmapBaselines.AnyAsync()));
    }

    [Fact]
    public async Task Progress_ShowsTheMaturityChangePerThemeNextToItsInitiatives()
    {
        await _app.ClearDemoRoadmapAsync();
        await _app.AddInitiativeAsync("I-01", "Data governance board", ThisMonth.AddMonths(-4), 3, InitiativeStatus.Done, 100, Rag.Green, ThisMonth.AddMonths(-4), ThisMonth.AddMonths(-2), "governance");

        var page = await (await _app.SignInAsync(DemoSeeder.ViewerEmail)).GetDocumentAsync(ProgressUrl);

        var row = page.QuerySelector("[data-testid=maturity-change] tr[data-theme=governance]");
        Assert.NotNull(row);
        Assert.Contains("I-01 Data governance board", row.TextContent, StringComparison.Ordinal);
        Assert.Matches(@"[+−]?\d\.\d\d", row.QuerySelectorAll("td")[2].TextContent.Trim());
    }

    // Outcome indicators

    private static Dictionary<string, string> ValidKpi() => new()
    {
        ["Name[fr]"] = "Jeux de données ouverts",
        ["Name[nl]"] = "Open datasets",
        ["Name[en]"] = "Open datasets",
        ["Unit[fr]"] = "jeux de données",
        ["Unit[nl]"] = "datasets",
        ["Baseline"] = "40",
        ["BaselineOn"] = "2026-01-01",
        ["Target"] = "120,5",
        ["TargetOn"] = "2027-12-31",
    };

    [Fact]
    public async Task Kpi_Created_IsListedWithItsLinks()
    {
        var (first, _) = await TwoInitiativesAsync();
        var facilitator = await _app.FacilitatorAsync();
        var objective = await facilitator.NewObjectiveAsync("Ouvrir les données", "Data openen", "Open up data");
        var form = await facilitator.GetFormAsync(KpisUrl + "/new");

        var response = await facilitator.PostFormAsync(form, [.. ValidKpi().Select(kv => (kv.Key, kv.Value)), ("Objectives", objective.ToString()), ("Initiatives", first.ToString())]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var kpi = await _app.InDemoAsync(db => db.Kpis.AsNoTracking().SingleAsync());
        Assert.Equal((120.5m, new DateOnly(2027, 12, 31), LocalizedText.Of(fr: "jeux de données", nl: "datasets")), (kpi.Target, kpi.TargetOn, kpi.Unit));
        Assert.Equal([objective.ToString("D")], kpi.ObjectiveIds);
        var list = await (await _app.SignInAsync(DemoSeeder.ViewerEmail)).GetDocumentAsync(KpisUrl);
        var row = list.QuerySelector($"[data-testid=kpis] tr[data-kpi='{kpi.Id}']")!;
        Assert.Contains("Open up data", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("I-01 Open data portal", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("Not measured yet", row.QuerySelector("[data-testid=kpi-status]")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("Name[fr]", "", "Give the indicator a name in at least one language.")]
    [InlineData("TargetOn", "2025-06-01", "The target date must be after the baseline date.")]
    [InlineData("Baseline", "forty", "Enter a number, such as 12,5 or 12.5.")]
    [InlineData("Target", "1e30", "Enter a number between minus and plus one thousand billion.")]
    [InlineData("BaselineOn", "2026-02-30", "Enter a real date between the years 2000 and 2100.")]
    [InlineData("Unit[fr]", "long", "The unit must be at most 40 characters long.")]
    [InlineData("Unit[nl]", "long", "The unit must be at most 40 characters long.")]
    [InlineData("Objectives", "foreign", "Choose objectives from the list.")]
    [InlineData("Initiatives", "random", "Choose initiatives from the list.")]
    public async Task Kpi_BadInput_IsRefused_AndNothingIsSaved(string field, string value, string message)
    {
        await TwoInitiativesAsync();
        var values = ValidKpi();
        if (field == "Name[fr]")
        {
            (values["Name[nl]"], values["Name[en]"]) = ("", "");
        }

        values[field] = value switch
        {
            "long" => new string('x', 41),
            "foreign" => (await SecondOrganisation.CreateAsync(_app)).StrategyItemId.ToString(),
            "random" => Guid.NewGuid().ToString(),
            _ => value,
        };
        var facilitator = await _app.FacilitatorAsync();
        var form = await facilitator.GetFormAsync(KpisUrl + "/new");

        var response = await facilitator.SubmitAsync(form, values);

        Assert.Contains(message, await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.False(await _app.InDemoAsync(db => db.Kpis.AnyAsync()));
    }

    [Fact]
    public async Task Kpi_EditedFromAStalePage_IsRefused()
    {
        await _app.ClearDemoRoadmapAsync();
        var id = await _app.AddKpiAsync("Open datasets", 40, new DateOnly(2026, 1, 1), 120, new DateOnly(2027, 12, 31));
        var facilitator = await _app.FacilitatorAsync();
        var stale = await facilitator.GetFormAsync($"{KpisUrl}/{id}/edit");
        Assert.Equal(HttpStatusCode.Redirect, (await facilitator.SubmitAsync(await facilitator.GetFormAsync($"{KpisUrl}/{id}/edit"), new() { ["Target"] = "150" })).StatusCode);

        var response = await facilitator.SubmitAsync(stale, new() { ["Target"] = "90" });

        Assert.Contains("Someone else changed this record", await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal(150m, await _app.InDemoAsync(db => db.Kpis.Select(k => k.Target).SingleAsync()));
    }

    [Fact]
    public async Task Kpi_EditPage_OfAnotherOrganisation_IsNotFound()
    {
        var other = await SecondOrganisation.CreateAsync(_app);
        var foreign = new Kpi { OrganisationId = other.Id, Name = LocalizedText.Of("B", "B", "B") };
        await _app.DbAsync(db =>
        {
            db.Kpis.Add(foreign);
            return db.SaveChangesAsync();
        }, other.Id);
        var facilitator = await _app.FacilitatorAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await facilitator.GetAsync($"{KpisUrl}/{foreign.Id}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await facilitator.GetAsync($"{KpisUrl}/{foreign.Id}")).StatusCode);
    }

    [Theory]
    [InlineData("12,5")]
    [InlineData("12.5")]
    public async Task Measurement_WithCommaOrPoint_IsStoredAsTwelveAndAHalf(string typed)
    {
        await _app.ClearDemoRoadmapAsync();
        var id = await _app.AddKpiAsync("Open datasets", 10, new DateOnly(2026, 1, 1), 20, new DateOnly(2027, 1, 1));
        var contributor = await _app.SignInAsync(DemoSeeder.ContributorEmail);
        var form = await contributor.GetFormAsync($"{KpisUrl}/{id}/measure");

        var response = await contributor.SubmitAsync(form, new() { ["Value"] = typed, ["MeasuredOn"] = "2026-03-15", ["Note"] = "Quarterly count." });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var m = await _app.InDemoAsync(db => db.KpiMeasurements.AsNoTracking().SingleAsync());
        Assert.Equal((12.5m, new DateOnly(2026, 3, 15)), (m.Value, m.MeasuredOn));
        var detail = await (await _app.SignInAsync(DemoSeeder.ViewerEmail)).GetDocumentAsync($"{KpisUrl}/{id}");
        Assert.Contains("12.5 %", detail.QuerySelector("[data-testid=measurements]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(detail.QuerySelector("[data-chart=kpi]"));
    }

    [Theory]
    [InlineData("Value", "twelve", "Enter a number, such as 12,5 or 12.5.")]
    [InlineData("Value", "1e30", "Enter a number between minus and plus one thousand billion.")]
    [InlineData("MeasuredOn", "2099-01-01", "A measurement cannot be dated in the future.")]
    [InlineData("Note", "long", "The note must be at most 500 characters long.")]
    public async Task Measurement_BadInput_IsRefused_AndNothingIsSaved(string field, string value, string message)
    {
        await _app.ClearDemoRoadmapAsync();
        var id = await _app.AddKpiAsync("Open datasets", 10, new DateOnly(2026, 1, 1), 20, new DateOnly(2027, 1, 1));
        var contributor = await _app.SignInAsync(DemoSeeder.ContributorEmail);
        var form = await contributor.GetFormAsync($"{KpisUrl}/{id}/measure");
        var values = new Dictionary<string, string> { ["Value"] = "12", ["MeasuredOn"] = "2026-03-15" };
        values[field] = value == "long" ? new string('x', 501) : value;

        var response = await contributor.SubmitAsync(form, values);

        Assert.Contains(message, await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.False(await _app.InDemoAsync(db => db.KpiMeasurements.AnyAsync()));
    }

    [Fact]
    public async Task Measurement_BelowTheLine_MakesTheKpiAtRisk_AndDeletingItClearsIt()
    {
        await _app.ClearDemoRoadmapAsync();
        var start = ThisMonth.AddMonths(-6);
        var id = await _app.AddKpiAsync("Open datasets", 10, start, 20, ThisMonth.AddMonths(6));
        var contributor = await _app.SignInAsync(DemoSeeder.ContributorEmail);
        var form = await contributor.GetFormAsync($"{KpisUrl}/{id}/measure");
        Assert.Equal(HttpStatusCode.Redirect, (await contributor.SubmitAsync(form, new() { ["Value"] = "11", ["MeasuredOn"] = ThisMonth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) })).StatusCode);
        var detail = await contributor.GetDocumentAsync($"{KpisUrl}/{id}");
        Assert.Equal("At risk", detail.QuerySelector("[data-testid=kpi-status]")!.TextContent.Trim());

        var delete = FormMatching(detail, $"{KpisUrl}/{id}", "form[action*='handler=Delete']");
        Assert.Equal(HttpStatusCode.Redirect, (await contributor.SubmitAsync(delete)).StatusCode);

        Assert.False(await _app.InDemoAsync(db => db.KpiMeasurements.AnyAsync()));
        Assert.Equal("Not measured yet", (await contributor.GetDocumentAsync($"{KpisUrl}/{id}")).QuerySelector("[data-testid=kpi-status]")!.TextContent.Trim());
    }
}
