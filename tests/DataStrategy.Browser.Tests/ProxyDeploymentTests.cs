using System.Net;
using System.Text.RegularExpressions;
using DataStrategy.Data.Demo;
using Microsoft.Playwright;

namespace DataStrategy.Browser.Tests;

/// <summary>
/// The proxy tier (scripts/test.sh runs it on its own): one journey through nginx and two instances on PostgreSQL,
/// as a city runs it (docs/deploy.md).
/// </summary>
[Trait("Tier", "proxy")]
public sealed partial class ProxyDeploymentTests(ProxyDeployment deployment) : IClassFixture<ProxyDeployment>
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [Fact]
    public async Task ThroughNginx_TwoInstances_SignIn_Workshop_Limits_AndAnInstanceKilled()
    {
        // Signed in through the proxy: the cookie is Secure, links are https:// with the public address.
        var facilitator = await deployment.NewPageAsync(deployment.InstanceUrls[0]);
        await SignInAsync(facilitator, DemoSeeder.FacilitatorEmail);
        var cookie = (await facilitator.Context.CookiesAsync()).Single(c => c.Name == "dss.auth");
        Assert.True(cookie.Secure, "the sign-in cookie is not Secure behind the TLS proxy");
        Assert.True(cookie.HttpOnly);

        // A role lowered on instance A is refused on instance B, which had the page kept and the membership
        // remembered (for up to a minute here): B hears the change from PostgreSQL (ADR 0039).
        var lead = await deployment.NewPageAsync(deployment.InstanceUrls[0]);
        await SignInAsync(lead, DemoSeeder.LeadEmail);
        await lead.GotoAsync("/o/ville-de-demo/members");
        var onB = await deployment.NewPageAsync(deployment.InstanceUrls[1]);
        await SignInAsync(onB, DemoSeeder.FacilitatorEmail);
        const string list = "/o/ville-de-demo/stakeholders";
        string? kept = null;
        for (var i = 0; i < 5 && kept != "hit"; i++)
        {
            // The minute can turn between two visits: a few tries.
            kept = await (await onB.GotoAsync(list))!.HeaderValueAsync("x-page-cache");
        }

        Assert.Equal("hit", kept);
        await ChangeRoleAsync(lead, DemoSeeder.FacilitatorEmail, "Viewer");
        var changed = System.Diagnostics.Stopwatch.StartNew();
        while ((await onB.GotoAsync(list))!.Status != 403)
        {
            Assert.True(changed.Elapsed < TimeSpan.FromSeconds(5), "instance B still serves the old role 5 s after the change on A");
            await Task.Delay(20);
        }

        await ChangeRoleAsync(lead, DemoSeeder.FacilitatorEmail, "Facilitator");
        await lead.CloseAsync();
        await onB.CloseAsync();

        // A workshop presented from instance A ...
        await facilitator.GotoAsync("/o/ville-de-demo/campaigns");
        await facilitator.GetByTestId("campaign-table").GetByRole(AriaRole.Link, new() { Name = DemoAssessment.CampaignName, Exact = true }).First.ClickAsync();
        await facilitator.GotoAsync(facilitator.Url + "/workshops");
        foreach (var language in new[] { "French", "Dutch", "English" })
        {
            await facilitator.GetByLabel("Title in " + language, new() { Exact = true }).FillAsync("Atelier proxy");
        }

        await facilitator.GetByLabel("Votes per participant").FillAsync("3");
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Create the workshop" }).ClickAsync();
        await facilitator.WaitForURLAsync(new Regex("/present$"));
        var joinText = await facilitator.GetByTestId("join-code").InnerTextAsync();
        Assert.Contains(deployment.PublicUrl + "/w", joinText, StringComparison.Ordinal);
        var code = (await facilitator.GetByTestId("join-code").Locator(".code").InnerTextAsync()).Trim();

        // ... joined by two phones on instance B, counted live on A's screen.
        for (var i = 0; i < 2; i++)
        {
            var phone = await deployment.NewPageAsync(deployment.InstanceUrls[1]);
            await phone.SetViewportSizeAsync(390, 844);
            await phone.GotoAsync("/w");
            await phone.GetByLabel("Code shown on the screen").FillAsync(code);
            await phone.GetByRole(AriaRole.Button, new() { Name = "Join", Exact = true }).ClickAsync();
            await Assertions.Expect(phone.GetByTestId("participant")).ToBeVisibleAsync();
        }

        await Assertions.Expect(facilitator.Locator("[data-live='participants']")).ToHaveTextAsync("2", new() { Timeout = 20_000 });

        // Two clients behind the proxy have their own sign-in limit, counted across both instances.
        using var first = deployment.ClientFrom("127.0.0.2");
        using var second = deployment.ClientFrom("127.0.0.3");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= ProxyDeployment.LoginAttemptsPerMinute; i++)
        {
            statuses.Add(await FailedSignInAsync(first));
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.OK, ProxyDeployment.LoginAttemptsPerMinute).Append(HttpStatusCode.TooManyRequests), statuses);
        Assert.Equal(HttpStatusCode.OK, await FailedSignInAsync(second));

        // One instance dies: the proxy sends everyone to the other, and sessions carry on there.
        var reader = await deployment.NewPageAsync(deployment.PublicUrl);
        await SignInAsync(reader, DemoSeeder.LeadEmail);
        deployment.Kill(0);
        for (var i = 0; i < 6; i++)
        {
            var response = await reader.GotoAsync("/o/ville-de-demo/stakeholders");
            Assert.Equal(200, response!.Status);
            await Assertions.Expect(reader.GetByTestId("stakeholder-table")).ToBeVisibleAsync();
        }
    }

    private static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(DemoSeeder.Password);
        await page.Locator("main button[type=submit]").First.ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
    }

    /// <summary>Changes a member's role on the members page, and waits for the answer to the form.</summary>
    private static async Task ChangeRoleAsync(IPage members, string email, string role)
    {
        var row = members.GetByTestId("member-table").Locator("tr", new() { HasText = email });
        await row.Locator("select[name=role]").SelectOptionAsync(role);
        // The form answers with a redirect to the members page: its new copy is what comes back.
        var page = await members.RunAndWaitForResponseAsync(
            () => row.GetByRole(AriaRole.Button, new() { Name = "Change role" }).ClickAsync(),
            r => r.Request.Method == "GET" && r.Url.Contains("/members", StringComparison.Ordinal));
        Assert.Equal(200, page.Status);
        await members.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        await Assertions.Expect(members.GetByTestId("flash")).ToBeVisibleAsync();
        await Assertions.Expect(row.Locator("select[name=role]")).ToHaveValueAsync(role);
    }

    private static async Task<HttpStatusCode> FailedSignInAsync(HttpClient client)
    {
        var form = await client.GetStringAsync("/account/login");
        var token = AntiforgeryToken().Match(form).Groups[1].Value;
        using var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["Email"] = "nobody@example.org",
            ["Password"] = "not the password",
        }));
        return response.StatusCode;
    }
}
