using System.Globalization;
using DataStrategy.Core.Roadmap;
using DataStrategy.Core.Strategy;
using DataStrategy.Core.Text;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Data.Roadmaps;
using DataStrategy.Data.Strategies;
using DataStrategy.Web.Infrastructure;
using DataStrategy.Web.Infrastructure.Binding;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Roadmap;

/// <summary>Creates or edits an initiative: texts, links to the strategy, timing, effort per team, dependencies, milestones.</summary>
[RequirePermission(Permission.EditRoadmap)]
public sealed class InitiativeEditModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : RoadmapPageModel(db, tenant, l)
{
    public const int MaxTitle = RoadmapRules.MaxTitle;
    public const int MaxDescription = RoadmapRules.MaxDescription;
    public const int MaxDuration = RoadmapRules.MaxDuration;
    public const int BlankDependencyRows = 3;
    public const int BlankMilestoneRows = 2;
    public const int MaxDependencies = RoadmapRules.MaxDependencies;
    public const int MaxMilestones = RoadmapRules.MaxMilestones;
    public const int MaxInitiatives = RoadmapRules.MaxInitiatives;

    [FromRoute]
    public Guid? Id { get; set; }

    [BindProperty] public string? Code { get; set; }
    [BindProperty] public Dictionary<string, string?> Title { get; set; } = [];
    [BindProperty] public Dictionary<string, string?> Description { get; set; } = [];
    [BindProperty] public Guid? WorkstreamId { get; set; }
    [BindProperty] public Guid? DepartmentId { get; set; }
    [BindProperty] public Guid? LeadRoleId { get; set; }
    [BindProperty] public Guid? LeadStakeholderId { get; set; }
    [BindProperty] public int? Duration { get; set; }
    [BindProperty] public string? EarliestStart { get; set; }
    [BindProperty] public string? Deadline { get; set; }
    [BindProperty] public string? LockedStart { get; set; }
    [BindProperty] public string? PlannedStart { get; set; }
    [BindProperty] public decimal? Budget { get; set; }
    [BindProperty] public int Priority { get; set; } = 3;
    [BindProperty] public string? Status { get; set; }
    [BindProperty] public string? Rag { get; set; }
    [BindProperty] public int? Percent { get; set; }
    [BindProperty] public List<Guid> Objectives { get; set; } = [];
    [BindProperty] public List<string> Themes { get; set; } = [];
    [BindProperty] public Dictionary<string, string?> Effort { get; set; } = [];
    [BindProperty] public List<DependencyRow> Dependencies { get; set; } = [];
    [BindProperty] public List<MilestoneRow> MilestoneRows { get; set; } = [];
    [BindProperty] public Guid Version { get; set; }

    public bool IsNew => Id is null;

    public Initiative? Existing { get; private set; }

    public RoadmapPlan Plan { get; private set; } = null!;

    public List<Department> Departments { get; private set; } = [];

    public List<StrategyItem> ObjectiveOptions { get; private set; } = [];

    public List<StrategyItem> RoleOptions { get; private set; } = [];

    public List<Stakeholder> StakeholderOptions { get; private set; } = [];

    public IReadOnlyList<PriorityOption> ThemeOptions { get; private set; } = [];

    public bool CanSeePeople => Can(Permission.ViewStakeholders);

    /// <summary>The languages of the form's texts: the initiative's and its milestones' are offered in the same ones.</summary>
    public IReadOnlyList<string> FormLanguages => InputLanguages([Title, Description, .. MilestoneRows.Select(m => m.Title)]);

    private async Task LoadOptionsAsync()
    {
        var ct = HttpContext.RequestAborted;
        Plan = await RoadmapPlan.LoadAsync(Db, ct);
        Departments = (await Db.Departments.AsNoTracking().ToListAsync(ct)).OrderBy(d => d.Name.Get(Lang), StringComparer.CurrentCulture).ToList();
        var items = await Db.StrategyItems.AsNoTracking().Where(i => i.Kind == StrategyItemKind.Objective || i.Kind == StrategyItemKind.Role).OrderBy(i => i.Position).ToListAsync(ct);
        ObjectiveOptions = items.Where(i => i.Kind == StrategyItemKind.Objective).ToList();
        RoleOptions = items.Where(i => i.Kind == StrategyItemKind.Role).ToList();
        StakeholderOptions = CanSeePeople
            ? (await Db.Stakeholders.AsNoTracking().Where(s => s.ErasedAt == null).ToListAsync(ct)).OrderBy(s => s.Name, StringComparer.CurrentCulture).ToList()
            : [];
        var campaign = await StrategyWorkspace.PriorityCampaignAsync(Db, ct);
        ThemeOptions = (await StrategyWorkspace.PrioritiesAsync(Db, campaign, ct)).OrderBy(p => p.ThemeName.Get(Lang), StringComparer.CurrentCulture).ToList();
    }

