using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DataStrategy.Data.Saving;

/// <summary>
/// Before a save, sets each added or changed dataset's next review day, stale moment and search text from the fields they follow,
/// so that the page, the import, the API and the CLI cannot forget it and lists filter on plain indexed columns.
/// </summary>
internal sealed class DatasetScheduleInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Update(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Update(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Update(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries<Dataset>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                entry.Entity.UpdateDerived();
            }
        }
    }
}
