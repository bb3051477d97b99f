using DataStrategy.Cli;
using DataStrategy.Data;
using DataStrategy.Data.Backup;
using DataStrategy.Data.Demo;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DataStrategy.Web.Tests;

/// <summary>dss export / import: a round trip gives identical content, on SQLite and PostgreSQL.</summary>
public sealed class BackupTests : IDisposable
{
    private readonly List<string> _folders = [];

    public void Dispose()
    {
        foreach (var f in _folders)
        {
            try
            {
                Directory.Delete(f, true);
            }
            catch (IOException)
            {
                // best effort
            }
        }
    }

    [Fact]
    public async Task ExportThenImportIntoAnEmptyDatabase_GivesIdenticalContent()
    {
        await using var source = Services();
        await using var target = Services();
        var original = await InScopeAsync(source, async (sp, db) =>
        {
            await db.MigrateAppDatabaseAsync();
            await DemoSeeder.SeedAsync(db, sp.GetRequiredService<TenantContext>());
            return (await OrganisationBackup.ExportAsync(db, DemoSeeder.Slug)).ToJson();
        });

        await InScopeAsync(target, async (_, db) =>
        {
            await db.MigrateAppDatabaseAsync();
            await OrganisationBackup.FromJson(original).ImportAsync(db);
            return 0;
        });
        var roundTripped = await InScopeAsync(target, async (_, db) => (await OrganisationBackup.ExportAsync(db, DemoSeeder.Slug)).ToJson());

        Assert.Contains("Sophie Lambert", original, StringComparison.Ordinal);
        var backup = OrganisationBackup.FromJson(original);
        Assert.Equal([DemoAnalysis.EarlierCampaignName, DemoAssessment.CampaignName], backup.Campaigns.Select(c => c.Name));
        Assert.Equal(75 + 36, backup.Responses.Count);
        Assert.Equal(6, backup.Findings.Count);
        Assert.Equal(12, backup.FindingEvidence.Count);
        Assert.Equal(2, backup.Priorities.Count);
        Assert.Equal("DEMO26", Assert.Single(backup.Workshops).Code);
        Assert.Equal(54, backup.WorkshopVotes.Sum(v => v.Votes));
        Assert.True(backup.Answers.Count > 2000, $"{backup.Answers.Count} answers");
        Assert.Equal(40, backup.Notes.Count);
        Assert.Single(backup.Frameworks);
        Assert.Equal(original, roundTripped);
    }

    [Fact]
    public async Task Import_IntoADatabaseThatHasTheOrganisation_IsRefused_AndChangesNothing()
    {
        await using var services = Services();
        var json = await InScopeAsync(services, async (sp, db) =>
        {
            await db.MigrateAppDatabaseAsync();
            await DemoSeeder.SeedAsync(db, sp.GetRequiredService<TenantContext>());
            return (await OrganisationBackup.ExportAsync(db, DemoSeeder.Slug)).ToJson();
        });

        var error = await Assert.ThrowsAsync<BackupException>(() => InScopeAsync(services, async (_, db) =>
        {
            await OrganisationBackup.FromJson(json).ImportAsync(db);
            return 0;
        }));

        Assert.Contains("already exists", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("{\"format\": 99}")]
    [InlineData("{\"format\": 1, \"organisation\": {\"slug\": \"Bad Slug!\"}}")]
    [InlineData("[1,2,3]")]
    public void FromJson_HostileOrWrongFiles_AreRefusedWithAMessage(string json)
    {
        var error = Assert.Throws<BackupException>(() => OrganisationBackup.FromJson(json));

        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    private ServiceProvider Services()
    {
        var folder = Path.Combine(Path.GetTempPath(), "dss-backup-tests", Guid.NewGuid().ToString("N"));
        _folders.Add(folder);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(TestDatabase.CreateSettings(folder)).Build();
        return Commands.BuildServices(configuration);
    }

    private static async Task<T> InScopeAsync<T>(IServiceProvider services, Func<IServiceProvider, AppDbContext, Task<T>> action)
    {
        await using var scope = services.CreateAsyncScope();
        return await action(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }
}
