using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Datasets;

/// <summary>Deletes a dataset after confirmation (its record of processing goes with it; indicators and duplicates lose the link).</summary>
[RequirePermission(Permission.ManageInventory)]
public sealed class DeleteModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    [FromRoute]
    public string Slug { get; set; } = "";

    [BindProperty]
    public Guid Version { get; set; }

    public Dataset Dataset { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        var dataset = await Db.Datasets.AsNoTracking().SingleOrDefaultAsync(d => d.Slug == Slug);
        if (dataset is null)
        {
            return NotFound();
        }

        (Dataset, Version) = (dataset, dataset.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var dataset = await Db.Datasets.SingleOrDefaultAsync(d => d.Slug == Slug);
        if (dataset is null)
        {
            return NotFound();
        }

        Dataset = dataset;
        if (dataset.Version != Version)
        {
            ModelState.AddModelError(string.Empty, L["Someone else changed this record while you were editing it. Reload the page to see their changes."]);
            Version = dataset.Version;
            return Page();
        }

        Db.Entry(dataset).Property(d => d.Version).OriginalValue = Version;
        Db.Datasets.Remove(dataset);
        if (!await TrySaveAsync())
        {
            return Page();
        }

        Flash(L["The dataset was deleted."]);
        return Redirect(OrgUrl("/datasets"));
    }
}
