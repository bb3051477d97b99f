using System.Diagnostics;
using System.Net;
using DataStrategy.Core.Text;
using DataStrategy.Data;
using DataStrategy.Data.Demo;
using DataStrategy.Data.Entities;
using DataStrategy.Data.Saving;
using DataStrategy.Web.Infrastructure;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DataStrategy.Web.Tests;

/// <summary>
/// Who belongs where, remembered between requests on PostgreSQL (ADR 0039): an answer is used only while nothing has
/// committed since it was read — through this instance, or anywhere PostgreSQL's notification reaches the listener —,
/// only while the listener is connected, and for at most two seconds. On SQLite nothing is remembered. In each case a
/// membership changed behind the app's back (a plain connection, no context, no interceptor) is refused at once.
/// </summary>
[Collection(AloneCollection.Name)]
public sealed class TenantCacheTests
{
    private static readonly string Org = "/o/" + DemoSeeder.Slug;
    private static readonly string List = Org + "/stakeholders";

    [Fact]
    public void OrganisationCopy_SharesNothingThatCanChange()
    {
        var original = new Organisation
        {
            Slug = "copy-test",
            Name = LocalizedText.Of(fr: "Ville", nl: "Stad", en: "City"),
            Languages = ["fr", "nl"],
            DefaultLanguage = "nl",
            SharesBenchmark = true,
            PublishesMaturity = true,
            AccentColour = "123456",
            BelgianCatalogueProfile = true,
            CatalogueContactEmail = "open.data@city.example",
            Homepage = "https://city.example",
        };

        var copy = original.Copy();

        foreach (var property in typeof(Organisation).GetProperties())
        {
            var (mine, theirs) = (property.GetValue(original), property.GetValue(copy));
            switch (mine)
            {
                case LocalizedText text:
                    Assert.NotSame(text, theirs);
                    Assert.Equal(text, theirs);
                    break;
                case List<string> list:
                    Assert.NotSame(list, theirs);
                    Assert.Equal(list, (List<string>)theirs!);
                    break;
                case null or string or ValueType:
                    Assert.Equal(mine, theirs);
                    break;
                default:
                    Assert.Fail($"Organisation.Copy() does not know how to copy {property.Name} ({property.PropertyType.Name}).");
                    break;
            }
        }

        copy.Languages.Add("de");
        copy.Name.Set("en", "Changed");
        Assert.Equal(["fr", "nl"], original.Languages);
        Assert.Equal("City", original.Name.Values["en"]);
    }

