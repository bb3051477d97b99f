using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Strategies;

/// <summary>Every version of the strategy with its approvals; pick two to compare.</summary>
[RequirePermission(Permission.ViewStrategy)]
public sealed class VersionsModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    public List<StrategyVersion> Versions { get; private set; } = [];

    public ILookup<Guid, StrategyApproval> Approvals { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        Versions = await Db.StrategyVersions.AsNoTracking().OrderByDescending(v => v.Number).ToListAsync();
        Approvals = (await Db.StrategyApprovals.AsNoTracking().OrderBy(a => a.At).ToListAsync()).ToLookup(a => a.VersionId);
        return Page();
    }
}
