using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Data.Roadmaps;

public static class RoadmapWorkspace
{
    /// <summary>The organisation's roadmap, created on first use starting next month.</summary>
    public static async Task<Roadmap> EnsureAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var roadmap = await db.Roadmaps.SingleOrDefaultAsync(cancellationToken);
        if (roadmap is not null)
        {
            return roadmap;
        }

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        roadmap = new Roadmap { StartMonth = Months.First(today).AddMonths(1) };
        db.Roadmaps.Add(roadmap);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request created it first.
            db.Entry(roadmap).State = EntityState.Detached;
            roadmap = await db.Roadmaps.SingleAsync(cancellationToken);
        }

        return roadmap;
    }

    /// <summary>The next free initiative code ("I-01", "I-02", …).</summary>
    public static async Task<string> NextCodeAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var codes = await db.Initiatives.Select(i => i.Code).ToListAsync(cancellationToken);
        var taken = new HashSet<string>(codes, StringComparer.OrdinalIgnoreCase);
        for (var n = codes.Count + 1; ; n++)
        {
            var code = "I-" + n.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
            if (!taken.Contains(code))
            {
                return code;
            }
        }
    }
}
