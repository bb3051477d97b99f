using System.Net;
using DataStrategy.Core.Analysis;
using DataStrategy.Core.Frameworks;
using DataStrategy.Core.Text;
using DataStrategy.Data.Demo;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static DataStrategy.Web.Tests.Infrastructure.AnalysisHelpers;

namespace DataStrategy.Web.Tests;

/// <summary>The results dashboard, its CSV downloads, k-suppression, the roll-up rule and the peer benchmark, through the real pages.</summary>
public sealed class AnalysisTests : IDisposable
{
    private const string TooFew = "Too few answers";
    private readonly DssApp _app = new();

    public void Dispose() => _app.Dispose();

    private static string Dashboard(Guid campaign) => $"{DemoOrg}/campaigns/{campaign}/dashboard";

    [Theory]
    [InlineData(DemoSeeder.ViewerEmail)]
    [InlineData(DemoSeeder.ContributorEmail)]
    public async Task Dashboard_Member_SeesThemeScoresRuleCaptionAndChangeSinceEarlierCampaign(string email)
    {
        var client = await _app.SignInAsync(email);
        var campaign = await _app.DemoCampaignAsync();

        var doc = await client.GetDocumentAsync(Dashboard(campaign));

        var rows = doc.QuerySelectorAll("[data-testid=theme-scores] tbody tr");
        Assert.Equal(BuiltInFrameworks.City().Themes.Count, rows.Length);
        Assert.All(rows, row => Assert.Matches(@"^\d\.\d$", row.QuerySelectorAll("td")[0].TextContent.Trim()));
        Assert.Contains("Roll-up: mean of the question means", doc.QuerySelector("[data-testid=theme-scores]")!.ParentElement!.ParentElement!.TextContent, StringComparison.Ordinal);
        var headers = doc.QuerySelectorAll("[data-testid=theme-scores] thead th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Contains("Change", headers);
        Assert.Contains(rows, row => System.Text.RegularExpressions.Regex.IsMatch(row.QuerySelectorAll("td")[^1].TextContent.Trim(), @"^[+-]?\d\.\d$"));
        Assert.Contains("Overall score in " + DemoAnalysis.EarlierCampaignName, doc.Body!.TextContent, StringComparison.Ordinal);
        Assert.Matches(@"^\d\.\d$", doc.QuerySelector("[data-testid=overall-score]")!.TextContent.Trim());
        Assert.Null(doc.QuerySelector("[data-testid=suppressed-notice]"));
    }

    [Fact]
    public async Task Dashboard_DepartmentUnderK_ShowsSuppressedNotice_AndNoNumbers()
    {
        var campaign = await _app.DemoCampaignAsync();
        var (department, _) = await _app.TinyDepartmentAsync(campaign);
        var viewer = await _app.SignInAsync(DemoSeeder.ViewerEmail);

        var doc = await viewer.GetDocumentAsync($"{Dashboard(campaign)}?department={department}");

        Assert.NotNull(doc.QuerySelector("[data-testid=suppressed-notice]"));
        Assert.False(HasDigit(doc.QuerySelector("[data-testid=overall-score]")!.TextContent));
        Assert.False(HasDigit(doc.QuerySelector("[data-testid=respondent-count]")!.TextContent));
        Assert.All(doc.QuerySelectorAll("[data-testid=theme-scores] tbody tr"), row =>
        {
            var score = row.QuerySelectorAll("td")[0];
            Assert.Contains("suppressed", score.ClassList);
            Assert.Equal(TooFew, score.TextContent.Trim());
        });
        Assert.All(doc.QuerySelectorAll("[data-testid=heatmap] tbody td"), cell => Assert.False(HasDigit(cell.TextContent), cell.TextContent));
        Assert.Empty(doc.QuerySelectorAll("[data-testid=disagreement] tbody tr"));
        var questionCells = doc.QuerySelectorAll("table.questions tbody td:not(:first-child)");
        Assert.NotEmpty(questionCells);
        Assert.All(questionCells, cell => Assert.Equal(TooFew, cell.TextContent.Trim()));
    }

    [Fact]
    public async Task HeatMapCsv_MinGroupSize30_EveryDepartmentCellIsTooFew_AndHoldsNoDigit()
    {
        var campaign = await _app.DemoCampaignAsync();
        var lead = await _app.LeadAsync();
        var edit = await lead.GetFormAsync($"{DemoOrg}/campaigns/edit/{campaign}");
        var saved = await lead.SubmitAsync(edit, new() { ["MinGroupSize"] = "30" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(30, await _app.InDemoAsync(db => db.Campaigns.Where(c => c.Id == campaign).Select(c => c.MinGroupSize).SingleAsync()));
        var viewer = await _app.SignInAsync(DemoSeeder.ViewerEmail);

        var response = await viewer.GetAsync($"{Dashboard(campaign)}?handler=Csv&chart=heatmap");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/csv", response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        var rows = ReadCsv(await response.Content.ReadAsByteArrayAsync(), ",");
        var departments = await _app.InDemoAsync(db => db.Departments.CountAsync());
        Assert.Equal(departments, rows.Count - 1);
        Assert.All(rows.Skip(1), row =>
        {
            Assert.Equal(rows[0].Length, row.Length);
            Assert.All(row.Skip(1), cell => Assert.Equal(TooFew, cell));
        });

        // The page itself agrees: no number in any heat map cell, while the whole campaign (over 30 respondents) still shows.
        var doc = await viewer.GetDocumentAsync(Dashboard(campaign));
        Assert.All(doc.QuerySelectorAll("[data-testid=heatmap] tbody td"), cell => Assert.False(HasDigit(cell.TextContent), cell.TextContent));
        Assert.Matches(@"^\d\.\d$", doc.QuerySelector("[data-testid=overall-score]")!.TextContent.Trim());
    }

    [Fact]
    public async Task QuestionsAndThemesCsv_FilteredToATinyGroup_HoldNoScores()
    {
        var campaign = await _app.DemoCampaignAsync();
        var (department, _) = await _app.TinyDepartmentAsync(campaign);
        var viewer = await _app.SignInAsync(DemoSeeder.ViewerEmail);

        var questions = ReadCsv(await viewer.GetByteArrayAsync($"{Dashboard(campaign)}?department={department}&handler=Csv&chart=questions"), ",");
        var themes = ReadCsv(await viewer.GetByteArrayAsync($"{Dashboard(campaign)}?department={department}&handler=Csv&chart=themes"), ",");

        Assert.Equal(BuiltInFrameworks.City().Questions.Count, questions.Count - 1);
        Assert.All(questions.Skip(1), row =>
        {
            // Question ID, question, theme; then respondents, statistics and the count per level.
            Assert.All(row.Skip(3), cell => Assert.Equal(TooFew, cell));
        });
        Assert.Equal(BuiltInFrameworks.City().Themes.Count, themes.Count - 1);
        Assert.All(themes.Skip(1), row =>
        {
            // Theme; respondents, score, mean, median, standard deviation, interval low and high.
            Assert.All(row.Skip(1).Take(7), cell => Assert.Equal(TooFew, cell));
            Assert.Equal(TooFew, row[9]); // no gap without a score
            Assert.Equal(string.Empty, row[11]); // no change without a score
        });
    }

    [Theory]
    [InlineData("en", ",")]
    [InlineData("fr", ";")]
    public async Task HeatMapCsv_DepartmentNamedAsAFormula_IsEscaped(string language, string delimiter)
    {
        const string formula = "=HYPERLINK(\"http://evil\")";
        var campaign = await _app.DemoCampaignAsync();
        await _app.InDemoAsync(async db =>
        {
            var urb = await db.Departments.SingleAsync(d => d.Code == "URB");
            urb.Name = LocalizedText.Of(formula, formula, formula);
            return await db.SaveChangesAsync();
        });
        var viewer = await _app.SignInAsync(DemoSeeder.ViewerEmail, language: language);

        var rows = ReadCsv(await viewer.GetByteArrayAsync($"{Dashboard(campaign)}?handler=Csv&chart=heatmap"), delimiter);

        Assert.Contains(rows, row => row[0] == "'" + formula);
        Assert.All(rows.SelectMany(row => row), cell => Assert.False(cell.Length > 0 && "=+-@".Contains(cell[0], StringComparison.Ordinal), cell));
    }

    private async Task<Guid> DemoFrameworkAsync(Guid campaign) =>
        await _app.InDemoAsync(db => db.Campaigns.Where(c => c.Id == campaign).Select(c => c.FrameworkId).SingleAsync());

    [Fact]
    public async Task RollUpRule_AdministratorChoosesMedian_DashboardCaptionNamesTheMedianRule()
    {
        var campaign = await _app.DemoCampaignAsync();
        var framework = await DemoFrameworkAsync(campaign);
        var lead = await _app.LeadAsync();
        var form = await lead.GetFormAsync($"{DemoOrg}/frameworks/{framework}/rule");

        var response = await lead.SubmitAsync(form, new() { ["Kind"] = nameof(RollUpKind.Median) });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var viewer = await _app.SignInAsync(DemoSeeder.ViewerEmail);
        var html = await viewer.GetStringAsync(Dashboard(campaign));
        Assert.Contains("Roll-up: median of the question medians", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Roll-up: mean of the question means", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("150")]
    public async Task RollUpRule_ShareThresholdOutOfRange_IsRefused_AndTheRuleStays(string threshold)
    {
        var campaign = await _app.DemoCampaignAsync();
        var framework = await DemoFrameworkAsync(campaign);
        var before = await _app.InDemoAsync(db => db.Frameworks.Where(f => f.Id == framework).Select(f => new { f.RollUpRule, f.Version }).SingleAsync());
        var lead = await _app.LeadAsync();
        var form = await lead.GetFormAsync($"{DemoOrg}/frameworks/{framework}/rule");

        var response = await lead.SubmitAsync(form, new() { ["Kind"] = nameof(RollUpKind.ShareAtLevel), ["Threshold"] = threshold });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = (await response.ParseAsync()).QuerySelector("[data-testid=error-summary]")?.TextContent ?? "(no error summary)";
        Assert.Contains("The share must be a whole percentage from 1 to 100.", errors, StringComparison.Ordinal);
        var after = await _app.InDemoAsync(db => db.Frameworks.Where(f => f.Id == framework).Select(f => new { f.RollUpRule, f.Version }).SingleAsync());
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task RollUpRule_Facilitator_IsForbidden()
    {
        var framework = await DemoFrameworkAsync(await _app.DemoCampaignAsync());
        var facilitator = await _app.FacilitatorAsync();

        var response = await facilitator.GetAsync($"{DemoOrg}/frameworks/{framework}/rule");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task RollUpHelp_Viewer_SeesEveryRule()
    {
        var viewer = await _app.SignInAsync(DemoSeeder.ViewerEmail);

        var html = WebUtility.HtmlDecode(await viewer.GetStringAsync($"{DemoOrg}/help/roll-up"));

        Assert.Contains("Median", html, StringComparison.Ordinal);
        Assert.Contains("3.5", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("51")]
    public async Task CampaignEdit_MinGroupSizeOutOfRange_IsRefused_AndNothingIsSaved(string k)
    {
        var campaign = await _app.DemoCampaignAsync();
        var before = await _app.InDemoAsync(db => db.Campaigns.AsNoTracking().SingleAsync(c => c.Id == campaign));
        var lead = await _app.LeadAsync();
        var form = await lead.GetFormAsync($"{DemoOrg}/campaigns/edit/{campaign}");

        var response = await lead.SubmitAsync(form, new() { ["MinGroupSize"] = k, ["Name[fr]"] = "Renamed while invalid" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = (await response.ParseAsync()).QuerySelector("[data-testid=error-summary]")?.TextContent ?? "(no error summary)";
        Assert.Contains("Minimum group size must be between 2 and 50.", errors, StringComparison.Ordinal);
        var after = await _app.InDemoAsync(db => db.Campaigns.AsNoTracking().SingleAsync(c => c.Id == campaign));
        Assert.Equal((before.MinGroupSize, before.Name, before.Version), (after.MinGroupSize, after.Name, after.Version));
    }

    private async Task AddPeersAsync(int count)
    {
        var themes = BuiltInFrameworks.City().Themes.Select(t => t.Id).ToList();
        await _app.DbAsync(async db =>
        {
            for (var i = 0; i < count; i++)
            {
                var org = new Organisation { Slug = $"peer-{i}", Name = LocalizedText.Of($"Pair {i}", $"Peer {i}", $"Peer {i}"), Languages = ["fr", "nl", "en"] };
                db.Organisations.Add(org);
                foreach (var theme in themes)
                {
                    db.PeerScores.Add(new PeerScore { OrganisationId = org.Id, FrameworkKey = BuiltInFrameworks.CityKey, ThemeId = theme, Score = 1.5 + (i * 0.4) });
                }
            }

            return await db.SaveChangesAsync();
        });
    }

    [Theory]
    [InlineData(4, false)]
    [InlineData(5, true)]
    public async Task PeerBenchmark_ShownOnlyWithAtLeastFivePeers(int peers, bool shown)
    {
        var campaign = await _app.DemoCampaignAsync();
        await AddPeersAsync(peers);
        var viewer = await _app.SignInAsync(DemoSeeder.ViewerEmail);

        var doc = await viewer.GetDocumentAsync(Dashboard(campaign));

        var table = doc.QuerySelector("[data-testid=peer-benchmark]");
        Assert.Equal(shown, table is not null);
        if (table is not null)
        {
            var rows = table.QuerySelectorAll("tbody tr");
            Assert.Equal(BuiltInFrameworks.City().Themes.Count, rows.Length);
            Assert.All(rows, row => Assert.Equal(peers.ToString(System.Globalization.CultureInfo.InvariantCulture), row.QuerySelectorAll("td")[1].TextContent.Trim()));
            // The median of 1.5, 1.9, 2.3, 2.7, 3.1.
            Assert.All(rows, row => Assert.Equal("2.3", row.QuerySelectorAll("td")[2].TextContent.Trim()));
        }
    }

    [Fact]
    public async Task Settings_OptingIntoTheBenchmark_PublishesThemeScores_OptingOutWithdrawsThem()
    {
        var demo = await _app.DemoOrganisationIdAsync();
        var lead = await _app.LeadAsync();
        Task<int> PublishedAsync() => _app.DbAsync(db => db.PeerScores.CountAsync(p => p.OrganisationId == demo && p.FrameworkKey == BuiltInFrameworks.CityKey));
        Assert.Equal(0, await PublishedAsync());

        var optIn = await lead.SubmitAsync(await lead.GetFormAsync($"{DemoOrg}/settings"), new() { ["SharesBenchmark"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, optIn.StatusCode);
        Assert.Equal(BuiltInFrameworks.City().Themes.Count, await PublishedAsync());
        var scores = await _app.DbAsync(db => db.PeerScores.Where(p => p.OrganisationId == demo).Select(p => p.Score).ToListAsync());
        Assert.All(scores, s => Assert.InRange(s, 1, 5));
        var settings = await lead.GetDocumentAsync($"{DemoOrg}/settings");
        Assert.True(settings.QuerySelector("#SharesBenchmark")!.HasAttribute("checked"));

        var optOut = await lead.SubmitAsync(await lead.GetFormAsync($"{DemoOrg}/settings"), new() { ["SharesBenchmark"] = "false" });

        Assert.Equal(HttpStatusCode.Redirect, optOut.StatusCode);
        Assert.Equal(0, await PublishedAsync());
    }
}
