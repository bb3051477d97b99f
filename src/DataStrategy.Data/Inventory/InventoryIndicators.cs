using DataStrategy.Core.Inventory;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Data.Inventory;

/// <summary>
/// Counts the data inventory's indicators of the current organisation (the context's tenant filter applies) for the
/// cockpit and the maturity report: one narrow query of the datasets, judged by <see cref="InventoryFigures"/>.
/// </summary>
public static class InventoryIndicators
{
    public static async Task<InventoryFigures> ComposeAsync(AppDbContext db, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var departments = await db.Departments.AsNoTracking().Select(d => d.Id).ToListAsync(cancellationToken);
        var rows = await db.Datasets.AsNoTracking()
            .Select(d => new InventoryFigureRow(
                d.DepartmentId,
                d.OwnerId != null,
                d.StewardId != null,
                d.LastReviewedAt,
                d.NextReviewOn,
                d.StaleAfter,
                d.Published,
                d.AuthenticSource,
                d.DuplicatesId != null))
            .ToListAsync(cancellationToken);
        return InventoryFigures.Compute(rows, departments, now);
    }
}
