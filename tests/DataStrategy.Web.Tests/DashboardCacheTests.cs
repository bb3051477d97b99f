using System.Net;
using DataStrategy.Core.Text;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Tests.Infrastructure;

namespace DataStrategy.Web.Tests;

/// <summary>The cached analysis follows changes that are not answers: departments added after a first view.</summary>
public sealed class DashboardCacheTests : IDisposable
{
    private readonly DssApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Dashboard_DepartmentAddedAfterAFirstView_ShowsItWithoutError()
    {
        var campaign = await _app.DemoCampaignAsync();
        var client = await _app.LeadAsync();
        var url = $"/o/{Data.Demo.DemoSeeder.Slug}/campaigns/{campaign}/dashboard";
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        var org = await _app.DemoOrganisationIdAsync();
        await _app.DbAsync(
            async db =>
            {
                db.Departments.Add(new Department { Code = "NEW", Name = LocalizedText.Of("Service ajouté après coup", "Later toegevoegde dienst", "Department added later"), Kind = DepartmentKind.Business });
                return await db.SaveChangesAsync();
            },
            org);

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Department added later", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
