using DataStrategy.Core.Imports;
using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Data;

/// <summary>How imports find a department from a cell: its code or its name in any language, accents and case ignored.</summary>
public static class DepartmentLookup
{
    public static Dictionary<string, Guid> For(IEnumerable<Department> departments)
    {
        ArgumentNullException.ThrowIfNull(departments);
        var lookup = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var d in departments)
        {
            lookup.TryAdd(StakeholderImport.Normalize(d.Code), d.Id);
            foreach (var name in d.Name.Values.Values)
            {
                lookup.TryAdd(StakeholderImport.Normalize(name), d.Id);
            }
        }

        return lookup;
    }

    public static async Task<Dictionary<string, Guid>> LoadAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return For(await db.Departments.AsNoTracking().ToListAsync(cancellationToken));
    }
}
