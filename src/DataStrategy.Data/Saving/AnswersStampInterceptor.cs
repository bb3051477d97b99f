using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DataStrategy.Data.Saving;

/// <summary>
/// After a save that changed answers or responses, renews the answers stamp of their campaigns: the analysis cache is
/// keyed by it, on every app instance (ADR 0010).
/// </summary>
internal sealed class AnswersStampInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Take(eventData.Context) is { } touched)
        {
            touched.Db.TouchAnswersAsync(touched.Campaigns).GetAwaiter().GetResult();
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Take(eventData.Context) is { } touched)
        {
            await touched.Db.TouchAnswersAsync(touched.Campaigns, cancellationToken);
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Take(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Take(eventData.Context);
        return Task.CompletedTask;
    }

    private static void Collect(DbContext? context)
    {
        if (context is not AppDbContext db)
        {
            return;
        }

        var entries = db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();
        // A campaign added in the same save already carries a fresh stamp.
        var added = entries.Where(e => e.State == EntityState.Added && e.Entity is Campaign).Select(e => ((Campaign)e.Entity).Id).ToHashSet();
        db.CampaignsToTouch = entries
            .Select(e => e.Entity switch
            {
                Answer a => a.CampaignId,
                CampaignResponse r => r.CampaignId,
                _ => Guid.Empty,
            })
            .Where(id => id != Guid.Empty && !added.Contains(id))
            .Distinct()
            .ToList();
    }

    private static (AppDbContext Db, List<Guid> Campaigns)? Take(DbContext? context)
    {
        if (context is not AppDbContext { CampaignsToTouch: { Count: > 0 } campaigns } db)
        {
            return null;
        }

        db.CampaignsToTouch = null;
        return (db, campaigns);
    }
}
