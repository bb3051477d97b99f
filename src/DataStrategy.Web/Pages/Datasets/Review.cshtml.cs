using DataStrategy.Data;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Datasets;

/// <summary>The steward's two clicks: "Mark as reviewed" and "Data refreshed today".</summary>
[RequirePermission(Permission.EditDatasets)]
public sealed class ReviewModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    [FromRoute]
    public string Slug { get; set; } = "";

    public async Task<IActionResult> OnGetAsync() =>
        await Db.Datasets.AnyAsync(d => d.Slug == Slug) ? Redirect(OrgUrl("/datasets/" + Slug)) : NotFound();

    [SingleSave]
    public async Task<IActionResult> OnPostReviewedAsync()
    {
        if (await DatasetStewardship.MarkReviewedAsync(Db, Slug, HttpContext.UtcNow(), HttpContext.RequestAborted) is null)
        {
            return NotFound();
        }

        Flash(L["The dataset was marked as reviewed."]);
        return Redirect(OrgUrl("/datasets/" + Slug));
    }

    [SingleSave]
    public async Task<IActionResult> OnPostRefreshedAsync()
    {
        var now = HttpContext.UtcNow();
        if (await DatasetStewardship.MarkRefreshedAsync(Db, Slug, now, now, HttpContext.RequestAborted) is null)
        {
            return NotFound();
        }

        Flash(L["The data was marked as refreshed today."]);
        return Redirect(OrgUrl("/datasets/" + Slug));
    }
}
