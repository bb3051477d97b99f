using System.Globalization;
using DataStrategy.Core.Roadmap;
using DataStrategy.Core.Strategy;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Data.Roadmaps;
using DataStrategy.Web.Infrastructure;
using DataStrategy.Web.Infrastructure.Binding;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Roadmap;

/// <summary>
/// The monthly check-in: one row per active initiative (status, percent complete, RAG, a short note), saved all at
/// once or not at all; the latest check-in of an initiative also updates the initiative. KPI measurements are
/// recorded on each indicator's measurement page, linked from here.
/// </summary>
[RequirePermission(Permission.TrackRoadmap)]
public sealed class CheckInModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : RoadmapPageModel(db, tenant, l)
{
    public const int MaxNote = Core.Roadmap.RoadmapRules.MaxNote;

    /// <summary>How many months back the month list goes.</summary>
    public const int MonthsBack = 60;

    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    [BindProperty]
    public List<CheckInRow> Rows { get; set; } = [];

    public DateOnly SelectedMonth { get; private set; }

    /// <summary>The roadmap's months up to the current one, latest first.</summary>
    public List<DateOnly> MonthOptions { get; private set; } = [];

    public DateOnly RoadmapStart { get; private set; }

    /// <summary>Initiatives offered for the month, in roadmap order.</summary>
    public List<Initiative> Offered { get; private set; } = [];

    /// <summary>Who leads each initiative, as the reader may see it (a named person only for those who see stakeholders).</summary>
    public Dictionary<Guid, string> Leads { get; private set; } = [];

    /// <summary>Initiatives that already have a check-in for the month.</summary>
    public HashSet<Guid> CheckedIn { get; private set; } = [];

    public List<(Kpi Kpi, KpiMeasurement? Latest)> Kpis { get; private set; } = [];

    public Initiative? InitiativeOf(CheckInRow row) =>
        row.Initiative is { } id ? Offered.FirstOrDefault(i => i.Id == id) : null;

    /// <summary>The element id the error summary links to for a row's field ("Rows[3]_Percent").</summary>
    public static string FieldId(int index, string field) => $"Rows[{index}]_{field}";

    private async Task LoadAsync()
    {
        var roadmap = await RoadmapWorkspace.EnsureAsync(Db, HttpContext.RequestAborted);
        RoadmapStart = roadmap.StartMonth;
        var (first, current) = MonthWindow(roadmap.StartMonth, HttpContext.UtcToday());

        for (var m = current; m >= first; m = m.AddMonths(-1))
        {
            MonthOptions.Add(m);
        }

        var asked = Months.Parse(Month);
        SelectedMonth = asked is { } a && MonthOptions.Contains(a) ? a : MonthOptions.FirstOrDefault();
        Month = MonthOptions.Count == 0 ? null : Months.Iso(SelectedMonth);

        var month = SelectedMonth;
        CheckedIn = MonthOptions.Count == 0 ? [] : (await Db.CheckIns.AsNoTracking().Where(c => c.Month == month).Select(c => c.InitiativeId).ToListAsync()).ToHashSet();
        var all = await Db.Initiatives.AsNoTracking().OrderBy(i => i.Position).ThenBy(i => i.Code).ToListAsync();
        Offered = MonthOptions.Count == 0 ? [] : all.Where(i => CheckedIn.Contains(i.Id) || IsActive(i, month)).ToList();

        var roleIds = Offered.Where(i => i.LeadRoleId != null).Select(i => i.LeadRoleId!.Value).Distinct().ToList();
        var roles = await Db.StrategyItems.AsNoTracking().Where(s => roleIds.Contains(s.Id) && s.Kind == StrategyItemKind.Role).ToDictionaryAsync(s => s.Id, s => s.Title);
        var people = new Dictionary<Guid, string>();
        if (Can(Permission.ViewStakeholders))
        {
            var personIds = Offered.Where(i => i.LeadStakeholderId != null).Select(i => i.LeadStakeholderId!.Value).Distinct().ToList();
            people = await Db.Stakeholders.AsNoTracking().Where(s => personIds.Contains(s.Id) && s.ErasedAt == null).ToDictionaryAsync(s => s.Id, s => s.Name);
        }

        foreach (var i in Offered)
        {
            var parts = new List<string>();
            if (i.LeadRoleId is { } r && roles.TryGetValue(r, out var role))
            {
                parts.Add(T(role));
            }

            if (i.LeadStakeholderId is { } p && people.TryGetValue(p, out var name))
            {
                parts.Add(name);
            }

            if (parts.Count > 0)
            {
                Leads[i.Id] = string.Join(" · ", parts);
            }
        }

        var kpis = await Db.Kpis.AsNoTracking().OrderBy(k => k.Position).ToListAsync();
        var latest = (await Db.KpiMeasurements.AsNoTracking().ToListAsync())
            .GroupBy(m => m.KpiId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(m => m.MeasuredOn).ThenByDescending(m => m.RecordedAt).First());
        Kpis = kpis.Select(k => (k, latest.GetValueOrDefault(k.Id))).ToList();
    }

