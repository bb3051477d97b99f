using System.Text;
using Microsoft.Playwright;

namespace DataStrategy.Browser.Tests;

/// <summary>
/// A programme lead's first steps, in a real browser, with and without JavaScript: sign in,
/// switch to Dutch, create a department, import stakeholders (a bad file, then a good one),
/// erase a stakeholder. axe-core runs on every page visited.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ProgrammeLeadJourneyTests(AppHost host)
{
    private const string Email = "lead@ville-de-demo.example";
    private const string Password = "Demo-Studio-2026!";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ProgrammeLead_FirstSteps_WorkInDutch_WithAndWithoutJavaScript(bool javaScript)
    {
        var suffix = javaScript ? "js" : "nojs";
        var page = await host.NewPageAsync(javaScript);

        // axe-core runs inside the page, so it needs JavaScript: the JavaScript run checks every
        // page (the HTML is the same server-rendered markup); the other run keeps screenshots.
        async Task CheckAsync(string name)
        {
            if (javaScript)
            {
                await page.AssertAccessibleAsync(name);
            }
            else if (PageChecks.ScreenshotEveryPage)
            {
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppHost.ArtifactsFolder(), name + ".png"), FullPage = true });
            }
        }

        if (javaScript)
        {
            page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        }

        // Sign in.
        var login = await page.GotoAsync("/account/login");
        Assert.Equal(200, login!.Status);
        await CheckAsync($"{suffix}-01-login");
        await page.GetByLabel("E-mail address").FillAsync(Email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        // A member of one organisation lands on its cockpit (another test may have given the lead a second one: then
        // the list, where the account may remember another language: pick the demo by its address).
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        if (!page.Url.EndsWith("/o/ville-de-demo", StringComparison.Ordinal))
        {
            await CheckAsync($"{suffix}-02-organisations");
            await page.Locator("[data-testid=organisation-list] a[href='/o/ville-de-demo']").ClickAsync();
        }

        await Assertions.Expect(page.GetByTestId("phases")).ToBeVisibleAsync();
        await CheckAsync($"{suffix}-03-overview");

        // Switch the interface to Dutch.
        await page.GetByRole(AriaRole.Button, new() { Name = "Nederlands" }).ClickAsync();
        Assert.Equal("nl", await page.Locator("html").GetAttributeAsync("lang"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Stad Demo");
        await CheckAsync($"{suffix}-04-overview-nl");

        // Create a department.
        var code = javaScript ? "DATA" : "STAT";
        // The menu is grouped by phase: departments are among the assessment's pages.
        await page.Locator(".org-nav").GetByRole(AriaRole.Link, new() { Name = "Evaluatie", Exact = true }).ClickAsync();
        await page.GetByTestId("org-subnav").GetByRole(AriaRole.Link, new() { Name = "Afdelingen" }).ClickAsync();
        await CheckAsync($"{suffix}-05-departments");
        await page.GetByRole(AriaRole.Link, new() { Name = "Nieuwe afdeling" }).ClickAsync();
        await CheckAsync($"{suffix}-06-department-new");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("error-summary")).ToContainTextAsync("Vul een code in.");
        await CheckAsync($"{suffix}-07-department-errors");
        await page.GetByLabel("Code", new() { Exact = true }).FillAsync(code);
        await page.GetByLabel("Naam in het Frans").FillAsync($"Bureau des données {code}");
        await page.GetByLabel("Naam in het Nederlands").FillAsync($"Databureau {code}");
        await page.GetByLabel("Soort").SelectOptionAsync("CrossFunctional");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("department-table")).ToContainTextAsync($"Databureau {code}");

        // Import stakeholders: a bad file first, then a good one.
        await page.GetByRole(AriaRole.Link, new() { Name = "Belanghebbenden" }).ClickAsync();
        await CheckAsync($"{suffix}-08-stakeholders");
        await page.GetByRole(AriaRole.Link, new() { Name = "Uit een bestand importeren" }).ClickAsync();
        await CheckAsync($"{suffix}-09-import");
        await UploadAsync(page, "fout.csv", "naam;e-mail;afdeling\n;leeg@ville.example;URB\nAnn Peeters;geen-adres;Atlantis\n");
        var errors = page.GetByTestId("import-errors");
        await Assertions.Expect(errors).ToContainTextAsync("Rij 2");
        await Assertions.Expect(errors).ToContainTextAsync("\"geen-adres\" is geen geldig e-mailadres.");
        await Assertions.Expect(errors).ToContainTextAsync("Er is geen afdeling \"Atlantis\".");
        await CheckAsync($"{suffix}-10-import-errors");

        var good = $"naam;functie;afdeling;e-mail\nLiesbeth Segers {suffix};Datasteward;{code};liesbeth.{suffix}@ville-de-demo.example\nGérard Lemmens {suffix};Analyste;Urbanisme;gerard.{suffix}@ville-de-demo.example\n";
        await UploadAsync(page, "goed.csv", good);
        await Assertions.Expect(page.GetByTestId("import-preview")).ToContainTextAsync($"Liesbeth Segers {suffix}");
        await CheckAsync($"{suffix}-11-import-preview");
        await page.GetByRole(AriaRole.Button, new() { Name = "2 belanghebbenden importeren" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("flash")).ToContainTextAsync("Er zijn 2 belanghebbenden geïmporteerd.");
        await Assertions.Expect(page.GetByTestId("stakeholder-table")).ToContainTextAsync($"Gérard Lemmens {suffix}");

        // Erase one of them.
        await page.GetByRole(AriaRole.Link, new() { Name = $"Wissen Gérard Lemmens {suffix}" }).ClickAsync();
        await CheckAsync($"{suffix}-12-erase");
        await page.GetByRole(AriaRole.Button, new() { Name = "Persoonsgegevens wissen" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("flash")).ToContainTextAsync("De persoonsgegevens van de belanghebbende zijn gewist.");
        await Assertions.Expect(page.GetByTestId("stakeholder-table")).Not.ToContainTextAsync($"Gérard Lemmens {suffix}");
        await Assertions.Expect(page.GetByTestId("stakeholder-table")).ToContainTextAsync("Geanonimiseerde belanghebbende");
    }

    [Theory]
    [InlineData("/o/ville-de-demo/members", "members")]
    [InlineData("/o/ville-de-demo/members/invite", "invite")]
    [InlineData("/o/ville-de-demo/audit", "audit")]
    [InlineData("/o/ville-de-demo/settings", "settings")]
    [InlineData("/o/ville-de-demo/stakeholders/edit", "stakeholder-new")]
    [InlineData("/o/ville-de-demo/departments", "departments-fr")]
    [InlineData("/o/ville-de-demo/nothing-here", "not-found")]
    [InlineData("/organisations/new", "organisation-new")]
    [InlineData("/account/password", "password")]
    public async Task EveryOtherPage_HasNoSeriousAccessibilityViolations(string url, string name)
    {
        var page = await host.NewPageAsync(locale: name.EndsWith("-fr", StringComparison.Ordinal) ? "fr-BE" : "en-GB");
        await page.GotoAsync("/account/login");
        await page.GetByLabel(name.EndsWith("-fr", StringComparison.Ordinal) ? "Adresse e-mail" : "E-mail address").FillAsync(Email);
        await page.GetByLabel(name.EndsWith("-fr", StringComparison.Ordinal) ? "Mot de passe" : "Password").FillAsync(Password);
        await page.Locator("main button[type=submit]").First.ClickAsync();

        await page.GotoAsync(url);

        await page.AssertAccessibleAsync("page-" + name);
    }

    [Theory]
    [InlineData("/o/ville-de-demo/stakeholders")]
    [InlineData("/o/ville-de-demo/members")]
    [InlineData("/o/ville-de-demo/departments")]
    [InlineData("/o/ville-de-demo/audit")]
    [InlineData("/o/ville-de-demo/campaigns")]
    [InlineData("/o/ville-de-demo/frameworks")]
    public async Task PhoneWidth_PagesDoNotScrollSideways(string url)
    {
        var page = await host.NewPageAsync();
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync("/account/login");
        await page.Locator("input[type=email]").FillAsync(Email);
        await page.Locator("input[type=password]").FillAsync(Password);
        await page.Locator("main button[type=submit]").First.ClickAsync();

        // Dutch has the longest words of the three languages.
        await page.GotoAsync(url + "?culture=nl");
        var pageWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppHost.ArtifactsFolder(), "phone-" + url.Split('/')[^1] + ".png") });

        Assert.True(pageWidth <= 390, $"{url} is {pageWidth}px wide on a 390px screen");
    }

    [Fact]
    public async Task Keyboard_SkipLinkLeadsToTheMainContent()
    {
        var page = await host.NewPageAsync();
        await page.GotoAsync("/account/login");

        await page.Keyboard.PressAsync("Tab");
        var focused = await page.EvaluateAsync<string>("document.activeElement.textContent");
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal("Skip to main content", focused.Trim());
        Assert.EndsWith("#main", page.Url, StringComparison.Ordinal);
    }

    private static async Task UploadAsync(IPage page, string name, string csv)
    {
        await page.GetByLabel("Bestand (CSV of XLSX, maximaal 5 MB)").SetInputFilesAsync(new FilePayload
        {
            Name = name,
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes(csv),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Het bestand controleren" }).ClickAsync();
    }
}
