using DataStrategy.Data.Demo;
using Microsoft.Playwright;
using MiniExcelLibs;

namespace DataStrategy.Browser.Tests;

/// <summary>
/// The roadmap in a real browser on the demo organisation: a facilitator adds two initiatives (one depending
/// on the other), auto-schedules, locks one, re-schedules, records a check-in and downloads the workbook;
/// then every roadmap page at phone width in English and Dutch (axe-core, no sideways scrolling), and
/// auto-scheduling without JavaScript.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class RoadmapJourneyTests(AppHost host)
{
    private const string Org = "/o/ville-de-demo";
    private const int PhoneWidth = 390;
    private const int PhoneHeight = 844;

    private Task<IPage> SignedInAsync(string email, bool javaScript = true) => host.SignInAsync(email, javaScript: javaScript);

    private static async Task VisitAsync(IPage page, string url, string name)
    {
        var response = await page.GotoAsync(url);
        await page.AssertPageIsOkAsync(response, name);
    }

    private static async Task AddInitiativeAsync(IPage page, string code, string title, string months, string fte, string? dependsOn)
    {
        await VisitAsync(page, Org + "/roadmap/initiatives/edit", "roadmap-journey-new-" + code);
        await page.GetByLabel("Code", new() { Exact = true }).FillAsync(code);
        await page.GetByLabel("Title in English", new() { Exact = true }).FillAsync(title);
        await page.GetByLabel("Duration (months)", new() { Exact = true }).FillAsync(months);
        // The demo's data team (two FTE, three from its hire).
        await page.Locator("fieldset:has(legend:text-is('Effort per team (FTE per month while it runs)')) input").Last.FillAsync(fte);
        if (dependsOn is not null)
        {
            await page.Locator("#dep-0").SelectOptionAsync(new SelectOptionValue { Label = dependsOn });
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(u => u.Contains("/roadmap/initiatives/", StringComparison.Ordinal) && !u.Contains("/edit", StringComparison.Ordinal));
        await page.AssertAccessibleAsync("roadmap-journey-initiative-" + code);
    }

    private static async Task<string> ScheduleAndApplyAsync(IPage page, string name)
    {
        await VisitAsync(page, Org + "/roadmap/schedule", "roadmap-journey-" + name);
        await page.GetByLabel("Time limit (seconds)").FillAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Compute a schedule", Exact = true }).ClickAsync();
        var proposal = page.GetByTestId("proposal");
        await Assertions.Expect(proposal).ToBeVisibleAsync();
        await page.AssertAccessibleAsync("roadmap-journey-" + name + "-proposal");
        var status = await proposal.GetAttributeAsync("data-status");
        Assert.True(status is "Optimal" or "Feasible", "the demo roadmap has a schedule, got " + status);
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply this schedule", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(u => u.EndsWith("/roadmap", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByTestId("flash")).ToContainTextAsync("The schedule was applied");
        return status!;
    }

    private static async Task<string> PlannedStartAsync(IPage page, string code) =>
        (await page.Locator($"[data-testid=roadmap-table] tr[data-code='{code}'] td").Nth(1).TextContentAsync() ?? "").Trim();

    [Fact]
    public async Task RoadmapJourney_BuildScheduleLockRescheduleCheckInExport()
    {
        var suffix = Guid.NewGuid().ToString("N")[..4].ToUpperInvariant();
        var (first, second) = ("T" + suffix + "-1", "T" + suffix + "-2");
        var page = await SignedInAsync(DemoSeeder.FacilitatorEmail);
        await page.SetViewportSizeAsync(1280, 900);

        await AddInitiativeAsync(page, first, "Open data portal " + suffix, "3", "1", null);
        await AddInitiativeAsync(page, second, "Open data API " + suffix, "2", "1", first + " Open data portal " + suffix);

        // The overview shows both in the chart and in its table alternative.
        await VisitAsync(page, Org + "/roadmap", "roadmap-journey-overview");
        await Assertions.Expect(page.GetByTestId("gantt").Locator("svg")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator($"[data-testid=roadmap-table] tr[data-code='{second}']")).ToBeVisibleAsync();

        await ScheduleAndApplyAsync(page, "schedule-1");
        var secondStart = await PlannedStartAsync(page, second);
        var firstStart = await PlannedStartAsync(page, first);
        Assert.NotEqual(firstStart, secondStart);

        // Lock the second initiative four months later than the schedule put it, then re-schedule: it stays there.
        var link = page.Locator($"[data-testid=roadmap-table] tr[data-code='{second}'] th a");
        await link.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit", Exact = true }).ClickAsync();
        var planned = await page.GetByLabel("Planned start", new() { Exact = true }).InputValueAsync();
        var lockMonth = DateOnly.ParseExact(planned + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).AddMonths(4).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        await page.GetByLabel("Fixed start", new() { Exact = true }).FillAsync(lockMonth);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".badge", new() { HasText = "Locked" })).ToBeVisibleAsync();

        await ScheduleAndApplyAsync(page, "schedule-2");
        var lockedLabel = await PlannedStartAsync(page, second);
        Assert.NotEqual(secondStart, lockedLabel);
        await page.Locator($"[data-testid=roadmap-table] tr[data-code='{second}'] th a").ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit", Exact = true }).ClickAsync();
        Assert.Equal(lockMonth, await page.GetByLabel("Planned start", new() { Exact = true }).InputValueAsync());

        // The demo roadmap is under way: this month's check-in lists what runs now; record one with a note.
        await VisitAsync(page, Org + "/roadmap/check-in", "roadmap-journey-check-in");
        var percent = page.Locator("input[id$='_Percent']").First;
        await percent.FillAsync("55");
        var note = "Recette en cours " + suffix;
        await page.Locator("textarea[id$='_Note']").First.FillAsync(note);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the check-in", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("flash")).ToBeVisibleAsync();
        await VisitAsync(page, Org + "/roadmap/progress", "roadmap-journey-progress");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(note);

        // The workbook carries both new initiatives.
        await VisitAsync(page, Org + "/roadmap/export", "roadmap-journey-export");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-xlsx").ClickAsync());
        var path = Path.Combine(AppHost.ArtifactsFolder(), "roadmap-" + suffix + ".xlsx");
        await download.SaveAsAsync(path);
        var rows = MiniExcel.Query(path, useHeaderRow: true, sheetName: "Initiatives").Cast<IDictionary<string, object?>>().ToList();
        var codes = rows.Select(r => r.Values.FirstOrDefault()?.ToString()).ToList();
        Assert.Contains(first, codes);
        Assert.Contains(second, codes);
    }

    [Fact]
    public async Task AutoSchedule_WithoutJavaScript_ShowsTheProposal()
    {
        var page = await SignedInAsync(DemoSeeder.FacilitatorEmail, javaScript: false);
        await page.GotoAsync(Org + "/roadmap/schedule");
        await page.GetByLabel("Time limit (seconds)").FillAsync("1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Compute a schedule", Exact = true }).ClickAsync();
        // axe-core needs JavaScript: the journey checks this page with it.
        await Assertions.Expect(page.GetByTestId("proposal")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Discard", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("proposal")).ToHaveCountAsync(0);
    }

    private const string OverflowScript = "() => [document.documentElement.scrollWidth, window.innerWidth]";

    [Theory]
    [InlineData("/roadmap")]
    [InlineData("/roadmap/settings")]
    [InlineData("/roadmap/initiatives/edit")]
    [InlineData("initiative")]
    [InlineData("/roadmap/schedule")]
    [InlineData("/roadmap/capacity")]
    [InlineData("/roadmap/dependencies")]
    [InlineData("/roadmap/check-in")]
    [InlineData("/roadmap/progress")]
    [InlineData("/roadmap/baselines")]
    [InlineData("/roadmap/kpis")]
    [InlineData("kpi")]
    [InlineData("/roadmap/kpis/new")]
    [InlineData("/roadmap/export")]
    [InlineData("/roadmap/import")]
    public async Task PhoneWidth_RoadmapPages_AreAccessible_AndDoNotScrollSideways(string path)
    {
        var page = await SignedInAsync(DemoSeeder.FacilitatorEmail);
        var url = Org + path;
        if (path is "initiative" or "kpi")
        {
            await page.GotoAsync(Org + (path == "kpi" ? "/roadmap/kpis" : "/roadmap"));
            var href = await page.Locator(path == "kpi" ? "main table a[href*='/roadmap/kpis/']" : "[data-testid=roadmap-table] th a").First.GetAttributeAsync("href");
            url = href!;
        }

        await page.SetViewportSizeAsync(PhoneWidth, PhoneHeight);
        foreach (var culture in new[] { "en", "nl" })
        {
            var localized = url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "culture=" + culture;
            await VisitAsync(page, localized, "roadmap-phone-" + path.Trim('/').Replace('/', '-') + "-" + culture);
            Assert.Equal(culture, await page.Locator("html").GetAttributeAsync("lang"));
            var sizes = await page.EvaluateAsync<int[]>(OverflowScript);
            Assert.True(sizes[0] <= sizes[1] + 1, $"{localized} is {sizes[0]}px wide on a {sizes[1]}px screen");
        }

        await page.Context.CloseAsync();
    }
}
