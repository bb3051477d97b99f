using DataStrategy.Core.Documents;
using DataStrategy.Core.Inventory;
using DataStrategy.Core.Text;
using DataStrategy.Data.Demo;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using static DataStrategy.Web.Tests.Infrastructure.AnalysisHelpers;

namespace DataStrategy.Web.Tests;

/// <summary>
/// The data inventory's indicators (exact on a hand-built set), on the cockpit in French and Dutch with the
/// facilitators' next task, in the maturity report's DOCX; and the register's datasets linked from the strategy's
/// roles, the initiatives, the KPIs and the case studies, the public case study showing only published ones.
/// </summary>
public sealed class InventoryIndicatorsTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 15, 12, 0, 0, TimeSpan.Zero);

    private static readonly Guid A = Guid.NewGuid(), B = Guid.NewGuid(), C = Guid.NewGuid(), D = Guid.NewGuid();

    private static InventoryFigures SmallSet()
    {
        var today = DateOnly.FromDateTime(Now.UtcDateTime);
        InventoryFigureRow[] rows =
        [
            new(A, HasOwner: true, HasSteward: true, Now.AddDays(-30), today.AddDays(100), Now.AddDays(-1), Published: true, AuthenticSource: true, DuplicatesAnother: false),
            new(A, HasOwner: true, HasSteward: false, Now.AddDays(-400), today, null, Published: false, AuthenticSource: false, DuplicatesAnother: true),
            new(B, HasOwner: false, HasSteward: true, null, today.AddDays(-3), Now.AddDays(1), Published: true, AuthenticSource: false, DuplicatesAnother: true),

            // A department that is not the organisation's, reviewed exactly 12 months ago, stale from this very moment.
            new(Guid.NewGuid(), HasOwner: false, HasSteward: false, Now.AddMonths(-12), today.AddDays(1), Now, Published: false, AuthenticSource: false, DuplicatesAnother: false),
        ];
        return InventoryFigures.Compute(rows, [A, B, C, D], Now);
    }

    [Fact]
    public void Compute_HandBuiltSet_GivesExactCountsAndShares()
    {
        var f = SmallSet();

        Assert.Equal(new InventoryFigures(Datasets: 4, Departments: 4, DepartmentsWithInventory: 2, ReviewedRecently: 2, WithOwner: 2, WithSteward: 2,
            Stale: 1, DueForReview: 2, DueOrStale: 3, Published: 2, AuthenticSources: 1, Duplicates: 2), f);
        Assert.Equal(0.5, InventoryFigures.Share(f.DepartmentsWithInventory, f.Departments));
        Assert.Equal(0.5, InventoryFigures.Share(f.ReviewedRecently, f.Datasets));
        Assert.Equal(0.25, InventoryFigures.Share(f.Stale, f.Datasets));
        Assert.Equal(0.75, InventoryFigures.Share(f.DueOrStale, f.Datasets));
        Assert.Equal(0, InventoryFigures.Share(3, 0));
        Assert.Equal(InventoryFigures.Empty(4), InventoryFigures.Compute([], [A, B, C, D], Now));
    }

    [Theory]
    [InlineData("fr", "Au 15 juin 2026, l'inventaire des données compte 4 jeux de données.", "2 des 4 services ont inscrit au moins un jeu de données", "1 jeu de données n'a pas été mis à jour")]
    [InlineData("nl", "Op 15 juni 2026 telt de data-inventaris 4 datasets.", "2 van de 4 diensten hebben minstens één dataset geregistreerd", "1 dataset werd niet zo vaak bijgewerkt")]
    [InlineData("en", "On 15 June 2026, the data inventory lists 4 datasets.", "2 of the 4 departments have registered at least one dataset", "1 dataset has not been updated")]
    public void Sentences_InTheReadersLanguage_AgreeWithTheirNumbers(string language, string first, string departments, string stale)
    {
        var sentences = InventorySentences.Sentences(SmallSet(), language, DateOnly.FromDateTime(Now.UtcDateTime));

        Assert.Equal(first, sentences[0]);
        Assert.StartsWith(departments, sentences[1], StringComparison.Ordinal);
        Assert.Contains(sentences, s => s.StartsWith(stale, StringComparison.Ordinal));
        Assert.Equal(9, InventorySentences.Rows(SmallSet(), language).Count);
        Assert.Equal([DocumentTexts.Report.Get("Inventory.Empty", language)], InventorySentences.Sentences(InventoryFigures.Empty(3), language, DateOnly.FromDateTime(Now.UtcDateTime)));
    }

    [Fact]
    public void Sentences_WithNothingStaleAndOneAuthenticSource_SayItInWords()
    {
        var one = new InventoryFigures(1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 1, 0);

        var fr = InventorySentences.Sentences(one, "fr", new DateOnly(2026, 6, 15));

        Assert.Contains("Au 15 juin 2026, l'inventaire des données compte 1 jeu de données.", fr);
        Assert.Contains(DocumentTexts.Report.Get("Inventory.Stale.None", "fr"), fr);
        Assert.Contains(DocumentTexts.Report.Get("Inventory.Duplicates.None", "fr"), fr);
        Assert.Contains(fr, s => s.Contains("1 jeu de données est désigné comme source authentique", StringComparison.Ordinal));
        Assert.DoesNotContain(fr, s => s.Contains("doit être revu", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("fr", "Inventaire des données", "Services ayant un inventaire\u00A0: 12 sur 12")]
    [InlineData("nl", "Data-inventaris", "Diensten met een inventaris: 12 van 12")]
    public async Task Cockpit_ShowsTheInventoryCard_InTheReadersLanguage(string language, string heading, string departments)
    {
        using var app = new DssApp();
        var viewer = await app.SignInAsync(DemoSeeder.ViewerEmail, language: language);

        var doc = await viewer.GetDocumentAsync(DemoOrg);

        var card = doc.QuerySelector("[data-testid=summary-inventory]")!;
        Assert.Equal(heading, card.QuerySelector("h3")!.TextContent.Trim());
        Assert.Equal("40", card.QuerySelector(".stat-value")!.TextContent.Trim());
        Assert.Contains(departments, card.TextContent, StringComparison.Ordinal);
        Assert.Equal(DemoOrg + "/datasets", card.QuerySelector("a")!.GetAttribute("href"));

        // Readers have no next tasks: the datasets to review are the facilitators'.
        Assert.Null(doc.QuerySelector("[data-testid=task-datasets]"));
    }

    [Fact]
    public async Task Cockpit_Facilitator_IsToldHowManyDatasetsAreDueOrStale()
    {
        using var app = new DssApp();
        var facilitator = await app.FacilitatorAsync();
        var expected = DemoInventory.Stale.Union(DemoInventory.DueForReview).Count();

        var task = (await facilitator.GetDocumentAsync(DemoOrg)).QuerySelector("[data-testid=task-datasets] a")!;

        Assert.Equal(DemoOrg + "/datasets?status=due", task.GetAttribute("href"));
        Assert.Equal($"{expected} datasets due for review or stale", task.TextContent.Trim());

        // Reviewed today, no longer due: the count follows.
        await app.InDemoAsync(async db =>
        {
            var dataset = await db.Datasets.SingleAsync(d => d.Slug == "toilettes-publiques");
            dataset.LastReviewedAt = DateTimeOffset.UtcNow;
            return await db.SaveChangesAsync();
        });
        task = (await facilitator.GetDocumentAsync(DemoOrg)).QuerySelector("[data-testid=task-datasets] a")!;
        Assert.Equal($"{expected - 1} datasets due for review or stale", task.TextContent.Trim());
    }

    [Theory]
    [InlineData("fr", "Inventaire des données", "l'inventaire des données compte 40 jeux de données.", "Services ayant un inventaire")]
    [InlineData("nl", "Data-inventaris", "telt de data-inventaris 40 datasets.", "Diensten met een inventaris")]
    [InlineData("en", "Data inventory", "the data inventory lists 40 datasets.", "Departments with an inventory")]
    public async Task Report_HasTheInventorySection_InTheReadersLanguage(string language, string heading, string sentence, string row)
    {
        using var app = new DssApp();
        var campaign = await app.DemoCampaignAsync();
        var viewer = await app.SignInAsync(DemoSeeder.ViewerEmail);

        var docx = await viewer.GetByteArrayAsync($"{DemoOrg}/campaigns/{campaign}/report?handler=Download&Language={language}&Format=docx");

        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var body = document.MainDocumentPart!.Document.Body!;
        var paragraphs = body.Descendants<Paragraph>().ToList();
        var at = paragraphs.FindIndex(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1" && p.InnerText == heading);
        Assert.True(at >= 0, "the section's heading");
        Assert.EndsWith(sentence, paragraphs[at + 1].InnerText, StringComparison.Ordinal);
        Assert.Contains(paragraphs.Skip(at), p => p.InnerText.Contains(DemoInventory.Stale.Count + (language == "fr" ? " jeux de données n'ont pas été mis à jour" : language == "nl" ? " datasets werden niet" : " datasets have not been updated"), StringComparison.Ordinal));
        Assert.Contains(body.Descendants<TableCell>(), c => c.InnerText == row);
    }

    [Fact]
    public async Task Links_RoleInitiativeKpiAndCaseStudy_ListTheirDatasets_ForAViewer()
    {
        using var app = new DssApp();
        var viewer = await app.SignInAsync(DemoSeeder.ViewerEmail);
        var (roles, initiative, kpi, study) = await app.InDemoAsync(async db => (
            await db.StrategyItems.AsNoTracking().Where(i => i.Kind == DataStrategy.Core.Strategy.StrategyItemKind.Role).ToListAsync(),
            await db.Initiatives.Where(i => i.Code == "I-08").Select(i => i.Id).SingleAsync(),
            (await db.Kpis.AsNoTracking().ToListAsync()).Single(k => k.Name.Get("en") == "Duplicate rate in the address register").Id,
            await db.CaseStudies.Where(c => c.Slug == "aide-sociale-delais").Select(c => c.Id).SingleAsync()));
        static List<string> Hrefs(AngleSharp.Dom.IElement? section) => section is null ? [] : [.. section.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!)];
        var address = DemoOrg + "/datasets/" + DemoInventory.AddressRegister;

        var owner = roles.Single(r => r.Title.Get("en") == "Data owner").Id;
        var held = Hrefs((await viewer.GetDocumentAsync($"{DemoOrg}/strategy/items/{owner}")).QuerySelector("[data-testid=linked-datasets]"));
        Assert.Contains(address, held);
        // The directors' datasets: all but the smart city unit's (its owner is the CDO) and the two without an owner.
        Assert.Equal(35, held.Count);
        var architect = roles.Single(r => r.Title.Get("en") == "Data architect").Id;
        var none = (await viewer.GetDocumentAsync($"{DemoOrg}/strategy/items/{architect}")).QuerySelector("[data-testid=linked-datasets]")!;
        Assert.Empty(Hrefs(none));
        Assert.Contains("No dataset of the register", none.TextContent, StringComparison.Ordinal);

        Assert.Equal([address], Hrefs((await viewer.GetDocumentAsync($"{DemoOrg}/roadmap/initiatives/{initiative}")).QuerySelector("[data-testid=linked-datasets]")));
        Assert.Equal([address], Hrefs((await viewer.GetDocumentAsync($"{DemoOrg}/roadmap/kpis/{kpi}")).QuerySelector("[data-testid=kpi-source]")));
        Assert.Equal(
            [DemoOrg + "/datasets/delais-traitement-aide", DemoOrg + "/datasets/dossiers-aide-sociale"],
            Hrefs((await viewer.GetDocumentAsync($"{DemoOrg}/case-studies/{study}")).QuerySelector("[data-testid=case-study-datasets]")).Order());
    }

    [Fact]
    public async Task Links_PublicCaseStudy_ShowsOnlyThePublishedDatasetsItUsed()
    {
        using var app = new DssApp();
        var anonymous = app.Anonymous();
        const string Public = "/p/" + DemoSeeder.Slug;
        static List<string> Hrefs(AngleSharp.Html.Dom.IHtmlDocument doc) =>
            [.. doc.QuerySelectorAll("[data-testid=case-study-datasets] a").Select(a => a.GetAttribute("href")!)];

        // Planning permits: the applications (personal data) stay inside, the statistics are open data.
        var permits = await anonymous.GetDocumentAsync(Public + "/case-studies/permis-urbanisme-delais?culture=nl");
        Assert.Equal([Public + "/datasets/statistiques-permis-urbanisme?culture=nl"], Hrefs(permits));
        Assert.Equal("Statistieken van de stedenbouwkundige vergunningen", permits.QuerySelector("[data-testid=case-study-datasets] a")!.TextContent);

        // Social assistance: nothing it used is public, so there is no such section at all.
        var social = await anonymous.GetStringAsync(Public + "/case-studies/aide-sociale-delais");
        Assert.DoesNotContain("case-study-datasets", social, StringComparison.Ordinal);
        Assert.DoesNotContain("/datasets/", social, StringComparison.Ordinal);

        // Withdrawn from the open data: gone from the public page at once.
        await app.InDemoAsync(async db =>
        {
            var dataset = await db.Datasets.SingleAsync(d => d.Slug == "statistiques-permis-urbanisme");
            dataset.Published = false;
            return await db.SaveChangesAsync();
        });
        Assert.Empty(Hrefs(await anonymous.GetDocumentAsync(Public + "/case-studies/permis-urbanisme-delais")));
    }

    [Fact]
    public async Task Links_ScriptInADatasetTitle_IsEscapedOnTheInitiativePage()
    {
        using var app = new DssApp();
        var viewer = await app.SignInAsync(DemoSeeder.ViewerEmail);
        var initiative = await app.InDemoAsync(async db =>
        {
            var i = await db.Initiatives.SingleAsync(x => x.Code == "I-04");
            db.Datasets.Add(new Dataset
            {
                OrganisationId = i.OrganisationId,
                Slug = "hostile",
                Title = LocalizedText.Of(fr: "<script>alert(1)</script>", en: "<img src=x onerror=alert(1)>"),
                InitiativeIds = [i.Id.ToString("D")],
            });
            await db.SaveChangesAsync();
            return i.Id;
        });

        var html = await viewer.GetStringAsync($"{DemoOrg}/roadmap/initiatives/{initiative}");

        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src", html, StringComparison.Ordinal);
    }
}
