using System.Net;
using DataStrategy.Core.Text;
using DataStrategy.Data.Demo;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Web.Tests;

/// <summary>The catalogue settings (contact address, homepage, Belgian profile) and the list of datasets the profile leaves out.</summary>
public sealed class CatalogueSettingsTests : IDisposable
{
    private const string Settings = "/o/" + DemoSeeder.Slug + "/settings";

    private readonly DssApp _app = new();

    public void Dispose() => _app.Dispose();

    private Task<Organisation> StoredAsync() => _app.DbAsync(db => db.Organisations.AsNoTracking().SingleAsync(o => o.Slug == DemoSeeder.Slug));

    [Fact]
    public async Task CatalogueSettings_AreSaved_AndTheProfileListsWhatEachDatasetLacks()
    {
        var org = await _app.DemoOrganisationIdAsync();
        await _app.DbAsync(async db =>
        {
            db.Datasets.Add(new Dataset
            {
                OrganisationId = org,
                Slug = "sans-allemand",
                Title = LocalizedText.Of(fr: "Sans titre allemand", nl: "Zonder Duitse titel", en: "No German title"),
                Description = LocalizedText.Of(fr: "Description", nl: "Beschrijving", en: "Description", de: "Beschreibung"),
                Themes = ["ECON"],
                AccessRight = "PUBLIC",
                Published = true,
            });
            return await db.SaveChangesAsync();
        }, org);
        var lead = await _app.LeadAsync();
        var form = await lead.GetFormAsync(Settings, "Catalogue");

        var response = await lead.SubmitAsync(form, new() { ["CatalogueContactEmail"] = " opendata@ville.example ", ["Homepage"] = "https://www.ville.example", ["BelgianCatalogueProfile"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await StoredAsync();
        Assert.True(stored.BelgianCatalogueProfile);
        Assert.Equal("opendata@ville.example", stored.CatalogueContactEmail);
        Assert.Equal("https://www.ville.example", stored.Homepage);
        var page = await lead.GetDocumentAsync(Settings);
        var leftOut = page.QuerySelector("[data-testid=catalogue-left-out]")!.TextContent;
        Assert.Contains("No German title", leftOut, StringComparison.Ordinal);
        Assert.Contains("Missing title in German", leftOut, StringComparison.Ordinal);
        Assert.Contains("No licence", leftOut, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("[data-testid=catalogue-contact-missing]"));
    }

    [Theory]
    [InlineData("CatalogueContactEmail", "not-an-address")]
    [InlineData("CatalogueContactEmail", "a@b.example, c@d.example")]
    [InlineData("CatalogueContactEmail", "x@y.example>\n<script>alert(1)</script>")]
    [InlineData("Homepage", "javascript:alert(1)")]
    [InlineData("Homepage", "ftp://files.example")]
    [InlineData("Homepage", "www.ville.example")]
    public async Task CatalogueSettings_HostileOrMalformedInput_IsRefused_AndNothingIsStored(string field, string value)
    {
        var lead = await _app.LeadAsync();
        var form = await lead.GetFormAsync(Settings, "Catalogue");

        var response = await lead.SubmitAsync(form, new() { [field] = value, ["BelgianCatalogueProfile"] = "true" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("field-error", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        var stored = await StoredAsync();
        Assert.False(stored.BelgianCatalogueProfile);
        Assert.Equal("opendata@ville-de-demo.example", stored.CatalogueContactEmail);
        Assert.Equal("https://www.ville-de-demo.example/", stored.Homepage);
    }

    [Fact]
    public async Task CatalogueSettings_HugeHomepage_IsRefused()
    {
        var lead = await _app.LeadAsync();
        var form = await lead.GetFormAsync(Settings, "Catalogue");

        var response = await lead.SubmitAsync(form, new() { ["Homepage"] = "https://example.org/" + new string('a', 100_000) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("https://www.ville-de-demo.example/", (await StoredAsync()).Homepage);
    }

    [Fact]
    public async Task CatalogueSettings_32ConcurrentSaves_OneWinsTheOthersAreToldNoServerError()
    {
        var lead = await _app.LeadAsync();
        var form = await lead.GetFormAsync(Settings, "Catalogue");

        var responses = await Task.WhenAll(Enumerable.Range(0, 32).Select(i =>
            lead.SubmitAsync(form, new() { ["CatalogueContactEmail"] = $"opendata{i}@ville.example", ["BelgianCatalogueProfile"] = i % 2 == 0 ? "true" : "false" })));

        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, r.StatusCode.ToString()));
        var winners = responses.Count(r => r.StatusCode == HttpStatusCode.Redirect);
        Assert.Equal(1, winners);
        foreach (var loser in responses.Where(r => r.StatusCode == HttpStatusCode.OK))
        {
            Assert.Contains("Someone else changed this record", await loser.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Matches("^opendata[0-9]+@ville\\.example$", (await StoredAsync()).CatalogueContactEmail!);
    }
}
