using DataStrategy.Core.Inventory;
using DataStrategy.Core.Strategy;
using DataStrategy.Data.Demo;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Web.Tests;

/// <summary>
/// The demo's data inventory: 40 datasets over the 12 departments, owned and looked after by the holders of the
/// strategy's roles, ten with a complete record of processing, twenty public and published with their distributions,
/// the designated stale and due ones, two authentic sources and their copies, links to initiatives, KPIs and case
/// studies, and one member designated data protection officer.
/// </summary>
public sealed class DemoInventoryTests(DemoStrategyFixture fixture) : IClassFixture<DemoStrategyFixture>
{
    private readonly DssApp _app = fixture.App;

    private Task<List<Dataset>> DatasetsAsync() => _app.InDemoAsync(db => db.Datasets.AsNoTracking().OrderBy(d => d.Slug).ToListAsync());

    [Fact]
    public async Task Seed_Demo_FortyDatasetsAcrossTheTwelveDepartments_InFrenchDutchAndEnglish()
    {
        var (datasets, departments) = await _app.InDemoAsync(async db => (
            await db.Datasets.AsNoTracking().ToListAsync(),
            await db.Departments.AsNoTracking().Select(d => d.Id).ToListAsync()));

        Assert.Equal(40, datasets.Count);
        Assert.Equal(DemoInventory.Count, datasets.Count);
        Assert.Equal(12, departments.Count);
        Assert.Equal(departments.ToHashSet(), datasets.Select(d => d.DepartmentId!.Value).ToHashSet());
        Assert.All(datasets, d =>
        {
            foreach (var language in new[] { "fr", "nl", "en" })
            {
                Assert.True(d.Title.Has(language), $"{d.Slug}: title in {language}");
                Assert.True(d.Description.Has(language), $"{d.Slug}: description in {language}");
                Assert.True(d.Keywords.Has(language), $"{d.Slug}: keywords in {language}");
            }

            Assert.NotNull(EuVocabularies.FrequencyOf(d.Frequency));
            Assert.NotEmpty(d.Themes);
            Assert.All(d.Themes, t => Assert.NotNull(EuVocabularies.Find(EuVocabularies.DataThemes, t)));
            Assert.NotNull(EuVocabularies.Find(EuVocabularies.AccessRights, d.AccessRight));
            Assert.True(d.LastReviewedAt >= d.CreatedAt && d.LastUpdatedAt >= d.CreatedAt, $"{d.Slug}: reviewed and updated after it was registered");
            Assert.True(d.Slug.Length <= DatasetRules.MaxSlug);
        });
    }

    [Fact]
    public async Task Seed_Demo_OwnersAndStewards_HoldTheStrategysRoles()
    {
        var (datasets, people, roles) = await _app.InDemoAsync(async db => (
            await db.Datasets.AsNoTracking().ToListAsync(),
            await db.Stakeholders.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name),
            await db.StrategyItems.AsNoTracking().Where(i => i.Kind == StrategyItemKind.Role).ToListAsync()));
        HashSet<string> Holders(string title) => roles.Where(r => r.Title.Get("en") == title)
            .SelectMany(r => r.Links.Where(l => l.Relation == StrategyRelation.Holder)).Select(l => people[Guid.Parse(l.Target)]).ToHashSet();
        var owners = Holders("Data owner");
        owners.UnionWith(Holders("Chief data officer"));
        var stewards = Holders("Data steward");

        Assert.All(datasets.Where(d => d.OwnerId is not null), d => Assert.Contains(people[d.OwnerId!.Value], owners));
        Assert.All(datasets.Where(d => d.StewardId is not null), d => Assert.Contains(people[d.StewardId!.Value], stewards));

