using System.Net;
using System.Text;
using System.Text.Json;
using DataStrategy.Data.Demo;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Web.Tests;

/// <summary>Open data on the public site: what is published, as CSV and JSON with its licence; maturity scores only on opt-in.</summary>
public sealed class OpenDataTests : IDisposable
{
    private const string OpenData = "/p/" + DemoSeeder.Slug + "/open-data";

    private readonly DssApp _app = new();

    public void Dispose() => _app.Dispose();

    private async Task<T> DbAsync<T>(Func<DataStrategy.Data.AppDbContext, Task<T>> query) => await _app.DbAsync(query, await _app.DemoOrganisationIdAsync());

    private static List<string[]> Csv(string text) =>
        text.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r').Split(',')).ToList();

    [Fact]
    public async Task Page_ListsThePublishedDatasets_WithTheLicence_AndNoMaturityWithoutOptIn()
    {
        var page = await _app.Anonymous().GetDocumentAsync(OpenData + "?culture=fr");

        Assert.Equal(["case-studies", "objectives", "initiatives", "kpis", "kpi-measurements"], page.QuerySelectorAll("[data-dataset]").Select(r => r.GetAttribute("data-dataset")!).ToArray());
        Assert.Contains("CC BY 4.0", page.QuerySelector("[data-testid=licence]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _app.Anonymous().GetAsync(OpenData + "/maturity.csv")).StatusCode);
    }

    [Fact]
    public async Task CaseStudiesCsv_HasTheSixPublished_InEveryLanguage_AndNoContactOrDraft()
    {
        var response = await _app.Anonymous().GetAsync(OpenData + "/case-studies.csv");
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("rel=\"license\"", response.Headers.GetValues("Link").Single(), StringComparison.Ordinal);
        var rows = Csv(text);
        Assert.Equal(["slug", "title_fr", "title_nl", "title_en"], rows[0].Take(4).ToArray());
        Assert.Equal(7, rows.Count);
        Assert.Contains("Sensoren om sneller een parkeerplaats te vinden", text, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoCaseStudies.ContactMarker, text, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoCaseStudies.DraftSlug, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CaseStudiesCsv_ATitleStartingWithEquals_IsWrittenAsText()
    {
        var org = await _app.DemoOrganisationIdAsync();
        await _app.DbAsync(async db =>
        {
            db.CaseStudies.Add(new CaseStudy
            {
                OrganisationId = org,
                Slug = "formula",
                Title = Core.Text.LocalizedText.Of("=HYPERLINK(\"http://evil.example\",\"clic\")", "=1+1", "@SUM(A1)"),
                Status = CaseStudyStatus.Published,
                PublishedAt = DateTimeOffset.UtcNow,
            });
            return await db.SaveChangesAsync();
        }, org);

        var text = await _app.Anonymous().GetStringAsync(OpenData + "/case-studies.csv");

        Assert.Contains("'=HYPERLINK", text, StringComparison.Ordinal);
        Assert.Contains("'=1+1", text, StringComparison.Ordinal);
        Assert.Contains("'@SUM(A1)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KpisJson_HasOnlyTheIndicatorsTheOrganisationPublishes_WithTheLicence()
    {
        var (published, hidden) = await DbAsync(async db => (
            await db.Kpis.Where(k => k.Public).Select(k => k.Id).ToListAsync(),
            await db.Kpis.Where(k => !k.Public).ToListAsync()));

        var json = JsonDocument.Parse(await _app.Anonymous("fr").GetStringAsync(OpenData + "/kpis.json")).RootElement;
        var measurements = await _app.Anonymous().GetStringAsync(OpenData + "/kpi-measurements.csv");

        Assert.Equal("CC BY 4.0", json.GetProperty("licence").GetProperty("name").GetString());
        Assert.Equal("Ville de Démo", json.GetProperty("publisher").GetString());
        var ids = json.GetProperty("rows").EnumerateArray().Select(r => Guid.Parse(r.GetProperty("id").GetString()!)).ToHashSet();
        Assert.Equal(published.ToHashSet(), ids);
        Assert.Equal(4, ids.Count);
        Assert.Equal(JsonValueKind.Number, json.GetProperty("rows")[0].GetProperty("target").ValueKind);
        Assert.All(hidden, k => Assert.DoesNotContain(k.Id.ToString(), measurements, StringComparison.Ordinal));
        var kpisOnTheHomePage = (await _app.Anonymous("en").GetDocumentAsync("/p/" + DemoSeeder.Slug)).QuerySelector("[data-testid=public-kpis]")!.TextContent;
        Assert.NotEmpty(hidden);
        Assert.All(hidden, k => Assert.DoesNotContain(k.Name.Get("en"), kpisOnTheHomePage, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Maturity_AfterOptInInSettings_IsPublishedPerTheme()
    {
        var lead = await _app.LeadAsync();
        var form = await lead.GetFormAsync("/o/" + DemoSeeder.Slug + "/settings");
        Assert.Equal(HttpStatusCode.Redirect, (await lead.SubmitAsync(form, new() { ["PublishesMaturity"] = "true" })).StatusCode);

        var json = JsonDocument.Parse(await _app.Anonymous().GetStringAsync(OpenData + "/maturity.json")).RootElement;

        var rows = json.GetProperty("rows").EnumerateArray().ToList();
        Assert.True(rows.Count >= 7, $"{rows.Count} theme rows");
        Assert.All(rows, r => Assert.Equal(JsonValueKind.Number, r.GetProperty("score").ValueKind));
        Assert.Contains(rows, r => r.GetProperty("theme_en").GetString() == "Governance and roles");
    }

    [Theory]
    [InlineData("/case-studies.exe")]
    [InlineData("/nothing.csv")]
    [InlineData("/..%2F..%2Fappsettings.json")]
    [InlineData("/case-studies")]
    public async Task File_UnknownDatasetOrFormat_IsNotFound(string path)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _app.Anonymous().GetAsync(OpenData + path)).StatusCode);
    }

    [Fact]
    public async Task WithoutAPublishedStrategy_TheRoadmapDatasetsAreNotPublished_AndWithNothingPublishedThereIsNoPage()
    {
        var org = await _app.DemoOrganisationIdAsync();
        await DbAsync(db => db.StrategyVersions.Where(v => v.Status == StrategyVersionStatus.Published).ExecuteUpdateAsync(s => s.SetProperty(v => v.Status, StrategyVersionStatus.Superseded)));
        var anonymous = _app.Anonymous();

        var page = await anonymous.GetDocumentAsync(OpenData);
        var files = new[] { "/objectives.csv", "/initiatives.csv", "/kpis.json", "/kpi-measurements.csv" };
        var statuses = new List<HttpStatusCode>();
        foreach (var file in files)
        {
            statuses.Add((await anonymous.GetAsync(OpenData + file)).StatusCode);
        }

        await _app.DbAsync(db => db.CaseStudies.ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, CaseStudyStatus.Draft)), org);
        var withDatasets = await anonymous.GetAsync(OpenData);
        // Published datasets of the register alone keep a public site.
        await _app.DbAsync(db => db.Datasets.ExecuteUpdateAsync(s => s.SetProperty(d => d.Published, false)), org);
        var none = await anonymous.GetAsync(OpenData);

        Assert.Equal(["case-studies"], page.QuerySelectorAll("[data-dataset]").Select(r => r.GetAttribute("data-dataset")!).ToArray());
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.NotFound, s));
        Assert.Equal(HttpStatusCode.OK, withDatasets.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
    }
}
