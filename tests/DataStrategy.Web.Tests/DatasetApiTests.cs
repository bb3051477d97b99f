using System.Net;
using System.Text.Json;
using DataStrategy.Core.Text;
using DataStrategy.Data.Demo;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Api;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static DataStrategy.Web.Tests.Infrastructure.ApiCatalog;

namespace DataStrategy.Web.Tests;

/// <summary>The register through the API: the list and "this dataset was refreshed".</summary>
public sealed class DatasetApiTests : IDisposable, IAsyncLifetime
{
    private static readonly string Base = $"{ApiEndpoints.Prefix}/o/{DemoSeeder.Slug}/datasets";
    private readonly DssApp _app = new();

    public void Dispose() => _app.Dispose();

    // These tests count, page and name their own datasets: the demo's forty would be in the way.
    public Task InitializeAsync() => _app.RemoveDemoInventoryAsync();

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    private async Task<Dataset> DatasetAsync(string slug) =>
        await _app.DbAsync(db => db.Datasets.AsNoTracking().SingleAsync(d => d.Slug == slug), await _app.DemoOrganisationIdAsync());

    [Fact]
    public async Task Refreshed_WithAWriteToken_SetsLastUpdated_AndAnswersTheNewState()
    {
        var org = await _app.DemoOrganisationIdAsync();
        await DatasetRegisterTests.EnsureDatasetAsync(_app, org, "pipeline", d => d.StewardId = null);
        var client = _app.ApiClient(await _app.MintDemoAsync(MemberRole.Contributor, ApiScope.Write));

        var now = await client.PostAsync(Base + "/pipeline/refreshed", null);
        var given = await client.PostAsync(Base + "/pipeline/refreshed", Json("""{"updatedAt": "2025-03-01T06:30:00+01:00"}"""));

        Assert.Equal(HttpStatusCode.OK, now.StatusCode);
        Assert.Equal(HttpStatusCode.OK, given.StatusCode);
        var body = JsonDocument.Parse(await given.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("pipeline", body.GetProperty("slug").GetString());
        Assert.Equal(new DateTimeOffset(2025, 3, 1, 5, 30, 0, TimeSpan.Zero), body.GetProperty("lastUpdatedAt").GetDateTimeOffset());
        Assert.False(body.TryGetProperty("stewardId", out _));
        Assert.Equal(new DateTimeOffset(2025, 3, 1, 5, 30, 0, TimeSpan.Zero), (await DatasetAsync("pipeline")).LastUpdatedAt);
    }

    [Theory]
    [InlineData("""{"updatedAt": "2999-01-01"}""")]
    [InlineData("""{"updatedAt": "1999-12-31"}""")]
    [InlineData("""{"updatedAt": "yesterday"}""")]
    [InlineData("""{"updatedAt": 12}""")]
    [InlineData("""{"updatedAt": "2025-01-01", "stewardId": "x"}""")]
    [InlineData("""[1, 2]""")]
    [InlineData("""{"updatedAt": "<script>alert(1)</script>"}""")]
    public async Task Refreshed_WrongBody_IsRefused_AndChangesNothing(string json)
    {
        var org = await _app.DemoOrganisationIdAsync();
        await DatasetRegisterTests.EnsureDatasetAsync(_app, org, "pipeline");
        var client = _app.ApiClient(await _app.MintDemoAsync(MemberRole.Contributor, ApiScope.Write));

        var response = await client.PostAsync(Base + "/pipeline/refreshed", Json(json));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null((await DatasetAsync("pipeline")).LastUpdatedAt);
    }

    [Fact]
    public async Task Refreshed_NeedsWriteScopeAndEditPermission_AndIsNotFoundInAnotherOrganisation()
    {
        var org = await _app.DemoOrganisationIdAsync();
        await DatasetRegisterTests.EnsureDatasetAsync(_app, org, "pipeline");
        var b = await SecondOrganisation.CreateAsync(_app);
        await DatasetRegisterTests.EnsureDatasetAsync(_app, b.Id, "secret-b");

        var read = await _app.ApiClient(await _app.MintDemoAsync(MemberRole.Administrator, ApiScope.Read)).PostAsync(Base + "/pipeline/refreshed", null);
        var viewer = await _app.ApiClient(await _app.MintDemoAsync(MemberRole.Viewer, ApiScope.Write)).PostAsync(Base + "/pipeline/refreshed", null);
        var writer = _app.ApiClient(await _app.MintDemoAsync(MemberRole.Contributor, ApiScope.Write));
        var other = await writer.PostAsync(Base + "/secret-b/refreshed", null);
        var unknown = await writer.PostAsync(Base + "/no-such/refreshed", null);

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, viewer.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Null((await DatasetAsync("pipeline")).LastUpdatedAt);
        Assert.Null(await _app.DbAsync(db => db.Datasets.Where(d => d.Slug == "secret-b").Select(d => d.LastUpdatedAt).SingleAsync(), b.Id));
    }

    [Fact]
    public async Task Refreshed_By32ConcurrentPipelines_AllSucceed()
    {
        var org = await _app.DemoOrganisationIdAsync();
        await DatasetRegisterTests.EnsureDatasetAsync(_app, org, "busy");
        var client = _app.ApiClient(await _app.MintDemoAsync(MemberRole.Contributor, ApiScope.Write));

        var responses = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => client.PostAsync(Base + "/busy/refreshed", null)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.NotNull((await DatasetAsync("busy")).LastUpdatedAt);
    }

    [Fact]
    public async Task List_IsPaged_WithoutPeopleOrRecordsOfProcessing()
    {
        var org = await _app.DemoOrganisationIdAsync();
        await _app.DbAsync(
            async db =>
            {
                for (var i = 0; i < 5; i++)
                {
                    db.Datasets.Add(new Dataset { OrganisationId = org, Slug = $"api-{i}", Title = LocalizedText.Of("Jeu " + i), PersonalData = true });
                }

                return await db.SaveChangesAsync();
            },
            org);
        var client = _app.ApiClient(await _app.MintDemoAsync(MemberRole.Viewer, ApiScope.Read));

        var page = await client.GetAsync(Base + "?offset=1&limit=2");
        var bad = await client.GetAsync(Base + "?limit=100000");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var text = await page.Content.ReadAsStringAsync();
        var body = JsonDocument.Parse(text).RootElement;
        Assert.Equal(5, body.GetProperty("total").GetInt32());
        Assert.Equal(["api-1", "api-2"], body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()!).ToArray());
        Assert.DoesNotContain("purpose", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("steward", text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }
}
