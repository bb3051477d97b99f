using System.Net;
using DataStrategy.Data.Demo;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace DataStrategy.Web.Tests;

/// <summary>
/// Signing out, a new password, a removal or a lower role end the account's other sessions (another browser, a
/// copied cookie) within a minute — not when the eight-hour cookie runs out.
/// </summary>
public sealed class SessionEndTests
{
    private static readonly string Home = "/o/" + DemoSeeder.Slug;

    [Fact]
    public async Task SigningOut_EndsTheAccountsOtherSessions_WithinAMinute()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var app = new DssApp(clock: clock);
        var laptop = await app.LeadAsync();
        var phone = await app.LeadAsync();

        await SignOutAsync(laptop);

        Assert.True(await SignedInAsync(phone), "Within the minute the other session may still answer.");
        clock.Advance(TimeSpan.FromSeconds(61));
        Assert.False(await SignedInAsync(phone));
        Assert.False(await SignedInAsync(laptop));
        Assert.True(await SignedInAsync(await app.LeadAsync()), "Signing in again works.");
    }

    [Fact]
    public async Task ANewPassword_KeepsThisSession_AndEndsTheOthers()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var app = new DssApp(clock: clock);
        var laptop = await app.LeadAsync();
        var phone = await app.LeadAsync();
        var form = await laptop.GetFormAsync("/account/password");

        var wrong = await laptop.SubmitAsync(form, new() { ["CurrentPassword"] = "not the password", ["NewPassword"] = "a new long passphrase", ["ConfirmPassword"] = "a new long passphrase" });
        Assert.Contains("The current password is not correct.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var mismatch = await laptop.SubmitAsync(form, new() { ["CurrentPassword"] = DemoSeeder.Password, ["NewPassword"] = "a new long passphrase", ["ConfirmPassword"] = "another one entirely" });
        Assert.Contains("The two new passwords are not the same.", await mismatch.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var changed = await laptop.SubmitAsync(form, new() { ["CurrentPassword"] = DemoSeeder.Password, ["NewPassword"] = "a new long passphrase", ["ConfirmPassword"] = "a new long passphrase" });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        clock.Advance(TimeSpan.FromSeconds(61));
        Assert.True(await SignedInAsync(laptop));
        Assert.False(await SignedInAsync(phone));
        Assert.True(await SignedInAsync(await app.SignInAsync(DemoSeeder.LeadEmail, "a new long passphrase")));
    }

    [Theory]
    [InlineData("Remove")]
    [InlineData("Role")]
    public async Task RemovingAMember_OrTakingARoleAway_EndsTheirSessions(string handler)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var app = new DssApp(clock: clock);
        var lead = await app.LeadAsync();
        var facilitator = await app.FacilitatorAsync();
        var member = await app.DbAsync(db => db.Memberships.IgnoreQueryFilters().Where(m => m.User!.Email == DemoSeeder.FacilitatorEmail).Select(m => new { m.Id, m.Version }).SingleAsync());
        var form = await lead.GetFormAsync(Home + "/members", handler);

        var response = await lead.SubmitAsync(form, new() { ["id"] = member.Id.ToString(), ["version"] = member.Version.ToString(), ["role"] = nameof(MemberRole.Viewer) });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        clock.Advance(TimeSpan.FromSeconds(61));
        Assert.False(await SignedInAsync(facilitator, "/"));
        Assert.True(await SignedInAsync(lead));
    }

    private static async Task SignOutAsync(HttpClient client)
    {
        var doc = await client.GetDocumentAsync(Home);
        var token = doc.QuerySelector("form.logout input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await client.PostAsync("/account/logout", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static async Task<bool> SignedInAsync(HttpClient client, string url = "")
    {
        var response = await client.GetAsync(url.Length == 0 ? Home : url);
        if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/account/login", StringComparison.Ordinal))
        {
            return false;
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return true;
    }
}
