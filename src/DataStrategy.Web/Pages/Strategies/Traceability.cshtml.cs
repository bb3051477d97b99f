using DataStrategy.Core.Strategy;
using DataStrategy.Core.Text;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Data.Strategies;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Strategies;

/// <summary>From each priority to the objectives that answer it and the services that deliver them, with the gaps.</summary>
[RequirePermission(Permission.ViewStrategy)]
public sealed class TraceabilityModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    public sealed record CityRow(CityPriority Priority, IReadOnlyList<Guid> ObjectiveIds);

    public Campaign? Campaign { get; private set; }

    public IReadOnlyList<PriorityOption> Priorities { get; private set; } = [];

    public StrategySnapshot Snapshot { get; private set; } = new();

    public TraceabilityMap Map { get; private set; } = null!;

    public IReadOnlyList<CityRow> CityPriorities { get; private set; } = [];

    public string T(LocalizedText text) => text.Get(Lang);

    public string ItemUrl(Guid id) => OrgUrl("/strategy/items/" + id.ToString("D"));

    public StrategyItemData? Item(Guid id) => Snapshot.Item(id);

    public IReadOnlyList<Guid> ServicesOf(Guid objective) => Map.Objectives.FirstOrDefault(o => o.ObjectiveId == objective)?.ServiceIds ?? [];

    public bool IsUndelivered(Guid objective) => Map.UndeliveredObjectives.Contains(objective);

    public IReadOnlyList<Guid> ObjectivesOf(string target) => Map.Priorities.FirstOrDefault(p => p.Target == target)?.ObjectiveIds ?? [];

    public int AnsweredPriorities => Priorities.Count(p => !Map.UnansweredPriorities.Contains(p.Target));

    public async Task<IActionResult> OnGetAsync()
    {
        var cancel = HttpContext.RequestAborted;
        // Reading the traceability must not create the strategy: without one the chain is simply empty.
        if (await Db.Strategies.AsNoTracking().SingleOrDefaultAsync(cancel) is { } strategy)
        {
            Snapshot = await StrategyWorkspace.SnapshotAsync(Db, strategy, cancel);
        }

        Campaign = await StrategyWorkspace.PriorityCampaignAsync(Db, cancel);
        Priorities = await StrategyWorkspace.PrioritiesAsync(Db, Campaign, cancel);
        Map = Traceability.Build(Snapshot, Priorities.Select(p => p.Target), new Dictionary<Guid, IReadOnlyList<Guid>>());
        var objectives = Snapshot.OfKind(StrategyItemKind.Objective).ToList();
        var cities = await Db.CityPriorities.AsNoTracking().OrderBy(p => p.Position).ToListAsync(cancel);
        CityPriorities = cities.Select(c => new CityRow(c, objectives.Where(o => o.Targets(StrategyRelation.CityPriority).Contains(c.Id.ToString("D"))).Select(o => o.Id).ToList())).ToList();
        return Page();
    }
}
