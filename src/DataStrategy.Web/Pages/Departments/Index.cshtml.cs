using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Departments;

[RequirePermission(Permission.ViewDepartments)]
public sealed class IndexModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    public sealed record Row(Department Department, int StakeholderCount);

    public List<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var departments = await Db.Departments.AsNoTracking().ToListAsync();
        var counts = await Db.Stakeholders.Where(s => s.DepartmentId != null && s.ErasedAt == null)
            .GroupBy(s => s.DepartmentId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        Rows = departments
            .Select(d => new Row(d, counts.GetValueOrDefault(d.Id)))
            .OrderBy(r => r.Department.Kind).ThenBy(r => r.Department.Name.Get(Lang), StringComparer.CurrentCulture)
            .ToList();
    }
}
