using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using DataStrategy.Data.Demo;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using DataStrategy.Web.Infrastructure.Navigation;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static DataStrategy.Web.Tests.Infrastructure.AnalysisHelpers;

namespace DataStrategy.Web.Tests;

/// <summary>
/// The visual pass of issue 19 over HTTP: the menu grouped by phase, contents on long pages, the radar's whole labels,
/// the Gantt's quarter zoom, QR codes on the presentation screens, tap-to-vote, friendly wrong-code pages, and the
/// public site headed by the city.
/// </summary>
public sealed class VisualPassTests : IDisposable
{
    private readonly DssApp _app = new();

    public void Dispose() => _app.Dispose();

    private static string[] Texts(IHtmlDocument doc, string selector) =>
        [.. doc.QuerySelectorAll(selector).Select(e => string.Join(' ', e.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))];

    // ---- Navigation -------------------------------------------------------------------------------------------

    [Fact]
    public async Task Menu_GroupsTheFifteenPagesInSevenGroups_AndShowsTheCurrentPhasesPages()
    {
        var lead = await _app.LeadAsync();

        var doc = await lead.GetDocumentAsync(DemoOrg + "/stakeholders");

        Assert.Equal(["Overview", "Assessment", "Strategy", "Roadmap", "Data inventory", "Show & Tell", "Administration"], Texts(doc, "nav.org-nav a"));
        Assert.Equal("true", doc.QuerySelector("nav.org-nav a[href='" + DemoOrg + "/campaigns']")!.GetAttribute("aria-current"));
        Assert.Equal(["Campaigns", "Frameworks", "Departments", "Stakeholders"], Texts(doc, "[data-testid=org-subnav] a"));
        Assert.Equal("Stakeholders", Texts(doc, "[data-testid=org-subnav] a[aria-current=page]").Single());
        // The phone menu holds every page, in a <details> (no script), and says where the reader is.
        var phone = doc.QuerySelector("details[data-testid=phone-menu]")!;
        // The lead is not the designated data protection officer: no records of processing in the menu.
        Assert.Equal(15, phone.QuerySelectorAll("a").Length);
        Assert.Null(phone.QuerySelector("a[href$='/processing']"));
        Assert.Equal("Menu Assessment › Stakeholders", string.Join(' ', phone.QuerySelector("summary")!.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public async Task Menu_Viewer_SeesOnlyThePhasesTheRoleMayOpen_InDutch()
    {
        var viewer = await _app.SignInAsync(DemoSeeder.ViewerEmail, language: "nl");

        var doc = await viewer.GetDocumentAsync(DemoOrg + "/roadmap");

        var tabs = Texts(doc, "nav.org-nav a");
        Assert.DoesNotContain("Beheer", tabs);
        Assert.Contains("Roadmap", tabs);
        Assert.Empty(doc.QuerySelectorAll("[data-testid=phone-menu] a[href$='/members'], [data-testid=phone-menu] a[href$='/settings']"));
        Assert.Null(doc.QuerySelector("[data-testid=org-subnav]"));
    }

    [Theory]
    [InlineData("/o/x/campaigns/5/findings", "assessment", "Campaigns")]
    [InlineData("/o/x/findings/edit", "assessment", null)]
    [InlineData("/o/x/interviews/5", "assessment", null)]
    [InlineData("/o/x/strategy/items/5", "strategy", "Strategy")]
    [InlineData("/o/x/sessions", "strategy", "Working sessions")]
    [InlineData("/o/x", "overview", "Overview")]
    [InlineData("/o/x/help/roll-up", "overview", null)]
    [InlineData("/o/x/api-access", "administration", null)]
    [InlineData("/o/xy/settings", null, null)]
    [InlineData("/o/x/settingsfoo", null, null)]
    public void Menu_Current_IsTheLongestMatchingAddress(string path, string? group, string? link)
    {
        var groups = OrgNavigation.For("x", _ => true);

        var (g, l) = OrgNavigation.Current(groups, path);

        Assert.Equal(group, g?.Key);
        Assert.Equal(link, l?.Label);
    }

    // ---- Contents -----------------------------------------------------------------------------------------------

    [Fact]
    public async Task Dashboard_HasContents_LinkingToEachSectionHeading()
    {
        var facilitator = await _app.FacilitatorAsync();
        var campaign = await _app.DemoCampaignAsync();

        var doc = await facilitator.GetDocumentAsync($"{DemoOrg}/campaigns/{campaign}/dashboard");

        var contents = doc.QuerySelector("nav[data-testid=contents]")!;
        var links = contents.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.True(links.Count >= 4, $"{links.Count} entries");
        Assert.Contains("#themes-h", links);
        foreach (var href in links)
        {
            var heading = doc.GetElementById(href[1..]);
            Assert.True(heading is { LocalName: "h2" }, href + " leads nowhere");
        }

        // The contents come before the first section, after the page's heading.
        Assert.True(contents.CompareDocumentPosition(doc.GetElementById("themes-h")!).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
    }

    [Theory]
    [InlineData("/strategy")]
    [InlineData("/roadmap/progress")]
    public async Task LongPages_HaveContents(string page)
    {
        var lead = await _app.LeadAsync();

        var doc = await lead.GetDocumentAsync(DemoOrg + page);

        var links = doc.QuerySelectorAll("nav[data-testid=contents] a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.True(links.Count >= ContentsTagHelper.MinimumHeadings, $"{page}: {links.Count} entries");
        Assert.All(links, href => Assert.Equal("h2", doc.GetElementById(href[1..])?.LocalName));
    }

    [Fact]
    public void Contents_FewHeadings_DrawNothing_AndLeaveTheMarkupAlone()
    {
        const string Html = "<h2>One</h2><p>x</p><h2 id=\"two\">Two</h2>";

        var (body, contents) = ContentsTagHelper.Build(Html, "p", "Contents");

        Assert.Equal(string.Empty, contents);
        Assert.Equal(Html, body);
    }

    [Fact]
    public void Contents_GivesIdsThatDoNotClash_KeepsLang_DropsTagsHiddenTextAndTheFallbackMark()
    {
        const string Html =
            "<p id=\"p-2\">taken</p>"
            + "<h2>Vision <span class=\"count\">(3)</span></h2>"
            + "<h2 class=\"x\"><a href=\"/x\" onclick=\"alert(1)\">Objectifs</a> <span lang=\"fr\">en français</span><span class=\"lang-fallback\" title=\"t\"><span aria-hidden=\"true\">FR</span><span class=\"visually-hidden\">not yet translated</span></span></h2>"
            + "<h2 id=\"mine\">Plan &lt;script&gt;<span class=\"visually-hidden\"> for Ghent</span></h2>";

        var (body, contents) = ContentsTagHelper.Build(Html, "p", "Sommaire");

        Assert.Contains("<h2 id=\"p-1\">Vision", body, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"p-3\" class=\"x\">", body, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"mine\">", body, StringComparison.Ordinal);
        Assert.Contains("<p class=\"contents-title\" id=\"p-contents\">Sommaire</p>", contents, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#p-1\">Vision <span>(3)</span></a>", contents, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#p-3\">Objectifs <span lang=\"fr\">en français</span></a>", contents, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#mine\">Plan &lt;script&gt;</a>", contents, StringComparison.Ordinal);
        Assert.DoesNotContain("onclick", contents, StringComparison.Ordinal);
        Assert.DoesNotContain("not yet translated", contents, StringComparison.Ordinal);
        Assert.DoesNotContain("Ghent", contents, StringComparison.Ordinal);
    }

    // ---- Charts ---------------------------------------------------------------------------------------------------

    [Fact]
    public void Radar_LongThemeNames_AreWrappedWhole_NeverCut()
    {
        var names = new[] { "Gouvernance et responsabilités des données dans toute l'administration", "Data", "Gegevensbeheer en kwaliteit van de basisregisters", "Skills", "Ouverture", "Technologie et infrastructure" };
        var series = new List<ChartSeries> { new("Now", "current", [1.0, 2, 3, 4, 2, 1]) };

        var svg = Charts.Radar(names, series, 5, "r").ToString()!;
        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<body>" + svg + "</body>");

        Assert.DoesNotContain("…", svg, StringComparison.Ordinal);
        var labels = doc.QuerySelectorAll("text.label").ToList();
        Assert.Equal(names.Length, labels.Count);
        for (var i = 0; i < names.Length; i++)
        {
            Assert.Equal(names[i], string.Join(' ', labels[i].QuerySelectorAll("tspan").Select(t => t.TextContent)));
            Assert.InRange(labels[i].QuerySelectorAll("tspan").Length, 1, 3);
        }

        // Every label inside the drawing (viewBox): nothing cut at the edges.
        var box = doc.QuerySelector("svg")!.GetAttribute("viewBox")!.Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        foreach (var t in labels)
        {
            var y = double.Parse(t.GetAttribute("y")!, CultureInfo.InvariantCulture);
            var lines = t.QuerySelectorAll("tspan").Length;
            Assert.InRange(y - Charts.RadarLabelFont, 0, box[3]);
            Assert.InRange(y + ((lines - 1) * Charts.RadarLabelFont * 1.15), 0, box[3]);
        }
    }

    [Fact]
    public void Radar_HostileThemeName_IsEncoded()
    {
        var svg = Charts.Radar(["<script>alert(1)</script>", "b", "c"], [], 5, "r").ToString()!;

        Assert.DoesNotContain("<script>", svg, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", svg, StringComparison.Ordinal);
    }

    private static double SvgWidth(IHtmlDocument doc) =>
        double.Parse(doc.QuerySelector("[data-testid=gantt] svg")!.GetAttribute("width")!, CultureInfo.InvariantCulture);

    [Fact]
    public async Task Gantt_24Months_OpensInQuarters_ThatFit1366Px_AndMonthsOnRequest()
    {
        var lead = await _app.LeadAsync();
        await _app.InDemoAsync(async db =>
        {
            (await db.Roadmaps.SingleAsync()).HorizonMonths = 24;
            return await db.SaveChangesAsync();
        });

        var byDefault = await lead.GetDocumentAsync(DemoOrg + "/roadmap");
        var months = await lead.GetDocumentAsync(DemoOrg + "/roadmap?zoom=month");
        var quarters = await lead.GetDocumentAsync(DemoOrg + "/roadmap?zoom=quarter");

        Assert.Equal("quarter", byDefault.QuerySelector("[data-testid=gantt]")!.GetAttribute("data-zoom"));
        Assert.Equal("month", months.QuerySelector("[data-testid=gantt]")!.GetAttribute("data-zoom"));
        // 1366 px less the page's margins leaves 1118 px inside the chart's frame.
        Assert.InRange(SvgWidth(byDefault), 600, 1118);
        Assert.Equal(SvgWidth(byDefault), SvgWidth(quarters));
        Assert.True(SvgWidth(months) > 1118, $"the month view is {SvgWidth(months)} wide");
        Assert.Contains("Q1", Texts(byDefault, "[data-testid=gantt] text.tick"));
        Assert.Equal("true", byDefault.QuerySelector("[data-testid=gantt-zoom] a[href^='?zoom=quarter']")!.GetAttribute("aria-current"));
        // The same initiatives either way.
        Assert.Equal(months.QuerySelectorAll("[data-testid=gantt] .bar").Length, quarters.QuerySelectorAll("[data-testid=gantt] .bar").Length);
    }

    [Theory]
    [InlineData("<script>")]
    [InlineData("year")]
    public async Task Gantt_UnknownZoom_FallsBackToTheDefault(string zoom)
    {
        var lead = await _app.LeadAsync();

        var response = await lead.GetAsync(DemoOrg + "/roadmap?zoom=" + Uri.EscapeDataString(zoom));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }

    // ---- QR codes and tap-to-vote ------------------------------------------------------------------------------

    [Fact]
    public async Task WorkshopPresentScreen_ShowsAQrCodeOfTheJoinAddressWithTheCode()
    {
        var facilitator = await _app.FacilitatorAsync();
        var workshop = await _app.InDemoAsync(db => db.Workshops.SingleAsync(w => w.Code == DemoAnalysis.WorkshopCode));

        var doc = await facilitator.GetDocumentAsync($"{DemoOrg}/workshops/{workshop.Id}/present?slide=0");

        var qr = doc.QuerySelector("svg[data-testid=join-qr]")!;
        Assert.EndsWith("/w/" + DemoAnalysis.WorkshopCode, qr.GetAttribute("data-url"), StringComparison.Ordinal);
        Assert.Equal("img", qr.GetAttribute("role"));
        Assert.Contains("/w/" + DemoAnalysis.WorkshopCode, qr.GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.True(qr.QuerySelector("path.qr-on")!.GetAttribute("d")!.Length > 200);
    }

    [Fact]
    public void QrCode_SameAddress_SameDrawing_AndAnotherAddressAnother()
    {
        var a = QrCode.Svg("https://dss.example/w/ABC123", "a", "q").ToString();

        Assert.Equal(a, QrCode.Svg("https://dss.example/w/ABC123", "a", "q").ToString());
        Assert.NotEqual(a, QrCode.Svg("https://dss.example/w/ABC124", "a", "q").ToString());
        Assert.DoesNotContain("style", a, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;", QrCode.Svg("https://x/", "<b>", "q").ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShowAndTellThankYouSlide_ShowsAQrCodeOfTheFeedbackAddress()
    {
        var lead = await _app.LeadAsync();
        var e = await _app.InDemoAsync(db => db.ShowAndTellEvents.SingleAsync());

        var doc = await lead.GetDocumentAsync($"{DemoOrg}/events/{e.Id}/present?slide=99");

        Assert.EndsWith("/f/" + e.FeedbackCode, doc.QuerySelector("svg[data-testid=feedback-qr]")!.GetAttribute("data-url"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Join_VotingOpen_OffersBigRadioButtonsPerTheme_AndNoTypedNumbers()
    {
        var facilitator = await _app.FacilitatorAsync();
        var campaign = await _app.DemoCampaignAsync();
        var form = await facilitator.GetFormAsync($"{DemoOrg}/campaigns/{campaign}/workshops");
        var created = await facilitator.SubmitAsync(form, new() { ["Title[fr]"] = "Atelier", ["Title[nl]"] = "Workshop", ["Title[en]"] = "Workshop", ["VotesPerParticipant"] = "3" });
        var present = created.Location()!;
        await facilitator.SubmitAsync(await facilitator.GetFormAsync(present, "OpenVoting"));
        var id = Guid.Parse(present.Split('/')[^2]);
        var code = await _app.InDemoAsync(db => db.Workshops.Where(w => w.Id == id).Select(w => w.Code).SingleAsync());
        var phone = _app.Anonymous("fr");

        var doc = await phone.GetDocumentAsync("/w/" + code);

        Assert.Empty(doc.QuerySelectorAll("[data-testid=ballot] input[type=number]"));
        var governance = doc.QuerySelectorAll("[data-testid=ballot] input[name='Ballot[governance]']").OfType<IHtmlInputElement>().ToList();
        Assert.Equal(["0", "1", "2", "3"], governance.Select(i => i.Value));
        Assert.All(governance, i => Assert.Equal("radio", i.Type));
        Assert.True(governance[0].IsChecked);
        // The button shows the number; its name says "2 voix".
        Assert.Equal("2 voix", governance[2].ParentElement!.QuerySelector(".visually-hidden")!.TextContent);

        var vote = await phone.SubmitAsync(HttpClientExtensions.FormOf(doc, "/w/" + code, "Vote"), new() { ["Ballot[governance]"] = "2" });
        Assert.Equal(HttpStatusCode.Redirect, vote.StatusCode);
        var after = await phone.GetDocumentAsync("/w/" + code);
        Assert.Equal("2", after.QuerySelector("input[name='Ballot[governance]']:checked")!.GetAttribute("value"));
    }

    // ---- Wrong codes -------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("fr", "/f/ZZZZZZ", "Aucun Show & Tell n'a ce code.", "/f")]
    [InlineData("nl", "/f/ZZZZZZ", "Geen enkele Show & Tell heeft deze code.", "/f")]
    [InlineData("en", "/f/abc", "No Show & Tell has this code.", "/f")]
    [InlineData("nl", "/w/ZZZZZZ", "Geen enkele workshop heeft deze code.", "/w")]
    [InlineData("fr", "/w/abc", "Aucun atelier n'a ce code.", "/w")]
    public async Task WrongCode_IsNotFound_ExplainsInTheReadersLanguage_AndOffersToRetype(string language, string url, string message, string action)
    {
        var response = await _app.Anonymous(language).GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var doc = await response.ParseAsync();
        Assert.Equal(language, doc.DocumentElement.GetAttribute("lang"));
        Assert.Contains(message, doc.QuerySelector("[data-testid=wrong-code] .error-summary")!.TextContent, StringComparison.Ordinal);
        var form = doc.QuerySelector("[data-testid=wrong-code] form")!;
        Assert.Equal(action, form.GetAttribute("action"));
        Assert.NotNull(form.QuerySelector("input#Code[name=Code]"));
        Assert.NotNull(form.QuerySelector("input[name=__RequestVerificationToken]"));
    }

    [Fact]
    public async Task WrongCode_Retyped_LeadsToTheFeedbackForm()
    {
        var e = await _app.InDemoAsync(db => db.ShowAndTellEvents.SingleAsync());
        var attendee = _app.Anonymous("fr");
        var wrong = await attendee.GetAsync("/f/ZZZZZZ");
        var form = HttpClientExtensions.FormOf(await wrong.ParseAsync(), "/f/ZZZZZZ");

        var response = await attendee.SubmitAsync(form, new() { ["Code"] = e.FeedbackCode.ToLowerInvariant() });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/f/" + e.FeedbackCode, response.Location());
    }

    [Fact]
    public async Task WrongCode_HostileCode_IsShownEncodedAndCut()
    {
        var response = await _app.Anonymous("en").GetAsync("/f/" + Uri.EscapeDataString("<script>alert(1)</script>" + new string('x', 500)));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("You typed: &lt;script&gt;", html, StringComparison.Ordinal);
        var shown = (await response.ParseAsync()).QuerySelector("[data-testid=wrong-code] .error-summary")!.TextContent;
        Assert.DoesNotContain(new string('x', 40), shown, StringComparison.Ordinal);
        Assert.Contains("…", shown, StringComparison.Ordinal);
    }

    // ---- Public site -------------------------------------------------------------------------------------------

    [Fact]
    public async Task PublicSite_IsHeadedByTheCitysNameAndLogo_WithTheAppNameSmallInTheFooter()
    {
        var organisation = await _app.DemoOrganisationIdAsync();
        var reader = _app.Anonymous("nl");
        var before = await reader.GetDocumentAsync("/p/" + DemoSeeder.Slug);
        await _app.DbAsync(db =>
        {
            db.OrganisationLogos.Add(new OrganisationLogo { OrganisationId = organisation, ContentType = "image/png", Data = DataStrategy.Core.Tests.Images.TestImages.PngWithMetadata(), UpdatedAt = DateTimeOffset.UtcNow });
            return db.SaveChangesAsync();
        });

        foreach (var page in new[] { "", "/case-studies", "/open-data" })
        {
            var doc = await reader.GetDocumentAsync("/p/" + DemoSeeder.Slug + page);
            var masthead = doc.QuerySelector("header[data-testid=public-masthead]")!;
            var name = await _app.DbAsync(db => db.Organisations.Where(o => o.Id == organisation).Select(o => o.Name).SingleAsync());
            Assert.Equal(name.Get("nl"), masthead.QuerySelector("[data-testid=public-city] span")!.TextContent.Trim());
            Assert.Equal("/p/" + DemoSeeder.Slug + "/logo", masthead.QuerySelector("img[data-testid=public-logo]")!.GetAttribute("src"));
            Assert.DoesNotContain("Data Strategy Studio", masthead.TextContent, StringComparison.Ordinal);
            Assert.DoesNotContain("Data Strategy Studio", doc.Title, StringComparison.Ordinal);
            Assert.Equal("Gepubliceerd met Data Strategy Studio", doc.QuerySelector("[data-testid=made-with]")!.TextContent.Trim());
            Assert.Null(doc.QuerySelector("nav.org-nav"));
            Assert.NotNull(doc.QuerySelector("link[href='/p/" + DemoSeeder.Slug + "?handler=Theme']"));
        }

        Assert.Null(before.QuerySelector("img[data-testid=public-logo]"));
        Assert.Single(before.QuerySelectorAll("header[data-testid=public-masthead]"));
    }
}
