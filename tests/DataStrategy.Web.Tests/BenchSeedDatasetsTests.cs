using DataStrategy.Cli;
using DataStrategy.Core.Inventory;
using DataStrategy.Data;
using DataStrategy.Data.Demo;
using DataStrategy.Data.Inventory;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataStrategy.Web.Tests;

/// <summary>
/// dss bench seed-datasets: fills the demo's register with generated datasets (in batches, numbered after an
/// earlier run's), each kept as a real one is (derived columns set by the save), for measuring the register at scale.
/// </summary>
public sealed class BenchSeedDatasetsTests : IDisposable
{
    private readonly CliDatabases _databases = new();

    public void Dispose() => _databases.Dispose();

    private static Task<T> InDemoAsync<T>(IServiceProvider services, Func<AppDbContext, Task<T>> action) =>
        CliDatabases.InScopeAsync(services, async (sp, db) =>
        {
            var organisation = await db.Organisations.SingleAsync(o => o.Slug == DemoSeeder.Slug);
            sp.GetRequiredService<TenantContext>().SetOrganisation(organisation.Id);
            return await action(db);
        });

    [Fact]
    public async Task SeedDatasets_AddsThemInBatches_AndASecondRunNumbersOnAfterTheFirst()
    {
        var services = _databases.Create(TestData.Demo);
        var now = DateTimeOffset.UtcNow;

        var added = await InDemoAsync(services, async db => await Commands.SeedBenchDatasetsAsync(db, (await db.Organisations.SingleAsync(o => o.Slug == DemoSeeder.Slug)), 1_201, now, default));
        var again = await InDemoAsync(services, async db => await Commands.SeedBenchDatasetsAsync(db, (await db.Organisations.SingleAsync(o => o.Slug == DemoSeeder.Slug)), 3, now, default));

        Assert.Equal((1_201, 3), (added, again));
        var (bench, figures, audit) = await InDemoAsync(services, async db => (
            await db.Datasets.AsNoTracking().Where(d => d.Slug.StartsWith(Commands.BenchDatasetPrefix)).ToListAsync(),
            await InventoryIndicators.ComposeAsync(db, now),
            await db.AuditEntries.CountAsync(a => a.EntityType == "Dataset")));
        Assert.Equal(1_204, bench.Count);
        Assert.Equal(bench.Count, bench.Select(d => d.Slug).Distinct().Count());
        Assert.Contains(bench, d => d.Slug == Commands.BenchDatasetPrefix + "001204");
        Assert.All(bench, d =>
        {
            Assert.NotEmpty(d.SearchText);
            Assert.Equal(DatasetRules.StaleSince(d.Frequency, d.LastUpdatedAt, d.CreatedAt), d.StaleAfter);
            Assert.True(!d.Published || (d.AccessRight == "PUBLIC" && d.Distributions.Count == 1));
        });
        Assert.Equal(DemoInventory.Count + 1_204, figures.Datasets);
        Assert.InRange(figures.Published, 300, 700);
        Assert.InRange(figures.Stale, 1, figures.Datasets - 1);
        Assert.Equal(0, audit);
    }
}
