using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Overview;

[RequirePermission(Permission.ViewOrganisation)]
public sealed class IndexModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    public int DepartmentCount { get; private set; }

    public int? StakeholderCount { get; private set; }

    public int? MemberCount { get; private set; }

    public List<(DepartmentKind Kind, int Count)> ByKind { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var kinds = await Db.Departments.GroupBy(d => d.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        ByKind = kinds.OrderBy(k => k.Key).Select(k => (k.Key, k.Count)).ToList();
        DepartmentCount = ByKind.Sum(k => k.Count);
        if (PermissionTable.Allows(Tenant.Role!.Value, Permission.ViewStakeholders))
        {
            StakeholderCount = await Db.Stakeholders.CountAsync(s => s.ErasedAt == null);
        }

        if (PermissionTable.Allows(Tenant.Role!.Value, Permission.ManageMembers))
        {
            MemberCount = await Db.Memberships.CountAsync();
        }
    }
}
