using DataStrategy.Core.Inventory;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Datasets;

/// <summary>One dataset of the register: everything recorded, what uses it, and the actions the reader may take.</summary>
[RequirePermission(Permission.ViewInventory)]
public sealed class DatasetModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    [FromRoute]
    public string Slug { get; set; } = "";

    public Dataset Dataset { get; private set; } = null!;

    public Department? Department { get; private set; }

    public string? OwnerName { get; private set; }

    public string? StewardName { get; private set; }

    public Dataset? Duplicates { get; private set; }

    public List<Dataset> DuplicatedBy { get; private set; } = [];

    public List<Initiative> Initiatives { get; private set; } = [];

    public List<CaseStudy> CaseStudies { get; private set; } = [];

    public List<Kpi> Kpis { get; private set; } = [];

    public List<DatasetGap> Gaps { get; private set; } = [];

    public DateTimeOffset Now { get; private set; }

    public bool IsStale => Dataset.StaleAfter is { } s && s < Now;

    public bool IsDue => Dataset.NextReviewOn <= DateOnly.FromDateTime(Now.UtcDateTime);

    public async Task<IActionResult> OnGetAsync()
    {
        var dataset = await Db.Datasets.AsNoTracking().SingleOrDefaultAsync(d => d.Slug == Slug);
        if (dataset is null)
        {
            return NotFound();
        }

        Dataset = dataset;
        Now = HttpContext.UtcNow();
        Department = dataset.DepartmentId is { } dep ? await Db.Departments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == dep) : null;
        var people = new[] { dataset.OwnerId, dataset.StewardId }.OfType<Guid>().ToList();
        var names = await Db.Stakeholders.AsNoTracking().Where(s => people.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.ErasedAt == null ? s.Name : L["Anonymised stakeholder"].Value);
        OwnerName = dataset.OwnerId is { } o ? names.GetValueOrDefault(o) : null;
        StewardName = dataset.StewardId is { } st ? names.GetValueOrDefault(st) : null;
        Duplicates = dataset.DuplicatesId is { } dup ? await Db.Datasets.AsNoTracking().SingleOrDefaultAsync(d => d.Id == dup) : null;
        DuplicatedBy = dataset.AuthenticSource ? await Db.Datasets.AsNoTracking().Where(d => d.DuplicatesId == dataset.Id).OrderBy(d => d.Slug).ToListAsync() : [];
        var initiativeIds = dataset.InitiativeIds.Select(i => Guid.TryParse(i, out var g) ? g : Guid.Empty).ToList();
        var caseStudyIds = dataset.CaseStudyIds.Select(i => Guid.TryParse(i, out var g) ? g : Guid.Empty).ToList();
        Initiatives = await Db.Initiatives.AsNoTracking().Where(i => initiativeIds.Contains(i.Id)).OrderBy(i => i.Code).ToListAsync();
        CaseStudies = await Db.CaseStudies.AsNoTracking().Where(c => caseStudyIds.Contains(c.Id)).OrderBy(c => c.Slug).ToListAsync();
        Kpis = await Db.Kpis.AsNoTracking().Where(k => k.SourceDatasetId == dataset.Id).OrderBy(k => k.Position).ToListAsync();
        Gaps = DatasetPublication.Missing(dataset.AccessRight, dataset.Licence, dataset.Distributions.Count, dataset.Title, dataset.Description, dataset.Themes, Organisation.Languages);
        return Page();
    }
}
