using DataStrategy.Data.Demo;
using Microsoft.Playwright;
using SkiaSharp;

namespace DataStrategy.Browser.Tests;

/// <summary>
/// Case studies, the public site and the Show &amp; Tell in a real browser: a contributor writes a case
/// study with a photo, the programme lead publishes it, and an anonymous reader finds it on the public
/// site in Dutch; the demo event is presented with the keyboard and given feedback from a phone; every
/// new page at phone width in English and Dutch (axe-core, no sideways scrolling).
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ShowAndTellJourneyTests(AppHost host)
{
    private const string Org = "/o/ville-de-demo";
    private const string Public = "/p/ville-de-demo";
    private const int PhoneWidth = 390;
    private const int PhoneHeight = 844;
    private const string OverflowScript = "() => [document.documentElement.scrollWidth, window.innerWidth]";

    private Task<IPage> SignedInAsync(string email) => host.SignInAsync(email);

    private static async Task VisitAsync(IPage page, string url, string name)
    {
        var response = await page.GotoAsync(url);
        await page.AssertPageIsOkAsync(response, name);
    }

    private static byte[] Photo()
    {
        using var surface = SKSurface.Create(new SKImageInfo(900, 600));
        surface.Canvas.Clear(new SKColor(0x0E, 0x6E, 0x5C));
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 85);
        return data.ToArray();
    }

    [Fact]
    public async Task CaseStudyJourney_ContributorWrites_LeadPublishes_ReaderFindsItInDutch()
    {
        var slug = "fietstellers-" + Guid.NewGuid().ToString("N")[..6];
        var contributor = await SignedInAsync(DemoSeeder.ContributorEmail);
        await VisitAsync(contributor, Org + "/case-studies", "case-study-journey-library");
        await contributor.GetByRole(AriaRole.Link, new() { Name = "New case study", Exact = true }).ClickAsync();
        await contributor.AssertAccessibleAsync("case-study-journey-new");
        var texts = new Dictionary<string, string>
        {
            ["Title in French"] = "Des compteurs de vélos",
            ["Title in Dutch"] = "Fietstellers op de kaart",
            ["Title in English"] = "Bicycle counters on the map",
            ["Summary in French"] = "Douze compteurs mesurent le trafic cycliste.",
            ["Summary in Dutch"] = "Twaalf tellers meten het fietsverkeer.",
            ["Summary in English"] = "Twelve counters measure cycle traffic.",
            ["The problem in French"] = "Personne ne savait combien de cyclistes passaient.",
            ["The problem in Dutch"] = "Niemand wist hoeveel fietsers er passeerden.",
            ["The problem in English"] = "Nobody knew how many cyclists passed.",
            ["Outcome in French"] = "Deux nouvelles pistes cyclables.",
            ["Outcome in Dutch"] = "Twee nieuwe fietspaden.",
            ["Outcome in English"] = "Two new cycle lanes.",
        };
        foreach (var (label, value) in texts)
        {
            await contributor.GetByLabel(label, new() { Exact = true }).FillAsync(value);
        }

        await contributor.GetByLabel("Figure 1: value", new() { Exact = true }).FillAsync("+34 %");
        await contributor.GetByLabel("Figure 1: label in Dutch", new() { Exact = true }).FillAsync("fietsers");
        await contributor.GetByLabel("Figure 1: label in French", new() { Exact = true }).FillAsync("de cyclistes");
        await contributor.GetByLabel("Figure 1: label in English", new() { Exact = true }).FillAsync("cyclists");
        await contributor.GetByLabel("Web address", new() { Exact = true }).FillAsync(slug);
        await contributor.GetByLabel("Contacts", new() { Exact = true }).FillAsync("Jeanne Vélo, poste 12");
        await contributor.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Assertions.Expect(contributor.GetByTestId("flash")).ToContainTextAsync("The case study was saved");
        await contributor.AssertAccessibleAsync("case-study-journey-saved");
        var studyUrl = contributor.Url;
        Assert.Equal(0, await contributor.GetByTestId("publication").CountAsync());

        await contributor.GetByRole(AriaRole.Link, new() { Name = "Images (0)", Exact = true }).ClickAsync();
        await contributor.AssertAccessibleAsync("case-study-journey-images");
        await contributor.Locator("#photo").SetInputFilesAsync(new FilePayload { Name = "tellers.jpg", MimeType = "image/jpeg", Buffer = Photo() });
        await contributor.GetByLabel("Text alternative in French", new() { Exact = true }).First.FillAsync("Un compteur de vélos au bord d'une piste");
        await contributor.GetByLabel("Text alternative in Dutch", new() { Exact = true }).First.FillAsync("Een fietsteller langs een fietspad");
        await contributor.GetByLabel("Text alternative in English", new() { Exact = true }).First.FillAsync("A bicycle counter beside a cycle lane");
        await contributor.GetByRole(AriaRole.Button, new() { Name = "Upload", Exact = true }).ClickAsync();
        await Assertions.Expect(contributor.GetByTestId("flash")).ToContainTextAsync("The image was added");
        await Assertions.Expect(contributor.GetByTestId("images").Locator("li")).ToHaveCountAsync(1);
        await contributor.Context.CloseAsync();

        var lead = await SignedInAsync(DemoSeeder.LeadEmail);
        await VisitAsync(lead, studyUrl, "case-study-journey-lead");
        await lead.GetByTestId("publication").GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await Assertions.Expect(lead.GetByTestId("flash")).ToContainTextAsync("The case study is on the public site");
        await Assertions.Expect(lead.GetByTestId("case-study-status")).ToHaveTextAsync("Published");
        await lead.Context.CloseAsync();

        var reader = await host.NewPageAsync(locale: "fr-BE");
        await VisitAsync(reader, Public + "/case-studies", "case-study-journey-public-list");
        // The public site's language switch is a row of links under the city's name.
        await reader.GetByRole(AriaRole.Link, new() { Name = "Nederlands", Exact = true }).ClickAsync();
        await Assertions.Expect(reader.GetByRole(AriaRole.Link, new() { Name = "Nederlands", Exact = true })).ToHaveAttributeAsync("aria-current", "true");
        await reader.AssertAccessibleAsync("case-study-journey-public-list-nl");
        await reader.GetByRole(AriaRole.Link, new() { Name = "Fietstellers op de kaart", Exact = true }).ClickAsync();
        await Assertions.Expect(reader.Locator("h1")).ToHaveTextAsync("Fietstellers op de kaart");
        await Assertions.Expect(reader.Locator("html")).ToHaveAttributeAsync("lang", "nl");
        await Assertions.Expect(reader.Locator(".case-study-image img")).ToHaveAttributeAsync("alt", "Een fietsteller langs een fietspad");
        Assert.True(await reader.Locator(".case-study-image img").EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "the photo loads for an anonymous reader");
        await Assertions.Expect(reader.Locator(".key-figures")).ToContainTextAsync("fietsers");
        await Assertions.Expect(reader.Locator("main")).Not.ToContainTextAsync("Jeanne Vélo");
        await reader.AssertAccessibleAsync("case-study-journey-public-nl");
    }

    [Fact]
    public async Task ShowAndTell_PresentWithTheKeyboard_ThenGiveFeedbackFromAPhone()
    {
        var facilitator = await SignedInAsync(DemoSeeder.FacilitatorEmail);
        await VisitAsync(facilitator, Org + "/events", "show-and-tell-events");
        await facilitator.GetByTestId("events").Locator("tbody a").First.ClickAsync();
        await facilitator.AssertAccessibleAsync("show-and-tell-event");
        var eventUrl = facilitator.Url;
        var open = facilitator.GetByRole(AriaRole.Button, new() { Name = "Open feedback", Exact = true });
        if (await open.CountAsync() > 0)
        {
            await open.ClickAsync();
            await Assertions.Expect(facilitator.GetByTestId("flash")).ToContainTextAsync("Feedback is open");
        }

        var code = (await facilitator.Locator("[data-testid=feedback-code]").TextContentAsync())!.Trim()[^7..^1];
        await facilitator.GetByTestId("present").ClickAsync();
        await Assertions.Expect(facilitator.GetByTestId("slide-count")).ToHaveTextAsync("Slide 1 of 11");
        await facilitator.AssertAccessibleAsync("show-and-tell-present-title");
        await facilitator.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(facilitator.GetByTestId("slide-count")).ToHaveTextAsync("Slide 2 of 11");
        await Assertions.Expect(facilitator.Locator("#slide-h")).ToHaveTextAsync("Where we stand: the maturity assessment");
        await facilitator.AssertAccessibleAsync("show-and-tell-present-assessment");
        await facilitator.GotoAsync(eventUrl + "/present?slide=4");
        await Assertions.Expect(facilitator.Locator("#slide-h")).Not.ToBeEmptyAsync();
        await facilitator.AssertAccessibleAsync("show-and-tell-present-case-study");
        await facilitator.Keyboard.PressAsync("ArrowLeft");
        await Assertions.Expect(facilitator.Locator("#slide-h")).ToHaveTextAsync("The roadmap so far");
        await facilitator.AssertAccessibleAsync("show-and-tell-present-roadmap");

        var phone = await host.NewPageAsync(locale: "nl-BE");
        await phone.SetViewportSizeAsync(PhoneWidth, PhoneHeight);
        await VisitAsync(phone, "/f?culture=nl", "show-and-tell-feedback-code-nl");
        await phone.GetByLabel("Code op het scherm").FillAsync(code.ToLowerInvariant());
        await phone.GetByRole(AriaRole.Button, new() { Name = "Verder", Exact = true }).ClickAsync();
        await phone.AssertAccessibleAsync("show-and-tell-feedback-form-nl");
        await phone.GetByLabel("4", new() { Exact = true }).CheckAsync();
        await phone.GetByLabel("Nog iets? (optioneel)").FillAsync("Heel concreet, bedankt!");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Versturen", Exact = true }).ClickAsync();
        await Assertions.Expect(phone.GetByTestId("feedback-thanks")).ToBeVisibleAsync();
        await phone.AssertAccessibleAsync("show-and-tell-feedback-sent-nl");

        await facilitator.GotoAsync(eventUrl);
        await Assertions.Expect(facilitator.GetByTestId("feedback-comments")).ToContainTextAsync("Heel concreet, bedankt!");
    }

    [Theory]
    [InlineData("/case-studies")]
    [InlineData("/case-studies/edit")]
    [InlineData("case-study")]
    [InlineData("case-study-images")]
    [InlineData("/events")]
    [InlineData("event")]
    [InlineData("event-present")]
    [InlineData("public-list")]
    [InlineData("public-case-study")]
    [InlineData("public-home")]
    [InlineData("feedback")]
    public async Task PhoneWidth_CaseStudyAndShowAndTellPages_AreAccessible_AndDoNotScrollSideways(string path)
    {
        var page = await SignedInAsync(DemoSeeder.LeadEmail);
        var url = path switch
        {
            "public-list" => Public + "/case-studies",
            "public-case-study" => Public + "/case-studies/capteurs-stationnement",
            "public-home" => Public,
            _ => Org + path,
        };
        if (path.StartsWith("case-study", StringComparison.Ordinal))
        {
            await page.GotoAsync(Org + "/case-studies");
            url = (await page.Locator("[data-case-study='capteurs-stationnement'] h2 a").GetAttributeAsync("href"))! + (path.EndsWith("images", StringComparison.Ordinal) ? "/images" : "");
        }
        else if (path.StartsWith("event", StringComparison.Ordinal) || path == "feedback")
        {
            await page.GotoAsync(Org + "/events");
            url = (await page.GetByTestId("events").Locator("tbody a").First.GetAttributeAsync("href"))! + (path == "event-present" ? "/present?slide=4" : "");
            if (path == "feedback")
            {
                await page.GotoAsync(url);
                url = "/f/" + (await page.Locator("[data-testid=feedback-code]").TextContentAsync())!.Trim()[^7..^1];
            }
        }

        await page.SetViewportSizeAsync(PhoneWidth, PhoneHeight);
        foreach (var culture in new[] { "en", "nl" })
        {
            var localized = url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "culture=" + culture;
            await VisitAsync(page, localized, "show-and-tell-phone-" + path.Trim('/').Replace('/', '-') + "-" + culture);
            Assert.Equal(culture, await page.Locator("html").GetAttributeAsync("lang"));
            var sizes = await page.EvaluateAsync<int[]>(OverflowScript);
            Assert.True(sizes[0] <= sizes[1] + 1, $"{localized} is {sizes[0]}px wide on a {sizes[1]}px screen");
        }

        await page.Context.CloseAsync();
    }
}
