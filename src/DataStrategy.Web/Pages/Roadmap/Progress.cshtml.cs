using DataStrategy.Core.Analysis;
using DataStrategy.Core.Roadmap;
using DataStrategy.Data;
using DataStrategy.Data.Analysis;
using DataStrategy.Data.Entities;
using DataStrategy.Data.Roadmaps;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Roadmap;

/// <summary>
/// Planned versus actual: the current plan against a baseline, percent complete against the linear expectation,
/// slipping initiatives and dependencies broken by what happened, check-in history, and the maturity change per
/// theme next to the initiatives delivered for it.
/// </summary>
[RequirePermission(Permission.ViewRoadmap)]
public sealed class ProgressModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : RoadmapPageModel(db, tenant, l)
{
    public const int HistoryMonths = 12;

    [BindProperty(SupportsGet = true)]
    public Guid? Baseline { get; set; }

    public DateOnly Today => HttpContext.UtcToday();

    public List<RoadmapBaseline> Baselines { get; private set; } = [];

    public RoadmapBaseline? Compared { get; private set; }

    public List<ProgressRow> Rows { get; private set; } = [];

    public List<BrokenDependency> Broken { get; private set; } = [];

    /// <summary>The last <see cref="HistoryMonths"/> months, oldest first.</summary>
    public List<DateOnly> HistoryMonthList { get; private set; } = [];

    public Dictionary<(Guid Initiative, DateOnly Month), CheckIn> History { get; private set; } = [];

    public Campaign? LatestCampaign { get; private set; }

    public Campaign? EarlierCampaign { get; private set; }

    public List<ThemeChange> ThemeChanges { get; private set; } = [];

    public string SlipText(SlipReasons slip)
    {
        var parts = new List<string>();
        if (slip.HasFlag(SlipReasons.LaterThanBaseline))
        {
            parts.Add(L["finishes later than the baseline"]);
        }

        if (slip.HasFlag(SlipReasons.BehindExpected))
        {
            parts.Add(L["{0} points or more behind the expected progress", Tracking.BehindThreshold]);
        }

        if (slip.HasFlag(SlipReasons.Red))
        {
            parts.Add(L["rated red"]);
        }

        return string.Join("; ", parts);
    }

    public static string Score(double? value) => value is { } v ? v.ToString("0.00", System.Globalization.CultureInfo.CurrentCulture) : "–";

    public static string ChangeText(double? value) => value is { } v ? v.ToString("+0.00;−0.00;0.00", System.Globalization.CultureInfo.CurrentCulture) : "–";

    public async Task<IActionResult> OnGetAsync()
    {
        Baselines = (await Db.RoadmapBaselines.AsNoTracking().ToListAsync()).OrderByDescending(b => b.CreatedAt).ToList();
        if (Baseline is { } chosen)
        {
            Compared = Baselines.FirstOrDefault(b => b.Id == chosen);
            if (Compared is null)
            {
                return NotFound();
            }
        }
        else
        {
            Compared = Baselines.FirstOrDefault();
        }

        var plan = await RoadmapPlan.LoadAsync(Db, HttpContext.RequestAborted);
        var baseline = Compared is null ? [] : BaselinePlan.Read(Compared);
        var thisMonth = Months.First(Today);
        var firstHistory = thisMonth.AddMonths(-(HistoryMonths - 1));
        HistoryMonthList = Enumerable.Range(0, HistoryMonths).Select(n => firstHistory.AddMonths(n)).ToList();
        var checkIns = await Db.CheckIns.AsNoTracking().Where(c => c.Month >= firstHistory).ToListAsync();
        History = checkIns.GroupBy(c => (c.InitiativeId, c.Month)).ToDictionary(g => g.Key, g => g.First());
        var latestCheckIns = (await Db.CheckIns.AsNoTracking().ToListAsync())
            .GroupBy(c => c.InitiativeId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.Month).First());

