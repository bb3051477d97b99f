using System.Text;
using DataStrategy.Data.Demo;
using Microsoft.Playwright;

namespace DataStrategy.Browser.Tests;

/// <summary>
/// The analysis pages (results dashboard, findings, priorities, workshops, report, help, roll-up
/// rule) in a real browser, on the demo campaign: axe-core and no sideways scrolling on a phone,
/// the charts and their CSV files, and the dashboard filters without JavaScript.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class AnalysisPagesTests(AppHost host)
{
    private const int PhoneWidth = 390;

    private Task<IPage> SignedInAsync(string email, bool javaScript = true) => host.SignInAsync(email, javaScript: javaScript);

    private static async Task<string> DemoCampaignUrlAsync(IPage page)
    {
        await page.GotoAsync("/o/ville-de-demo/campaigns");
        var href = await page.GetByTestId("campaign-table").GetByRole(AriaRole.Link, new() { Name = DemoAssessment.CampaignName, Exact = true }).First.GetAttributeAsync("href");
        Assert.False(string.IsNullOrEmpty(href), "the demo campaign is not in the campaign list");
        return href!;
    }

    private static async Task<string> UrlOfAsync(IPage page, string name)
    {
        if (name == "join")
        {
            return "/w";
        }

        if (name == "help-roll-up")
        {
            return "/o/ville-de-demo/help/roll-up";
        }

        if (name == "rule")
        {
            await page.GotoAsync("/o/ville-de-demo/frameworks");
            var framework = await page.GetByTestId("framework-table").Locator("a").First.GetAttributeAsync("href");
            return framework + "/rule";
        }

        var campaign = await DemoCampaignUrlAsync(page);
        var id = campaign.Split('/')[^1];
        return name switch
        {
            "dashboard" => campaign + "/dashboard",
            "findings" => campaign + "/findings",
            "suggestions" => campaign + "/findings/suggestions",
            "priorities" => campaign + "/priorities",
            "finding-new" => "/o/ville-de-demo/findings/edit?campaign=" + id,
            "workshops" => campaign + "/workshops",
            "report" => campaign + "/report",
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
        };
    }

    private static string WithCulture(string url, string culture) => url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "culture=" + culture;

    [Theory]
    [InlineData("dashboard")]
    [InlineData("findings")]
    [InlineData("suggestions")]
    [InlineData("priorities")]
    [InlineData("finding-new")]
    [InlineData("workshops")]
    [InlineData("report")]
    [InlineData("help-roll-up")]
    [InlineData("rule")]
    [InlineData("join")]
    public async Task PhoneWidth_AnalysisPages_AreAccessible_AndDoNotScrollSideways(string name)
    {
        IPage page;
        if (name == "join")
        {
            page = await host.NewPageAsync();
        }
        else
        {
            // The roll-up rule is the administrator's; the rest is the facilitator's work.
            page = await SignedInAsync(name == "rule" ? DemoSeeder.LeadEmail : DemoSeeder.FacilitatorEmail);
        }

        var url = await UrlOfAsync(page, name);
        await page.SetViewportSizeAsync(PhoneWidth, 844);
        var response = await page.GotoAsync(url);
        await page.AssertPageIsOkAsync(response, "analysis-phone-" + name);
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= PhoneWidth, $"{url} is {width}px wide on a {PhoneWidth}px screen");

        // Dutch has the longest words of the three languages.
        await page.GotoAsync(WithCulture(url, "nl"));
        Assert.Equal("nl", await page.Locator("html").GetAttributeAsync("lang"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppHost.ArtifactsFolder(), "analysis-phone-" + name + "-nl.png") });
        width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= PhoneWidth, $"{url} in Dutch is {width}px wide on a {PhoneWidth}px screen");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Dashboard_DrawsTheRadarAndHeatMap_AndDownloadsCsv()
    {
        var page = await SignedInAsync(DemoSeeder.FacilitatorEmail);
        await page.SetViewportSizeAsync(1280, 900);
        var url = await UrlOfAsync(page, "dashboard");
        await page.GotoAsync(url);
        await page.AssertAccessibleAsync("analysis-dashboard");

        var radar = page.GetByTestId("radar");
        await Assertions.Expect(radar).ToBeVisibleAsync();
        var box = await radar.BoundingBoxAsync();
        Assert.True(box is { Width: > 100, Height: > 100 }, "the radar chart has no size");
        // One axis label per theme, and a polygon for the current level and for the target.
        var themes = await page.GetByTestId("theme-scores").Locator("tbody tr").CountAsync();
        Assert.True(themes >= 3, $"{themes} themes in the score table");
        await Assertions.Expect(radar.Locator("text.label")).ToHaveCountAsync(themes);
        await Assertions.Expect(radar.Locator("polygon.series.current")).ToHaveCountAsync(1);
        await Assertions.Expect(radar.Locator("polygon.series.target")).ToHaveCountAsync(1);

        var heatmap = page.GetByTestId("heatmap");
        await Assertions.Expect(heatmap).ToBeVisibleAsync();
        await Assertions.Expect(heatmap.Locator("thead th[scope=col]")).ToHaveCountAsync(themes + 1);
        Assert.True(await heatmap.Locator("tbody tr").CountAsync() > 0, "the heat map has no department rows");
        Assert.True(await heatmap.Locator("td.heat").CountAsync() > 0, "the heat map shows no scores");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download CSV – Maturity by theme" }).ClickAsync());
        Assert.EndsWith("-themes.csv", download.SuggestedFilename, StringComparison.Ordinal);
        var path = Path.Combine(AppHost.ArtifactsFolder(), "dashboard-" + download.SuggestedFilename);
        await download.SaveAsAsync(path);
        var lines = (await File.ReadAllTextAsync(path, Encoding.UTF8)).TrimStart('\uFEFF').Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal("Theme,Respondents,Score,Mean,Median,Standard deviation,Interval low,Interval high,Target,Gap,Previous campaign,Change", lines[0]);
        Assert.Equal(themes + 1, lines.Count(l => l.Length > 0));

        var heat = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download CSV – Departments × themes" }).ClickAsync());
        var heatPath = Path.Combine(AppHost.ArtifactsFolder(), "dashboard-" + heat.SuggestedFilename);
        await heat.SaveAsAsync(heatPath);
        var heatHeader = (await File.ReadAllLinesAsync(heatPath, Encoding.UTF8))[0].TrimStart('\uFEFF');
        Assert.StartsWith("Department,", heatHeader, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Dashboard_FilterForm_WorksWithoutJavaScript()
    {
        var page = await SignedInAsync(DemoSeeder.FacilitatorEmail, javaScript: false);
        var url = await UrlOfAsync(page, "dashboard");
        await page.GotoAsync(url);
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "Clear filters" }).CountAsync());
        var all = await page.GetByTestId("respondent-count").InnerTextAsync();

        await page.GetByLabel("Respondent type").SelectOptionAsync(new SelectOptionValue { Label = "Survey responses" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();

        await page.WaitForURLAsync(u => u.Contains("type=Survey", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByLabel("Respondent type")).ToHaveValueAsync("Survey");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Clear filters" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("radar")).ToBeAttachedAsync();
        var filtered = await page.GetByTestId("respondent-count").InnerTextAsync();
        Assert.NotEqual(all, filtered);
        // The CSV links carry the filter, so a download matches what is on the screen.
        var csv = await page.GetByRole(AriaRole.Link, new() { Name = "Download CSV – Maturity by theme" }).GetAttributeAsync("href");
        Assert.Contains("type=Survey", csv, StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppHost.ArtifactsFolder(), "analysis-dashboard-filtered-nojs.png"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "Clear filters" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Respondent type")).ToHaveValueAsync(string.Empty);
        Assert.Equal(all, await page.GetByTestId("respondent-count").InnerTextAsync());
        await page.Context.CloseAsync();
    }
}
