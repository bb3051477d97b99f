using System.Text.Json;
using DataStrategy.Data.Demo;
using Microsoft.Playwright;

namespace DataStrategy.Browser.Tests;

/// <summary>
/// The API in a real browser: a contributor makes a write token on the API access page, another system posts a KPI
/// measurement with it, the contributor sees it on the indicator's page and revokes the token; the interactive
/// reference page and the API access page at phone width pass axe-core.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ApiAccessJourneyTests(AppHost host)
{
    private const string Org = "/o/ville-de-demo";

    private Task<IPage> SignedInAsync(string email, string language) => host.SignInAsync(email, language);

    [Fact]
    public async Task ContributorMakesAToken_ASystemPostsAMeasurement_ItShows_ThenTheTokenIsRevoked()
    {
        var page = await SignedInAsync(DemoSeeder.ContributorEmail, "en");
        await page.GotoAsync(Org);
        await page.Locator("footer").GetByRole(AriaRole.Link, new() { Name = "API access" }).ClickAsync();
        await page.AssertAccessibleAsync("api-access");

        var name = "Sensor platform " + Guid.NewGuid().ToString("N")[..6];
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("Read, and record check-ins and KPI measurements").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Make a token", Exact = true }).ClickAsync();
        var secret = await page.GetByTestId("token-secret").InputValueAsync();
        Assert.StartsWith("dss_", secret, StringComparison.Ordinal);
        await page.AssertAccessibleAsync("api-access-token-made");

        // Another system, with the token only (no cookie).
        var api = await host.Playwright.APIRequest.NewContextAsync(new() { BaseURL = host.BaseUrl, ExtraHTTPHeaders = new Dictionary<string, string> { ["Authorization"] = "Bearer " + secret } });
        var kpis = await api.GetAsync("/api/v1/o/ville-de-demo/roadmap/kpis");
        Assert.Equal(200, kpis.Status);
        var kpi = JsonDocument.Parse(await kpis.TextAsync()).RootElement[0].GetProperty("id").GetString();
        var posted = await api.PostAsync($"/api/v1/o/ville-de-demo/roadmap/kpis/{kpi}/measurements", new()
        {
            DataObject = new { value = 77.25, measuredOn = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), note = "Posted by " + name },
        });
        Assert.Equal(201, posted.Status);

        await page.GotoAsync($"{Org}/roadmap/kpis/{kpi}");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Posted by " + name);

        await page.GotoAsync(Org + "/api-access");
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.GetByTestId("my-tokens").Locator("tr", new() { HasText = name }).GetByRole(AriaRole.Button, new() { Name = "Revoke" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("flash")).ToContainTextAsync(name);
        Assert.Equal(401, (await api.GetAsync("/api/v1/o/ville-de-demo/roadmap/kpis")).Status);
        await api.DisposeAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TheInteractiveReference_IsAccessible_AndDescribesTheApi()
    {
        var page = await host.NewPageAsync();
        var response = await page.GotoAsync("/api/reference/");
        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Data Strategy Studio API" })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("The organisation's open datasets");
        await page.AssertAccessibleAsync("api-reference");
        await page.GetByRole(AriaRole.Button, new() { Name = "Roadmap" }).First.ClickAsync();
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Record a measurement of an indicator");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("en")]
    [InlineData("nl")]
    public async Task PhoneWidth_TheApiAccessPage_IsAccessible_AndDoesNotScrollSideways(string language)
    {
        var page = await SignedInAsync(DemoSeeder.LeadEmail, language);
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync(Org + "/api-access");
        await page.Locator("#Name").FillAsync("Telefoon " + language);
        await page.Locator("form[action*=Create] button[type=submit]").ClickAsync();
        await Assertions.Expect(page.GetByTestId("token-secret")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync("api-access-phone-" + language);
        Assert.Equal(language, await page.Locator("html").GetAttributeAsync("lang"));
        var sizes = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(sizes[0] <= sizes[1] + 1, $"the API access page is {sizes[0]}px wide on a {sizes[1]}px screen");
        await page.Context.CloseAsync();
    }
}
