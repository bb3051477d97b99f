using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using DataStrategy.Data;
using DataStrategy.Data.Demo;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Web.Tests.Infrastructure;

/// <summary>What the analysis, findings, workshop and report tests share: the demo campaigns, CSV and DOCX reading.</summary>
public static class AnalysisHelpers
{
    public const string DemoOrg = "/o/" + DemoSeeder.Slug;

    /// <summary>Every demo stakeholder's name (the people interviewed in the demo campaign).</summary>
    public static readonly string[] StakeholderNames =
    [
        "Sophie Lambert", "Pieter Janssens", "Isabelle Martin", "Koen De Smet", "Amélie Rousseau", "Jan Verstraeten",
        "Youssef Benali", "Lotte Wouters", "Julien Mertens", "Els Claes", "Fatima Ouali", "Bart Goossens",
        "Nathalie Leclercq", "Wim Van Damme", "Catherine Dupont", "Hanne Jacobs", "Olivier Lemaire", "Sarah Maes",
        "Marc Van den Bossche", "Anne-Marie Collard",
    ];

    public static async Task<T> InDemoAsync<T>(this DssApp app, Func<AppDbContext, Task<T>> query) =>
        await app.DbAsync(query, await app.DemoOrganisationIdAsync());

    /// <summary>The demo's baseline campaign (the one with findings; the earlier 2024 campaign is its comparison).</summary>
    public static Task<Guid> DemoCampaignAsync(this DssApp app) =>
        app.InDemoAsync(db => db.Campaigns.Where(c => c.Name == DemoAssessment.CampaignNames).Select(c => c.Id).SingleAsync());

    public static Task SetMinGroupSizeAsync(this DssApp app, Guid campaignId, int k) =>
        app.InDemoAsync(async db =>
        {
            var campaign = await db.Campaigns.SingleAsync(c => c.Id == campaignId);
            campaign.MinGroupSize = k;
            return await db.SaveChangesAsync();
        });

    /// <summary>
    /// The demo department with the fewest respondents in the campaign (at least one), and a k above
    /// that number: the campaign is set to it, so filtering to the department is under k.
    /// </summary>
    public static async Task<(Guid Department, int K)> TinyDepartmentAsync(this DssApp app, Guid campaignId)
    {
        var counts = await app.InDemoAsync(db => db.Responses
            .Where(r => r.CampaignId == campaignId && r.DepartmentId != null && r.Status != DataStrategy.Data.Entities.ResponseStatus.Cancelled)
            .GroupBy(r => r.DepartmentId!.Value)
            .Select(g => new { g.Key, N = g.Count() })
            .ToListAsync());
        var smallest = counts.OrderBy(c => c.N).ThenBy(c => c.Key).First();
        var current = await app.InDemoAsync(db => db.Campaigns.Where(c => c.Id == campaignId).Select(c => c.MinGroupSize).SingleAsync());
        var k = Math.Max(current, smallest.N + 1);
        Assert.True(k <= 50, $"the smallest department has {smallest.N} respondents");
        await app.SetMinGroupSizeAsync(campaignId, k);
        return (smallest.Key, k);
    }

    /// <summary>A CSV download as rows of cells (header first), read as a spreadsheet would, UTF-8 BOM removed.</summary>
    public static List<string[]> ReadCsv(byte[] bytes, string delimiter)
    {
        var text = new UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF');
        using var reader = new StringReader(text);
        using var csv = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = delimiter });
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add(csv.Record!);
        }

        return rows;
    }

    /// <summary>The text of a Word document's body, one line per paragraph.</summary>
    public static string DocxText(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        var body = document.MainDocumentPart!.Document.Body!;
        var parts = body.Descendants<Paragraph>().Select(p => p.InnerText).ToList();
        foreach (var header in document.MainDocumentPart.HeaderParts)
        {
            parts.AddRange(header.Header.Descendants<Paragraph>().Select(p => p.InnerText));
        }

        foreach (var footer in document.MainDocumentPart.FooterParts)
        {
            parts.AddRange(footer.Footer.Descendants<Paragraph>().Select(p => p.InnerText));
        }

        return string.Join('\n', parts);
    }

    public static bool HasDigit(string text) => text.Any(char.IsAsciiDigit);
}
