using DataStrategy.Data.Demo;
using Microsoft.Playwright;

namespace DataStrategy.Browser.Tests;

/// <summary>
/// The data inventory in a real browser: a contributor (a department's steward) reviews a dataset that is due, the
/// programme lead completes a public dataset and publishes it, and an anonymous reader finds it in Dutch on a phone.
/// axe-core runs on every page.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class InventoryJourneyTests(AppHost host)
{
    private const string Org = "/o/ville-de-demo";

    [Fact]
    public async Task StewardReviewsADueDataset_LeadPublishesOne_AnonymousReaderFindsItInDutch()
    {
        // A steward in a department (contributor) works through the datasets due for review.
        var steward = await host.SignInAsync(DemoSeeder.ContributorEmail, "fr");
        await steward.GotoAsync(Org);
        await steward.GetByRole(AriaRole.Link, new() { Name = "Inventaire des données" }).First.ClickAsync();
        await steward.AssertAccessibleAsync("inventory-register");
        await steward.GotoAsync(Org + "/datasets?status=due");
        await steward.AssertAccessibleAsync("inventory-register-due");
        var due = steward.GetByTestId("dataset-row");
        var before = await due.CountAsync();
        Assert.True(before > 0, "the demo has no dataset due for review");
        await due.First.Locator("a").First.ClickAsync();
        await Assertions.Expect(steward.GetByTestId("due")).ToBeVisibleAsync();
        await steward.AssertAccessibleAsync("inventory-dataset-due");
        await steward.GetByTestId("mark-reviewed").ClickAsync();
        await Assertions.Expect(steward.GetByTestId("due")).ToHaveCountAsync(0);
        await steward.GotoAsync(Org + "/datasets?status=due");
        await Assertions.Expect(steward.GetByTestId("dataset-row")).ToHaveCountAsync(before - 1);
        await steward.Context.CloseAsync();

        // The programme lead gives the public Wi-Fi dataset a licence and a distribution, then publishes it.
        var lead = await host.SignInAsync(DemoSeeder.LeadEmail, "en");
        await lead.GotoAsync(Org + "/datasets/wifi-public");
        await Assertions.Expect(lead.GetByTestId("publication-gaps")).ToBeVisibleAsync();
        await lead.AssertAccessibleAsync("inventory-dataset-gaps");
        await lead.GotoAsync(Org + "/datasets/wifi-public/edit");
        await lead.AssertAccessibleAsync("inventory-dataset-edit");
        await lead.Locator("#Licence").SelectOptionAsync("CC_BY_4_0");
        await lead.Locator("#Distributions_0__Format").SelectOptionAsync("CSV");
        await lead.Locator("#Distributions_0__AccessUrl").FillAsync("https://opendata.ville-de-demo.example/wifi");
        await lead.Locator("#Distributions_0__DownloadUrl").FillAsync("https://opendata.ville-de-demo.example/wifi.csv");
        await lead.GetByTestId("dataset-form").GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(lead.GetByTestId("publish")).ToBeVisibleAsync();
        await lead.GetByTestId("publish").ClickAsync();
        await Assertions.Expect(lead.GetByTestId("published")).ToBeVisibleAsync();
        await lead.Context.CloseAsync();

        // An anonymous reader on a phone, in Dutch, searches the public catalogue and opens the dataset.
        var reader = await host.NewPageAsync(locale: AppHost.LocaleOf("nl"));
        await reader.SetViewportSizeAsync(390, 844);
        await reader.GotoAsync("/p/ville-de-demo/datasets?culture=nl");
        await reader.AssertAccessibleAsync("public-datasets-nl");
        await reader.Locator("#q").FillAsync("wifi");
        await reader.Locator("form[role=search]").GetByRole(AriaRole.Button).ClickAsync();
        await reader.GetByRole(AriaRole.Link, new() { Name = "Openbare wifi-hotspots" }).ClickAsync();
        await Assertions.Expect(reader.Locator("h1")).ToHaveTextAsync("Openbare wifi-hotspots");
        Assert.Equal("nl", await reader.Locator("html").GetAttributeAsync("lang"));
        await Assertions.Expect(reader.Locator("main a[href='https://opendata.ville-de-demo.example/wifi.csv']")).ToHaveCountAsync(1);
        await reader.AssertAccessibleAsync("public-dataset-nl");
        var width = await reader.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"the public dataset page scrolls sideways on a phone ({width} px)");
        await reader.Context.CloseAsync();
    }
}
