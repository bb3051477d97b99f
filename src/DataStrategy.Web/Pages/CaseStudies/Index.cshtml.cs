using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.CaseStudies;

/// <summary>The library of case studies, filtered by theme, department, objective or the finding they address.</summary>
[RequirePermission(Permission.ViewCaseStudies)]
public sealed class IndexModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : CaseStudyPageModel(db, tenant, l)
{
    [BindProperty(SupportsGet = true)]
    public string? Theme { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Department { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Objective { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Finding { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    public List<CaseStudy> Studies { get; private set; } = [];

    public int Total { get; private set; }

    /// <summary>The finding the list answers, when one was asked for.</summary>
    public Finding? AddressedFinding { get; private set; }

    public Dictionary<Guid, CaseStudyImage> FirstImages { get; private set; } = [];

    public bool Filtered => !string.IsNullOrEmpty(Theme) || !string.IsNullOrEmpty(Department) || !string.IsNullOrEmpty(Objective) || !string.IsNullOrEmpty(Finding) || !string.IsNullOrEmpty(Status);

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        await LoadOptionsAsync();
        var all = await Db.CaseStudies.AsNoTracking().ToListAsync(ct);
        Total = all.Count;
        IEnumerable<CaseStudy> list = all;
        if (!string.IsNullOrEmpty(Theme))
        {
            list = list.Where(c => c.ThemeIds.Contains(Theme));
        }

        if (Guid.TryParse(Department, out var department))
        {
            list = list.Where(c => c.DepartmentId == department);
        }

        if (Guid.TryParse(Objective, out var objective))
        {
            list = list.Where(c => c.ObjectiveIds.Contains(objective.ToString("D")));
        }

        if (Guid.TryParse(Finding, out var finding))
        {
            // "Case studies that address this": linked to the finding itself, or to one of its themes.
            AddressedFinding = await Db.Findings.AsNoTracking().SingleOrDefaultAsync(f => f.Id == finding, ct);
            var themes = AddressedFinding?.ThemeIds ?? [];
            var key = finding.ToString("D");
            list = list.Where(c => c.FindingIds.Contains(key) || c.ThemeIds.Intersect(themes).Any());
        }

        if (Enum.TryParse<CaseStudyStatus>(Status, ignoreCase: false, out var status) && Enum.IsDefined(status))
        {
            list = list.Where(c => c.Status == status);
        }

        Studies = list.OrderByDescending(c => c.Status == CaseStudyStatus.Published).ThenByDescending(c => c.PublishedAt ?? c.UpdatedAt).ToList();
        var ids = Studies.Select(s => s.Id).ToList();
        FirstImages = (await Db.CaseStudyImages.AsNoTracking().Where(i => ids.Contains(i.CaseStudyId)).ToListAsync(ct))
            .GroupBy(i => i.CaseStudyId).ToDictionary(g => g.Key, g => g.OrderBy(i => i.Position).First());
    }
}