    private void Fill(Initiative i)
    {
        Code = i.Code;
        (Title, Description) = (LocalizedFields.From(i.Title), LocalizedFields.From(i.Description));
        (WorkstreamId, DepartmentId, LeadRoleId, LeadStakeholderId) = (i.WorkstreamId, i.DepartmentId, i.LeadRoleId, i.LeadStakeholderId);
        Duration = i.DurationMonths;
        EarliestStart = i.EarliestStart is { } e ? Months.Iso(e) : null;
        Deadline = i.Deadline is { } d ? Months.Iso(d) : null;
        LockedStart = i.LockedStart is { } k ? Months.Iso(k) : null;
        PlannedStart = i.PlannedStart is { } p ? Months.Iso(p) : null;
        Budget = i.Budget;
        (Priority, Status, Rag) = (i.Priority, i.Status.ToString(), i.Rag.ToString());
        Percent = i.PercentComplete;
        Objectives = i.ObjectiveIds.Select(x => Guid.TryParse(x, out var g) ? g : Guid.Empty).Where(g => g != Guid.Empty).ToList();
        Themes = [.. i.ThemeIds];
        Effort = Plan.Efforts.Where(x => x.InitiativeId == i.Id).ToDictionary(x => x.TeamId.ToString("D"), x => (string?)x.Fte.ToString("0.##", CultureInfo.InvariantCulture));
        Dependencies = Plan.Dependencies.Where(x => x.SuccessorId == i.Id)
            .Select(x => new DependencyRow { Predecessor = x.PredecessorId, Type = x.Type.ToString(), Lag = x.LagMonths }).ToList();
        MilestoneRows = Plan.Milestones.Where(m => m.InitiativeId == i.Id)
            .Select(m => new MilestoneRow { Id = m.Id, Title = LocalizedFields.From(m.Title), DueOn = Months.Iso(m.DueOn), Achieved = m.AchievedOn is not null }).ToList();
        Version = i.Version;
    }

    private void PadRows()
    {
        var blanks = Dependencies.Count(d => d.Predecessor is null);
        for (var n = blanks; n < BlankDependencyRows; n++)
        {
            Dependencies.Add(new DependencyRow());
        }

        var blankMilestones = MilestoneRows.Count(m => m.Id is null && LocalizedFields.IsBlank(m.Title));
        for (var n = blankMilestones; n < BlankMilestoneRows; n++)
        {
            MilestoneRows.Add(new MilestoneRow());
        }
    }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadOptionsAsync();
        if (Id is { } id)
        {
            Existing = Plan.Initiatives.SingleOrDefault(i => i.Id == id);
            if (Existing is null)
            {
                return NotFound();
            }

            Fill(Existing);
        }
        else
        {
            Code = await RoadmapWorkspace.NextCodeAsync(Db, HttpContext.RequestAborted);
            Duration = 3;
            Percent = 0;
            Status = nameof(InitiativeStatus.Planned);
        }

