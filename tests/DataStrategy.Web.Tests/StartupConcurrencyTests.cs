using DataStrategy.Data;
using DataStrategy.Data.Demo;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Web.Tests;

/// <summary>
/// Several instances started together on a database that does not exist yet (a city's first deployment): each runs
/// what the app runs at start — create, migrate, seed the demo — and none fails; the demo is there once.
/// </summary>
public sealed class StartupConcurrencyTests
{
    [Fact]
    public async Task FourInstances_StartingTogether_OnAnEmptyServer_AllStart_AndSeedOnce()
    {
        var folder = Directory.CreateTempSubdirectory("dss-start-").FullName;
        var settings = TestDatabase.Unmade(folder);
        try
        {
            var starts = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
            {
                var options = new DbContextOptionsBuilder<AppDbContext>();
                settings.Configure(options);
                var tenant = new TenantContext();
                await using var db = new AppDbContext(options.Options).Lease(tenant, new SystemActor("instance"));
                return await DatabaseStartup.PrepareAsync(db, tenant, demo: true);
            })).ToList();

            var seeded = await Task.WhenAll(starts);

            Assert.Equal(1, seeded.Count(s => s));
            var check = new DbContextOptionsBuilder<AppDbContext>();
            settings.Configure(check);
            await using var db = new AppDbContext(check.Options).Lease(new TenantContext(), new SystemActor("test"));
            Assert.Equal(1, await db.Organisations.IgnoreQueryFilters().CountAsync(o => o.Slug == DemoSeeder.Slug));
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        }
        finally
        {
            TestDatabase.Drop(settings);
            Directory.Delete(folder, recursive: true);
        }
    }
}
