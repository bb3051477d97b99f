using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Datasets;

/// <summary>Edits a dataset of the register; a stale form is refused, never saved over someone else's change.</summary>
[RequirePermission(Permission.EditDatasets)]
public sealed class EditModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : DatasetFormModel(db, tenant, l)
{
    [FromRoute(Name = "slug")]
    public string RouteSlug { get; set; } = "";

    public override bool IsNew => false;

    public async Task<IActionResult> OnGetAsync()
    {
        var dataset = await Db.Datasets.AsNoTracking().SingleOrDefaultAsync(d => d.Slug == RouteSlug);
        if (dataset is null)
        {
            return NotFound();
        }

        EditedId = dataset.Id;
        await LoadChoicesAsync();
        Fill(dataset);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var dataset = await Db.Datasets.SingleOrDefaultAsync(d => d.Slug == RouteSlug);
        if (dataset is null)
        {
            return NotFound();
        }

        EditedId = dataset.Id;
        await LoadChoicesAsync();
        if (dataset.Version != Version)
        {
            ModelState.AddModelError(string.Empty, L["Someone else changed this record while you were editing it. Reload the page to see their changes."]);
            PadDistributions();
            return Page();
        }

        if (!await ApplyAsync(dataset))
        {
            return Page();
        }

        dataset.UpdatedAt = HttpContext.UtcNow();
        Db.Entry(dataset).Property(d => d.Version).OriginalValue = Version;
        try
        {
            if (!await TrySaveAsync())
            {
                PadDistributions();
                return Page();
            }
        }
        catch (DbUpdateException)
        {
            ModelState.AddModelError(nameof(Slug), L["Another dataset already has this address name: choose another."]);
            PadDistributions();
            return Page();
        }

        Flash(L["The dataset was saved."]);
        return Redirect(OrgUrl("/datasets/" + dataset.Slug));
    }
}
