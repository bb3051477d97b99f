using System.Net;
using DataStrategy.Data.Demo;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Web.Tests;

/// <summary>
/// The framework import page lets the person choose which level of an ODI file is the theme, detects it by a rule shown
/// on the page, says which it used; a file of another ODI shape gets one sentence, then at most 20 details (issue 19).
/// </summary>
public sealed class FrameworkThemeLevelTests : IDisposable
{
    private const string Org = "/o/" + DemoSeeder.Slug;

    private readonly DssApp _app = new();

    public void Dispose() => _app.Dispose();

    private static byte[] Fixture(string name) =>
        File.ReadAllBytes(Path.Combine(ResourceTests.RepositoryRoot(), "tests", "fixtures", "frameworks", name));

    private async Task<T> InDemoAsync<T>(Func<DataStrategy.Data.AppDbContext, Task<T>> query) =>
        await _app.DbAsync(query, await _app.DemoOrganisationIdAsync());

    private static async Task<HttpResponseMessage> ImportAsync(HttpClient client, string file, string? level)
    {
        var form = await client.GetFormAsync(Org + "/frameworks/import", index: 0);
        var fields = level is null ? form : form with { Fields = form.With(new Dictionary<string, string> { ["ThemeLevel"] = level }) };
        return await client.UploadAsync(fields, "file", file, Fixture(file), "application/json");
    }

    [Fact]
    public async Task ImportPage_ShowsTheRule_AndTheThreeChoices()
    {
        var page = await (await _app.LeadAsync()).GetDocumentAsync(Org + "/frameworks/import");

        Assert.Contains("the activities are the themes when an activity title recurs under several dimensions", page.QuerySelector("#level-hint")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Auto", "Activity", "Dimension"], page.QuerySelectorAll("input[name=ThemeLevel]").Select(i => i.GetAttribute("value")));
    }

    [Fact]
    public async Task Odi2024Shape_Detected_FiveThemes_FifteenTopics_AndSaysWhy()
    {
        var lead = await _app.LeadAsync();

        var response = await ImportAsync(lead, "odi-2024-shaped.json", null);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var row = await InDemoAsync(db => db.Frameworks.SingleAsync(f => f.Key == "open-data-maturity-model-2024-test-shape"));
        Assert.Equal((5, 15, 15), (row.ThemeCount, row.TopicCount, row.QuestionCount));
        var flash = WebUtility.HtmlDecode(await lead.GetStringAsync(response.Location()));
        Assert.Contains("Themes: the file's dimensions, with their activities as topics (detected: each activity belongs to one dimension).", flash, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Odi2024Shape_ActivitiesChosen_FifteenThemes()
    {
        var lead = await _app.LeadAsync();

        var response = await ImportAsync(lead, "odi-2024-shaped.json", "Activity");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var row = await InDemoAsync(db => db.Frameworks.SingleAsync(f => f.Key == "open-data-maturity-model-2024-test-shape"));
        Assert.Equal((15, 5), (row.ThemeCount, row.TopicCount));
        Assert.Contains("Themes: the file's activities, with its dimensions as topics, as chosen.", WebUtility.HtmlDecode(await lead.GetStringAsync(response.Location())), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, 6, 10)]
    [InlineData("Dimension", 10, 6)]
    public async Task UkFramework_DetectedAsActivities_OrDimensionsWhenChosen(string? level, int themes, int topics)
    {
        var lead = await _app.LeadAsync();
        // The demo already holds the UK framework (DemoFrameworks): removed so this import is a first one.
        await InDemoAsync(db => db.Frameworks.Where(f => f.Key == DemoFrameworks.UkKey).ExecuteDeleteAsync());

        var response = await ImportAsync(lead, "odi-tool-DMAG2023.json", level);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var row = await InDemoAsync(db => db.Frameworks.SingleAsync(f => f.Key == "data-maturity-assessment-for-government-2023"));
        Assert.Equal((themes, topics), (row.ThemeCount, row.TopicCount));
    }

    [Fact]
    public async Task PathwayShapedFile_OneSentenceThenAtMost20Details_NothingStored()
    {
        var lead = await _app.LeadAsync();
        var before = await InDemoAsync(db => db.Frameworks.CountAsync());

        var response = await ImportAsync(lead, "odi-pathway-shaped.json", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var items = (await response.ParseAsync()).QuerySelectorAll("[data-testid=import-errors] li").Select(li => li.TextContent).ToList();
        Assert.Equal("This looks like an ODI Pathway file (90 questions, none with a statement for each level); expected an ODI maturity framework with themes and statements.", items[0]);
        Assert.Equal(22, items.Count);
        Assert.StartsWith("… and ", items[^1], StringComparison.Ordinal);
        Assert.Equal(before, await InDemoAsync(db => db.Frameworks.CountAsync()));
    }

    [Fact]
    public async Task ThemeLevelOutOfRange_IsDetectedInstead()
    {
        var lead = await _app.LeadAsync();

        var response = await ImportAsync(lead, "odi-2024-shaped.json", "42");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(5, await InDemoAsync(db => db.Frameworks.Where(f => f.Key == "open-data-maturity-model-2024-test-shape").Select(f => f.ThemeCount).SingleAsync()));
    }
}
