using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Web.Tests.Infrastructure;

public static class InventoryHelpers
{
    /// <summary>
    /// Removes the demo's datasets and records of processing, for tests that count, page or name datasets of their
    /// own in the demo organisation (the demo's KPIs lose their source dataset with them).
    /// </summary>
    public static async Task RemoveDemoInventoryAsync(this DssApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var org = await app.DemoOrganisationIdAsync();
        await app.DbAsync(
            async db =>
            {
                db.SuppressAudit = true;
                foreach (var kpi in await db.Kpis.Where(k => k.SourceDatasetId != null).ToListAsync())
                {
                    kpi.SourceDatasetId = null;
                }

                db.ProcessingRecords.RemoveRange(await db.ProcessingRecords.ToListAsync());
                var datasets = await db.Datasets.ToListAsync();
                foreach (var d in datasets)
                {
                    d.DuplicatesId = null;
                }

                await db.SaveChangesAsync();
                db.Datasets.RemoveRange(datasets);
                return await db.SaveChangesAsync();
            },
            org);
    }
}
