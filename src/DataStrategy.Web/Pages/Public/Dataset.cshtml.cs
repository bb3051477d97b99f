using DataStrategy.Core.Text;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Data.Publishing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Web.Pages.Public;

/// <summary>
/// One public dataset, for anyone: what it holds, its themes, licence, coverage, frequency and distributions, the
/// department that publishes it. Never its owner or steward, its source system, whether it holds personal data or its
/// record of processing; a dataset that is not published and public answers 404 like one that does not exist.
/// </summary>
[AllowAnonymous]
public sealed class DatasetModel(AppDbContext db, TenantContext tenant) : PublicPageModel(db, tenant)
{
    public Dataset Dataset { get; private set; } = null!;

    public LocalizedText? DepartmentName { get; private set; }

    public async Task<IActionResult> OnGetAsync(string org, string slug)
    {
        var ct = HttpContext.RequestAborted;
        if (!await FindOrganisationAsync(org))
        {
            return NotFound();
        }

        var dataset = await DatasetCatalogue.Public(Db).SingleOrDefaultAsync(d => d.Slug == slug, ct);
        if (dataset is null || dataset.Title.IsEmpty)
        {
            return NotFound();
        }

        Dataset = dataset;
        if (dataset.DepartmentId is { } department)
        {
            DepartmentName = await Db.Departments.AsNoTracking().Where(d => d.Id == department).Select(d => d.Name).SingleOrDefaultAsync(ct);
        }

        Response.Headers.Vary = "Accept-Language, Cookie";
        return Page();
    }

    /// <summary>When the data last changed: refreshed, or else its description.</summary>
    public DateTimeOffset LastUpdated => Dataset.LastUpdatedAt is { } at && at > Dataset.UpdatedAt ? at : Dataset.UpdatedAt;
}