        // Gaps the indicators show: a few datasets without an owner, and no steward yet where no one holds the role.
        Assert.InRange(datasets.Count(d => d.OwnerId is null), 1, 5);
        Assert.Equal(31, datasets.Count(d => d.StewardId is not null));
    }

    [Fact]
    public async Task Seed_Demo_TenPersonalDatasets_HaveCompleteRecordsOfProcessing_AndNoneIsPublic()
    {
        var (datasets, records) = await _app.InDemoAsync(async db => (
            await db.Datasets.AsNoTracking().ToListAsync(),
            await db.ProcessingRecords.AsNoTracking().ToListAsync()));
        var personal = datasets.Where(d => d.PersonalData).ToList();

        Assert.Equal(10, personal.Count);
        Assert.Equal(personal.Select(d => d.Id).Order(), records.Select(r => r.DatasetId).Order());
        Assert.All(personal, d => Assert.Equal("NON_PUBLIC", d.AccessRight));
        Assert.All(records, r =>
        {
            Assert.StartsWith("Ville de Démo", r.Controller, StringComparison.Ordinal);
            Assert.Contains("dpo@ville-de-demo.example", r.ProtectionOfficer, StringComparison.Ordinal);
            foreach (var text in new[] { r.Purposes, r.DataSubjects, r.PersonalDataCategories, r.Recipients, r.Retention, r.SecurityMeasures })
            {
                Assert.False(string.IsNullOrWhiteSpace(text));
                Assert.True(text.Length <= DatasetRules.MaxProcessingText);
            }

            Assert.NotEmpty(r.LegalBases);
            Assert.All(r.LegalBases, b => Assert.Contains(b, new[] { "a", "b", "c", "d", "e", "f" }));
            Assert.All(r.SpecialCategoryConditions, c => Assert.Contains(c, new[] { "a", "b", "c", "d", "e", "f", "g", "h", "i", "j" }));
            Assert.Equal("", r.TransfersOutsideEu);
        });

        // Mostly legal obligation (c) and public task (e), as for a city.
        Assert.True(records.Count(r => r.LegalBases.Intersect(["c", "e"]).Any()) >= 9);
    }

    [Fact]
    public async Task Seed_Demo_TwentyPublicPublishedDatasets_HaveLicencesAndDistributionsOnThePortal()
    {
        var datasets = await DatasetsAsync();
        var published = datasets.Where(d => d.Published).ToList();

        Assert.Equal(20, published.Count);
        Assert.All(published, d =>
        {
            Assert.Equal("PUBLIC", d.AccessRight);
            Assert.Contains(d.Licence, new[] { "CC_BY_4_0", "CC0" });
            Assert.NotNull(d.PublishedAt);
            Assert.NotEmpty(d.Distributions);
            Assert.All(d.Distributions, x =>
            {
                Assert.NotNull(EuVocabularies.Find(EuVocabularies.FileTypes, x.Format));
                Assert.StartsWith(DemoInventory.Portal + "/", x.AccessUrl, StringComparison.Ordinal);
                Assert.StartsWith(DemoInventory.Portal + "/", x.DownloadUrl, StringComparison.Ordinal);
                Assert.Contains(d.Slug, x.AccessUrl, StringComparison.Ordinal);
                Assert.True(x.Title.Has("fr") && x.Title.Has("nl"));
            });
        });
        Assert.All(datasets.Where(d => !d.Published), d => Assert.Null(d.PublishedAt));
        Assert.Equal(
            new HashSet<string> { "c_ac64a52d", "c_dd313021", "c_e1da4e07", "c_b79e35eb", "c_a9135398" },
            datasets.Where(d => d.HighValue).Select(d => d.HighValueCategory!).ToHashSet());
        Assert.All(datasets.Where(d => d.HighValue), d => Assert.NotNull(EuVocabularies.Find(EuVocabularies.HighValueCategories, d.HighValueCategory)));

        // Distribution identifiers do not change when the demo is created again.
        Assert.Equal(published.SelectMany(d => d.Distributions).Count(), published.SelectMany(d => d.Distributions).Select(x => x.Id).Distinct().Count());
    }

    [Fact]
    public async Task Seed_Demo_StaleAndDueForReview_AreTheDesignatedDatasets()
    {
        var datasets = await DatasetsAsync();
        var now = DateTimeOffset.UtcNow;
        var today = DateOnly.FromDateTime(now.UtcDateTime);

        Assert.Equal(DemoInventory.Stale.Order(), datasets.Where(d => InventoryFigures.IsStale(d.StaleAfter, now)).Select(d => d.Slug).Order());
        Assert.Equal(DemoInventory.DueForReview.Order(), datasets.Where(d => InventoryFigures.IsDue(d.NextReviewOn, today)).Select(d => d.Slug).Order());

        // The derived columns were kept by the save, from the same rules as the register's.
        Assert.All(datasets, d => Assert.Equal(DatasetRules.StaleSince(d.Frequency, d.LastUpdatedAt, d.CreatedAt), d.StaleAfter));
    }

    [Fact]
    public async Task Seed_Demo_TwoAuthenticSources_AndTheDatasetsThatCopyThem()
    {
        var datasets = await DatasetsAsync();
        var authentic = datasets.Where(d => d.AuthenticSource).ToList();

        Assert.Equal([DemoInventory.AddressRegister, DemoInventory.PopulationRegister], authentic.Select(d => d.Slug).Order());
        var copies = datasets.Where(d => d.DuplicatesId is not null).ToList();
        Assert.Equal(6, copies.Count);
        Assert.All(copies, d => Assert.Contains(d.DuplicatesId!.Value, authentic.Select(a => a.Id)));
        Assert.All(authentic, a => Assert.Contains(copies, d => d.DuplicatesId == a.Id));
    }

    [Fact]
    public async Task Seed_Demo_DatasetsLinkToInitiativesKpisAndCaseStudies()
    {
        var (datasets, initiatives, studies, kpis) = await _app.InDemoAsync(async db => (
            await db.Datasets.AsNoTracking().ToListAsync(),
            await db.Initiatives.AsNoTracking().ToDictionaryAsync(i => i.Id.ToString("D"), i => i.Code),
            await db.CaseStudies.AsNoTracking().ToDictionaryAsync(c => c.Id.ToString("D"), c => c.Slug),
            await db.Kpis.AsNoTracking().ToListAsync()));
        var bySlug = datasets.ToDictionary(d => d.Slug);

        Assert.All(datasets.SelectMany(d => d.InitiativeIds), id => Assert.True(initiatives.ContainsKey(id), $"initiative {id}"));
        Assert.All(datasets.SelectMany(d => d.CaseStudyIds), id => Assert.True(studies.ContainsKey(id), $"case study {id}"));
        Assert.True(datasets.Count(d => d.InitiativeIds.Count > 0) >= 15);
        Assert.Contains(bySlug[DemoInventory.AddressRegister].InitiativeIds, id => initiatives[id] == "I-08");
        Assert.Contains(bySlug[DemoInventory.AddressRegister].CaseStudyIds, id => studies[id] == "registre-adresses-fiable");

        // Every published case study used at least one dataset of the register.
        var used = datasets.SelectMany(d => d.CaseStudyIds).Select(id => studies[id]).ToHashSet();
        Assert.True(used.Count >= 6, string.Join(", ", used));

        var sources = kpis.Where(k => k.SourceDatasetId is not null).ToDictionary(k => k.Name.Get("en"), k => datasets.Single(d => d.Id == k.SourceDatasetId).Slug);
        Assert.Equal(DemoInventory.KpiSources.OrderBy(p => p.Key), sources.OrderBy(p => p.Key));
    }

    [Fact]
    public async Task Seed_Demo_TheContributorIsTheDesignatedDataProtectionOfficer()
    {
        var officers = await _app.InDemoAsync(db => db.Memberships.AsNoTracking().Where(m => m.DataProtectionOfficer).Select(m => m.User!.Email).ToListAsync());

        Assert.Equal([DemoSeeder.ContributorEmail], officers);
    }
}