        foreach (var i in plan.Scheduled)
        {
            var start = Months.At(plan.Start, plan.PlannedPeriod(i));
            var last = LastMonth(start, i.DurationMonths);
            var finish = i.ActualFinish is { } done ? Months.First(done)
                : i.ActualStart is { } began && LastMonth(Months.First(began), i.DurationMonths) > last ? LastMonth(Months.First(began), i.DurationMonths)
                : last;
            var entry = baseline.GetValueOrDefault(i.Id);
            var expected = Tracking.ExpectedPercent(start, i.DurationMonths, Today);
            var slip = Tracking.Slipping(finish, entry is null ? null : LastMonth(entry.StartMonth!.Value, entry.Months), i.PercentComplete, expected, i.Rag == Rag.Red, i.Status == InitiativeStatus.Done);
            Rows.Add(new ProgressRow(i, entry, start, last, finish, expected, slip, latestCheckIns.GetValueOrDefault(i.Id)));
        }

        var byId = plan.Scheduled.ToDictionary(i => i.Id);
        foreach (var d in plan.Dependencies)
        {
            if (byId.TryGetValue(d.PredecessorId, out var p) && byId.TryGetValue(d.SuccessorId, out var s)
                && Tracking.BreaksDependency(d.Type == DependencyType.StartToStart, Actual(p), Actual(s)))
            {
                Broken.Add(new BrokenDependency(p, s, d.Type));
            }
        }

        await LoadThemeChangesAsync(plan);
        return Page();
    }

    private static ActualProgress Actual(Initiative i) => new(
        i.ActualStart,
        i.ActualFinish,
        i.ActualStart is not null || i.Status is InitiativeStatus.InProgress or InitiativeStatus.Done,
        i.Status == InitiativeStatus.Done);

    /// <summary>The latest analysed campaign compared with the earlier one of the same framework, per theme.</summary>
    private async Task LoadThemeChangesAsync(RoadmapPlan plan)
    {
        var analysed = await Db.Campaigns.AsNoTracking()
            .Where(c => c.Status == CampaignStatus.Analysing || c.Status == CampaignStatus.Closed)
            .Select(c => new { c.Id, c.FrameworkId, c.StartsOn, c.CreatedAt })
            .ToListAsync();
        if (analysed.Count < 2)
        {
            return;
        }

        var keys = await Db.Frameworks.AsNoTracking().Select(f => new { f.Id, f.Key }).ToDictionaryAsync(f => f.Id, f => f.Key);
        var latest = analysed
            .Where(c => keys.ContainsKey(c.FrameworkId))
            .GroupBy(c => keys[c.FrameworkId])
            .Where(g => g.Count() >= 2)
            .Select(g => g.OrderByDescending(c => c.StartsOn ?? DateOnly.FromDateTime(c.CreatedAt.UtcDateTime)).First())
            .OrderByDescending(c => c.StartsOn ?? DateOnly.FromDateTime(c.CreatedAt.UtcDateTime))
            .FirstOrDefault();
        if (latest is null)
        {
            return;
        }

        var analysis = await CampaignAnalyses.RunAsync(Db, latest.Id, cancellationToken: HttpContext.RequestAborted);
        if (analysis?.Previous is null || analysis.PreviousCampaign is null)
        {
            return;
        }

        (LatestCampaign, EarlierCampaign) = (analysis.Campaign, analysis.PreviousCampaign);
        var working = plan.Initiatives.Where(i => i.Status is InitiativeStatus.Done or InitiativeStatus.InProgress).ToList();
        foreach (NodeInsight theme in analysis.Themes)
        {
            var name = analysis.Definition.Theme(theme.Id) is { } t ? T(t.Name) : theme.Id;
            var initiatives = working.Where(i => i.ThemeIds.Contains(theme.Id, StringComparer.Ordinal))
                .OrderBy(i => i.Status == InitiativeStatus.Done ? 0 : 1).ThenBy(i => i.Position).ToList();
            ThemeChanges.Add(new ThemeChange(theme.Id, name, theme.Previous, theme.Score, theme.Change, initiatives));
        }
    }
}
