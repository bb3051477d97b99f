using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Roadmap;

/// <summary>Records a measurement of an outcome indicator (value, date, note), or deletes one.</summary>
[RequirePermission(Permission.TrackRoadmap)]
public sealed class KpiMeasureModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : KpiFormModel(db, tenant, l)
{
    public const int MaxNote = Core.Roadmap.RoadmapRules.MaxNote;

    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Value { get; set; }

    [BindProperty]
    public string? MeasuredOn { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public override bool IsNew => true;

    public Kpi Kpi { get; private set; } = null!;

    public KpiMeasurement? Latest { get; private set; }

    private async Task<bool> LoadAsync()
    {
        var kpi = await Db.Kpis.AsNoTracking().SingleOrDefaultAsync(k => k.Id == Id);
        if (kpi is null)
        {
            return false;
        }

        Kpi = kpi;
        Latest = await Db.KpiMeasurements.AsNoTracking().Where(m => m.KpiId == Id).OrderByDescending(m => m.MeasuredOn).ThenByDescending(m => m.RecordedAt).FirstOrDefaultAsync();
        return true;
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        MeasuredOn = DateInput(HttpContext.UtcToday());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var value = Number(nameof(Value), Value);
        var on = Date(nameof(MeasuredOn), MeasuredOn);
        if (on is { } d && d > HttpContext.UtcToday().AddDays(1))
        {
            ModelState.AddModelError(nameof(MeasuredOn), L["A measurement cannot be dated in the future."]);
        }

        var note = string.IsNullOrWhiteSpace(Note) ? null : Note.Trim();
        if (note?.Length > MaxNote)
        {
            ModelState.AddModelError(nameof(Note), L["The note must be at most {0} characters long.", MaxNote]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Db.KpiMeasurements.Add(new KpiMeasurement { KpiId = Kpi.Id, Value = value!.Value, MeasuredOn = on!.Value, Note = note, NoteLanguage = note is null ? null : Lang, RecordedBy = await WhoAsync() });
        await Db.SaveChangesAsync();
        Flash(L["The measurement was saved."]);
        return Redirect(OrgUrl("/roadmap/kpis/" + Kpi.Id));
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid? measurement)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var row = measurement is { } m ? await Db.KpiMeasurements.SingleOrDefaultAsync(x => x.Id == m && x.KpiId == Id) : null;
        if (row is null)
        {
            return NotFound();
        }

        Db.KpiMeasurements.Remove(row);
        await Db.SaveChangesAsync();
        Flash(L["The measurement was deleted."]);
        return Redirect(OrgUrl("/roadmap/kpis/" + Kpi.Id));
    }
}
