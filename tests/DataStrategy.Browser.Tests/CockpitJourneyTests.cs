using Microsoft.Playwright;

namespace DataStrategy.Browser.Tests;

/// <summary>
/// The programme cockpit of each role, and the guided set-up of a new organisation, in a real browser: in French and
/// Dutch, at desktop and phone width, with axe-core on every page visited.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class CockpitJourneyTests(AppHost host)
{
    private const string Demo = "/o/ville-de-demo";

    [Theory]
    [InlineData("lead@ville-de-demo.example", "fr", 1280, true)]
    [InlineData("lead@ville-de-demo.example", "nl", 390, true)]
    [InlineData("facilitator@ville-de-demo.example", "nl", 1280, true)]
    [InlineData("facilitator@ville-de-demo.example", "fr", 390, true)]
    [InlineData("contributor@ville-de-demo.example", "fr", 390, false)]
    [InlineData("viewer@ville-de-demo.example", "nl", 390, false)]
    [InlineData("viewer@ville-de-demo.example", "fr", 1280, false)]
    public async Task Cockpit_OfEachRole_ShowsWhatTheRoleMaySee_AndIsAccessibleAtEveryWidth(string email, string language, int width, bool runsProgramme)
    {
        var page = await host.SignInAsync(email, language);
        await page.SetViewportSizeAsync(width, 844);

        await page.GotoAsync(Demo);

        await Assertions.Expect(page.GetByTestId("phases").Locator("[data-phase]")).ToHaveCountAsync(6);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = language == "fr" ? "Phases du programme" : "Fasen van het programma" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("summary")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("next-tasks")).ToHaveCountAsync(runsProgramme ? 1 : 0);
        Assert.Equal(language, await page.Locator("html").GetAttributeAsync("lang"));
        var pageWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(pageWidth <= width, $"The cockpit is {pageWidth}px wide on a {width}px screen");
        await page.AssertAccessibleAsync($"cockpit-{email.Split('@')[0]}-{language}-{width}");
    }

    [Theory]
    [InlineData("fr", 390)]
    [InlineData("nl", 1280)]
    public async Task NewOrganisation_GuidedSetUp_TakesTheLeadThroughItsSteps(string language, int width)
    {
        var slug = $"essai-cockpit-{language}-{width}";
        var page = await host.SignInAsync("lead@ville-de-demo.example", language);
        await page.SetViewportSizeAsync(width, 844);

        // Create the organisation: it opens on its cockpit with the set-up list, nothing done.
        await page.GotoAsync("/organisations/new");
        await page.Locator("input[name='Form.Name[fr]']").FillAsync($"Essai {language} {width}");
        await page.Locator("input[name='Form.Name[nl]']").FillAsync($"Proef {language} {width}");
        await page.Locator("input[name='Form.Slug']").FillAsync(slug);
        await page.Locator("main button[type=submit]").First.ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/o/" + slug, StringComparison.Ordinal));
        var setup = page.GetByTestId("setup");
        await Assertions.Expect(setup.Locator("[data-step]")).ToHaveCountAsync(6);
        await Assertions.Expect(setup.Locator("[data-done=true]")).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync($"setup-{language}-{width}-01-cockpit");
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= width);

        // Empty list pages say what to do next.
        foreach (var list in new[] { "departments", "stakeholders", "campaigns", "strategy", "roadmap", "events" })
        {
            await page.GotoAsync($"/o/{slug}/{list}");
            await Assertions.Expect(page.Locator(".empty-state .empty-state-text")).ToBeVisibleAsync();
            await page.AssertAccessibleAsync($"setup-{language}-{width}-empty-{list}");
        }

        // The first step: add a department from the set-up list.
        await page.GotoAsync("/o/" + slug);
        await setup.Locator("[data-step=Departments] a").ClickAsync();
        await page.Locator("input[name=Code]").FillAsync("URB");
        await page.Locator("input[name='Name[fr]']").FillAsync("Urbanisme");
        await page.Locator("input[name='Name[nl]']").FillAsync("Stedenbouw");
        await page.Locator("select[name=Kind]").SelectOptionAsync("Business");
        await page.Locator("main button[type=submit]").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("department-table")).ToContainTextAsync(language == "fr" ? "Urbanisme" : "Stedenbouw");

        // Back on the cockpit, the step is done and the list goes on.
        await page.GotoAsync("/o/" + slug);
        await Assertions.Expect(setup.Locator("[data-step=Departments]")).ToHaveAttributeAsync("data-done", "true");
        await Assertions.Expect(setup.Locator("[data-done=false]")).ToHaveCountAsync(5);
        await page.AssertAccessibleAsync($"setup-{language}-{width}-02-one-done");
    }
}
