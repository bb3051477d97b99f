using System.Globalization;
using DataStrategy.Core.Roadmap;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Data.Roadmaps;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using DataStrategy.Web.Infrastructure.Binding;

namespace DataStrategy.Web.Pages.Roadmap;

/// <summary>Auto-schedule: computes a plan with the CP-SAT scheduler, shows what would move and why, applies it on request.</summary>
[RequirePermission(Permission.EditRoadmap)]
public sealed class ScheduleModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l, ScheduleImprover improver) : RoadmapPageModel(db, tenant, l)
{
    /// <summary>How long the request itself searches before answering; the rest of the time limit runs in the background.</summary>
    public static readonly TimeSpan InRequest = TimeSpan.FromSeconds(2);

    public const int MaxTimeLimit = 120;

    [BindProperty]
    public RoadmapObjective Objective { get; set; }

    [BindProperty]
    public int? TimeLimit { get; set; } = 10;

    [BindProperty]
    public Guid Version { get; set; }

    [BindProperty]
    public Guid ProposalId { get; set; }

    public RoadmapPlan Plan { get; private set; } = null!;

    public ScheduleProposal? Proposal { get; private set; }

    public ProposalResult? Result { get; private set; }

    /// <summary>Whether the plan changed since the proposal was computed (then it cannot be applied).</summary>
    public bool Stale { get; private set; }

    public bool Improving { get; private set; }

