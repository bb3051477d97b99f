using DataStrategy.Core.Roadmap;
using DataStrategy.Core.Text;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Roadmap;

/// <summary>One outcome indicator: baseline, target, status and every measurement.</summary>
[RequirePermission(Permission.ViewRoadmap)]
public sealed class KpiModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : RoadmapPageModel(db, tenant, l)
{
    [FromRoute]
    public Guid Id { get; set; }

    public KpiRow Row { get; private set; } = null!;

    public Kpi Kpi => Row.Kpi;

    /// <summary>Latest first.</summary>
    public List<KpiMeasurement> Measurements { get; private set; } = [];

    public Dictionary<string, LocalizedText> ObjectiveNames { get; private set; } = [];

    public Dictionary<string, Initiative> InitiativesById { get; private set; } = [];

    /// <summary>Where the straight line from baseline to target is today.</summary>
    public decimal ExpectedToday { get; private set; }

    /// <summary>The register's dataset its measurements come from; null when none is named or the reader may not see the register.</summary>
    public DataStrategy.Data.Inventory.DatasetLink? SourceDataset { get; private set; }

    public string StatusText(KpiStatus status) => L["KpiStatus." + status];

    public async Task<IActionResult> OnGetAsync()
    {
        var kpi = await Db.Kpis.AsNoTracking().SingleOrDefaultAsync(k => k.Id == Id);
        if (kpi is null)
        {
            return NotFound();
        }

        Measurements = await Db.KpiMeasurements.AsNoTracking().Where(m => m.KpiId == Id).OrderByDescending(m => m.MeasuredOn).ThenByDescending(m => m.RecordedAt).ToListAsync();
        Row = KpisModel.Of(kpi, Measurements.FirstOrDefault());
        ExpectedToday = Tracking.ExpectedValue(kpi.Baseline, kpi.BaselineOn, kpi.Target, kpi.TargetOn, HttpContext.UtcToday());
        (ObjectiveNames, InitiativesById) = await KpisModel.LinksAsync(Db);
        if (Can(Permission.ViewInventory))
        {
            SourceDataset = await DataStrategy.Data.Inventory.DatasetLinks.ByIdAsync(Db, kpi.SourceDatasetId);
        }

        return Page();
    }
}
