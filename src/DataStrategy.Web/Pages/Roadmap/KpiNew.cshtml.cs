using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Roadmap;

/// <summary>Defines a new outcome indicator.</summary>
[RequirePermission(Permission.EditRoadmap)]
public sealed class KpiNewModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : KpiFormModel(db, tenant, l)
{
    public override bool IsNew => true;

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadChoicesAsync();
        BaselineOn = DateInput(HttpContext.UtcToday());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadChoicesAsync();
        var kpi = new Kpi();
        if (!Apply(kpi))
        {
            return Page();
        }

        kpi.Position = (await Db.Kpis.Select(k => (int?)k.Position).MaxAsync() ?? 0) + 1;
        Db.Kpis.Add(kpi);
        await Db.SaveChangesAsync();
        Flash(L["The indicator was saved."]);
        return Redirect(OrgUrl("/roadmap/kpis/" + kpi.Id));
    }
}
