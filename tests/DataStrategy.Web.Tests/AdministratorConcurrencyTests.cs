using System.Net;
using DataStrategy.Data.Demo;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Web.Tests;

/// <summary>
/// The last administrator is protected by the database: two administrators who demote or remove each other at the
/// same moment (16 requests each, 32 at once) leave at least one administrator.
/// </summary>
public sealed class AdministratorConcurrencyTests
{
    [Theory]
    [InlineData("Role")]
    [InlineData("Remove")]
    public async Task TwoAdministrators_TakingEachOtherAway_AtOnce_LeaveOne(string handler)
    {
        using var app = new DssApp();
        await app.DbAsync(async db =>
        {
            var facilitator = await db.Memberships.IgnoreQueryFilters().SingleAsync(m => m.User!.Email == DemoSeeder.FacilitatorEmail);
            facilitator.Role = MemberRole.Administrator;
            return await db.SaveChangesAsync();
        });
        var members = await app.DbAsync(db => db.Memberships.IgnoreQueryFilters().Where(m => m.Role == MemberRole.Administrator)
            .Select(m => new { m.Id, m.Version, m.User!.Email }).ToListAsync());
        Assert.Equal(2, members.Count);
        var lead = await app.LeadAsync();
        var other = await app.SignInAsync(members.Single(m => m.Email != DemoSeeder.LeadEmail).Email!);

        // Both read the page first, as two people would; then all 32 requests leave together.
        var sends = new List<Func<Task<HttpResponseMessage>>>();
        foreach (var (client, target) in new[] { (lead, members.Single(m => m.Email != DemoSeeder.LeadEmail)), (other, members.Single(m => m.Email == DemoSeeder.LeadEmail)) })
        {
            var form = HttpClientExtensions.FormOf(await client.GetDocumentAsync($"/o/{DemoSeeder.Slug}/members"), "/members", handler);
            for (var i = 0; i < 16; i++)
            {
                sends.Add(() => client.SubmitAsync(form, new() { ["id"] = target.Id.ToString(), ["version"] = target.Version.ToString(), ["role"] = "Viewer" }));
            }
        }

        var requests = sends.Select(send => send()).ToList();
        var responses = await Task.WhenAll(requests);

        Assert.DoesNotContain(responses, r => (int)r.StatusCode >= 500);
        var administrators = await app.DbAsync(db => db.Memberships.IgnoreQueryFilters().CountAsync(m => m.Role == MemberRole.Administrator));
        Assert.Equal(1, administrators);
        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.Redirect);
    }
}
