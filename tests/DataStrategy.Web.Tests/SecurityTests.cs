using System.Net;
using System.Text.Json;
using DataStrategy.Data.Demo;
using DataStrategy.Web.Tests.Infrastructure;

namespace DataStrategy.Web.Tests;

public sealed class SecurityTests : IDisposable
{
    private readonly DssApp _app = new();

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("/o/ville-de-demo/stakeholders")]
    [InlineData("/o/ville-de-demo/stakeholders/export?format=csv")]
    [InlineData("/o/ville-de-demo/stakeholders/export?format=xlsx")]
    [InlineData("/o/ville-de-demo/audit")]
    public async Task PersonalData_SignedIn_IsNotStoredByTheBrowser(string url)
    {
        var client = await _app.LeadAsync();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, $"{url}: Cache-Control {response.Headers.CacheControl}");
    }

    [Fact]
    public async Task PublicFeed_KeepsItsOwnCaching_ForAnonymousAndSignedInReaders()
    {
        var anonymous = await _app.Anonymous().GetAsync("/p/" + DemoSeeder.Slug + "/case-studies/feed.atom");
        var signedIn = await (await _app.LeadAsync()).GetAsync("/p/" + DemoSeeder.Slug + "/case-studies/feed.atom");

        Assert.Equal("public, max-age=300", anonymous.Headers.CacheControl?.ToString());
        Assert.Equal("public, max-age=300", signedIn.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("/account/login")]
    [InlineData("/o/ville-de-demo/stakeholders")]
    [InlineData("/does-not-exist")]
    public async Task Responses_CarryTheSecurityHeaders(string url)
    {
        var client = await _app.LeadAsync();

        var response = await client.GetAsync(url);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();

        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Theory]
    [InlineData("en", "Page not found")]
    [InlineData("fr", "Page introuvable")]
    [InlineData("nl", "Pagina niet gevonden")]
    public async Task UnknownPage_ShowsAFriendly404_InTheUsersLanguage(string language, string title)
    {
        var client = await _app.SignInAsync(DemoSeeder.LeadEmail, language: language);

        var response = await client.GetAsync("/o/ville-de-demo/nothing-here");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(title, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MalformedRequests_GetAFriendlyPage_WithoutTechnicalDetails()
    {
        var client = await _app.FacilitatorAsync();
        var token = await AuthorizationTests.AntiforgeryTokenAsync(client);
        using var content = new StringContent("%%%not-form-data");
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=zzz");
        content.Headers.Add("RequestVerificationToken", token);

        var response = await client.PostAsync("/o/ville-de-demo/stakeholders/import?handler=Upload", content);
        var html = await response.Content.ReadAsStringAsync();

        Assert.True((int)response.StatusCode is 200 or 400, $"status {(int)response.StatusCode}");
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" at DataStrategy", html, StringComparison.Ordinal);
        Assert.Contains("<h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_ReportsTheDatabase()
    {
        var response = await _app.Anonymous().GetAsync("/health");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", json.RootElement.GetProperty("checks").GetProperty("database").GetString());
    }

    [Fact]
    public async Task AuthCookie_IsHttpOnly()
    {
        var client = _app.Anonymous();
        var form = await client.GetFormAsync("/account/login");

        var response = await client.SubmitAsync(form, new() { ["Email"] = DemoSeeder.LeadEmail, ["Password"] = DemoSeeder.Password });
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("dss.auth=", StringComparison.Ordinal));

        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task DataProtectionKeys_AreStoredInTheDatabase_SoInstancesShareCookies()
    {
        await _app.LeadAsync();

        var keys = await _app.DbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.DataProtectionKeys));

        Assert.True(keys >= 1);
    }
}
