using System.Net;
using DataStrategy.Data;
using DataStrategy.Data.Demo;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DataStrategy.Web.Tests.Infrastructure.AnalysisHelpers;

namespace DataStrategy.Web.Tests;

/// <summary>
/// The demo is seeded at start (Demo:Enabled) and by <c>dss seed-demo</c>. It is seeded once: what a person erased
/// or removed from the demo organisation does not come back at the next start.
/// </summary>
public sealed class DemoSeedingTests : IDisposable
{
    private const string SophieEmail = "sophie.lambert@ville-de-demo.example";

    private readonly DssApp _app = new();

    public void Dispose() => _app.Dispose();

    private async Task<bool> SeedAgainAsync()
    {
        using var scope = _app.Services.CreateScope();
        return await DemoSeeder.SeedAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), scope.ServiceProvider.GetRequiredService<TenantContext>(), withStrategy: true);
    }

    [Fact]
    public async Task SeedAgain_AfterAStakeholderWasErasedAndAMemberRemoved_NeitherComesBack()
    {
        var lead = await _app.LeadAsync();
        var sophie = await _app.InDemoAsync(db => db.Stakeholders.Where(s => s.Email == SophieEmail).Select(s => s.Id).SingleAsync());
        var erase = await lead.SubmitAsync(await lead.GetFormAsync($"{DemoOrg}/stakeholders/erase/{sophie}"));
        Assert.Equal(HttpStatusCode.Redirect, erase.StatusCode);
        var viewer = await _app.DbAsync(db => db.Memberships.IgnoreQueryFilters().Where(m => m.User!.Email == DemoSeeder.ViewerEmail).Select(m => m.Id).SingleAsync());
        var members = await lead.GetDocumentAsync($"{DemoOrg}/members");
        var remove = await lead.SubmitAsync(HttpClientExtensions.FormOf(members, "/members", "Remove"), new() { ["id"] = viewer.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, remove.StatusCode);
        var stakeholders = await _app.InDemoAsync(db => db.Stakeholders.CountAsync());
        var memberships = await _app.InDemoAsync(db => db.Memberships.CountAsync());

        var changed = await SeedAgainAsync();

        Assert.False(changed);
        Assert.False(await _app.InDemoAsync(db => db.Stakeholders.AnyAsync(s => s.Email == SophieEmail || s.Name == "Sophie Lambert")));
        Assert.NotNull(await _app.InDemoAsync(db => db.Stakeholders.Where(s => s.Id == sophie).Select(s => s.ErasedAt).SingleAsync()));
        Assert.Equal(stakeholders, await _app.InDemoAsync(db => db.Stakeholders.CountAsync()));
        Assert.False(await _app.DbAsync(db => db.Memberships.IgnoreQueryFilters().AnyAsync(m => m.User!.Email == DemoSeeder.ViewerEmail)));
        Assert.Equal(memberships, await _app.InDemoAsync(db => db.Memberships.CountAsync()));
        var viewerClient = await _app.SignInAsync(DemoSeeder.ViewerEmail);
        Assert.Equal(HttpStatusCode.NotFound, (await viewerClient.GetAsync(DemoOrg)).StatusCode);
    }

    [Fact]
    public async Task SeedAgain_AfterEveryCaseStudyWasDeleted_AddsNoneBack()
    {
        await _app.InDemoAsync(async db =>
        {
            db.CaseStudies.RemoveRange(await db.CaseStudies.ToListAsync());
            return await db.SaveChangesAsync();
        });
        var before = await CountsAsync();

        var changed = await SeedAgainAsync();

        Assert.False(changed);
        Assert.Equal(before, await CountsAsync());
        Assert.Equal(0, before.CaseStudies);
    }

    [Fact]
    public async Task Seed_OnADatabaseWithoutTheDemo_CreatesItWhole()
    {
        using var app = new DssApp(demo: false);
        bool changed;
        using (var scope = app.Services.CreateScope())
        {
            changed = await DemoSeeder.SeedAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), scope.ServiceProvider.GetRequiredService<TenantContext>());
        }

        Assert.True(changed);
        var counts = await app.InDemoAsync(async db => (await db.Departments.CountAsync(), await db.Stakeholders.CountAsync(), await db.Memberships.CountAsync(), await db.CaseStudies.AnyAsync()));
        Assert.Equal((12, 20, DemoSeeder.DemoUsers.Count + DemoSeeder.ExternalFacilitators.Count, true), counts);
    }

    private Task<(int Departments, int Stakeholders, int Campaigns, int CaseStudies)> CountsAsync() => _app.InDemoAsync(async db => (
        await db.Departments.CountAsync(),
        await db.Stakeholders.CountAsync(),
        await db.Campaigns.CountAsync(),
        await db.CaseStudies.CountAsync()));
}
