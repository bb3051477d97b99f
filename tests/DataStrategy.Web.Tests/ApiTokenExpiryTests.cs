using System.Net;
using DataStrategy.Data.Demo;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Api;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace DataStrategy.Web.Tests;

/// <summary>Tokens expire on the app's clock: the test moves that clock rather than waiting or minting in the past.</summary>
public sealed class ApiTokenExpiryTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2027, 3, 15, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(Start);
    private readonly DssApp _app;

    public ApiTokenExpiryTests() => _app = new DssApp(clock: _clock);

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Token_WorksUntilItsExpiry_ThenIsRefused()
    {
        var organisation = await _app.DemoOrganisationIdAsync();
        var secret = await _app.MintAsync(DemoSeeder.ContributorEmail, organisation, ApiScope.Read, expires: Start.AddDays(30));
        var client = _app.ApiClient(secret);
        var url = $"{ApiEndpoints.Prefix}/o/{DemoSeeder.Slug}";

        var before = await client.GetAsync(url);
        _clock.Advance(TimeSpan.FromDays(30) - TimeSpan.FromSeconds(1));
        var lastSecond = await client.GetAsync(url);
        _clock.Advance(TimeSpan.FromSeconds(1));
        var after = await client.GetAsync(url);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Unauthorized), (before.StatusCode, lastSecond.StatusCode, after.StatusCode));
    }

    [Fact]
    public async Task CheckInPage_OffersTheMonthOfTheAppsClock()
    {
        var facilitator = await _app.FacilitatorAsync();

        var page = await facilitator.GetDocumentAsync("/o/" + DemoSeeder.Slug + "/roadmap/check-in");

        var months = page.QuerySelectorAll("select[name=month] option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Contains("2027-03", months);
        Assert.DoesNotContain("2027-04", months);
    }
}
