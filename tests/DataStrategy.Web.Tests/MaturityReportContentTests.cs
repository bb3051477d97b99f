using System.Globalization;
using System.Text.RegularExpressions;
using DataStrategy.Core.Assessment;
using DataStrategy.Core.Documents;
using DataStrategy.Core.Frameworks;
using DataStrategy.Data.Analysis;
using DataStrategy.Data.Assessment;
using DataStrategy.Data.Demo;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using static DataStrategy.Web.Tests.Infrastructure.AnalysisHelpers;

namespace DataStrategy.Web.Tests;

/// <summary>
/// What the maturity report says: each level label once in the appendix, the framework's topics, sentences that quote
/// names instead of gluing articles to them, priorities without target explained, recommendations, and the same figures
/// as the dashboard.
/// </summary>
public sealed partial class MaturityReportContentTests : IDisposable
{
    private readonly DssApp _app = new();

    public void Dispose() => _app.Dispose();

    private static string Report(Guid campaign, string language, string format) =>
        $"{DemoOrg}/campaigns/{campaign}/report?handler=Download&Language={language}&Format={format}";

    private static List<Paragraph> Paragraphs(byte[] docx, string? style = null)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>()
            .Where(p => style is null || p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == style)
            .Select(p => (Paragraph)p.CloneNode(true)).ToList();
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("nl")]
    public async Task Appendix_EachDescriptor_CarriesItsLevelLabelOnce(string language)
    {
        var campaign = await _app.DemoCampaignAsync();
        var viewer = await _app.SignInAsync(DemoSeeder.ViewerEmail);
        var levels = await _app.InDemoAsync(async db =>
        {
            var frameworkId = await db.Campaigns.Where(c => c.Id == campaign).Select(c => c.FrameworkId).SingleAsync();
            return (await FrameworkLibrary.DefinitionAsync(db, frameworkId))!.Levels.OrderBy(l => l.Value).Select(l => (l.Value, Name: l.Name.Get(language))).ToList();
        });

        var descriptors = Paragraphs(await viewer.GetByteArrayAsync(Report(campaign, language, "docx")), "Descriptor").Select(p => p.InnerText).ToList();

        Assert.NotEmpty(descriptors);
        Assert.All(descriptors, text =>
        {
            var labels = levels.Sum(l => Regex.Count(text, Regex.Escape($"{l.Value} · {l.Name}") + "\u00A0?:"));
            Assert.True(labels == 1, $"{labels} level labels in “{text}”");
        });
    }

    [Fact]
    public async Task Figures_EqualTheDashboards_ThemeScoresOverallAndRespondents()
    {
        var campaign = await _app.DemoCampaignAsync();
        var viewer = await _app.SignInAsync(DemoSeeder.ViewerEmail);
        var dashboard = await viewer.GetDocumentAsync($"{DemoOrg}/campaigns/{campaign}/dashboard");
        var csv = ReadCsv(await viewer.GetByteArrayAsync($"{DemoOrg}/campaigns/{campaign}/dashboard?handler=Csv&chart=themes"), ",");
        var report = (await _app.InDemoAsync(db => MaturityReportComposer.ComposeAsync(db, campaign, "en")))!;
        var docx = await viewer.GetByteArrayAsync(Report(campaign, "en", "docx"));

        // Theme by theme: the score and respondents of the dashboard's CSV (2 decimals) are the report's.
        Assert.Equal(csv.Count - 1, report.Themes.Count);
        foreach (var (row, theme) in csv.Skip(1).Zip(report.Themes))
        {
            Assert.Equal(row[0], theme.Name);
            Assert.Equal(row[1], theme.Respondents.ToString(CultureInfo.InvariantCulture));
            Assert.Equal(row[2], theme.Score?.ToString("0.00", CultureInfo.InvariantCulture));
        }

        // The document's theme table shows the dashboard's theme table (both 1 decimal).
        using (var document = WordprocessingDocument.Open(new MemoryStream(docx), false))
        {
            var caption = DocumentTexts.Report.Get(ReportLabels.ThemeScores, "en");
            var table = document.MainDocumentPart!.Document.Body!.Descendants<Table>().First(t => t.GetFirstChild<TableProperties>()?.TableCaption?.Val?.Value == caption);
            var docRows = table.Elements<TableRow>().Skip(1).Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();
            var pageRows = dashboard.QuerySelectorAll("[data-testid=theme-scores] tbody tr").Select(r => (Theme: r.QuerySelector("th")!.TextContent.Trim(), Score: r.QuerySelectorAll("td")[0].TextContent.Trim())).ToList();
            Assert.Equal(pageRows.Count, docRows.Count);
            foreach (var (page, doc) in pageRows.Zip(docRows))
            {
                Assert.Equal(page.Theme, doc[0]);
                Assert.Equal(page.Score, doc[1]);
            }
        }

        var text = DocxText(docx);
        var overall = dashboard.QuerySelector("[data-testid=overall-score]")!.TextContent.Trim();
        var respondents = dashboard.QuerySelector("[data-testid=respondent-count]")!.TextContent.Trim();
        Assert.Contains(DocumentTexts.Report.Get("Summary.Overall", "en", overall, report.LevelNames.Count), text, StringComparison.Ordinal);
        Assert.Contains(DocumentTexts.Report.Count("Summary.Respondents", "en", int.Parse(respondents, CultureInfo.InvariantCulture)), text, StringComparison.Ordinal);
    }

    /// <summary>An article or preposition glued to a name that carries its own (or a missing elision): "le référentiel Référentiel", "lors de Évaluation".</summary>
    /// <summary>French only: "de", "que", "le"… before a vowel must elide (d', qu', l').</summary>
    [GeneratedRegex(@"\b(?:de|que|le|la|ne|se)\s+[AEIOUYÉÈÊÀÂÎÔÛaeiouyéèêàâîôû]", RegexOptions.IgnoreCase)]
    private static partial Regex MissingElision();

    [GeneratedRegex(@"\b(?:le|la|les|du|des|au)\s+(?:Le|La|Les|L'|Référentiel|Évaluation)\b|\b(?:de|à)\s+(?:le|les)\b|\b(?:het|de|een)\s+(?:Het|De|Een)\b|\bthe\s+The\b|\b(\w{3,})\s+\1\b", RegexOptions.IgnoreCase)]
    private static partial Regex GluedArticle();

    [Theory]
    [InlineData("fr")]
    [InlineData("nl")]
    [InlineData("en")]
    public async Task GeneratedSentences_QuoteNames_AndGlueNoArticle(string language)
    {
        var campaign = await _app.DemoCampaignAsync();
        // Names that carry their own article or start with a vowel, as cities name their frameworks and campaigns.
        var names = new Dictionary<string, (string Framework, string Previous)>
        {
            ["fr"] = ("Référentiel de maturité des données", "Évaluation 2024"),
            ["nl"] = ("Het raamwerk voor datamaturiteit", "Evaluatie 2024"),
            ["en"] = ("The data maturity framework", "Assessment 2024"),
        };
        await _app.InDemoAsync(async db =>
        {
            var row = await db.Campaigns.SingleAsync(c => c.Id == campaign);
            var previous = await db.Campaigns.SingleAsync(c => c.Name == DemoAnalysis.EarlierCampaignNames);
            previous.Name = new Core.Text.LocalizedText(previous.Name.Values).Set(language, names[language].Previous);
            var framework = await db.Frameworks.SingleAsync(f => f.Id == row.FrameworkId);
            var definition = FrameworkLibrary.EditableCopy(framework);
            definition.Name = new Core.Text.LocalizedText(definition.Name.Values).Set(language, names[language].Framework);
            framework.Content = System.Text.Encoding.UTF8.GetString(FrameworkJson.Write(definition));
            framework.Version = Guid.NewGuid();
            await db.SaveChangesAsync();
            return 0;
        });

        var report = (await _app.InDemoAsync(db => MaturityReportComposer.ComposeAsync(db, campaign, language)))!;
        var sentences = report.Summary.Concat(report.Method).Concat(report.Recommendations.Select(r => r.Text)).ToList();

        Assert.All(sentences, s => Assert.False(GluedArticle().IsMatch(s), $"“{GluedArticle().Match(s).Value}” in: {s}"));
        Assert.All(sentences, s => Assert.False(language == "fr" && MissingElision().IsMatch(s), $"“{MissingElision().Match(s).Value}” in: {s}"));
        var all = string.Join("\n", sentences);
        Assert.Contains(DocumentTexts.Quote(names[language].Framework, language), all, StringComparison.Ordinal);
        Assert.Contains(DocumentTexts.Quote(names[language].Previous, language), all, StringComparison.Ordinal);
        Assert.NotEmpty(report.Recommendations);
        if (language == "fr")
        {
            Assert.Contains("«\u00A0Évaluation 2024\u00A0»", all, StringComparison.Ordinal);
            Assert.DoesNotContain("lors de Évaluation", all, StringComparison.Ordinal);
            Assert.DoesNotContain("référentiel Référentiel", all, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Recommendations_ComeFromRankedPriorities_WithTheirFindingsAndInitiatives()
    {
        var campaign = await _app.DemoCampaignAsync();
        var (report, initiatives) = await _app.InDemoAsync(async db =>
        {
            var composed = (await MaturityReportComposer.ComposeAsync(db, campaign, "en"))!;
            var rows = await db.Initiatives.AsNoTracking().Where(i => i.Status != InitiativeStatus.Cancelled).ToListAsync();
            return (composed, rows);
        });

        var ranked = report.Priorities.Where(p => p.HasTarget && p.Gap > 0).ToList();
        Assert.Equal(ranked.Select(p => p.Theme), report.Recommendations.Select(r => r.Theme));
        Assert.Contains(report.Recommendations, r => r.Initiatives.Count > 0);
        foreach (var recommendation in report.Recommendations)
        {
            Assert.All(recommendation.Initiatives, i => Assert.Contains(initiatives, row => i == $"{row.Code} · {row.Title.Get("en")}"));
        }

        var text = DocxText(MaturityReportDocx.Build(report));
        Assert.Contains(DocumentTexts.Report.Get(ReportLabels.Recommendations, "en"), text, StringComparison.Ordinal);
        Assert.Contains(report.Recommendations[0].Text, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrioritiesWithoutTarget_AreExplained_InReportPageAndCsv_NotRankedOnZero()
    {
        var campaign = await _app.DemoCampaignAsync();
        var (noTarget, kept) = await _app.InDemoAsync(async db =>
        {
            var row = await db.Campaigns.SingleAsync(c => c.Id == campaign);
            var targets = row.ReadTargetLevels();
            var removed = targets.Keys.Order(StringComparer.Ordinal).First();
            targets.Remove(removed);
            row.WriteTargetLevels(targets);
            await db.SaveChangesAsync();
            return (removed, targets.Count);
        });
        var lead = await _app.LeadAsync();

        var report = (await _app.InDemoAsync(db => MaturityReportComposer.ComposeAsync(db, campaign, "en")))!;
        var unranked = Assert.Single(report.Priorities, p => !p.HasTarget);
        Assert.Same(unranked, report.Priorities[^1]);
        var docText = DocxText(MaturityReportDocx.Build(report));
        Assert.Contains(DocumentTexts.Report.Get(ReportLabels.NoTarget, "en"), docText, StringComparison.Ordinal);

        var findings = await lead.GetDocumentAsync($"{DemoOrg}/campaigns/{campaign}/findings");
        var priorityRows = findings.QuerySelectorAll("[data-testid=priorities] tbody tr");
        var lastRow = priorityRows[priorityRows.Length - 1];
        Assert.Equal("–", lastRow.QuerySelectorAll("td")[0].TextContent.Trim());
        Assert.Equal("No target set", lastRow.QuerySelectorAll("td")[1].TextContent.Trim());

        var priorities = await lead.GetDocumentAsync($"{DemoOrg}/campaigns/{campaign}/priorities");
        Assert.Contains("No target set: not ranked", priorities.Body!.TextContent, StringComparison.Ordinal);

        var csv = ReadCsv(await lead.GetByteArrayAsync($"{DemoOrg}/campaigns/{campaign}/dashboard?handler=Csv&chart=themes"), ",");
        var gap = csv[0].ToList().IndexOf("Gap");
        Assert.Equal(kept, csv.Skip(1).Count(r => r[gap] != "No target set"));
        Assert.All(csv.Skip(1), r => Assert.NotEqual("Too few answers", r[gap]));
    }

    [Fact]
    public async Task UkFramework_ReportShowsTheTopicThemeMatrix()
    {
        var organisation = await _app.DemoOrganisationIdAsync();
        var file = await File.ReadAllBytesAsync(Path.Combine(ResourceTests.RepositoryRoot(), "tests", "fixtures", "frameworks", "odi-tool-DMAG2023.json"));
        var campaign = await _app.DbAsync(
            async db =>
            {
                // The existing import, as the import page runs it.
                var parsed = FrameworkFile.Read(file, "en");
                var framework = await FrameworkLibrary.AddVersionAsync(db, parsed.Framework!, FrameworkOrigin.Imported);
                await db.SaveChangesAsync();
                var definition = FrameworkLibrary.Definition(framework);
                var row = new Campaign { Name = Core.Text.LocalizedText.Of(en: "UK assessment"), FrameworkId = framework.Id, Status = CampaignStatus.Collecting, MinGroupSize = 3 };
                row.WriteTargetLevels(definition.Themes.ToDictionary(t => t.Id, _ => 4));
                db.Campaigns.Add(row);
                for (var r = 0; r < 5; r++)
                {
                    var response = new CampaignResponse { CampaignId = row.Id, Kind = ResponseKind.Survey, Status = ResponseStatus.Completed };
                    db.Responses.Add(response);
                    var q = 0;
                    foreach (var question in definition.Questions)
                    {
                        db.Answers.Add(new Answer { CampaignId = row.Id, ResponseId = response.Id, QuestionId = question.Id, State = AnswerState.Level, Level = 1 + ((r + q++) % 5) });
                    }
                }

                await db.SaveChangesAsync();
                return row.Id;
            },
            organisation);

        var (report, definition) = await _app.DbAsync(
            async db =>
            {
                var composed = (await MaturityReportComposer.ComposeAsync(db, campaign, "en"))!;
                var frameworkId = await db.Campaigns.Where(c => c.Id == campaign).Select(c => c.FrameworkId).SingleAsync();
                return (composed, (await FrameworkLibrary.DefinitionAsync(db, frameworkId))!);
            },
            organisation);

        Assert.Equal(10, definition.Topics.Count);
        Assert.Equal(10, report.Topics.Count);
        Assert.Equal(definition.Topics.Select(t => t.Name.Get("en")), report.Topics.Select(t => t.Topic));
        Assert.Contains("Knowing the data you have", report.Topics.Select(t => t.Topic));
        foreach (var (topic, row) in definition.Topics.Zip(report.Topics))
        {
            Assert.Equal(report.Themes.Count, row.Cells.Count);
            for (var i = 0; i < report.Themes.Count; i++)
            {
                var asked = definition.Questions.Count(q => q.TopicId == topic.Id && q.ThemeId == report.Themes[i].Id);
                Assert.Equal(asked, row.Cells[i].Questions);
                Assert.Equal(asked > 0, row.Cells[i].Score is not null);
            }

            Assert.NotNull(row.Score);
        }

        Assert.Equal(definition.Questions.Count, report.Topics.Sum(t => t.Cells.Sum(c => c.Questions)));
        using var document = WordprocessingDocument.Open(new MemoryStream(MaturityReportDocx.Build(report)), false);
        var caption = DocumentTexts.Report.Get(ReportLabels.Topics, "en");
        var table = document.MainDocumentPart!.Document.Body!.Descendants<Table>().Single(t => t.GetFirstChild<TableProperties>()?.TableCaption?.Val?.Value == caption);
        var rows = table.Elements<TableRow>().ToList();
        Assert.Equal(11, rows.Count);
        Assert.Equal(2 + report.Themes.Count, rows[0].Elements<TableCell>().Count());
        Assert.Equal("Knowing the data you have", rows.Skip(1).Select(r => r.Elements<TableCell>().First().InnerText).Single(t => t.StartsWith("Knowing", StringComparison.Ordinal)));
    }
}