        PadRows();
        return Page();
    }

    private LocalizedText Text(string field, Dictionary<string, string?> input, int max) =>
        LocalizedFields.Read(ModelState, field, input, max, L["At most {0} characters.", max]);

    private DateOnly? Month(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var month = Months.Parse(text);
        if (month is null)
        {
            ModelState.AddModelError(field, L["Enter a year and month between 2000 and 2100, for example 2027-01."]);
        }

        return month;
    }

    /// <summary>An option of a select, by name only (numbers and unknown names are refused, not silently defaulted).</summary>
    private T Parse<T>(string? text, string field)
        where T : struct, Enum
    {
        if (Enum.GetNames<T>().FirstOrDefault(n => n == text?.Trim()) is { } name)
        {
            return Enum.Parse<T>(name);
        }

        ModelState.AddModelError(field, L["Choose one of the options offered."]);
        return default;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var ct = HttpContext.RequestAborted;
        await LoadOptionsAsync();
        Initiative? initiative = null;
        if (Id is { } id)
        {
            initiative = await Db.Initiatives.SingleOrDefaultAsync(i => i.Id == id, ct);
            if (initiative is null)
            {
                return NotFound();
            }

            Existing = initiative;
        }

        var unreadable = ModelState.ForgetBinderErrors();
        Code = Code?.Trim();
        if (!RoadmapRules.IsCode(Code))
        {
            ModelState.AddModelError(nameof(Code), L["Give a short code of letters, digits, dots or dashes (at most 20), for example I-07."]);
        }
        else if (Plan.Initiatives.Any(i => i.Id != Id && string.Equals(i.Code, Code, StringComparison.OrdinalIgnoreCase)))
        {
            ModelState.AddModelError(nameof(Code), L["Another initiative already has the code {0}.", Code]);
        }

        var languages = FormLanguages;
        var title = Text(nameof(Title), Title, MaxTitle);
        LocalizedFields.RequireAny(ModelState, nameof(Title), title, languages, L["Give the initiative a title in at least one language."]);
        var description = Text(nameof(Description), Description, MaxDescription);
        if (WorkstreamId is { } w && Plan.Workstreams.All(x => x.Id != w))
        {
            ModelState.AddModelError(nameof(WorkstreamId), L["Choose one of the options offered."]);
        }

        if (DepartmentId is { } dep && Departments.All(x => x.Id != dep))
        {
            ModelState.AddModelError(nameof(DepartmentId), L["Choose one of the options offered."]);
        }

        if (LeadRoleId is { } role && RoleOptions.All(x => x.Id != role))
        {
            ModelState.AddModelError(nameof(LeadRoleId), L["Choose one of the options offered."]);
        }

        if (!CanSeePeople)
        {
            // Those who may not see people keep whatever lead was named.
            LeadStakeholderId = initiative?.LeadStakeholderId;
        }
        else if (LeadStakeholderId is { } person && StakeholderOptions.All(x => x.Id != person) && person != initiative?.LeadStakeholderId)
        {
            ModelState.AddModelError(nameof(LeadStakeholderId), L["Choose one of the options offered."]);
        }

        var duration = Duration ?? 0;
        if (Duration is null || !RoadmapRules.IsDuration(duration))
        {
            ModelState.AddModelError(nameof(Duration), L["The duration must be a whole number of months from 0 to {0}.", MaxDuration]);
        }

        var earliest = Month(EarliestStart, nameof(EarliestStart));
        var deadline = Month(Deadline, nameof(Deadline));
        var locked = Month(LockedStart, nameof(LockedStart));
        var planned = Month(PlannedStart, nameof(PlannedStart));
        if (earliest is { } es && deadline is { } dl && Months.Index(es, dl) + 1 < duration)
        {
            ModelState.AddModelError(nameof(Deadline), L["The deadline leaves less time than the duration after the earliest start."]);
        }

        if (locked is { } lk && earliest is { } es2 && lk < es2)
        {
            ModelState.AddModelError(nameof(LockedStart), L["The fixed start is before the earliest start."]);
        }

        decimal? budget = null;
        if (unreadable.Contains(nameof(Budget)) || Budget is { } b && !RoadmapRules.IsBudget(b))
        {
            ModelState.AddModelError(nameof(Budget), L["Enter the budget as a positive amount, for example 25000 or 25000.50."]);
        }
        else if (Budget is { } amount)
        {
            budget = Math.Round(amount, 2);
        }

        if (!RoadmapRules.IsPriority(Priority))
        {
            ModelState.AddModelError(nameof(Priority), L["Choose one of the options offered."]);
        }

        var status = Parse<InitiativeStatus>(Status, nameof(Status));
        var rag = Parse<Data.Entities.Rag>(Rag, nameof(Rag));

        var percent = Percent ?? 0;
        if (Percent is null || !RoadmapRules.IsPercent(percent))
        {
            ModelState.AddModelError(nameof(Percent), L["Percent complete must be a whole number from 0 to 100."]);
        }

        if (Objectives.Any(o => ObjectiveOptions.All(x => x.Id != o)))
        {
            ModelState.AddModelError(nameof(Objectives), L["Choose among the objectives offered."]);
        }

        if (Themes.Any(t => ThemeOptions.All(x => x.ThemeId != t)))
        {
            ModelState.AddModelError(nameof(Themes), L["Choose among the themes offered."]);
        }

        var efforts = new Dictionary<Guid, decimal>();
        foreach (var (key, value) in Effort)
        {
            if (!Guid.TryParse(key, out var teamId))
            {
                // With no Effort[...] field posted, the binder falls back to every form field: not efforts.
                continue;
            }

            if (Plan.Teams.All(t => t.Id != teamId))
            {
                ModelState.AddModelError(string.Empty, L["Choose among the teams offered."]);
                continue;
            }

            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            if (!DecimalText.TryParse(value, out var fte) || !RoadmapRules.IsFte(fte))
            {
                ModelState.AddModelError("Effort[" + key + "]", L["Enter the full-time equivalents as a number between 0 and {0}, for example 4 or 2.5.", RoadmapRules.MaxFte]);
                continue;
            }

            if (fte > 0)
            {
                efforts[teamId] = Math.Round(fte, 2);
            }
        }

        var self = initiative?.Id ?? Guid.NewGuid();
        var dependencies = new List<InitiativeDependency>();
        if (Dependencies.Count > MaxDependencies + BlankDependencyRows)
        {
            ModelState.AddModelError(string.Empty, L["An initiative can depend on at most {0} others.", MaxDependencies]);
        }

        for (var n = 0; n < Math.Min(Dependencies.Count, MaxDependencies + BlankDependencyRows); n++)
        {
            var row = Dependencies[n];
            if (row.Predecessor is not { } p)
            {
                continue;
            }

            var field = $"Dependencies[{n}].Predecessor";
            if (p == self || Plan.Initiatives.All(i => i.Id != p))
            {
                ModelState.AddModelError(field, L["Choose one of the initiatives offered."]);
                continue;
            }

            if (dependencies.Any(d => d.PredecessorId == p))
            {
                ModelState.AddModelError(field, L["This initiative is listed twice."]);
                continue;
            }

            var type = Parse<DependencyType>(row.Type, $"Dependencies[{n}].Type");

            var lag = row.Lag ?? 0;
            if (unreadable.Contains($"Dependencies[{n}].Lag") || !RoadmapRules.IsLag(lag))
            {
                ModelState.AddModelError($"Dependencies[{n}].Lag", L["The lag must be a whole number of months from {0} to {1}.", -RoadmapRules.MaxLag, RoadmapRules.MaxLag]);
            }

            dependencies.Add(new InitiativeDependency { PredecessorId = p, SuccessorId = self, Type = type, LagMonths = lag });
        }

        var milestones = new List<(MilestoneRow Row, LocalizedText Title, DateOnly Due)>();
        if (MilestoneRows.Count > MaxMilestones + BlankMilestoneRows)
        {
            ModelState.AddModelError(string.Empty, L["An initiative can have at most {0} milestones.", MaxMilestones]);
        }

        for (var n = 0; n < Math.Min(MilestoneRows.Count, MaxMilestones + BlankMilestoneRows); n++)
        {
            var row = MilestoneRows[n];
            var blank = LocalizedFields.IsBlank(row.Title) && string.IsNullOrWhiteSpace(row.DueOn);
            if (row.Delete || (blank && row.Id is null))
            {
                continue;
            }

            if (row.Id is { } mid && Plan.Milestones.All(m => m.Id != mid || m.InitiativeId != initiative?.Id))
            {
                LocalizedFields.AddError(ModelState, $"MilestoneRows[{n}].Title", languages, L["This milestone no longer exists. Reload the page."]);
                continue;
            }

            var mt = Text($"MilestoneRows[{n}].Title", row.Title, MaxTitle);
            LocalizedFields.RequireAny(ModelState, $"MilestoneRows[{n}].Title", mt, languages, L["Give the milestone a title in at least one language."]);

            var due = Month(row.DueOn, $"MilestoneRows[{n}].DueOn");
            if (due is null && string.IsNullOrWhiteSpace(row.DueOn))
            {
                ModelState.AddModelError($"MilestoneRows[{n}].DueOn", L["Give the milestone's month."]);
            }

            if (due is { } dd)
            {
                milestones.Add((row, mt, dd));
            }
        }

        if (ModelState.IsValid && initiative is null && Plan.Initiatives.Count >= MaxInitiatives)
        {
            ModelState.AddModelError(string.Empty, L["The roadmap already has the maximum of {0} initiatives.", MaxInitiatives]);
        }

        if (ModelState.IsValid)
        {
            // A dependency that closes a cycle is refused here, naming the cycle, rather than left for the scheduler.
            var others = Plan.Dependencies.Where(d => d.SuccessorId != self).Concat(dependencies).ToList();
            var ids = Plan.Initiatives.Select(i => i.Id).Append(self).Distinct().ToList();
            var index = ids.Select((x, n) => (x, n)).ToDictionary(t => t.x, t => t.n);
            var problem = new ScheduleProblem
            {
                Tasks = ids.Select(x => new ScheduleTask(x.ToString("D"), x == self ? Code! : Plan.Initiatives.First(i => i.Id == x).Code, 1, [])).ToList(),
                Resources = [],
                Dependencies = others.Select(d => new ScheduleDependency(index[d.PredecessorId], index[d.SuccessorId])).ToList(),
                Horizon = 1,
            };
            if (CriticalPath.Analyse(problem).Cycle is { Count: > 0 } cycle)
            {
                ModelState.AddModelError(string.Empty, L["These dependencies would form a cycle: {0}.", string.Join(" → ", cycle.Append(cycle[0]).Select(n => problem.Tasks[n].Name))]);
            }
        }

        if (!ModelState.IsValid)
        {
            PadRows();
            return Page();
        }

        if (initiative is null)
        {
            var position = Plan.Initiatives.Count == 0 ? 0 : Plan.Initiatives.Max(i => i.Position);
            initiative = new Initiative { Id = self, Position = position + 1 };
            Db.Initiatives.Add(initiative);
        }
        else
        {
            Db.Entry(initiative).Property(i => i.Version).OriginalValue = Version;
            initiative.Version = Guid.NewGuid();
        }

        initiative.Code = Code!;
        initiative.Title = title;
        initiative.Description = description;
        initiative.WorkstreamId = WorkstreamId;
        initiative.DepartmentId = DepartmentId;
        initiative.LeadRoleId = LeadRoleId;
        initiative.LeadStakeholderId = LeadStakeholderId;
        initiative.DurationMonths = duration;
        initiative.EarliestStart = earliest;
        initiative.Deadline = deadline;
        initiative.LockedStart = locked;
        initiative.PlannedStart = locked ?? planned ?? initiative.PlannedStart ?? earliest ?? Plan.Start;
        initiative.Budget = budget;
        initiative.Priority = Priority;
        initiative.Status = status;
        initiative.Rag = rag;
        initiative.PercentComplete = percent;
        initiative.ObjectiveIds = Objectives.Distinct().Select(o => o.ToString("D")).ToList();
        initiative.ThemeIds = Themes.Distinct(StringComparer.Ordinal).ToList();

        Db.InitiativeEfforts.RemoveRange(await Db.InitiativeEfforts.Where(e => e.InitiativeId == self).ToListAsync(ct));
        Db.InitiativeEfforts.AddRange(efforts.Select(e => new InitiativeEffort { InitiativeId = self, TeamId = e.Key, Fte = e.Value }));
        Db.InitiativeDependencies.RemoveRange(await Db.InitiativeDependencies.Where(d => d.SuccessorId == self).ToListAsync(ct));
        Db.InitiativeDependencies.AddRange(dependencies);
        var existingMilestones = await Db.Milestones.Where(m => m.InitiativeId == self).ToListAsync(ct);
        foreach (var m in existingMilestones.Where(m => milestones.All(x => x.Row.Id != m.Id)))
        {
            Db.Milestones.Remove(m);
        }

        foreach (var (row, mt, due) in milestones)
        {
            var milestone = existingMilestones.SingleOrDefault(m => m.Id == row.Id);
            if (milestone is null)
            {
                milestone = new Milestone { InitiativeId = self };
                Db.Milestones.Add(milestone);
            }

            milestone.Title = mt;
            milestone.DueOn = due;
            milestone.AchievedOn = row.Achieved ? milestone.AchievedOn ?? HttpContext.UtcToday() : null;
        }

        if (!await TrySaveAsync())
        {
            PadRows();
            return Page();
        }

        Flash(IsNew ? L["The initiative “{0}” was added.", title.Get(Lang)] : L["The initiative “{0}” was saved.", title.Get(Lang)]);
        return Redirect(InitiativeUrl(self));
    }

    public async Task<IActionResult> OnPostDeleteAsync()
    {
        if (Id is not { } id || await Db.Initiatives.SingleOrDefaultAsync(i => i.Id == id, HttpContext.RequestAborted) is not { } initiative)
        {
            return NotFound();
        }

        Db.Entry(initiative).Property(i => i.Version).OriginalValue = Version;
        Db.Initiatives.Remove(initiative);
        if (!await TrySaveAsync())
        {
            await LoadOptionsAsync();
            Existing = initiative;
            Fill(initiative);
            PadRows();
            return Page();
        }

        Flash(L["The initiative “{0}” was deleted.", initiative.Title.Get(Lang)]);
        return Redirect(OrgUrl("/roadmap"));
    }
}
