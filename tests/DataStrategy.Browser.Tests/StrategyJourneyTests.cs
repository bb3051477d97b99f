using System.Text.RegularExpressions;
using DataStrategy.Data.Demo;
using Microsoft.Playwright;

namespace DataStrategy.Browser.Tests;

/// <summary>
/// The strategy phase in a real browser, on the demo organisation: a facilitator turns a working
/// session into a new objective, comments on it and submits the strategy; the lead approves and
/// publishes it; anyone reads it on the public page in Dutch. Then every strategy page on a phone
/// in English and Dutch (axe-core, no sideways scrolling), the RACI matrix and comments without
/// JavaScript, and the version comparison's marks.
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class StrategyJourneyTests(AppHost host)
{
    private const string Org = "/o/ville-de-demo";
    private const int PhoneWidth = 390;
    private const int PhoneHeight = 844;

    /// <summary>The demo's chief data officer (DemoStrategy): a role holder whose name the public page must not show.</summary>
    private const string RoleHolder = "Olivier Lemaire";

    /// <summary>The lead's display name (DemoSeeder.DemoUsers), as the mention list shows it.</summary>
    private const string LeadName = "Claire Vandenbroucke";

    [GeneratedRegex(@"/o/ville-de-demo/sessions/[0-9a-f-]{36}$")]
    private static partial Regex SessionUrl();

    [GeneratedRegex(@"/o/ville-de-demo/strategy/versions/(\d+)$")]
    private static partial Regex VersionUrl();

    private Task<IPage> SignedInAsync(string email, bool javaScript = true) => host.SignInAsync(email, javaScript: javaScript);

    /// <summary>Opens <paramref name="url"/> and fails on an HTTP error or a serious accessibility violation.</summary>
    private static async Task VisitAsync(IPage page, string url, string name)
    {
        var response = await page.GotoAsync(url);
        await page.AssertPageIsOkAsync(response, name);
    }

    private static string WithCulture(string url, string culture)
    {
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var path = hash < 0 ? url : url[..hash];
        return path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "culture=" + culture;
    }

    private static async Task<string> HrefAsync(ILocator link)
    {
        var href = await link.GetAttributeAsync("href");
        Assert.False(string.IsNullOrEmpty(href), "the link has no address");
        return href!;
    }

    [Fact]
    public async Task StrategyJourney_SessionToPublishedPublicPage_InTwoLanguages()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var titleFr = "Former les agents aux données " + suffix;
        var titleNl = "Medewerkers opleiden in data " + suffix;
        var comment = "Claire, peux-tu valider cet objectif avant le comité ? " + suffix;

        // The facilitator opens the first working session from the list.
        var facilitator = await SignedInAsync(DemoSeeder.FacilitatorEmail);
        await facilitator.SetViewportSizeAsync(1280, 900);
        await VisitAsync(facilitator, Org, "strategy-journey-overview-facilitator");
        // The menu is grouped by phase: the Strategy phase opens on its first page, the working sessions.
        await facilitator.GetByRole(AriaRole.Navigation, new() { Name = "Organisation menu" }).GetByRole(AriaRole.Link, new() { Name = "Strategy", Exact = true }).ClickAsync();
        await facilitator.WaitForURLAsync(u => u.EndsWith("/sessions", StringComparison.Ordinal));
        await facilitator.AssertAccessibleAsync("strategy-journey-sessions");
        await facilitator.GetByTestId("sessions").Locator("tbody th a").First.ClickAsync();
        await facilitator.WaitForURLAsync(SessionUrl());
        var sessionUrl = new Uri(facilitator.Url).AbsolutePath;
        await Assertions.Expect(facilitator.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Session 1 – Vision and objectives");
        await facilitator.AssertAccessibleAsync("strategy-journey-session");

        // "Create here: Objective" opens the editor for an objective shaped in this session.
        await facilitator.GetByTestId("create-here").GetByRole(AriaRole.Link, new() { Name = "Objective", Exact = true }).ClickAsync();
        await facilitator.WaitForURLAsync(u => u.Contains("/strategy/edit", StringComparison.Ordinal) && u.Contains("kind=Objective", StringComparison.Ordinal));
        await Assertions.Expect(facilitator.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("New item: Objective");
        await facilitator.AssertAccessibleAsync("strategy-journey-editor");
        await facilitator.GetByLabel("Title in French", new() { Exact = true }).FillAsync(titleFr);
        await facilitator.GetByLabel("Title in Dutch", new() { Exact = true }).FillAsync(titleNl);
        await facilitator.GetByLabel("Description in French", new() { Exact = true }).FillAsync("Chaque service compte au moins un agent formé à la gestion et à l'analyse des données.");
        await facilitator.GetByLabel("Description in Dutch", new() { Exact = true }).FillAsync("Elke dienst telt minstens één medewerker die opgeleid is in databeheer en data-analyse.");
        var priorities = facilitator.GetByRole(AriaRole.Group, new() { Name = "Thematic priorities answered", Exact = true });
        var priority = priorities.GetByRole(AriaRole.Checkbox).First;
        await priority.CheckAsync();
        await Assertions.Expect(priority).ToBeCheckedAsync();
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();

        // Back on the session page, the new objective is among the items it shaped.
        await facilitator.WaitForURLAsync(u => new Uri(u).AbsolutePath == sessionUrl);
        await Assertions.Expect(facilitator.GetByTestId("flash")).ToContainTextAsync("The item was saved.");
        // Written in French only, it shows on this English page in French, marked as not yet translated.
        var newItem = facilitator.GetByTestId("items").GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^" + Regex.Escape(titleFr) + @"\s+Not yet translated: shown in French\.$") });
        await Assertions.Expect(newItem).ToBeVisibleAsync();
        await facilitator.AssertAccessibleAsync("strategy-journey-session-with-item");

        // On the objective's page, a comment that mentions the lead.
        await newItem.ClickAsync();
        await facilitator.WaitForURLAsync(u => u.Contains("/strategy/items/", StringComparison.Ordinal));
        var itemUrl = new Uri(facilitator.Url).AbsolutePath;
        await Assertions.Expect(facilitator.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(titleFr);
        await facilitator.AssertAccessibleAsync("strategy-journey-item");
        await facilitator.GetByLabel("New comment", new() { Exact = true }).FillAsync(comment);
        await facilitator.Locator("summary", new() { HasText = "Mention members" }).ClickAsync();
        var mention = facilitator.GetByRole(AriaRole.Group, new() { Name = "Mention members" }).GetByRole(AriaRole.Checkbox, new() { Name = LeadName });
        await mention.CheckAsync();
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Comment", Exact = true }).ClickAsync();
        await Assertions.Expect(facilitator.GetByTestId("flash")).ToContainTextAsync("Your comment was added.");
        Assert.Equal(itemUrl, new Uri(facilitator.Url).AbsolutePath);
        var comments = facilitator.GetByRole(AriaRole.Region, new() { Name = "Comments", Exact = true });
        await Assertions.Expect(comments.Locator("article.comment-thread", new() { HasText = comment })).ToContainTextAsync("@" + LeadName);
        await facilitator.AssertAccessibleAsync("strategy-journey-item-commented");

        // The facilitator submits the working draft for review: it becomes version 3.
        await VisitAsync(facilitator, Org + "/strategy", "strategy-journey-strategy-facilitator");
        await facilitator.GetByRole(AriaRole.Link, new() { Name = "Submit for review", Exact = true }).ClickAsync();
        await facilitator.WaitForURLAsync(u => u.EndsWith("/strategy/submit", StringComparison.Ordinal));
        await facilitator.AssertAccessibleAsync("strategy-journey-submit");
        await facilitator.GetByLabel("What changed (for the reviewers)").FillAsync("Nouvel objectif sur les compétences en données. / Nieuwe doelstelling over datavaardigheden.");
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Submit for review", Exact = true }).ClickAsync();
        await facilitator.WaitForURLAsync(VersionUrl());
        Assert.Equal("3", VersionUrl().Match(facilitator.Url).Groups[1].Value);
        await Assertions.Expect(facilitator.GetByTestId("flash")).ToContainTextAsync("Version 3 was submitted for review.");
        var heading = facilitator.GetByRole(AriaRole.Heading, new() { Level = 1 });
        await Assertions.Expect(heading).ToContainTextAsync("Version 3");
        await Assertions.Expect(heading).ToContainTextAsync("In review");
        await facilitator.AssertAccessibleAsync("strategy-journey-version-3-submitted");
        await facilitator.Context.CloseAsync();

        // The lead sees the mention on the strategy overview.
        var lead = await SignedInAsync(DemoSeeder.LeadEmail);
        await lead.SetViewportSizeAsync(1280, 900);
        await VisitAsync(lead, Org + "/strategy", "strategy-journey-strategy-lead");
        var mentions = lead.GetByRole(AriaRole.Region, new() { Name = "Comments that mention you", Exact = true });
        var mentioned = mentions.GetByRole(AriaRole.Listitem).Filter(new() { HasText = comment });
        await Assertions.Expect(mentioned).ToHaveCountAsync(1);
        await Assertions.Expect(mentioned.GetByRole(AriaRole.Link, new() { Name = titleFr })).ToBeVisibleAsync();

        // Version 3: Review → Approve.
        await lead.GetByTestId("strategy-status").GetByRole(AriaRole.Link, new() { Name = "Version 3: In review." }).ClickAsync();
        await lead.WaitForURLAsync(u => u.EndsWith("/strategy/versions/3", StringComparison.Ordinal));
        await lead.AssertAccessibleAsync("strategy-journey-version-3-lead");
        await lead.GetByRole(AriaRole.Link, new() { Name = "Review version 3", Exact = true }).ClickAsync();
        await lead.WaitForURLAsync(u => u.EndsWith("/strategy/versions/3/review", StringComparison.Ordinal));
        await lead.AssertAccessibleAsync("strategy-journey-review");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Approve", Exact = true }).ClickAsync();
        await lead.WaitForURLAsync(u => u.EndsWith("/strategy/versions/3", StringComparison.Ordinal));
        await Assertions.Expect(lead.GetByTestId("flash")).ToContainTextAsync("Version 3 is approved.");
        await lead.AssertAccessibleAsync("strategy-journey-approved");

        // Publish → confirm on the publish page.
        await lead.GetByRole(AriaRole.Link, new() { Name = "Publish version 3", Exact = true }).ClickAsync();
        await lead.WaitForURLAsync(u => u.EndsWith("/strategy/versions/3/publish", StringComparison.Ordinal));
        await lead.AssertAccessibleAsync("strategy-journey-publish");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Publish version 3", Exact = true }).ClickAsync();
        await lead.WaitForURLAsync(u => u.EndsWith("/strategy/versions/3", StringComparison.Ordinal));
        await Assertions.Expect(lead.GetByTestId("flash")).ToContainTextAsync("Version 3 is published.");
        await lead.AssertAccessibleAsync("strategy-journey-published");
        await lead.Context.CloseAsync();

        // Anyone, in Dutch: the public page shows version 3 with the new objective, and no role holder's name.
        var reader = await host.NewPageAsync();
        await reader.SetViewportSizeAsync(1280, 900);
        await VisitAsync(reader, "/p/ville-de-demo", "strategy-journey-public-en");
        // The public site's language switch is a row of links under the city's name.
        var dutch = reader.GetByRole(AriaRole.Link, new() { Name = "Nederlands", Exact = true });
        await dutch.ClickAsync();
        await Assertions.Expect(reader.GetByRole(AriaRole.Link, new() { Name = "Nederlands", Exact = true })).ToHaveAttributeAsync("aria-current", "true");
        Assert.EndsWith("/p/ville-de-demo", new Uri(reader.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.Equal("nl", await reader.Locator("html").GetAttributeAsync("lang"));
        await Assertions.Expect(reader.GetByTestId("published-version")).ToContainTextAsync("Versie 3, gepubliceerd op");
        await Assertions.Expect(reader.GetByText(titleNl, new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(reader.GetByText(titleFr)).ToHaveCountAsync(0);
        var text = await reader.Locator("body").InnerTextAsync();
        Assert.DoesNotContain(RoleHolder, text, StringComparison.Ordinal);
        Assert.DoesNotContain(LeadName, text, StringComparison.Ordinal);
        await reader.AssertAccessibleAsync("strategy-journey-public-nl");
        await reader.Context.CloseAsync();
    }

    /// <summary>The address of each strategy page, found as a user finds it where it depends on an ID.</summary>
    private static async Task<string> UrlOfAsync(IPage page, string name)
    {
        switch (name)
        {
            case "item":
                await page.GotoAsync(Org + "/strategy");
                return await HrefAsync(page.GetByRole(AriaRole.Link, new() { Name = "Open up public data", Exact = true }).First);
            case "session":
            case "session-edit":
                await page.GotoAsync(Org + "/sessions");
                var session = await HrefAsync(page.GetByTestId("sessions").Locator("tbody th a").First);
                return name == "session" ? session : session.Replace("/sessions/", "/sessions/edit/", StringComparison.Ordinal);
            default:
                return name switch
                {
                    "overview" => Org + "/strategy",
                    "editor" => Org + "/strategy/edit?kind=Objective",
                    "versions" => Org + "/strategy/versions",
                    "compare" => Org + "/strategy/compare?from=1&to=2",
                    "raci" => Org + "/strategy/raci",
                    "raci-edit" => Org + "/strategy/raci/edit",
                    "traceability" => Org + "/strategy/traceability",
                    "translations" => Org + "/strategy/translations",
                    "city-priorities" => Org + "/strategy/city-priorities",
                    "sessions" => Org + "/sessions",
                    "document" => Org + "/strategy/document",
                    "public" => "/p/ville-de-demo",
                    _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
                };
        }
    }

    /// <summary>The outermost and innermost elements whose right edge passes the window's, outside any scrolling region.</summary>
    private const string OverflowingElementsScript = """
        () => {
          const limit = window.innerWidth + 1;
          const scrolls = el => { for (let p = el.parentElement; p; p = p.parentElement) { const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden') return true; } return false; };
          const out = [...document.body.querySelectorAll('*')].filter(el => el.getBoundingClientRect().right > limit && !scrolls(el));
          const outer = out.filter(el => !out.includes(el.parentElement));
          const inner = out.filter(el => !out.some(o => o !== el && el.contains(o)));
          return [...new Set([...outer.slice(0, 4), ...inner.slice(0, 4)])].map(el => `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''} right=${Math.round(el.getBoundingClientRect().right)} "${(el.innerText || '').slice(0, 40).replace(/\s+/g, ' ')}"`);
        }
        """;

    private static async Task AssertNoSidewaysScrollAsync(IPage page, string what)
    {
        var sizes = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        if (sizes[0] > sizes[1] + 1)
        {
            // Name the widest elements that stick out, so that the failure says what to fix.
            var culprits = await page.EvaluateAsync<string[]>(OverflowingElementsScript);
            Assert.Fail($"{what} is {sizes[0]}px wide on a {sizes[1]}px screen; sticking out: {string.Join("; ", culprits)}");
        }
    }

    [Theory]
    [InlineData("overview")]
    [InlineData("item")]
    [InlineData("editor")]
    [InlineData("versions")]
    [InlineData("compare")]
    [InlineData("raci")]
    [InlineData("raci-edit")]
    [InlineData("traceability")]
    [InlineData("translations")]
    [InlineData("city-priorities")]
    [InlineData("sessions")]
    [InlineData("session")]
    [InlineData("session-edit")]
    [InlineData("document")]
    [InlineData("public")]
    public async Task PhoneWidth_StrategyPages_AreAccessible_AndDoNotScrollSideways(string name)
    {
        var page = name == "public" ? await host.NewPageAsync() : await SignedInAsync(DemoSeeder.FacilitatorEmail);
        var url = await UrlOfAsync(page, name);
        await page.SetViewportSizeAsync(PhoneWidth, PhoneHeight);

        await VisitAsync(page, url, "strategy-phone-" + name);
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        await AssertNoSidewaysScrollAsync(page, url);

        // Dutch has the longest words of the three languages.
        await VisitAsync(page, WithCulture(url, "nl"), "strategy-phone-" + name + "-nl");
        Assert.Equal("nl", await page.Locator("html").GetAttributeAsync("lang"));
        await AssertNoSidewaysScrollAsync(page, url + " in Dutch");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task RaciMatrix_EditedWithoutJavaScript_ShowsTheNewLetter()
    {
        const string activity = "Manage data breaches";
        const string role = "Chief data officer";
        var page = await SignedInAsync(DemoSeeder.FacilitatorEmail, javaScript: false);
        await page.GotoAsync(Org + "/strategy/raci/edit");
        var cell = page.GetByLabel($"Role {role} for activity {activity}", new() { Exact = true });
        // The demo leaves this activity without an accountable role: the facilitator makes the CDO accountable.
        await Assertions.Expect(cell).ToHaveValueAsync("C");
        await cell.SelectOptionAsync("A");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the matrix", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(u => u.EndsWith("/strategy/raci/edit", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByTestId("flash")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel($"Role {role} for activity {activity}", new() { Exact = true })).ToHaveValueAsync("A");

        await page.GetByRole(AriaRole.Link, new() { Name = "Cancel", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(u => u.EndsWith("/strategy/raci", StringComparison.Ordinal));
        var matrix = page.GetByTestId("raci-matrix");
        var headers = await matrix.Locator("thead th").AllInnerTextsAsync();
        var column = headers.ToList().FindIndex(h => h.Trim() == role);
        Assert.True(column > 0, $"no column for {role}: {string.Join(" | ", headers)}");
        var row = matrix.Locator("tbody tr").Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = activity, Exact = true }) });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        // Column 0 is the row header; the letter cells follow in the order of the header.
        await Assertions.Expect(row.Locator("td.raci-cell").Nth(column - 1)).ToHaveTextAsync("A");
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppHost.ArtifactsFolder(), "strategy-raci-nojs.png"), FullPage = true });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Comment_PostedWithoutJavaScript_ShowsOnTheItem()
    {
        var text = "Zonder JavaScript: kunnen we ook de zwembaden opnemen? " + Guid.NewGuid().ToString("N")[..6];
        var page = await SignedInAsync(DemoSeeder.FacilitatorEmail, javaScript: false);
        await page.GotoAsync(Org + "/strategy");
        await page.GetByRole(AriaRole.Link, new() { Name = "Sports hall occupancy dashboard", Exact = true }).First.ClickAsync();
        await page.WaitForURLAsync(u => u.Contains("/strategy/items/", StringComparison.Ordinal));
        var itemUrl = new Uri(page.Url).AbsolutePath;
        await page.GetByLabel("New comment", new() { Exact = true }).FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Comment", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(u => new Uri(u).AbsolutePath == itemUrl);
        await Assertions.Expect(page.GetByTestId("flash")).ToContainTextAsync("Your comment was added.");
        var comments = page.GetByRole(AriaRole.Region, new() { Name = "Comments", Exact = true });
        await Assertions.Expect(comments.Locator("article.comment-thread", new() { HasText = text })).ToContainTextAsync("Thomas Peeters");
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppHost.ArtifactsFolder(), "strategy-comment-nojs.png"), FullPage = true });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Compare_Version1WithVersion2_MarksInsertionsAndDeletions()
    {
        var page = await SignedInAsync(DemoSeeder.FacilitatorEmail);
        await VisitAsync(page, Org + "/strategy/compare?from=1&to=2", "strategy-compare-v1-v2");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Version 2 compared with Version 1");
        // The marks in the changes themselves, not the legend's examples.
        var inserted = page.Locator("main article.change ins, main table.diff ins");
        var deleted = page.Locator("main article.change del, main table.diff del");
        Assert.True(await inserted.CountAsync() >= 1, "no <ins> mark in the comparison");
        Assert.True(await deleted.CountAsync() >= 1, "no <del> mark in the comparison");
        // The open-data indicator went from 50 to 35 datasets.
        var insertedTexts = await inserted.AllInnerTextsAsync();
        var deletedTexts = await deleted.AllInnerTextsAsync();
        Assert.Contains(insertedTexts, t => t.Contains("35", StringComparison.Ordinal));
        Assert.Contains(deletedTexts, t => t.Contains("50", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }
}
