using DataStrategy.Core.Text;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Data.Roadmaps;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Roadmap;

/// <summary>The plan's frame: start month, horizon, granularity, default scheduling aim; workstreams; teams and their capacity over time.</summary>
[RequirePermission(Permission.EditRoadmap)]
public sealed class SettingsModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : RoadmapPageModel(db, tenant, l)
{
    public const int MaxName = 200;
    public const int MaxRows = 50;

    [BindProperty]
    public string? StartMonth { get; set; }

    [BindProperty]
    public int? HorizonMonths { get; set; }

    [BindProperty]
    public RoadmapGranularity Granularity { get; set; }

    [BindProperty]
    public RoadmapObjective Objective { get; set; }

    /// <summary>The name, by language code, of the workstream or team added or renamed.</summary>
    [BindProperty]
    public Dictionary<string, string?> Name { get; set; } = [];

    [BindProperty]
    public Guid? DepartmentId { get; set; }

    [BindProperty]
    public string? Capacity { get; set; }

    [BindProperty]
    public string? FromMonth { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    public RoadmapPlan Plan { get; private set; } = null!;

    public List<Department> Departments { get; private set; } = [];

    /// <summary>Which form came back with errors: "plan", "workstream", "team", "rename-{id}", "capacity-{id}".</summary>
    public string? Failed { get; private set; }

    private async Task LoadAsync()
    {
        Plan = await RoadmapPlan.LoadAsync(Db, HttpContext.RequestAborted);
        Departments = await Db.Departments.AsNoTracking().ToListAsync(HttpContext.RequestAborted);
        Departments = Departments.OrderBy(d => d.Name.Get(Lang), StringComparer.CurrentCulture).ToList();
    }

    private RedirectResult Back() => Redirect(OrgUrl("/roadmap/settings"));

    private async Task<IActionResult> FailAsync(string form)
    {
        Failed = form;
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostPlanAsync()
    {
        var roadmap = await RoadmapWorkspace.EnsureAsync(Db, HttpContext.RequestAborted);
        var start = Months.Parse(StartMonth);
        if (start is null)
        {
            ModelState.AddModelError(nameof(StartMonth), L["Enter the start month as a year and month, for example 2027-01."]);
        }

        if (HorizonMonths is not (>= 6 and <= 60))
        {
            ModelState.AddModelError(nameof(HorizonMonths), L["The horizon must be between {0} and {1} months.", 6, 60]);
        }

        if (!Enum.IsDefined(Granularity) || !Enum.IsDefined(Objective))
        {
            ModelState.AddModelError(string.Empty, L["Choose one of the options offered."]);
        }

        ModelState.Remove(nameof(Capacity));
        if (!ModelState.IsValid)
        {
            return await FailAsync("plan");
        }

        Db.Entry(roadmap).Property(r => r.Version).OriginalValue = Version;
        roadmap.StartMonth = start!.Value;
        roadmap.HorizonMonths = HorizonMonths!.Value;
        roadmap.Granularity = Granularity;
        roadmap.Objective = Objective;
        roadmap.Version = Guid.NewGuid();
        if (!await TrySaveAsync())
        {
            return await FailAsync("plan");
        }

        Flash(L["The plan settings were saved."]);
        return Back();
    }

    private LocalizedText? ValidName(string what)
    {
        var name = LocalizedFields.Read(ModelState, nameof(Name), Name, MaxName, L["The name must be at most {0} characters long.", MaxName]);
        LocalizedFields.RequireAny(ModelState, nameof(Name), name, InputLanguages(Name), what);
        return ModelState.IsValid ? name : null;
    }

    private decimal? ValidFte(bool required)
    {
        if (string.IsNullOrWhiteSpace(Capacity) && !required)
        {
            return null;
        }

        if (!DecimalText.TryParse(Capacity, out var fte) || !Core.Roadmap.RoadmapRules.IsFte(fte))
        {
            ModelState.AddModelError(nameof(Capacity), L["Enter the full-time equivalents as a number between 0 and {0}, for example 4 or 2.5.", Core.Roadmap.RoadmapRules.MaxFte]);
            return null;
        }

        return Math.Round(fte, 2);
    }

    public async Task<IActionResult> OnPostAddWorkstreamAsync()
    {
        ModelState.Remove(nameof(Version));
        var name = ValidName(L["Give the workstream a name in at least one language."]);
        if (await Db.Workstreams.CountAsync(HttpContext.RequestAborted) >= MaxRows)
        {
            ModelState.AddModelError(string.Empty, L["The roadmap already has the maximum of {0} workstreams.", MaxRows]);
        }

        if (name is null || !ModelState.IsValid)
        {
            return await FailAsync("workstream");
        }

        var position = await Db.Workstreams.Select(w => (int?)w.Position).MaxAsync(HttpContext.RequestAborted) ?? 0;
        Db.Workstreams.Add(new Workstream { Name = name, Position = position + 1 });
        await Db.SaveChangesAsync(HttpContext.RequestAborted);
        Flash(L["The workstream “{0}” was added.", name.Get(Lang)]);
        return Back();
    }

    public async Task<IActionResult> OnPostRenameWorkstreamAsync(Guid id)
    {
        var workstream = await Db.Workstreams.SingleOrDefaultAsync(w => w.Id == id, HttpContext.RequestAborted);
        if (workstream is null)
        {
            return NotFound();
        }

        var name = ValidName(L["Give the workstream a name in at least one language."]);
        if (name is null)
        {
            return await FailAsync("rename-" + id.ToString("N"));
        }

        Db.Entry(workstream).Property(w => w.Version).OriginalValue = Version;
        workstream.Name = name;
        workstream.Version = Guid.NewGuid();
        if (!await TrySaveAsync())
        {
            return await FailAsync("rename-" + id.ToString("N"));
        }

        Flash(L["The workstream was renamed “{0}”.", name.Get(Lang)]);
        return Back();
    }

    public async Task<IActionResult> OnPostDeleteWorkstreamAsync(Guid id)
    {
        var workstream = await Db.Workstreams.SingleOrDefaultAsync(w => w.Id == id, HttpContext.RequestAborted);
        if (workstream is null)
        {
            return NotFound();
        }

        ModelState.Clear();
        Db.Entry(workstream).Property(w => w.Version).OriginalValue = Version;
        Db.Workstreams.Remove(workstream);
        if (!await TrySaveAsync())
        {
            return await FailAsync("workstreams");
        }

        Flash(L["The workstream “{0}” was deleted; its initiatives now have no workstream.", workstream.Name.Get(Lang)]);
        return Back();
    }

    private async Task<bool> ValidDepartmentAsync()
    {
        if (DepartmentId is { } d && !await Db.Departments.AnyAsync(x => x.Id == d, HttpContext.RequestAborted))
        {
            ModelState.AddModelError(nameof(DepartmentId), L["Choose one of the departments offered."]);
            return false;
        }

        return true;
    }

    public async Task<IActionResult> OnPostAddTeamAsync()
    {
        ModelState.Remove(nameof(Version));
        var name = ValidName(L["Give the team a name in at least one language."]);
        var fte = ValidFte(required: true);
        await ValidDepartmentAsync();
        if (await Db.DeliveryTeams.CountAsync(HttpContext.RequestAborted) >= MaxRows)
        {
            ModelState.AddModelError(string.Empty, L["The roadmap already has the maximum of {0} teams.", MaxRows]);
        }

        if (name is null || fte is null || !ModelState.IsValid)
        {
            return await FailAsync("team");
        }

        var roadmap = await RoadmapWorkspace.EnsureAsync(Db, HttpContext.RequestAborted);
        var position = await Db.DeliveryTeams.Select(t => (int?)t.Position).MaxAsync(HttpContext.RequestAborted) ?? 0;
        var team = new DeliveryTeam { Name = name, DepartmentId = DepartmentId, Position = position + 1 };
        Db.DeliveryTeams.Add(team);
        Db.TeamCapacities.Add(new TeamCapacity { TeamId = team.Id, FromMonth = roadmap.StartMonth, Fte = fte.Value });
        await Db.SaveChangesAsync(HttpContext.RequestAborted);
        Flash(L["The team “{0}” was added.", name.Get(Lang)]);
        return Back();
    }

    public async Task<IActionResult> OnPostRenameTeamAsync(Guid id)
    {
        var team = await Db.DeliveryTeams.SingleOrDefaultAsync(t => t.Id == id, HttpContext.RequestAborted);
        if (team is null)
        {
            return NotFound();
        }

        var name = ValidName(L["Give the team a name in at least one language."]);
        ModelState.Remove(nameof(Capacity));
        await ValidDepartmentAsync();
        if (name is null || !ModelState.IsValid)
        {
            return await FailAsync("rename-" + id.ToString("N"));
        }

        Db.Entry(team).Property(t => t.Version).OriginalValue = Version;
        team.Name = name;
        team.DepartmentId = DepartmentId;
        team.Version = Guid.NewGuid();
        if (!await TrySaveAsync())
        {
            return await FailAsync("rename-" + id.ToString("N"));
        }

        Flash(L["The team “{0}” was saved.", name.Get(Lang)]);
        return Back();
    }

    public async Task<IActionResult> OnPostDeleteTeamAsync(Guid id)
    {
        var team = await Db.DeliveryTeams.SingleOrDefaultAsync(t => t.Id == id, HttpContext.RequestAborted);
        if (team is null)
        {
            return NotFound();
        }

        ModelState.Clear();
        var used = await Db.InitiativeEfforts.CountAsync(e => e.TeamId == id && e.Fte > 0, HttpContext.RequestAborted);
        if (used > 0)
        {
            ModelState.AddModelError(string.Empty, L["“{0}” cannot be deleted: {1} initiatives need its people. Remove that effort from them first.", team.Name.Get(Lang), used]);
            return await FailAsync("teams");
        }

        Db.Entry(team).Property(t => t.Version).OriginalValue = Version;
        Db.DeliveryTeams.Remove(team);
        if (!await TrySaveAsync())
        {
            return await FailAsync("teams");
        }

        Flash(L["The team “{0}” was deleted.", team.Name.Get(Lang)]);
        return Back();
    }

    /// <summary>Sets the team's capacity from a month on (a hire, a departure); the same month again replaces the value.</summary>
    public async Task<IActionResult> OnPostCapacityAsync(Guid id)
    {
        var team = await Db.DeliveryTeams.SingleOrDefaultAsync(t => t.Id == id, HttpContext.RequestAborted);
        if (team is null)
        {
            return NotFound();
        }

        ModelState.Remove(nameof(Version));
        var fte = ValidFte(required: true);
        var from = Months.Parse(FromMonth);
        if (from is null)
        {
            ModelState.AddModelError(nameof(FromMonth), L["Enter the start month as a year and month, for example 2027-01."]);
        }

        if (await Db.TeamCapacities.CountAsync(c => c.TeamId == id, HttpContext.RequestAborted) >= MaxRows)
        {
            ModelState.AddModelError(string.Empty, L["A team can have at most {0} capacity changes.", MaxRows]);
        }

        if (fte is null || from is null || !ModelState.IsValid)
        {
            return await FailAsync("capacity-" + id.ToString("N"));
        }

        var existing = await Db.TeamCapacities.SingleOrDefaultAsync(c => c.TeamId == id && c.FromMonth == from.Value, HttpContext.RequestAborted);
        if (existing is null)
        {
            Db.TeamCapacities.Add(new TeamCapacity { TeamId = id, FromMonth = from.Value, Fte = fte.Value });
        }
        else
        {
            existing.Fte = fte.Value;
        }

        await Db.SaveChangesAsync(HttpContext.RequestAborted);
        Flash(L["{0} has {1} FTE from {2}.", team.Name.Get(Lang), Fte(fte.Value), MonthLabel(from.Value)]);
        return Back();
    }

    public async Task<IActionResult> OnPostDeleteCapacityAsync(Guid id)
    {
        var change = await Db.TeamCapacities.SingleOrDefaultAsync(c => c.Id == id, HttpContext.RequestAborted);
        if (change is null)
        {
            return NotFound();
        }

        Db.TeamCapacities.Remove(change);
        await Db.SaveChangesAsync(HttpContext.RequestAborted);
        Flash(L["The capacity change was removed."]);
        return Back();
    }
}
