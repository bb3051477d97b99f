using System.Globalization;
using DataStrategy.Core.Csv;
using DataStrategy.Core.Roadmap.Exchange;
using DataStrategy.Data;
using DataStrategy.Data.Roadmaps;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Roadmap;

/// <summary>The roadmap's downloads: workbook, CSV of initiatives, iCalendar of milestones, JSON.
/// A lead person's name is included only for those who may see stakeholders.</summary>
[RequirePermission(Permission.ViewRoadmap)]
public sealed class ExportModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : RoadmapPageModel(db, tenant, l)
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public int Initiatives { get; private set; }

    public int Milestones { get; private set; }

    public int Kpis { get; private set; }

    public bool NamesLeads => Can(Permission.ViewStakeholders);

    public async Task<IActionResult> OnGetAsync()
    {
        var roadmap = await ComposeAsync();
        Initiatives = roadmap.Initiatives.Count;
        Milestones = roadmap.Milestones.Count;
        Kpis = roadmap.Kpis.Count;
        return Page();
    }

    public async Task<IActionResult> OnGetXlsxAsync() =>
        File(RoadmapSheets.Xlsx(await ComposeAsync()), XlsxType, FileName("xlsx"));

    public async Task<IActionResult> OnGetCsvAsync() =>
        File(RoadmapSheets.InitiativesCsv(await ComposeAsync(), CsvSafe.DelimiterFor(Lang)), "text/csv; charset=utf-8", FileName("csv", "roadmap-initiatives"));

    public async Task<IActionResult> OnGetIcsAsync()
    {
        var roadmap = await ComposeAsync();
        var name = L["Roadmap milestones – {0}", Organisation.Name.Get(Lang)];
        return File(RoadmapCalendar.Build(roadmap, HttpContext.PublicHost(), HttpContext.UtcNow(), name), "text/calendar; charset=utf-8", FileName("ics", "roadmap-milestones"));
    }

    public async Task<IActionResult> OnGetJsonAsync() =>
        File(RoadmapJson.Build(await ComposeAsync()), "application/json; charset=utf-8", FileName("json"));

    private Task<RoadmapExchange> ComposeAsync() =>
        RoadmapExchangeComposer.ComposeAsync(Db, Organisation.Slug, new RoadmapExportOptions(Lang, NamesLeads), HttpContext.UtcNow(), HttpContext.RequestAborted);

    private string FileName(string extension, string prefix = "roadmap") =>
        $"{prefix}-{Organisation.Slug}-{HttpContext.UtcNow().ToString("yyyyMMdd", CultureInfo.InvariantCulture)}.{extension}";
}
