using System.Net;
using DataStrategy.Data.Demo;
using DataStrategy.Web.Tests.Infrastructure;

namespace DataStrategy.Web.Tests;

/// <summary>
/// The deployment a city runs: a TLS reverse proxy at 127.0.0.1 in front (X-Forwarded-For / -Proto), a public address
/// (PublicBaseUrl) for every absolute link, limits per real client shared by all instances, health endpoints.
/// The proxy tier (tests/deploy) runs the same with nginx and two processes.
/// </summary>
public sealed class DeploymentTests
{
    private const string PublicBase = "https://data.example.brussels";
    private static readonly Dictionary<string, string?> Public = new() { ["PublicBaseUrl"] = PublicBase };

    [Fact]
    public async Task EveryAbsoluteLink_StartsWithThePublicAddress_WhateverTheHostHeader()
    {
        using var app = new DssApp(settings: Public);
        var visitor = app.AnonymousOverHttps();
        visitor.DefaultRequestHeaders.Host = "attacker.example";
        var lead = app.AnonymousOverHttps();
        Assert.Equal(HttpStatusCode.Redirect, (await lead.SubmitAsync(await lead.GetFormAsync("/account/login"), new() { ["Email"] = DemoSeeder.LeadEmail, ["Password"] = DemoSeeder.Password })).StatusCode);

        var feed = await visitor.GetStringAsync($"/p/{DemoSeeder.Slug}/case-studies/feed.atom");
        var page = await visitor.GetStringAsync($"/p/{DemoSeeder.Slug}/case-studies");
        var invite = await lead.SubmitAsync(await lead.GetFormAsync($"/o/{DemoSeeder.Slug}/members/invite"), new() { ["Email"] = "new.member@example.org", ["Role"] = "Viewer" });
        var link = (await invite.ParseAsync()).QuerySelector("[data-testid=invitation-link]")!.GetAttribute("value")!;

        Assert.Contains(PublicBase + "/p/" + DemoSeeder.Slug, feed, StringComparison.Ordinal);
        Assert.DoesNotContain("attacker.example", feed, StringComparison.Ordinal);
        Assert.Contains($"<link rel=\"canonical\" href=\"{PublicBase}/p/{DemoSeeder.Slug}/case-studies", page, StringComparison.Ordinal);
        Assert.StartsWith(PublicBase + "/account/invitation/", link, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BehindTheProxy_TheSignInCookieIsSecure_AndHstsIsSent_ButNotForAnUntrustedSender()
    {
        using var app = new DssApp();

        var proxied = await SignInThroughAsync(app.AnonymousOverHttps(), "127.0.0.1", "203.0.113.7", "https");
        var direct = await SignInThroughAsync(app.Anonymous(), null, null, null);
        var spoofed = await SignInThroughAsync(app.Anonymous(), "198.51.100.9", "203.0.113.7", "https");

        Assert.Contains("secure", AuthCookie(proxied), StringComparison.OrdinalIgnoreCase);
        Assert.True(proxied.Headers.Contains("Strict-Transport-Security"));
        Assert.DoesNotContain("secure", AuthCookie(direct), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", AuthCookie(spoofed), StringComparison.OrdinalIgnoreCase);
        Assert.False(spoofed.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task WithAnHttpsPublicAddress_PlainHttpIsRedirected_ButHealthIsNot()
    {
        using var app = new DssApp(settings: Public);
        var client = app.Anonymous();

        var login = await client.GetAsync("/account/login");
        var live = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.PermanentRedirect, login.StatusCode);
        Assert.StartsWith("https://", login.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        var secure = await SignInThroughAsync(app.AnonymousOverHttps(), "127.0.0.1", "203.0.113.7", "https");
        Assert.Equal(HttpStatusCode.Redirect, secure.StatusCode);
    }

    [Fact]
    public async Task TwoClientsBehindTheProxy_HaveTheirOwnSignInLimit()
    {
        using var app = new DssApp(loginAttemptsPerMinute: 3);

        var first = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            first.Add((await FailedSignInAsync(app, "203.0.113.1")).StatusCode);
        }

        var second = await FailedSignInAsync(app, "203.0.113.2");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], first);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }

    [Fact]
    public async Task TheSignInLimit_IsCountedForAllInstancesTogether()
    {
        using var one = new DssApp(loginAttemptsPerMinute: 3);
        using var two = new DssApp(loginAttemptsPerMinute: 3, settings: one.DatabaseSettings);

        var statuses = new List<HttpStatusCode>();
        foreach (var instance in new[] { one, two, one, two })
        {
            statuses.Add((await FailedSignInAsync(instance, "203.0.113.1")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.True((await FailedSignInAsync(two, "203.0.113.1")).Headers.RetryAfter is not null);
    }

    [Fact]
    public async Task Liveness_NeedsNoDatabase_Readiness_AsksIt()
    {
        using var app = new DssApp();
        var client = app.Anonymous();

        var live = await client.GetAsync("/health/live");
        var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Contains("\"checks\":{}", await live.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Contains("\"database\":\"Healthy\"", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> FailedSignInAsync(DssApp app, string client)
    {
        var http = app.Anonymous();
        http.DefaultRequestHeaders.Add(TestClientAddress.Header, "127.0.0.1");
        http.DefaultRequestHeaders.Add("X-Forwarded-For", client);
        var form = await http.GetFormAsync("/account/login");
        return await http.SubmitAsync(form, new() { ["Email"] = "x@y.example", ["Password"] = "nope-nope-nope" });
    }

    /// <param name="http">Over https:// when the browser is on https (behind the TLS proxy), as the Secure cookies need.</param>
    private static async Task<HttpResponseMessage> SignInThroughAsync(HttpClient http, string? connection, string? forwardedFor, string? forwardedProto)
    {
        if (connection is not null)
        {
            http.DefaultRequestHeaders.Add(TestClientAddress.Header, connection);
        }

        if (forwardedFor is not null)
        {
            // The name people use (HSTS is never sent for localhost).
            http.DefaultRequestHeaders.Host = "data.example.brussels";
            http.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
            http.DefaultRequestHeaders.Add("X-Forwarded-Proto", forwardedProto);
        }

        var form = await http.GetFormAsync("/account/login");
        return await http.SubmitAsync(form, new() { ["Email"] = DemoSeeder.LeadEmail, ["Password"] = DemoSeeder.Password });
    }

    private static string AuthCookie(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("dss.auth=", StringComparison.Ordinal));
}
