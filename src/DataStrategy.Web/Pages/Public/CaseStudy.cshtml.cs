using DataStrategy.Core.Strategy;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using DataStrategy.Web.Infrastructure;

namespace DataStrategy.Web.Pages.Public;

/// <summary>
/// One published case study, for anyone. Contacts and the findings of the assessment stay inside;
/// objectives are named only when the published strategy holds them, initiatives as the public roadmap does.
/// </summary>
[AllowAnonymous]
public sealed class CaseStudyModel(AppDbContext db, TenantContext tenant, PublicCache cache) : PublicPageModel(db, tenant)
{
    public CaseStudy Study { get; private set; } = null!;

    public List<CaseStudyImage> Images { get; private set; } = [];

    public string? DepartmentName { get; private set; }

    public List<string> Objectives { get; private set; } = [];

    public List<Initiative> Initiatives { get; private set; } = [];

    /// <summary>The public, published datasets of the register it used (never the others).</summary>
    public IReadOnlyList<DataStrategy.Data.Inventory.DatasetLink> Datasets { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string org, string slug)
    {
        var ct = HttpContext.RequestAborted;
        if (!await FindOrganisationAsync(org))
        {
            return NotFound();
        }

        var study = await Db.CaseStudies.AsNoTracking().SingleOrDefaultAsync(c => c.Slug == slug && c.Status == CaseStudyStatus.Published, ct);
        if (study is null)
        {
            return NotFound();
        }

        Study = study;
        Images = await Db.CaseStudyImages.AsNoTracking().Where(i => i.CaseStudyId == study.Id).OrderBy(i => i.Position).ToListAsync(ct);
        if (study.DepartmentId is { } department)
        {
            DepartmentName = T(await Db.Departments.AsNoTracking().Where(d => d.Id == department).Select(d => d.Name).SingleOrDefaultAsync(ct));
        }

        if (study.ObjectiveIds.Count > 0)
        {
            // Only the published version's objectives are named; a version never changes, so its titles are kept by ID.
            var versionId = await Db.StrategyVersions.AsNoTracking().Where(v => v.Status == StrategyVersionStatus.Published)
                .OrderByDescending(v => v.Number).Select(v => (Guid?)v.Id).FirstOrDefaultAsync(ct);
            if (versionId is { } id)
            {
                var titles = await cache.GetOrCreateAsync(
                    ("objective-titles", id),
                    async () =>
                    {
                        var snapshot = await Db.StrategyVersions.AsNoTracking().Where(v => v.Id == id).Select(v => v.Snapshot).SingleAsync(ct);
                        return StrategySnapshot.FromJson(snapshot).OfKind(StrategyItemKind.Objective).ToDictionary(i => i.Id.ToString("D"), i => i.Title);
                    },
                    sliding: TimeSpan.FromHours(1));
                Objectives = study.ObjectiveIds.Where(titles!.ContainsKey).Select(o => titles[o].Get(Lang)).ToList();
            }
        }

        // Initiatives are named only once the roadmap is public, that is alongside a published strategy.
        if (study.InitiativeIds.Count > 0 && await Db.StrategyVersions.AnyAsync(v => v.Status == StrategyVersionStatus.Published, ct))
        {
            var ids = study.InitiativeIds.Select(Guid.Parse).ToList();
            Initiatives = await Db.Initiatives.AsNoTracking().Where(i => ids.Contains(i.Id) && i.Status != InitiativeStatus.Cancelled).OrderBy(i => i.Code).ToListAsync(ct);
        }

        Datasets = await DataStrategy.Data.Inventory.DatasetLinks.OfCaseStudyAsync(Db, study.Id, publishedOnly: true, Lang, ct);

        return Page();
    }
}
