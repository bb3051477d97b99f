using DataStrategy.Core.Strategy;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Strategies;

/// <summary>One frozen version, read as its readers will read it.</summary>
[RequirePermission(Permission.ViewStrategy)]
public sealed class VersionModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    [FromRoute]
    public int Number { get; set; }

    public StrategyVersion Row { get; private set; } = null!;

    public StrategyView View { get; private set; } = null!;

    public List<StrategyApproval> Approvals { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var row = await Db.StrategyVersions.AsNoTracking().SingleOrDefaultAsync(v => v.Number == Number);
        if (row is null)
        {
            return NotFound();
        }

        Row = row;
        Approvals = await Db.StrategyApprovals.AsNoTracking().Where(a => a.VersionId == row.Id).OrderBy(a => a.At).ToListAsync();
        View = await StrategyViews.ForMembersAsync(Db, StrategySnapshot.FromJson(row.Snapshot), Lang, Can(Permission.ViewStakeholders), null);
        return Page();
    }
}
