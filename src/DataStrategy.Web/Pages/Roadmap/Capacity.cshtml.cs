using DataStrategy.Data;
using DataStrategy.Data.Roadmaps;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Roadmap;

/// <summary>Demand of the current plan against each team's capacity, month by month, with over-allocations named.</summary>
[RequirePermission(Permission.ViewRoadmap)]
public sealed class CapacityModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : RoadmapPageModel(db, tenant, l)
{
    public RoadmapPlan Plan { get; private set; } = null!;

    public RoadmapAnalysis Analysis { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        Plan = await RoadmapPlan.LoadAsync(Db, HttpContext.RequestAborted);
        Analysis = RoadmapAnalysis.Of(Plan);
        return Page();
    }
}
