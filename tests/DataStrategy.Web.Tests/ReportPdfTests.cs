using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using DataStrategy.Core.Documents;
using DataStrategy.Data.Analysis;
using DataStrategy.Data.Demo;
using DataStrategy.Web.Infrastructure;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DataStrategy.Web.Tests.Infrastructure.AnalysisHelpers;

namespace DataStrategy.Web.Tests;

/// <summary>
/// The PDFs that leave the application: tagged for screen readers, made once per version of their content (for every
/// reader and every instance), made again when the content changes, and made ahead when the page is opened.
/// </summary>
public sealed partial class ReportPdfTests : IDisposable
{
    private readonly DssApp _app = new();

    public void Dispose() => _app.Dispose();

    private static string Report(Guid campaign, string language) =>
        $"{DemoOrg}/campaigns/{campaign}/report?handler=Download&Language={language}&Format=pdf";

    private static string PublicPdf(string language) => $"/p/{DemoSeeder.Slug}?handler=Document&language={language}&format=pdf";

    [GeneratedRegex(@"/Type\s*/Page[^s]")]
    private static partial Regex PageObject();


    private static async Task<byte[]> PdfAsync(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK && response.Content.Headers.ContentType?.MediaType == "application/pdf", $"{(int)response.StatusCode}: {Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 2000)])}");
        return bytes;
    }

    private static void AssertTagged(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        Assert.StartsWith("%PDF", text, StringComparison.Ordinal);
        Assert.Contains("/StructTreeRoot", text, StringComparison.Ordinal);
        Assert.Matches(@"/MarkInfo\s*<<\s*/Marked\s+true", text);
        Assert.Matches(@"/Lang\s*\(", text);
    }

    [Fact]
    public async Task MaturityReportAndPublicStrategy_AreTaggedPdfs()
    {
        Assert.True(PdfConverter.IsAvailable(), "LibreOffice is required");
        var campaign = await _app.DemoCampaignAsync();
        var viewer = await _app.SignInAsync(DemoSeeder.ViewerEmail);

        AssertTagged(await PdfAsync(await viewer.GetAsync(Report(campaign, "nl"))));
        AssertTagged(await PdfAsync(await _app.Anonymous().GetAsync(PublicPdf("fr"))));
    }

    [Fact]
    public async Task SamePdf_32ConcurrentReaders_IsMadeOnce_AndStoredForEveryInstance()
    {
        var cache = _app.Services.GetRequiredService<PdfRenderCache>();
        var clients = Enumerable.Range(0, 32).Select(_ => _app.Anonymous()).ToList();

        var pdfs = await Task.WhenAll(clients.Select(async c => await PdfAsync(await c.GetAsync(PublicPdf("nl")))));

        Assert.Equal(1, cache.Renders);
        Assert.All(pdfs, p => Assert.Equal(pdfs[0], p));
        var stored = await _app.InDemoAsync(db => db.RenderedPdfs.Where(r => r.Subject == "public-strategy/nl").ToListAsync());
        Assert.Equal(pdfs[0], Assert.Single(stored).Content);
    }

    [Fact]
    public async Task Report_IsMadeOncePerContent_AndAgainWhenTheContentChanges()
    {
        var cache = _app.Services.GetRequiredService<PdfRenderCache>();
        var campaign = await _app.DemoCampaignAsync();
        var viewer = await _app.SignInAsync(DemoSeeder.ViewerEmail);

        var first = await PdfAsync(await viewer.GetAsync(Report(campaign, "fr")));
        var again = await PdfAsync(await viewer.GetAsync(Report(campaign, "fr")));
        Assert.Equal(1, cache.Renders);
        Assert.Equal(first, again);

        await _app.InDemoAsync(async db =>
        {
            var finding = await db.Findings.Where(f => f.CampaignId == campaign).OrderBy(f => f.Position).FirstAsync();
            finding.Text = new Core.Text.LocalizedText(finding.Text.Values).Set("fr", "Un constat réécrit après l'atelier.");
            return await db.SaveChangesAsync();
        });
        var changed = await PdfAsync(await viewer.GetAsync(Report(campaign, "fr")));

        Assert.Equal(2, cache.Renders);
        Assert.NotEqual(first, changed);
        var rows = await _app.InDemoAsync(db => db.RenderedPdfs.Where(r => r.Subject == $"maturity/{campaign:N}/fr").ToListAsync());
        Assert.Equal(changed, Assert.Single(rows).Content);
    }

    [Fact]
    public async Task ASecondInstance_OnTheSameDatabase_ServesThePdfTheFirstMade()
    {
        // Two instances of their own (not pooled) on one database, as behind a load balancer.
        using var first = new DssApp(settings: new Dictionary<string, string?> { ["Documents:PrerenderPdf"] = "false" });
        var campaign = await first.DemoCampaignAsync();
        var viewer = await first.SignInAsync(DemoSeeder.ViewerEmail);
        var made = await PdfAsync(await viewer.GetAsync(Report(campaign, "en")));

        using var second = new DssApp(settings: first.DatabaseSettings);
        var other = await second.SignInAsync(DemoSeeder.ViewerEmail);
        var served = await PdfAsync(await other.GetAsync(Report(campaign, "en")));

        Assert.Equal(made, served);
        Assert.Equal(0, second.Services.GetRequiredService<PdfRenderCache>().Renders);
    }

    [Fact]
    public async Task OpeningTheReportPage_MakesThePdfAhead()
    {
        using var app = new DssApp(settings: new Dictionary<string, string?> { ["Documents:PrerenderPdf"] = "true" });
        var cache = app.Services.GetRequiredService<PdfRenderCache>();
        var campaign = await app.DemoCampaignAsync();
        var viewer = await app.SignInAsync(DemoSeeder.ViewerEmail, language: "fr");

        var page = await viewer.GetAsync($"{DemoOrg}/campaigns/{campaign}/report");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var deadline = DateTime.UtcNow + (PdfConverter.Timeout * 2);
        while (await app.InDemoAsync(db => db.RenderedPdfs.CountAsync(r => r.Subject == $"maturity/{campaign:N}/fr" && r.Content != null)) == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the PDF was not made ahead");
            await Task.Delay(250);
        }

        var started = System.Diagnostics.Stopwatch.StartNew();
        await PdfAsync(await viewer.GetAsync(Report(campaign, "fr")));
        Assert.Equal(1, cache.Renders);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(5), $"{started.Elapsed}");
    }

    [Fact]
    public async Task ExecutiveSummary_FitsOnOnePage_EvenWithLongTextsAndManyItems()
    {
        var campaign = await _app.DemoCampaignAsync();
        var report = (await _app.InDemoAsync(db => MaturityReportComposer.ComposeAsync(db, campaign, "fr")))!;
        var longText = string.Concat(Enumerable.Repeat("Les services partagent leurs données sans catalogue ni responsable désigné, au cas par cas. ", 8));
        var minimal = Rebuild(report, summary: [report.Summary[0]], strengths: [], recommendations: []);
        var maximal = Rebuild(
            report,
            summary: [.. Enumerable.Repeat(longText, 8)],
            strengths: [.. Enumerable.Repeat(new ReportFinding(longText, ["Gouvernance"]), 30)],
            recommendations: [.. Enumerable.Repeat(new ReportRecommendation("Gouvernance", longText, [longText], [longText]), 12)]);

        var small = await PdfConverter.ConvertAsync(MaturityReportDocx.Build(minimal));
        var large = await PdfConverter.ConvertAsync(MaturityReportDocx.Build(maximal));

        // Everything but the summary and the full lists is the same: the summary did not push the next pages on.
        var pagesBefore = PageObject().Count(Encoding.Latin1.GetString(small));
        var pagesAfter = PageObject().Count(Encoding.Latin1.GetString(large));
        var extraListPages = PageObject().Count(Encoding.Latin1.GetString(await PdfConverter.ConvertAsync(MaturityReportDocx.Build(Rebuild(maximal, summary: [report.Summary[0]], strengths: maximal.Strengths, recommendations: maximal.Recommendations)))));
        Assert.Equal(extraListPages, pagesAfter);
        Assert.True(pagesBefore < pagesAfter);
    }

    private static MaturityReport Rebuild(MaturityReport r, IReadOnlyList<string> summary, IReadOnlyList<ReportFinding> strengths, IReadOnlyList<ReportRecommendation> recommendations) => new()
    {
        Language = r.Language,
        Title = r.Title,
        OrganisationName = r.OrganisationName,
        CampaignName = r.CampaignName,
        FrameworkName = r.FrameworkName,
        DateText = r.DateText,
        Labels = r.Labels,
        Summary = summary,
        Method = r.Method,
        LevelNames = r.LevelNames,
        Themes = r.Themes,
        HeatMap = r.HeatMap,
        Strengths = strengths,
        Opportunities = r.Opportunities,
        Risks = r.Risks,
        Priorities = r.Priorities,
        Recommendations = recommendations,
        Topics = r.Topics,
        Details = r.Details,
        Appendix = r.Appendix,
    };
}
