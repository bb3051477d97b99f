using System.Text.RegularExpressions;
using DataStrategy.Data.Demo;
using Microsoft.Playwright;
using Xunit.Sdk;

namespace DataStrategy.Browser.Tests;

/// <summary>
/// The visual pass (issue 19) in a real browser: the contrast of every visible control on the demo's pages (the
/// buttons that were white on white among them), the menu grouped by phase and its phone form without script, no
/// sideways scrolling at 390 px, chart labels readable on a 1366 px projector, and a 24-month Gantt that fits.
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class VisualPassTests(AppHost host)
{
    private const string Org = "/o/ville-de-demo";
    private const int PhoneWidth = 390;
    private const int PhoneHeight = 844;

    [GeneratedRegex("/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
    private static partial Regex EndsWithId();

    /// <summary>The first link on <paramref name="listUrl"/> whose address contains <paramref name="part"/> and ends with an id.</summary>
    private static async Task<string> FirstLinkAsync(IPage page, string listUrl, string part)
    {
        await page.GotoAsync(listUrl);
        var hrefs = await page.Locator("main a[href]").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('href'))");
        return hrefs.FirstOrDefault(h => h.Contains(part, StringComparison.Ordinal) && EndsWithId().IsMatch(h))
            ?? throw new InvalidOperationException($"no link to {part}… on {listUrl}");
    }

    private static async Task<string> CampaignAsync(IPage page)
    {
        await page.GotoAsync(Org + "/campaigns");
        // The demo campaign by its name in the page's language.
        var names = new[] { "fr", "nl", "en" }.Select(l => DemoAssessment.CampaignNames.Get(l)).Distinct().ToList();
        var links = page.GetByTestId("campaign-table").Locator("a");
        foreach (var link in await links.AllAsync())
        {
            if (names.Contains((await link.InnerTextAsync()).Trim()))
            {
                return (await link.GetAttributeAsync("href"))!;
            }
        }

        throw new InvalidOperationException("the demo campaign is not in the list");
    }

    /// <summary>The address of a demo page by name (the pages the issue named first: their buttons were white on white).</summary>
    private static async Task<string> UrlAsync(IPage page, string name) => name switch
    {
        "overview" => Org,
        "interview-capture" => await FirstLinkAsync(page, await CampaignAsync(page), "/interviews/"),
        "survey-links" => await CampaignAsync(page) + "/surveys",
        "session" => await FirstLinkAsync(page, Org + "/sessions", "/sessions/"),
        "event" => await FirstLinkAsync(page, Org + "/events", "/events/"),
        "dashboard" => await CampaignAsync(page) + "/dashboard",
        "findings" => await CampaignAsync(page) + "/findings",
        "strategy" => Org + "/strategy",
        "roadmap" => Org + "/roadmap",
        "progress" => Org + "/roadmap/progress",
        "settings" => Org + "/settings",
        "members" => Org + "/members",
        "case-studies" => Org + "/case-studies",
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    [Fact]
    public async Task ContrastCheck_WhiteOnWhiteButton_Fails_AndTheSameButtonOnTheBlueBarPasses()
    {
        var page = await host.NewPageAsync();
        // The rule the app had: a link-looking button white everywhere, meant for the blue header bar only.
        await page.SetContentAsync(
            """
            <!doctype html><html lang="en"><head><title>Canary</title>
            <style>.link-button { background: none; border: none; color: #fff; text-decoration: underline; } header { background: #0b4f8a; }</style>
            </head><body><header><button class="link-button">Sign out</button></header>
            <main><h1>Notes</h1><ul><li>A note <form><button class="link-button">Delete</button></form></li></ul></main></body></html>
            """);

        var failure = await Assert.ThrowsAsync<TrueException>(() => page.AssertControlsContrastAsync("contrast-canary-white-on-white"));

        Assert.Contains("“Delete” #ffffff on #ffffff = 1:1", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Sign out", failure.Message, StringComparison.Ordinal);
        Assert.Contains("1 of 2 controls", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ContrastCheck_SemiTransparentBackgrounds_AreBlendedDownTheAncestors()
    {
        var page = await host.NewPageAsync();
        // Grey text on a half-transparent black layer over white: #777 on #808080 is 1.2:1, though #777 on white would pass.
        await page.SetContentAsync(
            """
            <!doctype html><html lang="en"><head><title>Canary</title></head><body><main><h1>Layers</h1>
            <div style="background: rgba(0,0,0,0.5)"><a class="button" href="#" style="color:#777">Faint</a></div></main></body></html>
            """);

        var failure = await Assert.ThrowsAsync<TrueException>(() => page.AssertControlsContrastAsync("contrast-canary-layers"));

        Assert.Contains("#777777 on #808080", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("interview-capture", "en")]
    [InlineData("survey-links", "fr")]
    [InlineData("session", "nl")]
    [InlineData("event", "en")]
    [InlineData("overview", "fr")]
    [InlineData("dashboard", "nl")]
    [InlineData("findings", "en")]
    [InlineData("strategy", "fr")]
    [InlineData("roadmap", "nl")]
    [InlineData("settings", "fr")]
    [InlineData("members", "nl")]
    [InlineData("case-studies", "en")]
    public async Task DemoPage_EveryVisibleControl_HasEnoughContrast_AndPassesAxe(string name, string language)
    {
        var page = await host.SignInAsync(DemoSeeder.LeadEmail, language);
        await page.SetViewportSizeAsync(1366, 900);
        var url = await UrlAsync(page, name);
        var response = await page.GotoAsync(url);
        await page.AssertPageIsOkAsync(response, $"visual-{name}-{language}");

        var measured = await page.AssertControlsContrastAsync($"visual-{name}-{language}");

        Assert.True(measured >= 4, $"{url}: only {measured} controls measured");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ButtonsThatWereWhiteOnWhite_AreOnTheirPages_AndNowReadable()
    {
        var page = await host.SignInAsync(DemoSeeder.LeadEmail);
        await page.SetViewportSizeAsync(1366, 900);
        foreach (var name in new[] { "survey-links", "session", "event" })
        {
            await page.GotoAsync(await UrlAsync(page, name));
            var buttons = page.Locator("main button.link-button");
            Assert.True(await buttons.CountAsync() > 0, $"{name}: no link-looking button to measure");
            var colour = await buttons.First.EvaluateAsync<string>("b => getComputedStyle(b).color");
            Assert.NotEqual("rgb(255, 255, 255)", colour);
            await page.AssertControlsContrastAsync("visual-link-buttons-" + name);
        }

        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("nl")]
    public async Task Phone_MainPages_DoNotScrollSideways_AndTheMenuIsOneCompactLine(string language)
    {
        var page = await host.SignInAsync(DemoSeeder.LeadEmail, language);
        await page.SetViewportSizeAsync(PhoneWidth, PhoneHeight);
        foreach (var name in new[] { "settings", "overview", "dashboard", "strategy", "roadmap", "event", "session", "members" })
        {
            var url = await UrlAsync(page, name);
            await page.GotoAsync(url);
            var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            Assert.True(width <= PhoneWidth, $"{url} in {language} is {width}px wide on a {PhoneWidth}px screen");
            await Assertions.Expect(page.Locator(".org-nav")).ToBeHiddenAsync();
            await Assertions.Expect(page.GetByTestId("phone-menu")).ToBeVisibleAsync();
            var header = await page.Locator("header.site-header").BoundingBoxAsync();
            Assert.True(header!.Height <= PhoneHeight * 0.2, $"{url}: the header takes {header.Height}px of a {PhoneHeight}px screen");
        }

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task PhoneMenu_OpensWithoutJavaScript_AndListsEveryPhase()
    {
        var page = await host.SignInAsync(DemoSeeder.LeadEmail, "fr", javaScript: false);
        await page.SetViewportSizeAsync(PhoneWidth, PhoneHeight);
        await page.GotoAsync(Org + "/settings");
        var menu = page.GetByTestId("phone-menu");
        var settings = menu.GetByRole(AriaRole.Link, new() { Name = "Paramètres", Exact = true });
        await Assertions.Expect(settings).ToBeHiddenAsync();

        await menu.Locator("summary").ClickAsync();

        await Assertions.Expect(settings).ToBeVisibleAsync();
        await Assertions.Expect(settings).ToHaveAttributeAsync("aria-current", "page");
        await Assertions.Expect(menu.Locator("summary")).ToContainTextAsync("Administration › Paramètres");
        var phases = await menu.Locator(".menu-group").AllTextContentsAsync();
        Assert.Equal(["Vue d'ensemble", "Évaluation", "Stratégie", "Feuille de route", "Inventaire des données", "Show & Tell", "Administration"], phases.Select(p => p.Trim()));
        await page.Context.CloseAsync();

        // axe and the contrast check are scripts: they read the open menu in a page that runs them.
        var withScript = await host.SignInAsync(DemoSeeder.LeadEmail, "fr");
        await withScript.SetViewportSizeAsync(PhoneWidth, PhoneHeight);
        await withScript.GotoAsync(Org + "/settings");
        await withScript.GetByTestId("phone-menu").Locator("summary").ClickAsync();
        await Assertions.Expect(withScript.GetByTestId("phone-menu").GetByRole(AriaRole.Link, new() { Name = "Paramètres", Exact = true })).ToBeVisibleAsync();
        await withScript.AssertAccessibleAsync("visual-phone-menu-open");
        await withScript.AssertControlsContrastAsync("visual-phone-menu-open");
        await withScript.Context.CloseAsync();
    }

    [Fact]
    public async Task WideScreen_MenuHasOneTabPerPhase_AndTheCurrentPhasesPages()
    {
        var page = await host.SignInAsync(DemoSeeder.LeadEmail);
        await page.SetViewportSizeAsync(1366, 900);
        await page.GotoAsync(Org + "/frameworks");

        var tabs = await page.Locator(".org-nav a").AllInnerTextsAsync();
        Assert.Equal(["Overview", "Assessment", "Strategy", "Roadmap", "Data inventory", "Show & Tell", "Administration"], tabs.Select(t => t.Trim()));
        await Assertions.Expect(page.Locator(".org-nav a[aria-current=true]")).ToHaveTextAsync("Assessment");
        var pages = await page.GetByTestId("org-subnav").Locator("a").AllInnerTextsAsync();
        Assert.Equal(["Campaigns", "Frameworks", "Departments", "Stakeholders"], pages.Select(t => t.Trim()));
        await Assertions.Expect(page.GetByTestId("org-subnav").Locator("a[aria-current=page]")).ToHaveTextAsync("Frameworks");
        var nav = await page.Locator("header.site-header").BoundingBoxAsync();
        Assert.True(nav!.Height <= 170, $"the header with its menu is {nav.Height}px high at 1366px");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("en")]
    [InlineData("nl")]
    public async Task Dashboard_At1366_RadarIsFullWidth_WithWholeLabelsOf14PxOrMore(string language)
    {
        var page = await host.SignInAsync(DemoSeeder.FacilitatorEmail, language);
        await page.SetViewportSizeAsync(1366, 900);
        await page.GotoAsync(await UrlAsync(page, "dashboard"));
        var radar = page.GetByTestId("radar");
        var box = await radar.BoundingBoxAsync();
        var main = await page.Locator("main").BoundingBoxAsync();
        Assert.True(box!.Width >= (main!.Width - 64) * 0.95, $"the radar is {box.Width}px wide in a {main.Width}px page");

        var texts = await radar.Locator("text").EvaluateAllAsync<string[]>(
            "els => els.map(t => (parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a).toFixed(1) + '|' + t.textContent)");
        Assert.NotEmpty(texts);
        foreach (var t in texts)
        {
            var parts = t.Split('|', 2);
            Assert.True(double.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture) >= 14, $"“{parts[1]}” is drawn at {parts[0]}px");
            Assert.DoesNotContain("…", parts[1], StringComparison.Ordinal);
        }

        // Every theme's whole name is on the chart (wrapped, not cut).
        var names = await page.GetByTestId("theme-scores").Locator("tbody th").AllInnerTextsAsync();
        var labels = await radar.Locator("text.label").EvaluateAllAsync<string[]>("els => els.map(t => Array.from(t.querySelectorAll('tspan')).map(s => s.textContent).join(' '))");
        foreach (var n in names)
        {
            Assert.Contains(labels, l => Normalise(l) == Normalise(n));
        }

        await page.Context.CloseAsync();
    }

    private static string Normalise(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace("  ", " ", StringComparison.Ordinal);

    [Fact]
    public async Task Roadmap_At1366_TheGanttFitsInQuarters_AndMonthsScrollInTheirRegion()
    {
        var page = await host.SignInAsync(DemoSeeder.FacilitatorEmail, "fr");
        await page.SetViewportSizeAsync(1366, 900);
        await page.GotoAsync(Org + "/roadmap?zoom=quarter");
        var gantt = page.GetByTestId("gantt");
        Assert.Equal("quarter", await gantt.GetAttributeAsync("data-zoom"));
        var (scroll, client) = await Sizes(gantt);
        Assert.True(scroll <= client, $"the Gantt in quarters is {scroll}px wide in a {client}px region");
        Assert.Contains("Q1", await gantt.Locator("text.tick").AllTextContentsAsync());
        await page.AssertAccessibleAsync("visual-roadmap-quarters");

        await page.GetByTestId("gantt-zoom").GetByRole(AriaRole.Link, new() { Name = "Mois", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(u => u.Contains("zoom=month", StringComparison.Ordinal));
        Assert.Equal("month", await page.GetByTestId("gantt").GetAttributeAsync("data-zoom"));
        await page.Context.CloseAsync();

        static async Task<(int, int)> Sizes(ILocator l)
        {
            var v = await l.EvaluateAsync<int[]>("e => [e.scrollWidth, e.clientWidth]");
            return (v[0], v[1]);
        }
    }

    /// <summary>
    /// Screenshots of the key screens at 390 and 1366 px in French and Dutch, for a person to look at (under the
    /// temporary folder, not in the repository); each is also checked not to scroll sideways.
    /// </summary>
    [Theory]
    [InlineData("fr")]
    [InlineData("nl")]
    public async Task KeyScreens_Screenshots_At390And1366(string language)
    {
        var folder = Path.Combine(Path.GetTempPath(), "dss-visual-" + language);
        Directory.CreateDirectory(folder);
        var page = await host.SignInAsync(DemoSeeder.LeadEmail, language);
        foreach (var name in new[] { "overview", "dashboard", "roadmap", "strategy", "settings", "interview-capture", "event" })
        {
            var url = await UrlAsync(page, name);
            foreach (var width in new[] { PhoneWidth, 1366 })
            {
                await page.SetViewportSizeAsync(width, width == PhoneWidth ? PhoneHeight : 900);
                await page.GotoAsync(url);
                await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}-{width}.png"), FullPage = width != PhoneWidth });
                var scroll = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
                Assert.True(scroll <= width, $"{url} is {scroll}px wide at {width}px");
            }
        }

        var anonymous = await host.NewPageAsync(locale: AppHost.LocaleOf(language));
        foreach (var (name, url) in new[] { ("public", "/p/ville-de-demo?culture=" + language), ("wrong-feedback-code", "/f/ZZZZZZ"), ("wrong-join-code", "/w/ZZZZZZ") })
        {
            foreach (var width in new[] { PhoneWidth, 1366 })
            {
                await anonymous.SetViewportSizeAsync(width, width == PhoneWidth ? PhoneHeight : 900);
                await anonymous.GotoAsync(url);
                await anonymous.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}-{width}.png") });
            }

            await anonymous.AssertAccessibleAsync($"visual-{name}-{language}");
            await anonymous.AssertControlsContrastAsync($"visual-{name}-{language}");
        }

        await page.Context.CloseAsync();
        await anonymous.Context.CloseAsync();
    }
}
