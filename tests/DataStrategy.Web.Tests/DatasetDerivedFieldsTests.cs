using DataStrategy.Core.Inventory;
using DataStrategy.Core.Text;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Web.Tests;

/// <summary>The save keeps a dataset's review day, stale moment and search text, whoever writes it.</summary>
public class DatasetDerivedFieldsTests
{
    [Fact]
    public async Task Save_NewDataset_SetsReviewDayStaleMomentAndSearchText()
    {
        using var app = new DssApp();
        var org = await app.DemoOrganisationIdAsync();
        var created = new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);
        var id = await app.DbAsync(
            async db =>
            {
                var d = new Dataset
                {
                    Slug = "derived-" + Guid.NewGuid().ToString("N")[..8],
                    Title = LocalizedText.Of("Arbres d'alignement", "Straatbomen"),
                    Keywords = LocalizedText.Of("Écologie, espaces verts"),
                    SourceSystem = "ArcGIS",
                    Frequency = "MONTHLY",
                    CreatedAt = created,
                    LastUpdatedAt = created.AddDays(10),
                    ReviewMonths = 6,
                };
                db.Datasets.Add(d);
                await db.SaveChangesAsync();
                return d.Id;
            },
            org);

        var saved = await app.DbAsync(db => db.Datasets.AsNoTracking().SingleAsync(d => d.Id == id), org);
        Assert.Equal(new DateOnly(2025, 9, 1), saved.NextReviewOn);
        Assert.Equal(created.AddDays(10 + 31 + DatasetRules.StaleGraceDays), saved.StaleAfter);
        Assert.Contains("arbres d'alignement", saved.SearchText, StringComparison.Ordinal);
        Assert.Contains("ecologie", saved.SearchText, StringComparison.Ordinal);
        Assert.Contains("arcgis", saved.SearchText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_ReviewedAndFrequencyChanged_MovesTheReviewDayAndClearsStaleness()
    {
        using var app = new DssApp();
        var org = await app.DemoOrganisationIdAsync();
        var created = new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);
        var id = await app.DbAsync(
            async db =>
            {
                var d = new Dataset { Slug = "derived-" + Guid.NewGuid().ToString("N")[..8], Title = LocalizedText.Of("Budget"), Frequency = "ANNUAL", CreatedAt = created };
                db.Datasets.Add(d);
                await db.SaveChangesAsync();
                return d.Id;
            },
            org);

        await app.DbAsync(
            async db =>
            {
                var d = await db.Datasets.SingleAsync(x => x.Id == id);
                d.LastReviewedAt = new DateTimeOffset(2026, 2, 15, 12, 0, 0, TimeSpan.Zero);
                d.Frequency = "IRREG";
                d.Title = LocalizedText.Of("Budget communal");
                return await db.SaveChangesAsync();
            },
            org);

        var saved = await app.DbAsync(db => db.Datasets.AsNoTracking().SingleAsync(d => d.Id == id), org);
        Assert.Equal(new DateOnly(2027, 2, 15), saved.NextReviewOn);
        Assert.Null(saved.StaleAfter);
        Assert.StartsWith("budget communal", saved.SearchText, StringComparison.Ordinal);
    }
}
