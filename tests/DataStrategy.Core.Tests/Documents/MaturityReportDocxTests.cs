using System.Diagnostics;
using System.Text;
using DataStrategy.Core.Documents;
using DataStrategy.Core.Documents.Docx;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace DataStrategy.Core.Tests.Documents;

public class MaturityReportDocxTests
{
    [Theory]
    [InlineData("fr")]
    [InlineData("nl")]
    [InlineData("en")]
    public void Build_SampleReport_HasNoValidationErrors(string language)
    {
        var bytes = MaturityReportDocx.Build(SampleReport.Create(language));

        AssertValid(bytes);
    }

    [Theory]
    [InlineData("fr", "nl")]
    [InlineData("en", "nl")]
    public void Build_QuoteInAnotherLanguage_KeepsItsWordsTaggedWithItsLanguage(string language, string spoken)
    {
        using var document = Open(MaturityReportDocx.Build(SampleReport.Create(language)));

        var run = document.MainDocumentPart!.Document.Body!.Descendants<Run>().Single(r => r.InnerText == SampleReport.DutchQuote);
        Assert.Equal(spoken, run.RunProperties?.Languages?.Val?.Value);
        // A quote in the document's own language (or of unknown language) carries no tag of its own.
        var own = document.MainDocumentPart.Document.Body.Descendants<Run>().Single(r => r.InnerText == "Nobody reads the data policy " + SampleReport.ScriptText);
        Assert.Null(own.RunProperties?.Languages);
    }

    [Fact]
    public void Build_QuoteInTheDocumentsLanguage_IsNotTaggedAgain()
    {
        using var document = Open(MaturityReportDocx.Build(SampleReport.Create("nl")));

        var run = document.MainDocumentPart!.Document.Body!.Descendants<Run>().Single(r => r.InnerText == SampleReport.DutchQuote);
        Assert.Null(run.RunProperties?.Languages);
    }

    [Fact]
    public void Build_EmptyReport_ValidatesAndShowsNoneWithoutHeatMap()
    {
        var report = SampleReport.CreateEmpty("en");

        var bytes = MaturityReportDocx.Build(report);

        AssertValid(bytes);
        using var document = Open(bytes);
        var headings = Headings(document, "Heading1");
        Assert.DoesNotContain("Heat map", headings);
        Assert.Contains("Strengths", headings);
        Assert.Contains("Priorities", headings);
        Assert.Empty(document.MainDocumentPart!.ChartParts);
        var paragraphs = document.MainDocumentPart.Document.Body!.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.True(paragraphs.Count(p => p == "None") >= 5, "Each empty section says 'None'.");
    }

    [Fact]
    public void Build_SampleReport_ContainsSectionHeadingsInOrder()
    {
        using var document = Open(MaturityReportDocx.Build(SampleReport.Create("en")));

        var headings = Headings(document, "Heading1");

        Assert.Equal(
            ["Executive summary", "Method", "Results", "Heat map", "Strengths", "Opportunities", "Risks and disagreements", "Priorities", "Recommendations", "Theme detail", "Appendix: the framework"],
            headings);
        var themeHeadings = Headings(document, "Heading2");
        foreach (var theme in SampleReport.ThemeNames)
        {
            Assert.Equal(2, themeHeadings.Count(h => h == theme)); // detail + appendix
        }

        Assert.Single(Headings(document, "Title"), "Data maturity report");
    }

