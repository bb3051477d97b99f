using DataStrategy.Data.Demo;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace DataStrategy.Browser.Tests;

/// <summary>Phase 1 in a real browser: a live interview over two browser sessions, a survey on a phone, axe on every page.</summary>
[Collection(AppCollection.Name)]
public sealed partial class AssessmentJourneyTests(AppHost host)
{
    private const string Email = "lead@ville-de-demo.example";

    private Task<IPage> SignedInAsync(string locale = "en-GB") => host.SignInAsync(Email, locale[..2]);

    private static async Task<string> NewCampaignAsync(IPage page, string name)
    {
        await page.GotoAsync("/o/ville-de-demo/campaigns/edit");
        await page.AssertAccessibleAsync("assessment-campaign-new");
        await page.GetByLabel("Name in French", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("Name in Dutch", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("Status").SelectOptionAsync("Collecting");
        await page.Locator("main button[type=submit]").First.ClickAsync();
        await page.WaitForURLAsync(CampaignUrl());
        return page.Url;
    }

    [GeneratedRegex("/campaigns/[0-9a-f-]{36}$")]
    private static partial Regex CampaignUrl();

    [GeneratedRegex("/interviews/[0-9a-f-]{36}")]
    private static partial Regex InterviewUrl();

    [Fact]
    public async Task Interview_CapturedLive_ResumesInASecondBrowserSession()
    {
        var first = await SignedInAsync();
        var campaignUrl = await NewCampaignAsync(first, "Capture " + Guid.NewGuid().ToString("N")[..6]);
        await first.GetByRole(AriaRole.Link, new() { Name = "Plan an interview" }).ClickAsync();
        await first.AssertAccessibleAsync("assessment-interview-plan");
        await first.GetByLabel("Stakeholder").SelectOptionAsync(new SelectOptionValue { Label = "Sophie Lambert — Directrice de l'urbanisme" });
        await first.Locator("main button[type=submit]").First.ClickAsync();
        await first.WaitForURLAsync(new Regex(Regex.Escape(campaignUrl)));
        await first.GetByRole(AriaRole.Link, new() { Name = "Capture Sophie Lambert" }).ClickAsync();
        await first.WaitForURLAsync(InterviewUrl());
        var interviewUrl = first.Url;
        await first.AssertAccessibleAsync("assessment-interview-capture");

        // With JavaScript, every field saves as soon as it changes: no button is pressed.
        var card = first.Locator("fieldset[data-question='lead-01']");
        await card.Locator("label").Nth(1).ClickAsync();
        await Assertions.Expect(card.Locator(".save-status")).ToHaveTextAsync("Saved.");
        await first.SetViewportSizeAsync(1280, 900);
        await first.ScreenshotAsync(new() { Path = Path.Combine(AppHost.ArtifactsFolder(), "interview-capture-viewport.png") });
        // Typing saves too, shortly after the last keystroke.
        var typed = await first.RunAndWaitForResponseAsync(
            () => card.GetByLabel("Evidence notes").FillAsync("Stratégie adoptée en 2019 ; pas de mise à jour depuis."),
            r => r.Url.Contains("handler=Field", StringComparison.Ordinal));
        Assert.Equal(200, typed.Status);
        await first.Context.CloseAsync();

        // The laptop closed. Another browser session resumes with everything in place.
        var second = await SignedInAsync();
        await second.GotoAsync(interviewUrl);
        var resumed = second.Locator("fieldset[data-question='lead-01']");
        await Assertions.Expect(resumed.Locator("input[type=radio]").Nth(1)).ToBeCheckedAsync();
        await Assertions.Expect(resumed.GetByLabel("Evidence notes")).ToHaveValueAsync("Stratégie adoptée en 2019 ; pas de mise à jour depuis.");
        await second.Locator("fieldset[data-question='lead-02'] label").Nth(2).ClickAsync();
        await second.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        await Assertions.Expect(second.Locator("h2").First).ToHaveTextAsync("Governance and roles");
        await second.GotoAsync(interviewUrl + "?theme=leadership");
        await Assertions.Expect(second.Locator("fieldset[data-question='lead-02'] input[type=radio]").Nth(2)).ToBeCheckedAsync();
    }

    [Fact]
    public async Task InterviewAutosave_RetriesAFailedSave_AndSaysWhichAnswerIsNotSaved()
    {
        var page = await SignedInAsync();
        var campaignUrl = await NewCampaignAsync(page, "Reprise " + Guid.NewGuid().ToString("N")[..6]);
        await page.GetByRole(AriaRole.Link, new() { Name = "Plan an interview" }).ClickAsync();
        await page.GetByLabel("Stakeholder").SelectOptionAsync(new SelectOptionValue { Label = "Sophie Lambert — Directrice de l'urbanisme" });
        await page.Locator("main button[type=submit]").First.ClickAsync();
        await page.WaitForURLAsync(new Regex(Regex.Escape(campaignUrl)));
        await page.GetByRole(AriaRole.Link, new() { Name = "Capture Sophie Lambert" }).ClickAsync();
        await page.WaitForURLAsync(InterviewUrl());
        await page.GotoAsync(page.Url + "?culture=fr");
        var saves = 0;

        // Two failures (no connection, then a proxy's HTML error page), then the server again: saved, nothing to say.
        static bool IsFieldSave(string url) => url.Contains("handler=Field", StringComparison.Ordinal);
        await page.RouteAsync(IsFieldSave, async route =>
        {
            switch (++saves)
            {
                case 1:
                    await route.AbortAsync("internetdisconnected");
                    break;
                case 2:
                    await route.FulfillAsync(new() { Status = 502, ContentType = "text/html", Body = "<html><body>Bad gateway</body></html>" });
                    break;
                default:
                    await route.ContinueAsync();
                    break;
            }
        });
        var first = page.Locator("fieldset[data-question='lead-01']");
        await first.Locator("label").Nth(1).ClickAsync();
        await Assertions.Expect(first.Locator(".save-status")).ToHaveTextAsync("Enregistré.", new() { Timeout = 15_000 });
        Assert.Equal(3, saves);
        await Assertions.Expect(page.GetByTestId("autosave-alert")).ToBeHiddenAsync();

        // The server keeps failing: after the retries the card and an alert say which answer is not saved.
        await page.UnrouteAllAsync();
        saves = 0;
        await page.RouteAsync(IsFieldSave, async route =>
        {
            saves++;
            await route.FulfillAsync(new() { Status = 500, ContentType = "application/json", Body = "{\"error\":\"Le serveur n'a pas pu enregistrer cette réponse. Réessayez dans un instant.\"}" });
        });
        var second = page.Locator("fieldset[data-question='lead-02']");
        await second.Locator("label").Nth(3).ClickAsync();
        var alert = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Ces réponses ne sont pas enregistrées" });
        await Assertions.Expect(alert).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(alert).ToContainTextAsync("lead-02");
        await Assertions.Expect(alert).Not.ToContainTextAsync("lead-01");
        await Assertions.Expect(second.Locator(".save-status")).ToHaveTextAsync("Le serveur n'a pas pu enregistrer cette réponse. Réessayez dans un instant.");
        Assert.Equal(4, saves);
        await page.AssertAccessibleAsync("assessment-interview-autosave-failed");

        // The server is back: changing the answer again saves it, and the alert goes.
        await page.UnrouteAllAsync();
        await second.Locator("label").Nth(2).ClickAsync();
        await Assertions.Expect(second.Locator(".save-status")).ToHaveTextAsync("Enregistré.");
        await Assertions.Expect(page.GetByTestId("autosave-alert")).ToBeHiddenAsync();
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("fieldset[data-question='lead-01'] input[type=radio]").Nth(1)).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("fieldset[data-question='lead-02'] input[type=radio]").Nth(2)).ToBeCheckedAsync();
    }

