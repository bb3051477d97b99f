using DataStrategy.Core.Inventory;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Datasets;

/// <summary>Puts a complete public dataset on the public site and in the catalogue (<see cref="DatasetPublication"/>), or takes it off.</summary>
[RequirePermission(Permission.PublishDatasets)]
public sealed class PublishModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    [FromRoute]
    public string Slug { get; set; } = "";

    [BindProperty]
    public Guid Version { get; set; }

    public Dataset Dataset { get; private set; } = null!;

    public List<string> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() =>
        await Db.Datasets.AnyAsync(d => d.Slug == Slug) ? Redirect(OrgUrl("/datasets/" + Slug)) : NotFound();

    public Task<IActionResult> OnPostAsync() => ChangeAsync(true);

    public Task<IActionResult> OnPostUnpublishAsync() => ChangeAsync(false);

    private async Task<IActionResult> ChangeAsync(bool publish)
    {
        var dataset = await Db.Datasets.SingleOrDefaultAsync(d => d.Slug == Slug);
        if (dataset is null)
        {
            return NotFound();
        }

        Dataset = dataset;
        if (dataset.Version != Version)
        {
            Problems.Add(L["Someone else changed this record while you were editing it. Reload the page to see their changes."]);
            return Page();
        }

        if (publish)
        {
            Problems = DatasetPublication.Missing(dataset.AccessRight, dataset.Licence, dataset.Distributions.Count, dataset.Title, dataset.Description, dataset.Themes, Organisation.Languages)
                .Select(g => DatasetGapText.Of(L, g)).ToList();
            if (Problems.Count > 0)
            {
                return Page();
            }
        }

        if (dataset.Published != publish)
        {
            var now = HttpContext.UtcNow();
            dataset.Published = publish;
            dataset.PublishedAt = publish ? now : dataset.PublishedAt;
            dataset.UpdatedAt = now;
            Db.Entry(dataset).Property(d => d.Version).OriginalValue = Version;
            if (!await TrySaveAsync())
            {
                Problems.Add(L["Someone else changed this record while you were editing it. Reload the page to see their changes."]);
                return Page();
            }
        }

        Flash(publish ? L["The dataset is on the public site and in the catalogue."] : L["The dataset was taken off the public site."]);
        return Redirect(OrgUrl("/datasets/" + Slug));
    }
}