    [Fact]
    public void Build_HostileText_IsWrittenAsLiteralText()
    {
        var bytes = MaturityReportDocx.Build(SampleReport.Create("en"));

        using var document = Open(bytes);
        var text = document.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains(SampleReport.ScriptText, text, StringComparison.Ordinal);
        Assert.Contains(SampleReport.HyperlinkFormula, text, StringComparison.Ordinal);
        Assert.Contains(SampleReport.CmdFormula, text, StringComparison.Ordinal);
        Assert.Contains("BeforeAfter control character", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u0001", text, StringComparison.Ordinal);
        Assert.Contains(SampleReport.LongText, text, StringComparison.Ordinal);
        Assert.Empty(document.MainDocumentPart.Document.Descendants<FieldCode>()); // only the footer has fields

        var xml = PartXml(document.MainDocumentPart);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SampleReport_HasRadarChartWithThemeNamesAndSeries()
    {
        using var document = Open(MaturityReportDocx.Build(SampleReport.Create("en")));

        var chartPart = Assert.Single(document.MainDocumentPart!.ChartParts);
        var chartSpace = chartPart.ChartSpace;
        var radar = Assert.Single(chartSpace.Descendants<C.RadarChart>());
        var series = radar.Elements<C.RadarChartSeries>().ToList();
        Assert.Equal(["Score", "Target", "Previous"], series.Select(s => s.SeriesText!.Descendants<C.StringPoint>().Single().InnerText));
        var categories = series[0].Descendants<C.CategoryAxisData>().Single().Descendants<C.StringPoint>().Select(p => p.InnerText);
        Assert.Equal(SampleReport.ThemeNames, categories);

        // The suppressed score ("Open data") is left out of the cache, not written as 0.
        var scoreCache = series[0].Descendants<C.Values>().Single().Descendants<C.NumberingCache>().Single();
        Assert.Equal(7u, scoreCache.PointCount!.Val!.Value);
        var indexes = scoreCache.Elements<C.NumericPoint>().Select(p => p.Index!.Value).ToList();
        Assert.Equal([0u, 1u, 2u, 3u, 5u, 6u], indexes);
        Assert.Equal("3.14", scoreCache.Elements<C.NumericPoint>().First().InnerText);

        var scaling = chartSpace.Descendants<C.ValueAxis>().Single().Scaling!;
        Assert.Equal(0, scaling.MinAxisValue!.Val!.Value);
        Assert.Equal(5, scaling.MaxAxisValue!.Val!.Value);
    }

    [Fact]
    public void Build_NoPreviousScores_ChartHasNoPreviousSeriesAndTableNoPreviousColumn()
    {
        var sample = SampleReport.Create("en");
        var report = WithThemes(sample, sample.Themes.Select(t => t with { Previous = null }).ToList());

        var bytes = MaturityReportDocx.Build(report);

        AssertValid(bytes);
        using var document = Open(bytes);
        var series = document.MainDocumentPart!.ChartParts.Single().ChartSpace.Descendants<C.RadarChartSeries>();
        Assert.Equal(["Score", "Target"], series.Select(s => s.SeriesText!.Descendants<C.StringPoint>().Single().InnerText));
        var scoreTable = document.MainDocumentPart.Document.Body!.Elements<Table>().First();
        Assert.Equal(["Theme", "Score", "Interval", "Target", "Respondents"], scoreTable.Elements<TableRow>().First().Elements<TableCell>().Select(c => c.InnerText));
    }

    [Fact]
    public void Build_SampleReport_ChartHasDescriptiveAltTextAndAccessibleTable()
    {
        using var document = Open(MaturityReportDocx.Build(SampleReport.Create("en")));

        var docPr = Assert.Single(document.MainDocumentPart!.Document.Descendants<DW.DocProperties>());
        var description = docPr.Description!.Value!;
        Assert.Contains("Data governance: Score 3.1, Target 4, Previous 2.9", description, StringComparison.Ordinal);
        Assert.Contains("Open data: Score Too few answers", description, StringComparison.Ordinal);

        var table = document.MainDocumentPart.Document.Body!.Elements<Table>().First();
        var rows = table.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Equal(["Theme", "Score", "Interval", "Target", "Previous", "Respondents"], rows[0]);
        Assert.Equal(["Data governance", "3.1", "2.9–3.4", "4", "2.9", "120"], rows[1]);
        Assert.Equal(["Open data", "Too few answers", "Too few answers", "4", "2.2", "3"], rows[5]);
        Assert.NotNull(rows[0]); // header repeats on each page
        Assert.NotNull(table.Elements<TableRow>().First().TableRowProperties!.GetFirstChild<TableHeader>());
    }

    [Fact]
    public void Build_French_UsesDecimalComma()
    {
        using var document = Open(MaturityReportDocx.Build(SampleReport.Create("fr")));

        var table = document.MainDocumentPart!.Document.Body!.Elements<Table>().First();
        var governance = table.Elements<TableRow>().ElementAt(1).Elements<TableCell>().Select(c => c.InnerText).ToList();
        Assert.Equal(["Data governance", "3,1", "2,9–3,4", "4", "2,9", "120"], governance);
        var priorities = document.MainDocumentPart.Document.Body.Elements<Table>().Single(t => t.InnerText.Contains("Score de priorité", StringComparison.Ordinal));
        Assert.Contains("1,5", priorities.Elements<TableRow>().ElementAt(1).InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SampleReport_SetsLanguageAndProperties()
    {
        using var document = Open(MaturityReportDocx.Build(SampleReport.Create("nl")));

        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        var language = styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.Languages!;
        Assert.Equal("nl", language.Val!.Value);
        string[] required = ["Normal", "Title", "Heading1", "Heading2", "Caption"];
        var styleIds = styles.Elements<Style>().Select(s => s.StyleId!.Value).ToList();
        Assert.All(required, id => Assert.Contains(id, styleIds));
        Assert.Equal("Datamaturiteitsrapport", document.PackageProperties.Title);
        Assert.Equal(DocxPackage.ApplicationName, document.PackageProperties.Creator);

        var section = document.MainDocumentPart.Document.Body!.Elements<SectionProperties>().Single();
        Assert.Equal(11906u, section.GetFirstChild<PageSize>()!.Width!.Value); // A4
        Assert.Equal(16838u, section.GetFirstChild<PageSize>()!.Height!.Value);
        var footer = string.Concat(document.MainDocumentPart.FooterParts.Select(f => f.Footer!.InnerXml));
        Assert.Contains(" PAGE ", footer, StringComparison.Ordinal);
        Assert.Contains("Pagina", footer, StringComparison.Ordinal);
        Assert.Contains(document.MainDocumentPart.HeaderParts, h => h.Header!.InnerText == "Ville de Bruxelles & CPAS");
    }

    [Fact]
    public void Build_SampleReport_HeatMapShadesScoresAndLeavesSuppressedCellsPlain()
    {
        using var document = Open(MaturityReportDocx.Build(SampleReport.Create("en")));

        var heatMap = document.MainDocumentPart!.Document.Body!.Elements<Table>()
            .Single(t => t.GetFirstChild<TableProperties>()!.TableCaption!.Val == "Heat map");
        var finance = heatMap.Elements<TableRow>().ElementAt(1).Elements<TableCell>().ToList();
        Assert.Equal("Finance", finance[0].InnerText);
        Assert.Equal("3.4", finance[1].InnerText);
        Assert.NotNull(finance[1].TableCellProperties!.Shading);
        Assert.Equal("Too few answers", finance[5].InnerText);
        Assert.Null(finance[5].TableCellProperties!.Shading);

        var light = heatMap.Elements<TableRow>().ElementAt(5).Elements<TableCell>().ElementAt(1); // Communication, 1.0
        var dark = heatMap.Elements<TableRow>().ElementAt(5).Elements<TableCell>().ElementAt(5); // Communication, 5.0
        Assert.NotEqual(light.TableCellProperties!.Shading!.Fill!.Value, dark.TableCellProperties!.Shading!.Fill!.Value);

        // Seven themes do not fit across portrait A4: the heat map sits in a landscape section.
        var sectionAfter = heatMap.ElementsAfter().OfType<Paragraph>().First(p => p.ParagraphProperties?.SectionProperties is not null);
        Assert.Equal(PageOrientationValues.Landscape, sectionAfter.ParagraphProperties!.SectionProperties!.GetFirstChild<PageSize>()!.Orient!.Value);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void HeatFill_EveryScore_TextColourKeepsWcagContrast(int levels)
    {
        for (var score = 0.0; score <= levels + 0.5; score += 0.05)
        {
            var fill = MaturityReportDocx.HeatFill(score, levels);
            var text = DocxColors.TextColorOn(fill);
            Assert.True(DocxColors.ContrastRatio(fill, text) >= 4.5, $"{fill} with {text} at {score}");
        }
    }

    [Fact]
    public void Clean_InvalidXmlCharacters_AreRemovedAndValidOnesKept()
    {
        var cleaned = DocxText.Clean("a\u0001b\u0008c\uFFFEd\uD800e\tf\r\ng 😀 ü");

        Assert.Equal("abcde\tf\ng 😀 ü", cleaned);
    }

    [Fact]
    public void Build_UnknownLanguage_FallsBackToInvariantNumbers()
    {
        var sample = SampleReport.Create("en");
        var report = new MaturityReport
        {
            Language = "zz-invalid-tag",
            Title = sample.Title,
            OrganisationName = sample.OrganisationName,
            CampaignName = sample.CampaignName,
            FrameworkName = sample.FrameworkName,
            DateText = sample.DateText,
            Labels = sample.Labels,
            LevelNames = sample.LevelNames,
            Themes = sample.Themes,
        };

        using var document = Open(MaturityReportDocx.Build(report));

        Assert.Contains("3.1", document.MainDocumentPart!.Document.Body!.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ToStream_WritesOpenableDocument()
    {
        using var stream = new MemoryStream();

        MaturityReportDocx.Write(SampleReport.Create("fr"), stream);

        AssertValid(stream.ToArray());
    }

    [Fact]
    public async Task Build_SampleReport_LibreOfficeConvertsToPdf()
    {
        var size = await LibreOffice.AssertConvertsToPdfAsync(MaturityReportDocx.Build(SampleReport.Create("fr")), "report");

        Assert.True(size > 20_000, $"PDF is only {size} bytes.");
    }

    private static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), false);

    private static void AssertValid(byte[] bytes)
    {
        using var document = Open(bytes);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).ToList();
        Assert.True(
            errors.Count == 0,
            $"{errors.Count} validation errors:\n" + string.Join("\n", errors.Take(30).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
    }

    private static List<string> Headings(WordprocessingDocument document, string style) =>
        document.MainDocumentPart!.Document.Body!.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == style)
            .Select(p => p.InnerText)
            .ToList();

    private static string PartXml(OpenXmlPart part)
    {
        using var reader = new StreamReader(part.GetStream());
        return reader.ReadToEnd();
    }

    private static MaturityReport WithThemes(MaturityReport r, IReadOnlyList<ReportTheme> themes) => new()
    {
        Language = r.Language,
        Title = r.Title,
        OrganisationName = r.OrganisationName,
        CampaignName = r.CampaignName,
        FrameworkName = r.FrameworkName,
        DateText = r.DateText,
        Labels = r.Labels,
        Summary = r.Summary,
        Method = r.Method,
        LevelNames = r.LevelNames,
        Themes = themes,
        HeatMap = r.HeatMap,
        Strengths = r.Strengths,
        Opportunities = r.Opportunities,
        Risks = r.Risks,
        Priorities = r.Priorities,
        Details = r.Details,
        Appendix = r.Appendix,
    };
}