    /// <summary>The months a check-in may be for (page and API): from the roadmap's start, at most <see cref="MonthsBack"/> back, to the current month.</summary>
    public static (DateOnly First, DateOnly Current) MonthWindow(DateOnly roadmapStart, DateOnly today)
    {
        var current = Months.First(today);
        var first = Months.First(roadmapStart);
        return (first < current.AddMonths(-MonthsBack + 1) ? current.AddMonths(-MonthsBack + 1) : first, current);
    }

    /// <summary>Not cancelled, and not done before the month.</summary>
    public static bool IsActive(Initiative initiative, DateOnly month)
    {
        ArgumentNullException.ThrowIfNull(initiative);
        return initiative.Status switch
        {
            InitiativeStatus.Cancelled => false,
            InitiativeStatus.Done => initiative.ActualFinish is { } f && Months.First(f) >= month,
            _ => true,
        };
    }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        var month = SelectedMonth;
        var existing = await Db.CheckIns.AsNoTracking().Where(c => c.Month == month).ToDictionaryAsync(c => c.InitiativeId);
        Rows = Offered.Select(i => existing.TryGetValue(i.Id, out var c)
            ? new CheckInRow { Initiative = i.Id, Status = c.Status.ToString(), Percent = c.PercentComplete, Rag = c.Rag.ToString(), Note = c.Note, Version = i.Version }
            : new CheckInRow { Initiative = i.Id, Status = i.Status.ToString(), Percent = i.PercentComplete, Rag = i.Rag.ToString(), Version = i.Version })
            .ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var posted = Month;
        ModelState.ForgetBinderErrors();
        await LoadAsync();
        if (MonthOptions.Count == 0 || Months.Parse(posted) is not { } month || month != SelectedMonth)
        {
            ModelState.AddModelError(nameof(Month), L["Choose a month of the roadmap, up to the current one."]);
            return Page();
        }

        var offered = Offered.ToDictionary(i => i.Id);
        var parsed = new List<(Initiative Initiative, InitiativeStatus Status, int Percent, Rag Rag, string? Note, Guid Version)>();
        var seen = new HashSet<Guid>();
        for (var n = 0; n < Rows.Count; n++)
        {
            var row = Rows[n];
            var key = $"{nameof(Rows)}[{n}]";
            Initiative? initiative = null;
            if (row.Initiative is not { } id || !offered.TryGetValue(id, out initiative))
            {
                ModelState.AddModelError(key + ".Initiative", L["Row {0}: this initiative is not part of the check-in for this month.", n + 1]);
            }
            else if (!seen.Add(id))
            {
                ModelState.AddModelError(key + ".Initiative", L["{0} appears twice in the check-in.", RoadmapPlan.Label(initiative)]);
                initiative = null;
            }

            var label = initiative is null ? L["Row {0}", n + 1].Value : initiative.Code;
            var statusOk = Enum.GetNames<InitiativeStatus>().Contains(row.Status, StringComparer.Ordinal);
            if (!statusOk)
            {
                ModelState.AddModelError(key + ".Status", L["{0}: choose a status from the list.", label]);
            }

            var percent = row.Percent ?? -1;
            var percentOk = RoadmapRules.IsPercent(percent);
            if (!percentOk)
            {
                ModelState.AddModelError(key + ".Percent", L["{0}: enter a whole percentage between 0 and 100.", label]);
            }

            var ragOk = Enum.GetNames<Rag>().Contains(row.Rag, StringComparer.Ordinal);
            if (!ragOk)
            {
                ModelState.AddModelError(key + ".Rag", L["{0}: choose a RAG rating from the list.", label]);
            }

            var note = string.IsNullOrWhiteSpace(row.Note) ? null : row.Note.Trim();
            if (note?.Length > MaxNote)
            {
                ModelState.AddModelError(key + ".Note", L["{0}: the note must be at most {1} characters long.", label, MaxNote]);
            }

            if (initiative is not null && row.Version != initiative.Version)
            {
                ModelState.AddModelError(key + ".Initiative", L["{0} was changed by someone else while you were filling in the check-in. Reload the page to see their changes.", RoadmapPlan.Label(initiative)]);
            }
            else if (initiative is { } known && statusOk && percentOk && ragOk)
            {
                parsed.Add((known, Enum.Parse<InitiativeStatus>(row.Status!), percent, Enum.Parse<Rag>(row.Rag!), note, known.Version));
            }
        }

        if (Rows.Count == 0)
        {
            ModelState.AddModelError(string.Empty, L["There is nothing to check in for this month."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var who = await WhoAsync();
        try
        {
            await CheckIns.ApplyAsync(Db, month, parsed.Select(p => new CheckInEntry(p.Initiative.Id, p.Status, p.Percent, p.Rag, p.Note, p.Version, Lang)).ToList(), who, HttpContext.RequestAborted);
            if (!await TrySaveAsync())
            {
                return Page();
            }
        }
        catch (DbUpdateException)
        {
            // Someone else created a check-in for the same initiative and month at the same moment, or deleted an initiative.
            ModelState.AddModelError(string.Empty, L["Someone else changed this record while you were editing it. Reload the page to see their changes."]);
            return Page();
        }

        Flash(L["The check-in for {0} was saved.", MonthLabel(month)]);
        return Redirect(OrgUrl("/roadmap/check-in?month=" + Months.Iso(month)));
    }
}
