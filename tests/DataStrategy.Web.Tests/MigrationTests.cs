using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Web.Tests;

public sealed class MigrationTests
{
    [Fact]
    public async Task Model_HasNoChangesMissingFromThisProvidersMigrations()
    {
        using var app = new DssApp(demo: false);

        var pending = await app.DbAsync(db => Task.FromResult(db.Database.HasPendingModelChanges()));
        var pendingMigrations = await app.DbAsync(async db => (await db.Database.GetPendingMigrationsAsync()).Count());

        Assert.False(pending, $"the model changed: add a migration for {TestDatabase.ProviderName}");
        Assert.Equal(0, pendingMigrations);
    }
}