    [Fact]
    public async Task Survey_CompletedOnAPhone_WithoutAccount()
    {
        var lead = await SignedInAsync();
        var campaignUrl = await NewCampaignAsync(lead, "Survey " + Guid.NewGuid().ToString("N")[..6]);
        await lead.GotoAsync(campaignUrl + "/surveys");
        await lead.GetByLabel("Label in French").FillAsync("Service des sports");
        await lead.GetByLabel("Label in Dutch").FillAsync("Sportdienst");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Create an open link" }).ClickAsync();
        await lead.AssertAccessibleAsync("assessment-survey-links");
        var link = await lead.Locator("[data-testid=open-links] input.copy-field").First.InputValueAsync();

        var phone = await host.NewPageAsync(locale: "nl-BE");
        await phone.SetViewportSizeAsync(390, 844);
        await phone.GotoAsync(new Uri(link).PathAndQuery);
        await phone.AssertAccessibleAsync("assessment-survey-open-phone");
        // One start page: the survey then opens on its first theme.
        await phone.Locator("main button[type=submit]").ClickAsync();
        await Assertions.Expect(phone.GetByRole(AriaRole.Button, new() { Name = "Volgende" })).ToBeVisibleAsync();
        await phone.AssertAccessibleAsync("assessment-survey-page-phone");
        await phone.ScreenshotAsync(new() { Path = Path.Combine(AppHost.ArtifactsFolder(), "survey-phone-viewport.png") });
        var width = await phone.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"survey is {width}px wide on a 390px screen");
        for (var page = 0; page < 7; page++)
        {
            var cards = phone.Locator("fieldset.question-card");
            var count = await cards.CountAsync();
            for (var i = 0; i < count; i++)
            {
                await cards.Nth(i).Locator("label").Nth(i % 5).ClickAsync();
            }

            var send = phone.GetByRole(AriaRole.Button, new() { Name = "Mijn antwoorden versturen" });
            if (await send.CountAsync() > 0)
            {
                await send.ClickAsync();
                break;
            }

            await phone.GetByRole(AriaRole.Button, new() { Name = "Volgende" }).ClickAsync();
        }

