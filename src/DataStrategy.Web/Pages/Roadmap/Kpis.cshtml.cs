using System.Globalization;
using DataStrategy.Core.Roadmap;
using DataStrategy.Core.Strategy;
using DataStrategy.Core.Text;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Roadmap;

/// <summary>The outcome indicators: where each started, where it is, where it should be, and whether it is on track.</summary>
[RequirePermission(Permission.ViewRoadmap)]
public sealed class KpisModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : RoadmapPageModel(db, tenant, l)
{
    public List<KpiRow> Rows { get; private set; } = [];

    public Dictionary<string, LocalizedText> ObjectiveNames { get; private set; } = [];

    public Dictionary<string, Initiative> InitiativesById { get; private set; } = [];

    public static string Number(decimal value) => value.ToString("#,0.####", CultureInfo.CurrentCulture);

    public static string DateLabel(DateOnly date) => Core.Text.DateText.Abbreviated(date, CultureInfo.CurrentCulture);

    public string StatusText(KpiStatus status) => L["KpiStatus." + status];

    public static string StatusClass(KpiStatus status) => "kpi-status kpi-" + status.ToString().ToLowerInvariant();

    public async Task<IActionResult> OnGetAsync()
    {
        var kpis = await Db.Kpis.AsNoTracking().OrderBy(k => k.Position).ToListAsync();
        var latest = (await Db.KpiMeasurements.AsNoTracking().ToListAsync())
            .GroupBy(m => m.KpiId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(m => m.MeasuredOn).ThenByDescending(m => m.RecordedAt).First());
        Rows = kpis.Select(k => Of(k, latest.GetValueOrDefault(k.Id))).ToList();
        (ObjectiveNames, InitiativesById) = await LinksAsync(Db);
        return Page();
    }

    public static KpiRow Of(Kpi kpi, KpiMeasurement? latest)
    {
        ArgumentNullException.ThrowIfNull(kpi);
        return new KpiRow(kpi, latest, Tracking.Status(kpi.Baseline, kpi.BaselineOn, kpi.Target, kpi.TargetOn, latest?.Value, latest?.MeasuredOn));
    }

    /// <summary>Names of the objectives and initiatives indicators link to, by ID.</summary>
    public static async Task<(Dictionary<string, LocalizedText> Objectives, Dictionary<string, Initiative> Initiatives)> LinksAsync(AppDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var objectives = await db.StrategyItems.AsNoTracking().Where(s => s.Kind == StrategyItemKind.Objective).ToListAsync();
        var initiatives = await db.Initiatives.AsNoTracking().OrderBy(i => i.Position).ThenBy(i => i.Code).ToListAsync();
        return (objectives.ToDictionary(o => o.Id.ToString("D"), o => o.Title, StringComparer.OrdinalIgnoreCase),
            initiatives.ToDictionary(i => i.Id.ToString("D"), i => i, StringComparer.OrdinalIgnoreCase));
    }
}
