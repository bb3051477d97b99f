using DataStrategy.Core.Strategy;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Data.Roadmaps;
using DataStrategy.Data.Strategies;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Roadmap;

/// <summary>One initiative: what it serves, who leads it, when, with what effort, what it depends on, its milestones, indicators and check-ins.</summary>
[RequirePermission(Permission.ViewRoadmap)]
public sealed class InitiativeModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : RoadmapPageModel(db, tenant, l)
{
    [FromRoute]
    public Guid Id { get; set; }

    public RoadmapPlan Plan { get; private set; } = null!;

    public RoadmapAnalysis Analysis { get; private set; } = null!;

    public Initiative Item { get; private set; } = null!;

    public List<StrategyItem> Objectives { get; private set; } = [];

    public StrategyItem? LeadRole { get; private set; }

    public string? LeadPerson { get; private set; }

    public string? Department { get; private set; }

    public List<string> Themes { get; private set; } = [];

    public List<Kpi> Kpis { get; private set; } = [];

    public List<CheckIn> CheckIns { get; private set; } = [];

    /// <summary>The register's datasets it creates or improves; null for a reader who may not see the register.</summary>
    public IReadOnlyList<DataStrategy.Data.Inventory.DatasetLink>? Datasets { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Plan = await RoadmapPlan.LoadAsync(Db, ct);
        if (Plan.Initiatives.SingleOrDefault(i => i.Id == Id) is not { } item)
        {
            return NotFound();
        }

        Item = item;
        Analysis = RoadmapAnalysis.Of(Plan);
        var ids = item.ObjectiveIds.Select(x => Guid.TryParse(x, out var g) ? g : Guid.Empty).ToList();
        var strategyIds = ids.Append(item.LeadRoleId ?? Guid.Empty).ToList();
        var items = await Db.StrategyItems.AsNoTracking().Where(i => strategyIds.Contains(i.Id)).ToListAsync(ct);
        Objectives = items.Where(i => i.Kind == StrategyItemKind.Objective).OrderBy(i => i.Position).ToList();
        LeadRole = items.FirstOrDefault(i => i.Id == item.LeadRoleId);
        if (item.LeadStakeholderId is { } person && Can(Permission.ViewStakeholders))
        {
            LeadPerson = await Db.Stakeholders.Where(s => s.Id == person && s.ErasedAt == null).Select(s => s.Name).SingleOrDefaultAsync(ct);
        }

        if (item.DepartmentId is { } dep)
        {
            Department = (await Db.Departments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == dep, ct))?.Name.Get(Lang);
        }

        if (item.ThemeIds.Count > 0)
        {
            var campaign = await StrategyWorkspace.PriorityCampaignAsync(Db, ct);
            var themes = await StrategyWorkspace.PrioritiesAsync(Db, campaign, ct);
            Themes = item.ThemeIds.Select(t => themes.FirstOrDefault(x => x.ThemeId == t)?.ThemeName.Get(Lang) ?? t).ToList();
        }

        var key = item.Id.ToString("D");
        Kpis = (await Db.Kpis.AsNoTracking().OrderBy(k => k.Position).ToListAsync(ct)).Where(k => k.InitiativeIds.Contains(key)).ToList();
        if (Can(Permission.ViewInventory))
        {
            Datasets = await DataStrategy.Data.Inventory.DatasetLinks.OfInitiativeAsync(Db, item.Id, Lang, ct);
        }

        CheckIns = await Db.CheckIns.AsNoTracking().Where(c => c.InitiativeId == item.Id).OrderByDescending(c => c.Month).Take(12).ToListAsync(ct);
        return Page();
    }
}