        await Assertions.Expect(phone.GetByTestId("survey-done")).ToBeVisibleAsync();
        await lead.GotoAsync(campaignUrl);
        await Assertions.Expect(lead.GetByTestId("survey-table")).ToContainTextAsync("Completed");
    }

    [Fact]
    public async Task AssessmentPages_HaveNoSeriousAccessibilityViolations()
    {
        var page = await SignedInAsync("fr-BE");
        await page.GotoAsync("/o/ville-de-demo/frameworks");
        await page.AssertAccessibleAsync("assessment-frameworks");
        var framework = await page.Locator("[data-testid=framework-table] a").First.GetAttributeAsync("href");
        await page.GotoAsync("/o/ville-de-demo/campaigns");
        await page.AssertAccessibleAsync("assessment-campaigns");
        // The demo campaign, which has interviews (other tests may have added empty campaigns to the list).
        var campaign = await page.GetByTestId("campaign-table").GetByRole(AriaRole.Link, new() { Name = DemoAssessment.CampaignNameFr, Exact = true }).First.GetAttributeAsync("href");
        var interview = await (await page.GotoAsync(campaign!))!.TextAsync();
        await page.AssertAccessibleAsync("assessment-campaign");
        var capture = await page.Locator("[data-testid=interview-table] a").First.GetAttributeAsync("href");

        foreach (var (url, name) in new[]
                 {
                     (framework!, "framework"), (framework + "?by=topic", "framework-by-topic"), (framework + "/translate", "framework-translate"),
                     ("/o/ville-de-demo/frameworks/import", "framework-import"), (campaign + "/import", "answer-import"),
                     (campaign!.Replace("/campaigns/", "/campaigns/edit/", StringComparison.Ordinal), "campaign-edit"), (capture!, "interview-read"),
                 })
        {
            var response = await page.GotoAsync(url);
            await page.AssertPageIsOkAsync(response, "assessment-" + name);
        }

        Assert.Contains("interview", interview, StringComparison.OrdinalIgnoreCase);

        // Phone width, Dutch (the longest words): the campaign and its interview list do not scroll sideways.
        await page.SetViewportSizeAsync(390, 844);
        foreach (var url in new[] { campaign + "?culture=nl", capture + "?culture=nl" })
        {
            await page.GotoAsync(url);
            var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            Assert.True(width <= 390, $"{url} is {width}px wide on a 390px screen");
        }
    }
}
