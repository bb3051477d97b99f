using System.Net;
using System.Text;
using DataStrategy.Core.Documents;
using DataStrategy.Data.Analysis;
using DataStrategy.Data.Demo;
using DataStrategy.Web.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using static DataStrategy.Web.Tests.Infrastructure.AnalysisHelpers;

namespace DataStrategy.Web.Tests;

/// <summary>The maturity report a member downloads: DOCX (valid, anonymised, suppressed) and PDF.</summary>
public sealed class MaturityReportTests : IDisposable
{
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private readonly DssApp _app = new();

    public void Dispose() => _app.Dispose();

    private static string Report(Guid campaign, string language, string format) =>
        $"{DemoOrg}/campaigns/{campaign}/report?handler=Download&Language={Uri.EscapeDataString(language)}&Format={Uri.EscapeDataString(format)}";

    [Theory]
    [InlineData("fr", "Ville de Démo")]
    [InlineData("nl", "Stad Demo")]
    [InlineData("en", "Demo City")]
    public async Task Docx_Viewer_GetsAValidDocument_WithFindings_AndNoStakeholderName(string language, string organisation)
    {
        var campaign = await _app.DemoCampaignAsync();
        var viewer = await _app.SignInAsync(DemoSeeder.ViewerEmail);
        var finding = await _app.InDemoAsync(db => db.Findings.Where(f => f.CampaignId == campaign).OrderBy(f => f.Position).FirstAsync());

        var response = await viewer.GetAsync(Report(campaign, language, "docx"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DocxType, response.Content.Headers.ContentType!.MediaType);
        Assert.EndsWith($"-{language}.docx", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName, StringComparison.Ordinal);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using (var stream = new MemoryStream(bytes))
        using (var document = WordprocessingDocument.Open(stream, false))
        {
            var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document).Take(10).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }

        var text = DocxText(bytes);
        Assert.Contains(organisation, text, StringComparison.Ordinal);
        Assert.Contains(finding.Text[language]!, text, StringComparison.Ordinal);
        Assert.Contains(DemoAnalysis.EarlierCampaignNames[language]!, text, StringComparison.Ordinal);
        Assert.All(StakeholderNames, name => Assert.DoesNotContain(name, text, StringComparison.Ordinal));
        var users = DemoSeeder.DemoUsers.Concat(DemoSeeder.ExternalFacilitators).Select(u => u.Name);
        Assert.All(users, name => Assert.DoesNotContain(name, text, StringComparison.Ordinal));
        // The demo quotes are in the report, without the names of who said them.
        Assert.Contains("Une même rue existe sous trois orthographes dans nos dossiers de permis.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Docx_MinGroupSize30_HeatMapHoldsNoScore()
    {
        var campaign = await _app.DemoCampaignAsync();
        await _app.SetMinGroupSizeAsync(campaign, 30);
        var viewer = await _app.SignInAsync(DemoSeeder.ViewerEmail);

        var bytes = await viewer.GetByteArrayAsync(Report(campaign, "en", "docx"));

        using var stream = new MemoryStream(bytes);
        using var document = WordprocessingDocument.Open(stream, false);
        var heatLabel = DocumentTexts.Report.Get(ReportLabels.HeatMap, "en");
        var tooFew = DocumentTexts.Report.Get(ReportLabels.TooFew, "en");
        var heat = document.MainDocumentPart!.Document.Body!.Descendants<Table>()
            .Single(t => t.GetFirstChild<TableProperties>()?.TableCaption?.Val?.Value == heatLabel);
        var rows = heat.Elements<TableRow>().Skip(1).ToList();
        var departments = await _app.InDemoAsync(db => db.Departments.CountAsync());
        Assert.Equal(departments, rows.Count);
        Assert.All(rows, row =>
        {
            var cells = row.Elements<TableCell>().Skip(1).Select(c => c.InnerText).ToList();
            Assert.NotEmpty(cells);
            Assert.All(cells, cell => Assert.Equal(tooFew, cell));
        });
        // The whole campaign has over 30 respondents: its theme scores still show.
        var scores = document.MainDocumentPart.Document.Body.Descendants<Table>()
            .First(t => t.GetFirstChild<TableProperties>()?.TableCaption?.Val?.Value == DocumentTexts.Report.Get(ReportLabels.ThemeScores, "en"));
        Assert.Contains(scores.Elements<TableRow>().Skip(1), row => HasDigit(row.Elements<TableCell>().ElementAt(1).InnerText));
    }

    [Fact]
    public async Task Pdf_Viewer_GetsAPdf()
    {
        // Never passes silently: without LibreOffice (soffice, or DSS_SOFFICE) this fails, on CI and locally.
        Assert.True(PdfConverter.IsAvailable(), $"LibreOffice ({PdfConverter.Program}) is not installed; CI={Environment.GetEnvironmentVariable("CI")}");
        var campaign = await _app.DemoCampaignAsync();
        var viewer = await _app.SignInAsync(DemoSeeder.ViewerEmail);

        var response = await viewer.GetAsync(Report(campaign, "fr", "pdf"));

        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK && response.Content.Headers.ContentType?.MediaType == "application/pdf", Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 3000)]));
        Assert.Equal("%PDF", Encoding.ASCII.GetString(bytes, 0, 4));
        Assert.True(bytes.Length > 10_000, $"{bytes.Length} bytes");
    }

    [Theory]
    [InlineData("de", "docx")]
    [InlineData("fr", "exe")]
    [InlineData("../../etc/passwd", "docx")]
    [InlineData("", "")]
    [InlineData("<script>", "pdf")]
    public async Task Download_UnknownLanguageOrFormat_ShowsAnError_AndNoFile(string language, string format)
    {
        var campaign = await _app.DemoCampaignAsync();
        var viewer = await _app.SignInAsync(DemoSeeder.ViewerEmail);

        var response = await viewer.GetAsync(Report(campaign, language, format));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Null(response.Content.Headers.ContentDisposition);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Choose a language and a format from the lists.", (await response.ParseAsync()).QuerySelector(".error-summary")?.TextContent ?? html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportPage_OffersEveryLanguageAndBothFormats()
    {
        var campaign = await _app.DemoCampaignAsync();
        var viewer = await _app.SignInAsync(DemoSeeder.ViewerEmail, language: "nl");

        var doc = await viewer.GetDocumentAsync($"{DemoOrg}/campaigns/{campaign}/report");

        Assert.Equal(["fr", "nl", "en"], doc.QuerySelectorAll("input[name=Language]").Select(i => i.GetAttribute("value")!).ToArray());
        Assert.True(doc.QuerySelector("input[name=Language][value=nl]")!.HasAttribute("checked"));
        Assert.Equal(["docx", "pdf"], doc.QuerySelectorAll("input[name=Format]").Select(i => i.GetAttribute("value")!).ToArray());
    }
}
