using System.Text.RegularExpressions;
using DataStrategy.Core.Documents;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DataStrategy.Core.Tests.Documents;

/// <summary>The report's executive summary, topics, recommendations, priorities without target and appendix labels.</summary>
public sealed class MaturityReportSectionsTests
{
    private static readonly string LongText = string.Concat(Enumerable.Repeat("Teams share data informally, without a catalogue or a named owner. ", 10));

    private static List<Paragraph> Body(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return document.MainDocumentPart!.Document.Body!.Elements<Paragraph>().Select(p => (Paragraph)p.CloneNode(true)).ToList();
    }

    private static string? Style(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    private static MaturityReport With(MaturityReport r, Action<Dictionary<string, object>> change)
    {
        var values = new Dictionary<string, object>
        {
            ["Summary"] = r.Summary,
            ["Strengths"] = r.Strengths,
            ["Priorities"] = r.Priorities,
            ["Recommendations"] = r.Recommendations,
            ["Topics"] = r.Topics,
        };
        change(values);
        return new MaturityReport
        {
            Language = r.Language,
            Title = r.Title,
            OrganisationName = r.OrganisationName,
            CampaignName = r.CampaignName,
            FrameworkName = r.FrameworkName,
            DateText = r.DateText,
            Labels = r.Labels,
            Summary = (IReadOnlyList<string>)values["Summary"],
            Method = r.Method,
            LevelNames = r.LevelNames,
            Themes = r.Themes,
            HeatMap = r.HeatMap,
            Strengths = (IReadOnlyList<ReportFinding>)values["Strengths"],
            Opportunities = r.Opportunities,
            Risks = r.Risks,
            Priorities = (IReadOnlyList<ReportPriority>)values["Priorities"],
            Recommendations = (IReadOnlyList<ReportRecommendation>)values["Recommendations"],
            Topics = (IReadOnlyList<ReportTopicRow>)values["Topics"],
            Details = r.Details,
            Appendix = r.Appendix,
        };
    }

    [Fact]
    public void ExecutiveSummary_ManyLongItems_StaysWithinOnePagesBudget_WithAtMostThreePerList()
    {
        var report = With(SampleReport.Create("en"), v =>
        {
            v["Summary"] = Enumerable.Repeat(LongText, 10).ToList();
            v["Strengths"] = Enumerable.Repeat(new ReportFinding(LongText, ["Data quality"]), 40).ToList();
            v["Recommendations"] = Enumerable.Repeat(new ReportRecommendation("Data quality", LongText, [LongText], ["DS-01 · " + LongText]), 20).ToList();
        });

        var paragraphs = Body(MaturityReportDocx.Build(report));
        var start = paragraphs.FindIndex(p => p.InnerText == "Executive summary");
        var end = paragraphs.FindIndex(start + 1, p => Style(p) == "Heading1");
        var page = paragraphs.Skip(start + 1).Take(end - start - 1).ToList();

        // The estimate the builder keeps: 85 characters a line, a heading two lines, 38 lines in all.
        var lines = page.Sum(p => Style(p) == "Heading2" ? 2 : Math.Max(1, (p.InnerText.Length + 84) / 85) + (Style(p) is null ? 1 : 0));
        Assert.True(lines <= 38 + 2, $"{lines} lines");
        Assert.All(page, p => Assert.True(p.InnerText.Length <= 320, p.InnerText));
        Assert.True(page.Count(p => Style(p) == "ListParagraph") <= 9);
        Assert.True(paragraphs[end].ParagraphProperties?.PageBreakBefore is not null, "The method starts on the next page.");
    }

    [Fact]
    public void Shorten_CutsAtAWord_AndMarksTheCut()
    {
        Assert.Equal("short", MaturityReportDocx.Shorten("short", 10));
        var cut = MaturityReportDocx.Shorten(LongText, 100);
        Assert.True(cut.Length <= 100, cut);
        Assert.EndsWith("…", cut, StringComparison.Ordinal);
        Assert.StartsWith(cut[..^1], LongText, StringComparison.Ordinal);
    }

    [Fact]
    public void Priorities_WithoutTarget_ShowNoRankAndSayNoTargetSet()
    {
        var report = With(SampleReport.Create("en"), v => v["Priorities"] = new List<ReportPriority>
        {
            new(1, "Data quality", 1.5, 2, 3, null),
            new(2, "Analytics & AI", 0, 1, 0, null, HasTarget: false),
        });

        var bytes = MaturityReportDocx.Build(report);
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var table = document.MainDocumentPart!.Document.Body!.Descendants<Table>().Single(t => t.GetFirstChild<TableProperties>()?.TableCaption?.Val?.Value == report.Label(ReportLabels.Priorities));
        var row = table.Elements<TableRow>().Last().Elements<TableCell>().Select(c => c.InnerText).ToList();
        Assert.Equal(["–", "Analytics & AI", "no target set", "1.0", "–"], row.Take(5));
        Assert.DoesNotContain(table.Elements<TableRow>().Skip(1), r => r.Elements<TableCell>().ElementAt(2).InnerText == "0.0");
    }

    [Fact]
    public void Topics_AreAMatrixOfTopicsAndThemes_WithDashesWhereATopicAsksNothing()
    {
        var themes = SampleReport.Create("en").Themes.Count;
        var report = With(SampleReport.Create("en"), v => v["Topics"] = new List<ReportTopicRow>
        {
            new("Knowing the data you have", 2.5, [.. Enumerable.Range(0, themes).Select(i => i == 1 ? new ReportMatrixCell(4, 2.5) : new ReportMatrixCell(0, null))]),
            new("Protecting your data", null, [.. Enumerable.Range(0, themes).Select(_ => new ReportMatrixCell(2, null))]),
        });

        using var document = WordprocessingDocument.Open(new MemoryStream(MaturityReportDocx.Build(report)), false);
        var table = document.MainDocumentPart!.Document.Body!.Descendants<Table>().Single(t => t.GetFirstChild<TableProperties>()?.TableCaption?.Val?.Value == "Topics and themes");
        var rows = table.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(["Topic", "AllThemes", .. SampleReport.ThemeNames], rows[0]);
        Assert.Equal(["Knowing the data you have", "2.5", "–", "2.5", "–", "–", "–", "–", "–"], rows[1]);
        Assert.Equal("Protecting your data", rows[2][0]);
        Assert.All(rows[2].Skip(1), c => Assert.Equal("Too few answers", c));

        var none = SampleReport.Create("en");
        using var plain = WordprocessingDocument.Open(new MemoryStream(MaturityReportDocx.Build(none)), false);
        Assert.DoesNotContain(plain.MainDocumentPart!.Document.Body!.Descendants<Table>(), t => t.GetFirstChild<TableProperties>()?.TableCaption?.Val?.Value == "Topics and themes");
    }

    [Fact]
    public void Recommendations_ListFindingsAndInitiatives_OrSayOneIsMissing()
    {
        var report = With(SampleReport.Create("en"), v => v["Recommendations"] = new List<ReportRecommendation>
        {
            new("Data quality", "Raise the theme “Data quality” from 2.5 to its target of 4.", ["Departments disagree on quality."], ["DS-03 · Data quality dashboard"]),
            new("Skills & culture", "Raise the theme “Skills & culture” from 2.1 to its target of 3.", [], []),
        });

        var paragraphs = Body(MaturityReportDocx.Build(report)).Select(p => p.InnerText).ToList();
        var start = paragraphs.IndexOf("Recommendations");
        Assert.True(start > 0);
        var section = paragraphs.Skip(start).Take(12).ToList();
        Assert.Contains("1. Data quality", section);
        Assert.Contains("DS-03 · Data quality dashboard", section);
        Assert.Contains("Departments disagree on quality.", section);
        Assert.Contains("2. Skills & culture", section);
        Assert.Contains(report.Label("Recommendation.NoInitiative"), section);
    }

    [Fact]
    public void Appendix_LevelLabel_IsWrittenOnceBeforeEachDescriptor()
    {
        var report = SampleReport.Create("en");
        var descriptors = Body(MaturityReportDocx.Build(report)).Where(p => Style(p) == "Descriptor").Select(p => p.InnerText).ToList();

        Assert.Equal(report.Appendix.Sum(t => t.Questions.Sum(q => q.Descriptors.Count)), descriptors.Count);
        Assert.All(descriptors, d => Assert.Equal(1, Regex.Count(d, @"\d · (Initial|Developing|Defined|Managed|Optimised):")));
    }

    [Theory]
    [InlineData("fr", "«\u00A0Évaluation 2024\u00A0»")]
    [InlineData("nl", "“Evaluatie 2024”")]
    [InlineData("en", "“Evaluation 2024”")]
    public void Quote_QuotesAsTheLanguageDoes(string language, string expected) =>
        Assert.Equal(expected, DocumentTexts.Quote(expected.Trim('«', '»', '“', '”', '\u00A0'), language));

    [Theory]
    [InlineData("fr", "Référentiel de maturité", "Évaluation 2024")]
    [InlineData("nl", "Het raamwerk voor datamaturiteit", "De evaluatie 2024")]
    [InlineData("en", "The city framework", "Assessment 2024")]
    public void Sentences_WithNamesCarryingArticles_GlueNoArticleToThem(string language, string framework, string campaign)
    {
        var texts = DocumentTexts.Report;
        var sentences = new[]
        {
            texts.Get("Summary.Period", language, "Ville", DocumentTexts.Quote(framework, language), "1", "2"),
            texts.Get("Summary.NoPeriod", language, "Ville", DocumentTexts.Quote(framework, language)),
            texts.Get("Summary.OverallChange", language, "2,5", DocumentTexts.Quote(campaign, language)),
            texts.Get("Method.Previous", language, DocumentTexts.Quote(campaign, language)),
            texts.Count("Summary.Priorities", language, 3, DocumentTexts.Quote("Open data", language)),
            texts.Get("Recommendation.Raise", language, DocumentTexts.Quote("Open data", language), "2,5", 4),
        };

        var glued = new Regex(@"\b(?:de|le|la|du|lors de|à|het|de|the|with the|in)\s+(?:Référentiel|Évaluation|Het|De|The|Assessment|Open)\b");
        Assert.All(sentences, s => Assert.DoesNotMatch(glued, s));
        Assert.All(sentences.Skip(2).Take(2), s => Assert.Contains(DocumentTexts.Quote(campaign, language), s, StringComparison.Ordinal));
        Assert.Contains(DocumentTexts.Quote(framework, language), sentences[0], StringComparison.Ordinal);
    }
}
