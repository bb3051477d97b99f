using DataStrategy.Data;
using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Web.Pages.Datasets;

/// <summary>
/// "Reviewed" and "refreshed" as one-click writes from the page and the API: the change is saved through the tracked
/// entity (audited, derived dates kept), and when someone else saved the same row at the same moment it is read
/// again and, unless their save already did it, applied again — so that concurrent clicks all succeed.
/// </summary>
public static class DatasetStewardship
{
    private const int Attempts = 8;

    /// <summary>Sets <see cref="Dataset.LastReviewedAt"/>; a review recorded in the last minute counts as done.</summary>
    public static Task<Dataset?> MarkReviewedAsync(AppDbContext db, string slug, DateTimeOffset now, CancellationToken cancellationToken) =>
        ChangeAsync(db, slug, d => d.LastReviewedAt >= now.AddMinutes(-1), d => (d.LastReviewedAt, d.UpdatedAt) = (now, now), cancellationToken);

    /// <summary>Sets <see cref="Dataset.LastUpdatedAt"/> to <paramref name="updatedAt"/>; the same refresh reported within a minute counts as done.</summary>
    public static Task<Dataset?> MarkRefreshedAsync(AppDbContext db, string slug, DateTimeOffset updatedAt, DateTimeOffset now, CancellationToken cancellationToken) =>
        ChangeAsync(db, slug, d => d.LastUpdatedAt is { } last && Math.Abs((last - updatedAt).TotalMinutes) < 1, d => (d.LastUpdatedAt, d.UpdatedAt) = (updatedAt, now), cancellationToken);

    private static async Task<Dataset?> ChangeAsync(AppDbContext db, string slug, Func<Dataset, bool> done, Action<Dataset> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var dataset = await db.Datasets.SingleOrDefaultAsync(d => d.Slug == slug, cancellationToken);
            if (dataset is null || done(dataset))
            {
                return dataset;
            }

            change(dataset);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return dataset;
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                db.Entry(dataset).State = EntityState.Detached;
            }
        }
    }
}