    [Fact]
    public void AnAnswer_IsUsedOnlyUntilTheNumberMoves_WhileListening_AndForTwoSecondsAtMost()
    {
        var cache = new TenantCache(new ConfigurationBuilder().Build(), new DatabaseSettings(DatabaseProvider.Postgres, "Host=unused", "."));
        var member = new TenantCache.Member(new Organisation { Slug = "city" }, MemberRole.Facilitator, false);

        cache.Set("u", "city", member, DataChanges.Generation, Stopwatch.GetTimestamp());
        Assert.False(cache.TryGet("u", "city", out _)); // not listening: nothing was remembered

        cache.Listening = true;
        cache.Set("u", "city", member, DataChanges.Generation, Stopwatch.GetTimestamp());
        Assert.True(cache.TryGet("u", "city", out var found));
        Assert.Equal(MemberRole.Facilitator, found!.Role);
        Assert.NotSame(member.Organisation, found.Organisation);
        Assert.False(cache.TryGet("u", "other-city", out _));
        Assert.False(cache.TryGet("someone-else", "city", out _));

        DataChanges.Moved();
        Assert.False(cache.TryGet("u", "city", out _));

        // Read before a commit, remembered after it: never used.
        var before = DataChanges.Generation;
        DataChanges.Moved();
        cache.Set("u", "city", member, before, Stopwatch.GetTimestamp());
        Assert.False(cache.TryGet("u", "city", out _));

        cache.Set("u", "city", member, DataChanges.Generation, Stopwatch.GetTimestamp() - (long)(Stopwatch.Frequency * (cache.MaxAge.TotalSeconds + 0.1)));
        Assert.False(cache.TryGet("u", "city", out _));

        cache.Set("u", "city", member, DataChanges.Generation, Stopwatch.GetTimestamp());
        cache.Listening = false;
        Assert.False(cache.TryGet("u", "city", out _));
        Assert.False(new TenantCache(new ConfigurationBuilder().Build(), new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=x", ".")).Configured);
        Assert.Equal(TenantCache.DefaultMaxAge, cache.MaxAge);
    }

    [Fact]
    public async Task AMembershipRemovedBehindTheAppsBack_IsRefused()
    {
        using var app = new DssApp();
        var facilitator = await app.FacilitatorAsync();
        var cache = await ListeningCacheAsync(app);

        Assert.Equal(HttpStatusCode.OK, (await facilitator.GetAsync(List)).StatusCode);
        var hits = cache.Hits;
        Assert.Equal(HttpStatusCode.OK, (await facilitator.GetAsync(List)).StatusCode);
        // PostgreSQL: the second request was answered from memory (so the refusal below is the notification's doing).
        Assert.Equal(TestDatabase.IsPostgres ? hits + 1 : 0, cache.Hits);

        var heard = cache.Notifications;
        await RawAsync(app, "DELETE FROM \"Memberships\" WHERE \"UserId\" = (SELECT \"Id\" FROM \"AspNetUsers\" WHERE \"NormalizedEmail\" = @email)");
        if (cache.Configured)
        {
            await UntilAsync(() => cache.Notifications > heard, "the listener hears the deletion");
        }

        Assert.Equal(HttpStatusCode.NotFound, (await facilitator.GetAsync(List)).StatusCode);
    }

    [Fact]
    public async Task ThePublicHomePage_SeesANewStampWrittenBehindTheAppsBack()
    {
        using var app = new DssApp();
        var reader = app.Anonymous();
        var cache = await ListeningCacheAsync(app);
        var home = "/p/" + DemoSeeder.Slug;
        Assert.Equal("miss", Status(await reader.GetAsync(home)));
        var hits = cache.Hits;
        Assert.Equal("hit", Status(await reader.GetAsync(home)));
        Assert.Equal(TestDatabase.IsPostgres ? hits + 1 : 0, cache.Hits);

        var heard = cache.Notifications;
        await ScalarAsync(app, "UPDATE \"Organisations\" SET \"ContentStamp\" = \"ContentStamp\" / 2 + 1 WHERE \"Slug\" = '" + DemoSeeder.Slug + "'");
        if (cache.Configured)
        {
            await UntilAsync(() => cache.Notifications > heard, "the listener hears the new stamp");
        }

        Assert.Equal("miss", Status(await reader.GetAsync(home)));
    }

    [Fact]
    public async Task WhileTheListenerIsLost_NothingIsRemembered()
    {
        using var app = new DssApp();
        var facilitator = await app.FacilitatorAsync();
        var cache = await ListeningCacheAsync(app);
        Assert.Equal(HttpStatusCode.OK, (await facilitator.GetAsync(List)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await facilitator.GetAsync(List)).StatusCode);

        if (cache.Configured)
        {
            // The listener's connection is cut: a change made now would not be heard.
            Assert.Equal(1, await ScalarAsync(app, "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = 'dss access listener' AND datname = current_database()"));
            await UntilAsync(() => !cache.Listening, "the listener notices it is cut off");
        }

        await RawAsync(app, "UPDATE \"Memberships\" SET \"Role\" = 'Viewer' WHERE \"UserId\" = (SELECT \"Id\" FROM \"AspNetUsers\" WHERE \"NormalizedEmail\" = @email)");
        Assert.Equal(HttpStatusCode.Forbidden, (await facilitator.GetAsync(List)).StatusCode);

        if (cache.Configured)
        {
            await UntilAsync(() => cache.Listening, "the listener reconnects by itself");
            var heard = cache.Notifications;
            await RawAsync(app, "UPDATE \"Memberships\" SET \"Role\" = 'Facilitator' WHERE \"UserId\" = (SELECT \"Id\" FROM \"AspNetUsers\" WHERE \"NormalizedEmail\" = @email)");
            await UntilAsync(() => cache.Notifications > heard, "the listener hears the change after reconnecting");
            Assert.Equal(HttpStatusCode.OK, (await facilitator.GetAsync(List)).StatusCode);
        }
    }

    [Fact]
    public async Task ThirtyTwoReaders_AfterTheRoleIsLoweredInTheApp_AreAllRefused()
    {
        using var app = new DssApp();
        var lead = await app.LeadAsync();
        var facilitator = await app.FacilitatorAsync();
        var cache = await ListeningCacheAsync(app);
        var before = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => facilitator.GetAsync(List)));
        Assert.All(before, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));

