using DataStrategy.Core.Roadmap;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Data.Roadmaps;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Roadmap;

/// <summary>The roadmap at a glance: the Gantt chart, its table alternative, the critical path and capacity problems.</summary>
[RequirePermission(Permission.ViewRoadmap)]
[CachedPage]
public sealed class IndexModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : RoadmapPageModel(db, tenant, l)
{
    public RoadmapPlan Plan { get; private set; } = null!;

    public RoadmapAnalysis Analysis { get; private set; } = null!;

    /// <summary>The Gantt's zoom from <c>?zoom=month|quarter</c>; by default quarters for a plan longer than 18 months.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Zoom { get; set; }

    public bool Quarters => Zoom switch
    {
        "quarter" => true,
        "month" => false,
        _ => Math.Max(Plan.Roadmap.HorizonMonths, Analysis.Finish) > RoadmapCharts.MonthViewUpTo,
    };

    public async Task<IActionResult> OnGetAsync()
    {
        Plan = await RoadmapPlan.LoadAsync(Db, HttpContext.RequestAborted);
        Analysis = RoadmapAnalysis.Of(Plan);
        return Page();
    }
}
