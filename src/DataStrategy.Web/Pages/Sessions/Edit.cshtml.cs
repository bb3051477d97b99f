using System.ComponentModel.DataAnnotations;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Sessions;

/// <summary>Plans or edits a working session: title, template, date, agenda, participants, notes.</summary>
[RequirePermission(Permission.RunWorkingSessions)]
public sealed class EditModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    [FromRoute]
    public Guid? Id { get; set; }

    /// <summary>The session's title by language code.</summary>
    [BindProperty]
    public Dictionary<string, string?> Title { get; set; } = [];

    [BindProperty]
    public WorkingSessionTemplate Template { get; set; } = WorkingSessionTemplate.Other;

    [BindProperty]
    [Display(Name = "Date")]
    public DateOnly? HeldOn { get; set; }

    /// <summary>The agenda by language code.</summary>
    [BindProperty]
    public Dictionary<string, string?> Agenda { get; set; } = [];

    [BindProperty]
    public List<Guid> Participants { get; set; } = [];

    /// <summary>The minutes by language code: distributed to participants of every language.</summary>
    [BindProperty]
    public Dictionary<string, string?> Notes { get; set; } = [];

    [BindProperty]
    public Guid Version { get; set; }

    public bool IsNew => Id is null;

    /// <summary>The languages of the form: title, agenda and notes are offered in the same ones.</summary>
    public IReadOnlyList<string> FormLanguages => InputLanguages(Title, Agenda, Notes);

    /// <summary>The stakeholders one can invite: not erased, grouped by department.</summary>
    public List<IGrouping<string, Stakeholder>> Candidates { get; private set; } = [];

    /// <summary>Participants whose data was erased: kept on the session, not offered again.</summary>
    public int ErasedParticipants { get; private set; }

    private async Task<WorkingSession?> LoadAsync(bool tracked)
    {
        WorkingSession? session = null;
        if (Id is not null)
        {
            session = await (tracked ? Db.WorkingSessions : Db.WorkingSessions.AsNoTracking()).SingleOrDefaultAsync(s => s.Id == Id);
            if (session is null)
            {
                return null;
            }

            ErasedParticipants = await Db.WorkingSessionParticipants.Where(p => p.SessionId == session.Id)
                .Join(Db.Stakeholders.Where(s => s.ErasedAt != null), p => p.StakeholderId, s => s.Id, (p, s) => p.Id).CountAsync();
        }

        var stakeholders = await Db.Stakeholders.AsNoTracking().Include(s => s.Department).Where(s => s.ErasedAt == null).ToListAsync();
        Candidates = stakeholders
            .OrderBy(s => s.Department is null).ThenBy(s => s.Department?.Name.Get(Lang), StringComparer.CurrentCulture).ThenBy(s => s.Name, StringComparer.CurrentCulture)
            .GroupBy(s => s.Department?.Name.Get(Lang) ?? L["No department"])
            .ToList();
        return session ?? new WorkingSession();
    }

    public async Task<IActionResult> OnGetAsync()
    {
        var session = await LoadAsync(false);
        if (session is null)
        {
            return NotFound();
        }

        if (!IsNew)
        {
            (Title, Template, HeldOn, Agenda, Notes, Version) =
                (LocalizedFields.From(session.Title), session.Template, session.HeldOn, LocalizedFields.From(session.Agenda), LocalizedFields.From(session.Notes), session.Version);
            Participants = await Db.WorkingSessionParticipants.Where(p => p.SessionId == session.Id).Select(p => p.StakeholderId).ToListAsync();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var session = await LoadAsync(true);
        if (session is null)
        {
            return NotFound();
        }

        var title = LocalizedFields.Read(ModelState, nameof(Title), Title, SessionSeries.MaxTitle, L["The title must be at most {0} characters long.", SessionSeries.MaxTitle]);
        LocalizedFields.RequireAny(ModelState, nameof(Title), title, FormLanguages, L["Enter a title in at least one language."]);

        if (!Enum.IsDefined(Template))
        {
            ModelState.AddModelError(nameof(Template), L["Choose a template."]);
        }

        var agenda = LocalizedFields.Read(ModelState, nameof(Agenda), Agenda, SessionSeries.MaxAgenda, L["The agenda must be at most {0} characters long.", SessionSeries.MaxAgenda]);
        var notes = LocalizedFields.Read(ModelState, nameof(Notes), Notes, SessionSeries.MaxNotes, L["The notes must be at most {0} characters long.", SessionSeries.MaxNotes]);

        // Participants must be this organisation's current stakeholders: anything else posted is refused, not ignored.
        var candidateIds = Candidates.SelectMany(g => g).Select(s => s.Id).ToHashSet();
        Participants = Participants.Distinct().ToList();
        if (Participants.Any(p => !candidateIds.Contains(p)))
        {
            ModelState.AddModelError(nameof(Participants), L["Choose participants among the organisation's stakeholders."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (IsNew)
        {
            session.Position = (await Db.WorkingSessions.Select(s => (int?)s.Position).MaxAsync() ?? 0) + 1;
            Db.WorkingSessions.Add(session);
        }
        else
        {
            Db.Entry(session).Property(s => s.Version).OriginalValue = Version;
        }

        session.Title = title;
        session.Template = Template;
        session.HeldOn = HeldOn;
        session.Agenda = agenda;
        session.Notes = notes;
        if (!IsNew)
        {
            // Written even when only the participants changed, so a stale edit is always caught.
            Db.Entry(session).State = EntityState.Modified;
        }

        // Erased participants are not offered as checkboxes: they stay on the session as anonymised persons.
        var current = await Db.WorkingSessionParticipants.Where(p => p.SessionId == session.Id).ToListAsync();
        Db.WorkingSessionParticipants.RemoveRange(current.Where(p => candidateIds.Contains(p.StakeholderId) && !Participants.Contains(p.StakeholderId)));
        var kept = current.Select(p => p.StakeholderId).ToHashSet();
        Db.WorkingSessionParticipants.AddRange(Participants.Where(p => !kept.Contains(p)).Select(p => new WorkingSessionParticipant { SessionId = session.Id, StakeholderId = p }));
        if (!await TrySaveAsync())
        {
            return Page();
        }

        Flash(L["The working session was saved."]);
        return Redirect(OrgUrl($"/sessions/{session.Id}"));
    }

    public async Task<IActionResult> OnPostDeleteAsync()
    {
        var session = await LoadAsync(true);
        if (session is null || IsNew)
        {
            return NotFound();
        }

        ModelState.Clear();
        Db.Entry(session).Property(s => s.Version).OriginalValue = Version;
        Db.WorkingSessions.Remove(session);
        if (!await TrySaveAsync())
        {
            (Title, Template, HeldOn, Agenda, Notes) =
                (LocalizedFields.From(session.Title), session.Template, session.HeldOn, LocalizedFields.From(session.Agenda), LocalizedFields.From(session.Notes));
            Participants = await Db.WorkingSessionParticipants.Where(p => p.SessionId == session.Id).Select(p => p.StakeholderId).ToListAsync();
            return Page();
        }

        Flash(L["The working session was deleted."]);
        return Redirect(OrgUrl("/sessions"));
    }
}