        // 32 readers keep reading while the lead lowers the role through the members page.
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 32).Select(_ => Task.Run(async () =>
        {
            var seen = 0;
            while (!stop.IsCancellationRequested)
            {
                var status = (await facilitator.GetAsync(List)).StatusCode;
                Assert.True(status is HttpStatusCode.OK or HttpStatusCode.Forbidden, status.ToString());
                seen++;
            }

            return seen;
        })).ToList();
        var member = await app.DbAsync(db => db.Memberships.IgnoreQueryFilters().Where(m => m.User!.Email == DemoSeeder.FacilitatorEmail).SingleAsync());
        var doc = await lead.GetDocumentAsync(Org + "/members");
        var changed = await lead.SubmitAsync(HttpClientExtensions.FormOf(doc, "/members", "Role"), new() { ["id"] = member.Id.ToString(), ["version"] = member.Version.ToString(), ["role"] = "Viewer" });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        // Every request that starts after the change has been answered is refused.
        var after = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => facilitator.GetAsync(List)));
        await stop.CancelAsync();
        Assert.All(await Task.WhenAll(readers), seen => Assert.True(seen > 0));
        Assert.All(after, r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        Assert.Equal(TestDatabase.IsPostgres, cache.Hits > 0);
    }

    private static string? Status(HttpResponseMessage response) =>
        response.Headers.TryGetValues(PageCacheMiddleware.StatusHeader, out var values) ? values.Single() : null;

    private static async Task<TenantCache> ListeningCacheAsync(DssApp app)
    {
        var cache = app.Services.GetRequiredService<TenantCache>();
        Assert.Equal(TestDatabase.IsPostgres, cache.Configured);
        if (cache.Configured)
        {
            // A pooled host's database was just put back (dropped and renamed): the listener reconnects within a second.
            await UntilAsync(() => cache.Listening, "the listener is connected");
        }

        return cache;
    }

    private static async Task UntilAsync(Func<bool> condition, string what)
    {
        var waited = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(20), "timed out waiting until " + what);
            await Task.Delay(5);
        }
    }

    /// <summary>A statement on a plain connection: no context, no interceptor, as psql or another program would.</summary>
    private static async Task RawAsync(DssApp app, string sql) => await ScalarAsync(app, sql);

    private static async Task<long> ScalarAsync(DssApp app, string sql)
    {
        var settings = DatabaseSettings.From(new ConfigurationBuilder().AddInMemoryCollection(app.DatabaseSettings).Build());
        await using System.Data.Common.DbConnection connection = settings.Provider == DatabaseProvider.Postgres
            ? new NpgsqlConnection(settings.ConnectionString)
            : new SqliteConnection(settings.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var email = command.CreateParameter();
        email.ParameterName = "@email";
        email.Value = DemoSeeder.FacilitatorEmail.ToUpperInvariant();
        command.Parameters.Add(email);
        var result = await command.ExecuteScalarAsync();
        return result is null or DBNull ? 0 : Convert.ToInt64(result, System.Globalization.CultureInfo.InvariantCulture);
    }
}
