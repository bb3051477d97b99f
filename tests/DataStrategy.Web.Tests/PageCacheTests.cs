using System.Net;
using DataStrategy.Core.Text;
using DataStrategy.Data.Demo;
using DataStrategy.Data.Entities;
using DataStrategy.Data.Saving;
using DataStrategy.Web.Infrastructure;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace DataStrategy.Web.Tests;

/// <summary>
/// Kept pages (ADR 0038): a page is served from memory only while nothing it shows can have changed. Every committed
/// write — a form, a bulk update, a statement of its own, another instance or the CLI — renews the organisation's
/// content stamp; a rolled-back one does not. Readers, roles, languages and minutes never share a page, and the
/// checks in front of a kept page (session, membership, permission) still run on every request.
/// </summary>
public sealed class PageCacheTests
{
    private static readonly string Org = "/o/" + DemoSeeder.Slug;
    private static readonly string List = Org + "/stakeholders";

    [Fact]
    public async Task AKeptPageIsServedAgain_AndAFormWriteIsSeenAtOnce()
    {
        using var app = new DssApp();
        var lead = await app.LeadAsync();

        var first = await lead.GetAsync(List);
        var second = await lead.GetAsync(List);
        Assert.Equal("miss", Status(first));
        Assert.Equal("hit", Status(second));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal("text/html; charset=utf-8", second.Content.Headers.ContentType?.ToString());
        Assert.Contains("no-store", second.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);

        var form = await lead.GetFormAsync(Org + "/stakeholders/edit");
        var saved = await lead.SubmitAsync(form, new() { ["Name"] = "Zoë Cache-Test", ["Email"] = "zoe.cache@ville-de-demo.example" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        // The redirect's one-time message comes with it (never from memory), then the list is kept anew.
        var after = await (await lead.GetAsync(List)).Content.ReadAsStringAsync();
        Assert.Contains("Zoë Cache-Test", after, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"flash\"", after, StringComparison.Ordinal);
        var again = await lead.GetAsync(List);
        Assert.Equal("miss", Status(again));
        Assert.DoesNotContain("data-testid=\"flash\"", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("hit", Status(await lead.GetAsync(List)));
    }

    [Fact]
    public async Task AnotherReader_NeverGetsMyPage_AndEachLanguageHasItsOwn()
    {
        using var app = new DssApp();
        var lead = await app.LeadAsync();
        var facilitator = await app.FacilitatorAsync();
        await lead.GetAsync(List);
        Assert.Equal("hit", Status(await lead.GetAsync(List)));

        var theirs = await facilitator.GetAsync(List);
        var html = await theirs.Content.ReadAsStringAsync();
        Assert.Equal("miss", Status(theirs));
        Assert.Contains(DemoSeeder.FacilitatorEmail, html, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoSeeder.LeadEmail, html, StringComparison.Ordinal);

        var french = await app.SignInAsync(DemoSeeder.LeadEmail, language: "fr");
        var frenchPage = await french.GetAsync(List);
        Assert.Equal("miss", Status(frenchPage));
        Assert.Contains("<html lang=\"fr\"", await frenchPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PermissionAndMembership_AreStillCheckedInFrontOfAKeptPage()
    {
        using var app = new DssApp();
        var facilitator = await app.FacilitatorAsync();
        await facilitator.GetAsync(List);
        Assert.Equal("hit", Status(await facilitator.GetAsync(List)));

        // Another instance (or the CLI) lowers the role: the next request is refused, kept page or not.
        await app.DbAsync(db => db.Memberships.IgnoreQueryFilters().Where(m => m.User!.Email == DemoSeeder.FacilitatorEmail)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Role, MemberRole.Viewer)));
        Assert.Equal(HttpStatusCode.Forbidden, (await facilitator.GetAsync(List)).StatusCode);

        await app.DbAsync(db => db.Memberships.IgnoreQueryFilters().Where(m => m.User!.Email == DemoSeeder.FacilitatorEmail).ExecuteDeleteAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await facilitator.GetAsync(Org + "/strategy")).StatusCode);
    }

    [Fact]
    public async Task AWriteOutsideTheApp_RenewsTheStamp_ARollbackDoesNot()
    {
        using var app = new DssApp();
        var organisation = await app.DemoOrganisationIdAsync();
        var lead = await app.LeadAsync();
        await lead.GetAsync(List);
        var stamp = await StampAsync(app);

        // A rolled-back bulk update changes nothing, so the page stays kept.
        await app.DbAsync(
            async db =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync();
                await db.Stakeholders.ExecuteUpdateAsync(s => s.SetProperty(x => x.JobTitle, "Rolled back"));
                await transaction.RollbackAsync();
                return 0;
            },
            organisation);
        Assert.Equal(stamp, await StampAsync(app));
        Assert.Equal("hit", Status(await lead.GetAsync(List)));

        // A committed one, in a transaction, under the organisation.
        await app.DbAsync(
            async db =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync();
                await db.Stakeholders.Where(s => s.Name == "Sophie Lambert").ExecuteUpdateAsync(s => s.SetProperty(x => x.Name, "Sophie Lambert-Renamed"));
                await transaction.CommitAsync();
                return 0;
            },
            organisation);
        var renewed = await StampAsync(app);
        Assert.NotEqual(stamp, renewed);
        Assert.Contains("Sophie Lambert-Renamed", await lead.GetStringAsync(List), StringComparison.Ordinal);

        // A statement of its own, with no organisation (as the CLI writes): every organisation's stamp changes.
        await app.DbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE \"Stakeholders\" SET \"Name\" = 'Renamed by a tool' WHERE \"Name\" = 'Sophie Lambert-Renamed'"));
        Assert.NotEqual(renewed, await StampAsync(app));
        Assert.Contains("Renamed by a tool", await lead.GetStringAsync(List), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePublicHomePage_IsKept_UntilItsOrganisationChanges()
    {
        using var app = new DssApp();
        var reader = app.Anonymous();
        var home = "/p/" + DemoSeeder.Slug;
        Assert.Equal("miss", Status(await reader.GetAsync(home)));
        Assert.Equal("hit", Status(await reader.GetAsync(home)));

        await app.DbAsync(async db =>
        {
            var organisation = await db.Organisations.SingleAsync(o => o.Slug == DemoSeeder.Slug);
            organisation.Name = LocalizedText.Of(fr: "Ville de Démo renommée", nl: "Demostad hernoemd", en: "Demo City renamed");
            return await db.SaveChangesAsync();
        });

        var renamed = await reader.GetAsync(home);
        Assert.Equal("miss", Status(renamed));
        Assert.Contains("Demo City renamed", await renamed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AKeptPage_IsNotServedInTheNextMinute()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var app = new DssApp(clock: clock);
        var lead = await app.LeadAsync();
        await lead.GetAsync(Org + "/roadmap");
        Assert.Equal("hit", Status(await lead.GetAsync(Org + "/roadmap")));

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal("miss", Status(await lead.GetAsync(Org + "/roadmap")));
    }

    [Fact]
    public async Task ThirtyTwoWritersAtOnce_AllLand_AndTheListShowsEveryOne()
    {
        using var app = new DssApp();
        var lead = await app.LeadAsync();
        await lead.GetAsync(List);
        var form = await lead.GetFormAsync(Org + "/stakeholders/edit");

        var saves = await Task.WhenAll(Enumerable.Range(0, 32).Select(i =>
            lead.SubmitAsync(form, new() { ["Name"] = $"Concurrent {i:00}", ["Email"] = $"concurrent{i}@ville-de-demo.example" })));

        Assert.All(saves, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        await lead.GetAsync(List); // takes the one-time message
        var page = await lead.GetStringAsync(List + "?q=Concurrent");
        Assert.All(Enumerable.Range(0, 32), i => Assert.Contains($"Concurrent {i:00}", page, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ThirtyTwoReadersOfAChangedPage_RenderItOnce()
    {
        using var app = new DssApp();
        var lead = await app.LeadAsync();

        var pages = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => lead.GetAsync(Org + "/strategy")));
        var texts = await Task.WhenAll(pages.Select(p => p.Content.ReadAsStringAsync()));

        Assert.All(pages, p => Assert.Equal(HttpStatusCode.OK, p.StatusCode));
        Assert.Equal(1, pages.Count(p => Status(p) == "miss"));
        Assert.Equal(31, pages.Count(p => Status(p) is "shared" or "hit"));
        Assert.Single(texts.Distinct(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("SELECT \"s\".\"Id\" FROM \"Stakeholders\" AS \"s\" WHERE \"s\".\"OrganisationId\" = @p", false)]
    [InlineData("SELECT \"a\".\"Id\" FROM \"Answers\" AS \"a\" FOR UPDATE", false)]
    [InlineData("INSERT INTO \"Stakeholders\" (\"Id\", \"Name\") VALUES (@p0, @p1) RETURNING 1;", true)]
    [InlineData("UPDATE \"Stakeholders\" AS \"s\" SET \"Name\" = @p", true)]
    [InlineData("DELETE FROM \"Memberships\" WHERE \"Id\" = @p", true)]
    [InlineData("INSERT OR REPLACE INTO Findings(Id) VALUES (1)", true)]
    [InlineData("-- a comment\nUPDATE Roadmaps SET Name = 'x'", true)]
    [InlineData("INSERT INTO \"RateLimitWindows\" (\"Key\") VALUES (@k) ON CONFLICT (\"Key\") DO UPDATE SET \"Count\" = \"Count\" + 1", false)]
    [InlineData("DELETE FROM \"DataProtectionKeys\" WHERE 1 = 0;\nINSERT INTO \"Kpis\" (\"Id\") VALUES (@p)", true)]
    [InlineData("WITH x AS (SELECT 1) UPDATE \"Kpis\" SET \"Name\" = 'y'", true)]
    [InlineData("PRAGMA journal_mode=WAL;", false)]
    public void Writes_AreToldFromReads_ByTheirStatements(string sql, bool writes) =>
        Assert.Equal(writes, ContentStampInterceptor.WritesContent(sql));

    private static string? Status(HttpResponseMessage response) =>
        response.Headers.TryGetValues(PageCacheMiddleware.StatusHeader, out var values) ? values.Single() : null;

    private static Task<long> StampAsync(DssApp app) =>
        app.DbAsync(db => db.Organisations.Where(o => o.Slug == DemoSeeder.Slug).Select(o => o.ContentStamp).SingleAsync());
}
