using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Roadmap;

/// <summary>Edits or deletes an outcome indicator (its measurements go with it).</summary>
[RequirePermission(Permission.EditRoadmap)]
public sealed class KpiEditModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : KpiFormModel(db, tenant, l)
{
    [FromRoute]
    public Guid Id { get; set; }

    public override bool IsNew => false;

    public async Task<IActionResult> OnGetAsync()
    {
        var kpi = await Db.Kpis.AsNoTracking().SingleOrDefaultAsync(k => k.Id == Id);
        if (kpi is null)
        {
            return NotFound();
        }

        await LoadChoicesAsync();
        Fill(kpi);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var kpi = await Db.Kpis.SingleOrDefaultAsync(k => k.Id == Id);
        if (kpi is null)
        {
            return NotFound();
        }

        await LoadChoicesAsync();
        if (!Apply(kpi))
        {
            return Page();
        }

        Db.Entry(kpi).Property(k => k.Version).OriginalValue = Version;
        Db.Entry(kpi).State = EntityState.Modified;
        if (!await TrySaveAsync())
        {
            return Page();
        }

        Flash(L["The indicator was saved."]);
        return Redirect(OrgUrl("/roadmap/kpis/" + kpi.Id));
    }

    public async Task<IActionResult> OnPostDeleteAsync()
    {
        var kpi = await Db.Kpis.SingleOrDefaultAsync(k => k.Id == Id);
        if (kpi is null)
        {
            return NotFound();
        }

        ModelState.Clear();
        await LoadChoicesAsync();
        var posted = Version;
        Fill(kpi);
        Version = posted;
        Db.Entry(kpi).Property(k => k.Version).OriginalValue = posted;
        Db.Kpis.Remove(kpi);
        if (!await TrySaveAsync())
        {
            return Page();
        }

        Flash(L["The indicator was deleted."]);
        return Redirect(OrgUrl("/roadmap/kpis"));
    }
}
