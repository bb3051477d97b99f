using System.Text.RegularExpressions;
using DataStrategy.Data.Demo;
using Microsoft.Playwright;

namespace DataStrategy.Browser.Tests;

/// <summary>
/// A findings workshop in a real browser: a facilitator presents on a laptop while three people
/// vote at once from their phones (separate browser contexts, so separate device cookies).
/// The phones follow the facilitator by themselves and the presenter's table counts the votes
/// live, without a reload. A second test does the participant's part without JavaScript.
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class WorkshopJourneyTests(AppHost host)
{
    /// <summary>Participants poll every 3 s and the presenter every 2 s: assertions that wait for a poll get room for a few.</summary>
    private const float PollTimeout = 15_000;

    [GeneratedRegex("/o/ville-de-demo/workshops/[0-9a-f-]{36}/present$")]
    private static partial Regex PresentUrl();

    [GeneratedRegex("/w/[A-Z0-9]{6}$")]
    private static partial Regex ParticipantUrl();

    [GeneratedRegex(@"^Slide (\d+) of (\d+)$")]
    private static partial Regex SlideCounter();

    private Task<IPage> SignedInAsync(string email, bool javaScript = true) => host.SignInAsync(email, javaScript: javaScript);

    /// <summary>Waits until the page's script has had <paramref name="count"/> answers to its polling request.</summary>
    private static async Task PollsAsync(IPage page, string handler, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await page.WaitForResponseAsync(r => r.Url.Contains(handler, StringComparison.Ordinal), new() { Timeout = PollTimeout });
        }
    }

    /// <summary>The demo campaign's address, found as a user finds it: from the campaign list.</summary>
    private static async Task<string> DemoCampaignUrlAsync(IPage page)
    {
        await page.GotoAsync("/o/ville-de-demo/campaigns");
        var href = await page.GetByTestId("campaign-table").GetByRole(AriaRole.Link, new() { Name = DemoAssessment.CampaignName, Exact = true }).First.GetAttributeAsync("href");
        Assert.False(string.IsNullOrEmpty(href), "the demo campaign is not in the campaign list");
        return href!;
    }

    /// <summary>The facilitator plans a workshop on the campaign's workshops page and lands on the presenter.</summary>
    private static async Task<string> CreateWorkshopAsync(IPage facilitator, string title, int votes, bool checkAccessibility = false)
    {
        var campaignUrl = await DemoCampaignUrlAsync(facilitator);
        await facilitator.GotoAsync(campaignUrl + "/workshops");
        if (checkAccessibility)
        {
            await facilitator.AssertAccessibleAsync("workshop-list");
        }

        foreach (var language in new[] { "French", "Dutch", "English" })
        {
            await facilitator.GetByLabel("Title in " + language, new() { Exact = true }).FillAsync(title);
        }

        await facilitator.GetByLabel("Votes per participant").FillAsync(votes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Create the workshop" }).ClickAsync();
        await facilitator.WaitForURLAsync(PresentUrl());
        await Assertions.Expect(facilitator.GetByTestId("slide").GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        var code = (await facilitator.GetByTestId("join-code").Locator(".code").InnerTextAsync()).Trim();
        Assert.Matches("^[A-HJ-NP-Z2-9]{6}$", code);
        return code;
    }

    private async Task<IPage> PhoneAsync(bool javaScript = true)
    {
        var phone = await host.NewPageAsync(javaScript);
        await phone.SetViewportSizeAsync(390, 844);
        return phone;
    }

    /// <summary>A participant types the code on /w (lower case, as people do) and lands on the workshop.</summary>
    private static async Task JoinAsync(IPage phone, string code)
    {
        await phone.GotoAsync("/w");
        await phone.GetByLabel("Code shown on the screen").PressSequentiallyAsync(code.ToLowerInvariant());
        await phone.GetByRole(AriaRole.Button, new() { Name = "Join", Exact = true }).ClickAsync();
        await phone.WaitForURLAsync(ParticipantUrl());
        Assert.EndsWith("/w/" + code, phone.Url, StringComparison.Ordinal);
        await Assertions.Expect(phone.GetByTestId("participant")).ToBeVisibleAsync();
    }

    private static async Task VoteAsync(IPage phone, IReadOnlyDictionary<string, int> ballot)
    {
        var form = phone.GetByTestId("ballot");
        foreach (var (theme, votes) in ballot)
        {
            // Tap to vote: the big button showing the number (a radio button's label).
            await form.Locator($"fieldset[data-theme='{theme}'] label.vote-choice").Nth(votes).ClickAsync();
        }

        await form.GetByRole(AriaRole.Button, new() { Name = "Save my votes" }).ClickAsync();
    }

    private static async Task<int> SlideNumberAsync(ILocator counter)
    {
        var match = SlideCounter().Match((await counter.InnerTextAsync()).Trim());
        Assert.True(match.Success, "unexpected slide counter: " + await counter.InnerTextAsync());
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Workshop_FacilitatorAndThreePhones_VoteAtOnce_AndTheScreenCountsLive()
    {
        var facilitator = await SignedInAsync(DemoSeeder.FacilitatorEmail);
        facilitator.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await facilitator.SetViewportSizeAsync(1280, 800);
        var code = await CreateWorkshopAsync(facilitator, "Atelier " + Guid.NewGuid().ToString("N")[..6], votes: 3, checkAccessibility: true);
        await facilitator.AssertAccessibleAsync("workshop-presenter-welcome");
        var presenter = facilitator.GetByTestId("presenter");
        var counter = facilitator.Locator(".slide-count");
        Assert.Equal(1, await SlideNumberAsync(counter));

        // Three phones join by typing the code: each is its own browser context (its own device cookie).
        var phones = new List<IPage>();
        for (var i = 0; i < 3; i++)
        {
            var phone = await PhoneAsync();
            await JoinAsync(phone, code);
            await Assertions.Expect(phone.GetByTestId("voting-closed")).ToBeVisibleAsync();
            phones.Add(phone);
        }

        await phones[0].AssertAccessibleAsync("workshop-participant-waiting-phone");
        await Assertions.Expect(facilitator.Locator("[data-live='participants']")).ToHaveTextAsync("3", new() { Timeout = PollTimeout });

        // The arrow key moves the presentation on (the script submits the Next form).
        await facilitator.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(counter).Not.ToHaveTextAsync(new Regex("^Slide 1 of"));
        Assert.Equal(2, await SlideNumberAsync(counter));
        await Assertions.Expect(presenter).ToHaveAttributeAsync("data-slide", "1");
        await Assertions.Expect(facilitator.GetByTestId("slide").GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Maturity by theme");
        // ArrowLeft goes back, ArrowRight forward again.
        await facilitator.Keyboard.PressAsync("ArrowLeft");
        await Assertions.Expect(presenter).ToHaveAttributeAsync("data-slide", "0");
        await facilitator.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(presenter).ToHaveAttributeAsync("data-slide", "1");
        foreach (var phone in phones)
        {
            await Assertions.Expect(phone.GetByTestId("participant")).ToHaveAttributeAsync("data-slide", "1", new() { Timeout = PollTimeout });
        }

        // Opening the vote jumps to the vote slide; the phones follow by themselves.
        await facilitator.GetByTestId("open-voting").ClickAsync();
        var table = facilitator.GetByTestId("live-votes");
        await Assertions.Expect(table).ToBeVisibleAsync();
        Assert.True(await SlideNumberAsync(counter) > 2);
        foreach (var phone in phones)
        {
            await Assertions.Expect(phone.GetByTestId("ballot")).ToBeVisibleAsync(new() { Timeout = PollTimeout });
            await Assertions.Expect(phone.GetByTestId("participant")).ToHaveAttributeAsync("data-voting", "open");
        }

        await phones[1].AssertAccessibleAsync("workshop-participant-ballot-phone");
        var width = await phones[1].EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"the participant page is {width}px wide on a 390px screen");

        var themes = new List<string>();
        foreach (var fieldset in await phones[0].GetByTestId("ballot").Locator("fieldset[data-theme]").AllAsync())
        {
            themes.Add((await fieldset.GetAttributeAsync("data-theme"))!);
        }

        Assert.True(themes.Count >= 3, "the framework has fewer than three themes");
        Dictionary<string, int>[] ballots =
        [
            new() { [themes[0]] = 3 },
            new() { [themes[0]] = 1, [themes[1]] = 2 },
            new() { [themes[1]] = 1, [themes[2]] = 2 },
        ];

        // A marker in the presenter's window: it survives only if the page never reloads.
        await facilitator.EvaluateAsync("() => { window.__noReload = 'still here'; }");
        await Task.WhenAll(phones.Select((phone, i) => VoteAsync(phone, ballots[i])));
        foreach (var phone in phones)
        {
            await Assertions.Expect(phone.GetByTestId("flash")).ToContainTextAsync("Your votes are saved.");
            await Assertions.Expect(phone.GetByTestId("votes-used")).ToHaveTextAsync("Used: 3 of 3.");
        }

        await Assertions.Expect(facilitator.Locator("[data-live='ballots']")).ToHaveTextAsync("3", new() { Timeout = PollTimeout });
        await Assertions.Expect(facilitator.Locator("[data-live='participants']")).ToHaveTextAsync("3");
        foreach (var theme in themes)
        {
            var sum = ballots.Sum(b => b.GetValueOrDefault(theme));
            await Assertions.Expect(table.Locator($"[data-live-theme='{theme}']")).ToHaveTextAsync(sum.ToString(System.Globalization.CultureInfo.InvariantCulture), new() { Timeout = PollTimeout });
        }

        Assert.Equal("still here", await facilitator.EvaluateAsync<string?>("() => window.__noReload ?? null"));
        await facilitator.AssertAccessibleAsync("workshop-presenter-votes");

        // One participant tries to give more votes than they have: the ballot is refused, the count stays.
        var greedy = phones[2];
        await VoteAsync(greedy, new Dictionary<string, int> { [themes[0]] = 2, [themes[1]] = 2, [themes[2]] = 0 });
        await Assertions.Expect(greedy.GetByTestId("error-summary")).ToContainTextAsync("You have 3 votes in all: take some back first.");
        await greedy.AssertAccessibleAsync("workshop-participant-error-phone");
        // The presenter's next two polls answer after the refusal: the count they show has not moved.
        await PollsAsync(facilitator, "?handler=Live", 2);
        await Assertions.Expect(table.Locator($"[data-live-theme='{themes[0]}']")).ToHaveTextAsync("4");

        // Closing the vote: every phone shows it after its next poll, none re-sends a ballot.
        var posts = new List<string>();
        foreach (var phone in phones)
        {
            phone.Request += (_, request) =>
            {
                if (request.Method == "POST")
                {
                    lock (posts)
                    {
                        posts.Add(request.Url);
                    }
                }
            };
        }

        await facilitator.GetByTestId("close-voting").ClickAsync();
        await Assertions.Expect(facilitator.Locator("[data-live='voting']")).ToHaveTextAsync("Voting is closed.");
        foreach (var phone in phones)
        {
            await Assertions.Expect(phone.GetByTestId("voting-closed")).ToBeVisibleAsync(new() { Timeout = PollTimeout });
            await Assertions.Expect(phone.GetByTestId("ballot")).ToHaveCountAsync(0);
        }

        Assert.True(posts.Count == 0, "a phone sent a form again when it followed the facilitator: " + string.Join(", ", posts));
        await facilitator.ReloadAsync();
        await Assertions.Expect(facilitator.Locator("[data-live='ballots']")).ToHaveTextAsync("3");
        await Assertions.Expect(table.Locator($"[data-live-theme='{themes[0]}']")).ToHaveTextAsync("4");

        // Ending the workshop: the phones say so after their next poll, and then stay put.
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "End the workshop" }).ClickAsync();
        await Assertions.Expect(facilitator.GetByRole(AriaRole.Button, new() { Name = "End the workshop" })).ToHaveCountAsync(0);
        foreach (var phone in phones)
        {
            await Assertions.Expect(phone.GetByTestId("ended")).ToBeVisibleAsync(new() { Timeout = PollTimeout });
        }

        var reloads = 0;
        phones[0].FrameNavigated += (_, frame) =>
        {
            if (frame.ParentFrame is null)
            {
                Interlocked.Increment(ref reloads);
            }
        };
        // The page goes on asking for the workshop's state: two answers later it has still not reloaded.
        await PollsAsync(phones[0], "?handler=State", 2);
        Assert.True(reloads == 0, $"the ended workshop's page reloaded {reloads} times over two polls");
        foreach (var phone in phones.Append(facilitator))
        {
            await phone.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Workshop_ParticipantWithoutJavaScript_JoinsVotesAndComments()
    {
        var facilitator = await SignedInAsync(DemoSeeder.FacilitatorEmail);
        var code = await CreateWorkshopAsync(facilitator, "Sans JS " + Guid.NewGuid().ToString("N")[..6], votes: 2);
        await facilitator.GetByTestId("open-voting").ClickAsync();
        await Assertions.Expect(facilitator.GetByTestId("live-votes")).ToBeVisibleAsync();

        var phone = await PhoneAsync(javaScript: false);
        await JoinAsync(phone, code);
        await phone.ScreenshotAsync(new() { Path = Path.Combine(AppHost.ArtifactsFolder(), "workshop-participant-nojs.png"), FullPage = true });
        var form = phone.GetByTestId("ballot");
        await Assertions.Expect(form).ToBeVisibleAsync();
        var theme = (await form.Locator("fieldset[data-theme]").First.GetAttributeAsync("data-theme"))!;
        await VoteAsync(phone, new Dictionary<string, int> { [theme] = 2 });
        await Assertions.Expect(phone.GetByTestId("flash")).ToContainTextAsync("Your votes are saved.");
        await Assertions.Expect(form.Locator($"fieldset[data-theme='{theme}'] input[value='2']")).ToBeCheckedAsync();
        await Assertions.Expect(phone.GetByTestId("votes-used")).ToHaveTextAsync("Used: 2 of 2.");

        // The comment form is an ordinary form too.
        await phone.GetByLabel("Your comment (anonymous)").FillAsync("Les données de référence d'abord.");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await Assertions.Expect(phone.GetByTestId("flash")).ToContainTextAsync("Thank you: your comment is on the facilitator's screen.");

        // Without JavaScript the phone does not follow by itself; its Refresh link shows the new state.
        await facilitator.GetByTestId("close-voting").ClickAsync();
        await phone.GetByRole(AriaRole.Link, new() { Name = "Refresh" }).ClickAsync();
        await Assertions.Expect(phone.GetByTestId("voting-closed")).ToBeVisibleAsync();

        await Assertions.Expect(facilitator.Locator("[data-live='ballots']")).ToHaveTextAsync("1", new() { Timeout = PollTimeout });
        await Assertions.Expect(facilitator.GetByTestId("live-votes").Locator($"[data-live-theme='{theme}']")).ToHaveTextAsync("2");
        await Assertions.Expect(facilitator.Locator("[data-live='comments']")).ToContainTextAsync("Les données de référence d'abord.", new() { Timeout = PollTimeout });
        await phone.Context.CloseAsync();
        await facilitator.Context.CloseAsync();
    }
}
