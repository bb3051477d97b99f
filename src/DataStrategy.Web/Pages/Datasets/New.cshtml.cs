using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Datasets;

/// <summary>Registers a dataset.</summary>
[RequirePermission(Permission.EditDatasets)]
public sealed class NewModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : DatasetFormModel(db, tenant, l)
{
    public override bool IsNew => true;

    public async Task OnGetAsync()
    {
        await LoadChoicesAsync();
        PadDistributions();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadChoicesAsync();
        var now = HttpContext.UtcNow();
        var dataset = new Dataset { CreatedAt = now, UpdatedAt = now };
        if (!await ApplyAsync(dataset))
        {
            return Page();
        }

        Db.Datasets.Add(dataset);
        try
        {
            await Db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Someone registered a dataset with the same address name a moment ago.
            Db.Entry(dataset).State = EntityState.Detached;
            ModelState.AddModelError(nameof(Slug), L["Another dataset already has this address name: choose another."]);
            PadDistributions();
            return Page();
        }

        Flash(L["The dataset was registered."]);
        return Redirect(OrgUrl("/datasets/" + dataset.Slug));
    }
}
