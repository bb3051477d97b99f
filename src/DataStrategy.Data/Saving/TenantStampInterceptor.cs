using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DataStrategy.Data.Saving;

/// <summary>
/// Before every save: a new tenant-owned row takes the current organisation, a changed row loaded for one organisation
/// may not be written under another, and every changed editable row gets a new concurrency token.
/// </summary>
internal sealed class TenantStampInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Stamp(DbContext? context)
    {
        if (context is not AppDbContext db)
        {
            return;
        }

        var current = db.CurrentOrganisationId;
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            if (entry.Entity is ITenantOwned owned && current is { } organisation)
            {
                if (entry.State == EntityState.Added && owned.OrganisationId == Guid.Empty)
                {
                    owned.OrganisationId = organisation;
                }
                else if (entry.State != EntityState.Added && owned.OrganisationId != organisation)
                {
                    // Defence in depth: nothing loaded for one organisation may be written under another.
                    throw new InvalidOperationException("Cross-organisation write refused.");
                }
            }

            if (entry.Entity is IVersioned versioned && entry.State == EntityState.Modified)
            {
                versioned.Version = Guid.NewGuid();
            }
        }
    }
}