    private async Task LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        Plan = await RoadmapPlan.LoadAsync(Db, ct);
        Proposal = await Db.ScheduleProposals.AsNoTracking()
            .Where(p => p.State == ProposalState.Running || p.State == ProposalState.Finished)
            .OrderByDescending(p => p.CreatedAt).FirstOrDefaultAsync(ct);
        if (Proposal is not null)
        {
            Result = ProposalResult.FromJson(Proposal.Result);
            Stale = Proposal.InputHash != RoadmapPlan.Fingerprint(Plan.ToProblem(), Proposal.Objective);
            Improving = Proposal.State == ProposalState.Running && improver.IsRunning(Organisation.Id);
        }
    }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        Objective = Proposal?.Objective ?? Plan.Roadmap.Objective;
        return Page();
    }

    /// <summary>For the page's script: whether the background search has written something newer.</summary>
    public async Task<IActionResult> OnGetStatusAsync()
    {
        var p = await Db.ScheduleProposals.AsNoTracking().OrderByDescending(x => x.CreatedAt).FirstOrDefaultAsync(HttpContext.RequestAborted);
        return new JsonResult(new { state = p?.State.ToString(), version = p?.Version });
    }

    public async Task<IActionResult> OnPostComputeAsync()
    {
        var ct = HttpContext.RequestAborted;
        if (!Enum.IsDefined(Objective))
        {
            ModelState.AddModelError(nameof(Objective), L["Choose one of the options offered."]);
        }

        // "ten" leaves the field at its default: the binder's list of what it could not read says so.
        var unreadable = ModelState.ForgetBinderErrors();
        var seconds = TimeLimit ?? 0;
        if (unreadable.Contains(nameof(TimeLimit)) || seconds is < 1 or > MaxTimeLimit)
        {
            ModelState.AddModelError(nameof(TimeLimit), L["The time limit must be a whole number of seconds from 1 to {0}.", MaxTimeLimit]);
        }

        await LoadAsync();
        if (Plan.Scheduled.Count == 0)
        {
            ModelState.AddModelError(string.Empty, L["The roadmap has no initiatives yet."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var problem = Plan.ToProblem();
        var options = new SchedulerOptions
        {
            Objective = Objective == RoadmapObjective.MostValueByHorizon ? ScheduleObjective.MaximiseWeightedDelivered : ScheduleObjective.MinimiseFinish,
            TimeLimit = TimeSpan.FromSeconds(Math.Min(seconds, InRequest.TotalSeconds)),
            Hint = Plan.CurrentStarts(),
        };
        improver.Cancel(Organisation.Id);
        var result = Scheduler.Solve(problem, options, ct);
        var background = seconds > InRequest.TotalSeconds && result.Status is ScheduleStatus.Feasible or ScheduleStatus.Unknown;
        foreach (var old in await Db.ScheduleProposals.Where(p => p.State == ProposalState.Running || p.State == ProposalState.Finished).ToListAsync(ct))
        {
            old.State = ProposalState.Discarded;
        }

        var proposal = new ScheduleProposal
        {
            Objective = Objective,
            State = background ? ProposalState.Running : ProposalState.Finished,
            Status = result.Status.ToString(),
            Result = ProposalResult.Of(problem, result).ToJson(),
            InputHash = RoadmapPlan.Fingerprint(problem, Objective),
            Finish = result.Finish,
            Seconds = Math.Round(result.Elapsed.TotalSeconds, 2),
            CreatedBy = await WhoAsync(),
        };
        Db.ScheduleProposals.Add(proposal);
        await Db.SaveChangesAsync(ct);
        if (background)
        {
            improver.Start(Organisation.Id, proposal.Id, problem, options with
            {
                TimeLimit = TimeSpan.FromSeconds(seconds) - InRequest,
                Hint = result.Starts.Count == problem.Tasks.Count && result.Starts.Any(s => s is not null) ? result.Starts : options.Hint,
            });
        }

        return Redirect(OrgUrl("/roadmap/schedule"));
    }

    public async Task<IActionResult> OnPostApplyAsync()
    {
        var ct = HttpContext.RequestAborted;
        var proposal = await Db.ScheduleProposals.SingleOrDefaultAsync(p => p.Id == ProposalId, ct);
        if (proposal is null)
        {
            return NotFound();
        }

        await LoadAsync();
        if (proposal.State is not (ProposalState.Finished or ProposalState.Running) || proposal.Status is not (nameof(ScheduleStatus.Optimal) or nameof(ScheduleStatus.Feasible)))
        {
            ModelState.AddModelError(string.Empty, L["This proposal can no longer be applied. Compute a new schedule."]);
            return Page();
        }

        if (proposal.InputHash != RoadmapPlan.Fingerprint(Plan.ToProblem(), proposal.Objective))
        {
            ModelState.AddModelError(string.Empty, L["The roadmap changed after this schedule was computed. Compute a new schedule."]);
            return Page();
        }

        improver.Cancel(Organisation.Id);
        var result = ProposalResult.FromJson(proposal.Result);
        var initiatives = await Db.Initiatives.ToListAsync(ct);
        var moved = 0;
        foreach (var i in initiatives)
        {
            if (i.LockedStart is not null || !result.Starts.TryGetValue(i.Id.ToString("D"), out var start) || start is not { } s)
            {
                continue;
            }

            var month = Months.At(Plan.Start, s);
            if (i.PlannedStart != month)
            {
                i.PlannedStart = month;
                i.Version = Guid.NewGuid();
                moved++;
            }
        }

        Db.Entry(proposal).Property(p => p.Version).OriginalValue = Version;
        proposal.State = ProposalState.Applied;
        proposal.Version = Guid.NewGuid();
        if (!await TrySaveAsync())
        {
            return Page();
        }

        Flash(L.Count(moved, "The schedule was applied: {0} initiative moved.", "The schedule was applied: {0} initiatives moved."));
        return Redirect(OrgUrl("/roadmap"));
    }

    public async Task<IActionResult> OnPostDiscardAsync()
    {
        var proposal = await Db.ScheduleProposals.SingleOrDefaultAsync(p => p.Id == ProposalId, HttpContext.RequestAborted);
        if (proposal is null)
        {
            return NotFound();
        }

        improver.Cancel(Organisation.Id);
        proposal.State = ProposalState.Discarded;
        proposal.Version = Guid.NewGuid();
        await Db.SaveChangesAsync(HttpContext.RequestAborted);
        Flash(L["The proposal was discarded."]);
        return Redirect(OrgUrl("/roadmap/schedule"));
    }

    /// <summary>Explains one conflict in the reader's language, naming the initiatives and the team.</summary>
    public string Explain(ProposalConflict c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var names = c.Initiatives.Select(Name).ToList();
        var team = c.Team is { } t && Guid.TryParse(t, out var g) ? Plan.Teams.FirstOrDefault(x => x.Id == g) is { } tm ? T(tm.Name) : t : "";
        var list = string.Join(", ", names);
        string Fte(int? units) => RoadmapPageModel.Fte((units ?? 0) / (decimal)RoadmapPlan.UnitsPerFte);
        string Month(int? period) => period is { } p ? MonthLabel(Months.At(Plan.Start, p)) : "";
        return c.Kind switch
        {
            ConflictKind.DemandExceedsCapacity => L["{0} needs {1} FTE of {2}, but {2} never has more than {3} FTE.", list, Fte(c.Needed), team, Fte(c.Available)],
            ConflictKind.LockBreaksDependency => L["The fixed starts of {0} break the dependency between them.", list],
            ConflictKind.LockBeforeEarliestStart => L["{0} is fixed to start before its earliest start.", list],
            ConflictKind.DeadlineUnreachable => L["{0} cannot finish by its deadline: the chain {1} takes too long.", names.Count > 0 ? names[^1] : "", string.Join(" → ", names)],
            ConflictKind.DependencyCycle => L["The dependencies form a cycle: {0}. Remove one of them to plan the roadmap.", string.Join(" → ", names.Append(names.Count > 0 ? names[0] : ""))],
            ConflictKind.LockedOverCapacity => L["The fixed starts of {0} need {1} FTE of {2} in {3}, which has {4} FTE.", list, Fte(c.Needed), team, Month(c.Period), Fte(c.Available)],
            _ => L["No schedule satisfies the fixed starts and deadlines of {0} together.", list],
        };
    }

    public string Reason(LeftOutReason reason) => L["LeftOutReason." + reason];

    public string Name(string key) =>
        Guid.TryParse(key, out var id) && Plan.Initiatives.FirstOrDefault(i => i.Id == id) is { } i ? i.Code + " " + T(i.Title) : key;
}
