using System.ComponentModel.DataAnnotations;
using DataStrategy.Core.Strategy;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Sessions;

/// <summary>
/// The page open during a working session: who is there, the agenda, quick notes, decisions and
/// actions as they are agreed, and the strategy items the session shapes.
/// </summary>
[RequirePermission(Permission.RunWorkingSessions)]
public sealed class ViewModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    [FromRoute]
    public Guid Id { get; set; }

    /// <summary>The minutes by language code.</summary>
    [BindProperty]
    public Dictionary<string, string?> Notes { get; set; } = [];

    [BindProperty]
    public Guid Version { get; set; }

    [BindProperty]
    public SessionOutcomeKind NewKind { get; set; }

    /// <summary>The new decision's or action's text by language code.</summary>
    [BindProperty]
    public Dictionary<string, string?> NewText { get; set; } = [];

    [BindProperty]
    public Guid? NewOwner { get; set; }

    [BindProperty]
    [Display(Name = "Due date")]
    public DateOnly? NewDueOn { get; set; }

    [BindProperty]
    public Guid OutcomeId { get; set; }

    [BindProperty]
    public Guid OutcomeVersion { get; set; }

    [BindProperty]
    public ActionStatus Status { get; set; }

    public WorkingSession Session { get; private set; } = null!;

    public sealed record Person(Guid Id, string Name, string? Department, bool Erased);

    /// <summary>The participants; an erased stakeholder is an anonymised person with no department.</summary>
    public List<Person> People { get; private set; } = [];

    /// <summary>Stakeholders who did not take part but may still own an action (not erased).</summary>
    public List<Person> Others { get; private set; } = [];

    public List<SessionOutcome> Decisions { get; private set; } = [];

    public List<SessionOutcome> Actions { get; private set; } = [];

    public Dictionary<Guid, string> OwnerNames { get; private set; } = [];

    public List<IGrouping<StrategyItemKind, StrategyItem>> Items { get; private set; } = [];

    public IReadOnlyList<StrategyItemKind> PrimaryKinds => SessionSeries.PrimaryKinds(Session.Template);

    public IReadOnlyList<StrategyItemKind> OtherKinds => SessionSeries.OtherKinds(Session.Template);

    public DateOnly Today => HttpContext.UtcToday();

    /// <summary>The languages of the notes form.</summary>
    public IReadOnlyList<string> NotesLanguages => InputLanguages(Notes);

    /// <summary>The languages of the new decision or action.</summary>
    public IReadOnlyList<string> NewTextLanguages => InputLanguages(NewText);

    private async Task<WorkingSession?> LoadAsync(bool tracked)
    {
        var session = await (tracked ? Db.WorkingSessions : Db.WorkingSessions.AsNoTracking()).SingleOrDefaultAsync(s => s.Id == Id);
        if (session is null)
        {
            return null;
        }

        Session = session;
        var participantIds = await Db.WorkingSessionParticipants.Where(p => p.SessionId == Id).Select(p => p.StakeholderId).ToListAsync();
        var stakeholders = await Db.Stakeholders.AsNoTracking().Include(s => s.Department).ToListAsync();
        Person ToPerson(Stakeholder s) => s.IsErased ? new(s.Id, L["Anonymised person"], null, true) : new(s.Id, s.Name, s.Department?.Name.Get(Lang), false);
        People = stakeholders.Where(s => participantIds.Contains(s.Id)).OrderBy(s => s.IsErased).ThenBy(s => s.Name, StringComparer.CurrentCulture).Select(ToPerson).ToList();
        Others = stakeholders.Where(s => !s.IsErased && !participantIds.Contains(s.Id)).OrderBy(s => s.Name, StringComparer.CurrentCulture).Select(ToPerson).ToList();
        OwnerNames = stakeholders.ToDictionary(s => s.Id, s => ToPerson(s).Name);

        var outcomes = await Db.SessionOutcomes.AsNoTracking().Where(o => o.SessionId == Id).OrderBy(o => o.CreatedAt).ToListAsync();
        Decisions = outcomes.Where(o => o.Kind == SessionOutcomeKind.Decision).ToList();
        Actions = outcomes.Where(o => o.Kind == SessionOutcomeKind.Action).ToList();

        var items = await Db.StrategyItemSessions.Where(s => s.SessionId == Id)
            .Join(Db.StrategyItems, s => s.ItemId, i => i.Id, (s, i) => i)
            .AsNoTracking().ToListAsync();
        Items = items.OrderBy(i => i.Kind).ThenBy(i => i.Position).GroupBy(i => i.Kind).ToList();
        return session;
    }

    public async Task<IActionResult> OnGetAsync()
    {
        var session = await LoadAsync(false);
        if (session is null)
        {
            return NotFound();
        }

        (Notes, Version) = (LocalizedFields.From(session.Notes), session.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostNotesAsync()
    {
        var session = await LoadAsync(true);
        if (session is null)
        {
            return NotFound();
        }

        var notes = LocalizedFields.Read(ModelState, nameof(Notes), Notes, SessionSeries.MaxNotes, L["The notes must be at most {0} characters long.", SessionSeries.MaxNotes]);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        Db.Entry(session).Property(s => s.Version).OriginalValue = Version;
        session.Notes = notes;
        Db.Entry(session).State = EntityState.Modified;
        if (!await TrySaveAsync())
        {
            return Page();
        }

        Flash(L["The notes were saved."]);
        return Redirect(OrgUrl($"/sessions/{Id}#notes"));
    }

    public async Task<IActionResult> OnPostAddOutcomeAsync()
    {
        var session = await LoadAsync(false);
        if (session is null)
        {
            return NotFound();
        }

        if (!Enum.IsDefined(NewKind))
        {
            ModelState.AddModelError(nameof(NewKind), L["Choose decision or action."]);
        }

        var text = LocalizedFields.Read(ModelState, nameof(NewText), NewText, SessionSeries.MaxOutcomeText, L["The text must be at most {0} characters long.", SessionSeries.MaxOutcomeText]);
        LocalizedFields.RequireAny(ModelState, nameof(NewText), text, NewTextLanguages, L["Write the decision or action."]);

        // An owner must be one of this organisation's current stakeholders, whatever was posted.
        if (NewOwner is { } owner && !People.Concat(Others).Any(p => p.Id == owner && !p.Erased))
        {
            ModelState.AddModelError(nameof(NewOwner), L["Choose the owner among the organisation's stakeholders."]);
        }

        if (!ModelState.IsValid)
        {
            (Notes, Version) = (LocalizedFields.From(session.Notes), session.Version);
            return Page();
        }

        var isAction = NewKind == SessionOutcomeKind.Action;
        Db.SessionOutcomes.Add(new SessionOutcome
        {
            SessionId = session.Id,
            Kind = NewKind,
            Text = text,
            OwnerStakeholderId = isAction ? NewOwner : null,
            DueOn = isAction ? NewDueOn : null,
            Status = ActionStatus.Open,
        });
        await Db.SaveChangesAsync();
        Flash(isAction ? L["The action was added."] : L["The decision was added."]);
        return Redirect(OrgUrl($"/sessions/{Id}#{(isAction ? "actions" : "decisions")}"));
    }

    private async Task<SessionOutcome?> OutcomeAsync() =>
        await Db.SessionOutcomes.SingleOrDefaultAsync(o => o.Id == OutcomeId && o.SessionId == Id);

    public async Task<IActionResult> OnPostUpdateOutcomeAsync()
    {
        var session = await LoadAsync(false);
        var outcome = session is null ? null : await OutcomeAsync();
        if (session is null || outcome is null || outcome.Kind != SessionOutcomeKind.Action)
        {
            return NotFound();
        }

        if (!Enum.IsDefined(Status))
        {
            ModelState.AddModelError(nameof(Status), L["Choose a status."]);
        }

        if (!ModelState.IsValid)
        {
            (Notes, Version) = (LocalizedFields.From(session.Notes), session.Version);
            return Page();
        }

        Db.Entry(outcome).Property(o => o.Version).OriginalValue = OutcomeVersion;
        outcome.Status = Status;
        Db.Entry(outcome).State = EntityState.Modified;
        if (!await TrySaveAsync())
        {
            (Notes, Version) = (LocalizedFields.From(session.Notes), session.Version);
            return Page();
        }

        Flash(L["The action's status was changed."]);
        return Redirect(OrgUrl($"/sessions/{Id}#actions"));
    }

    public async Task<IActionResult> OnPostDeleteOutcomeAsync()
    {
        var session = await LoadAsync(false);
        var outcome = session is null ? null : await OutcomeAsync();
        if (session is null || outcome is null)
        {
            return NotFound();
        }

        ModelState.Clear();
        Db.Entry(outcome).Property(o => o.Version).OriginalValue = OutcomeVersion;
        Db.SessionOutcomes.Remove(outcome);
        if (!await TrySaveAsync())
        {
            (Notes, Version) = (LocalizedFields.From(session.Notes), session.Version);
            return Page();
        }

        Flash(outcome.Kind == SessionOutcomeKind.Action ? L["The action was deleted."] : L["The decision was deleted."]);
        return Redirect(OrgUrl($"/sessions/{Id}#{(outcome.Kind == SessionOutcomeKind.Action ? "actions" : "decisions")}"));
    }
}
