using System.Globalization;
using DataStrategy.Core.Csv;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Sessions;

/// <summary>The series of working sessions and the facilitators' to-do list of open actions.</summary>
[RequirePermission(Permission.RunWorkingSessions)]
public sealed class IndexModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    public sealed record Row(WorkingSession Session, int Participants, int OpenActions, int Items);

    public sealed record ActionRow(SessionOutcome Action, WorkingSession Session, string? Owner, bool Overdue);

    public List<Row> Sessions { get; private set; } = [];

    public List<ActionRow> OpenActions { get; private set; } = [];

    public DateOnly Today => HttpContext.UtcToday();

    public async Task OnGetAsync()
    {
        var sessions = await Db.WorkingSessions.AsNoTracking().OrderBy(s => s.Position).ThenBy(s => s.CreatedAt).ToListAsync();
        var participants = await Db.WorkingSessionParticipants.GroupBy(p => p.SessionId).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N);
        var open = await Db.SessionOutcomes.Where(o => o.Kind == SessionOutcomeKind.Action && o.Status != ActionStatus.Done)
            .GroupBy(o => o.SessionId).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N);
        var items = await Db.StrategyItemSessions.GroupBy(s => s.SessionId).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N);
        Sessions = sessions.Select(s => new Row(s, participants.GetValueOrDefault(s.Id), open.GetValueOrDefault(s.Id), items.GetValueOrDefault(s.Id))).ToList();
        OpenActions = (await ActionsAsync(sessions, openOnly: true))
            .OrderBy(a => a.Action.DueOn is null).ThenBy(a => a.Action.DueOn).ThenBy(a => a.Session.Position).ThenBy(a => a.Action.CreatedAt).ToList();
    }

    private async Task<List<ActionRow>> ActionsAsync(List<WorkingSession> sessions, bool openOnly)
    {
        var query = Db.SessionOutcomes.AsNoTracking().Where(o => o.Kind == SessionOutcomeKind.Action);
        if (openOnly)
        {
            query = query.Where(o => o.Status != ActionStatus.Done);
        }

        var actions = await query.ToListAsync();
        var ownerIds = actions.Where(a => a.OwnerStakeholderId != null).Select(a => a.OwnerStakeholderId!.Value).Distinct().ToList();
        var owners = await Db.Stakeholders.AsNoTracking().Where(s => ownerIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id);
        var byId = sessions.ToDictionary(s => s.Id);
        var today = Today;
        return actions.Where(a => byId.ContainsKey(a.SessionId)).Select(a => new ActionRow(
            a,
            byId[a.SessionId],
            a.OwnerStakeholderId is { } o && owners.TryGetValue(o, out var s) ? (s.IsErased ? L["Anonymised person"] : s.Name) : null,
            a.Status != ActionStatus.Done && a.DueOn < today)).ToList();
    }

    /// <summary>Creates the four default sessions; refused once any session exists, so it cannot double the series.</summary>
    public async Task<IActionResult> OnPostPlanAsync()
    {
        if (await Db.WorkingSessions.AnyAsync())
        {
            Flash(L["The series is already planned: add further sessions one by one."]);
            return Redirect(OrgUrl("/sessions"));
        }

        var position = 0;
        foreach (var planned in SessionSeries.Default)
        {
            Db.WorkingSessions.Add(new WorkingSession
            {
                Template = planned.Template,
                Title = new Core.Text.LocalizedText(planned.Title.Values),
                Agenda = SessionSeries.AgendaIn(planned, Organisation.Languages, Organisation.DefaultLanguage),
                Position = ++position,
            });
        }

        await Db.SaveChangesAsync();
        Flash(L["The four working sessions were planned."]);
        return Redirect(OrgUrl("/sessions"));
    }

    public async Task<IActionResult> OnGetCsvAsync()
    {
        var sessions = await Db.WorkingSessions.AsNoTracking().OrderBy(s => s.Position).ThenBy(s => s.CreatedAt).ToListAsync();
        var order = sessions.Select((s, i) => (s.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var rows = (await ActionsAsync(sessions, openOnly: false))
            .OrderBy(a => order[a.Session.Id]).ThenBy(a => a.Action.CreatedAt)
            .Select(a => (IReadOnlyList<string?>)[
                a.Session.Title.Get(Lang),
                a.Action.Text.Resolve(Lang, Organisation.Languages).Text,
                a.Owner,
                a.Action.DueOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                L["ActionStatus." + a.Action.Status],
            ]).ToList();
        string[] header = [L["Session"], L["Action"], L["Owner"], L["Due date"], L["Status"]];
        var stamp = HttpContext.UtcNow().ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        return File(CsvSafe.ToBytes(header, rows, CsvSafe.DelimiterFor(Lang)), "text/csv; charset=utf-8", $"session-actions-{Organisation.Slug}-{stamp}.csv");
    }
}
