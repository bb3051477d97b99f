using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Stakeholders;

[RequirePermission(Permission.ViewStakeholders)]
[CachedPage]
public sealed class IndexModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Department { get; set; }

    [BindProperty(SupportsGet = true)]
    public int P { get; set; } = 1;

    public List<Department> Departments { get; private set; } = [];

    public List<Stakeholder> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync()
    {
        Departments = (await Db.Departments.AsNoTracking().ToListAsync()).OrderBy(d => d.Name.Get(Lang), StringComparer.CurrentCulture).ToList();
        var query = StakeholderQuery.Filter(Db.Stakeholders.AsNoTracking(), Q, Department);
        Total = await query.CountAsync();
        P = Math.Clamp(P, 1, PageCount);
        Rows = await query.Include(s => s.Department).OrderBy(s => s.ErasedAt != null).ThenBy(s => s.Name)
            .Skip((P - 1) * PageSize).Take(PageSize).ToListAsync();
    }
}
