using DataStrategy.Core;
using DataStrategy.Core.Inventory;
using DataStrategy.Data;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Processing;

/// <summary>The records of processing in the shape of the APD/GBA model register (XLSX, fr or nl): for data protection officers only.</summary>
[RequirePermission(Permission.ManageProcessingRecords)]
public sealed class ExportModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    public async Task<IActionResult> OnGetAsync(string? language)
    {
        // The model register exists in French and Dutch; another language gets the organisation's (or French).
        var lang = language is Languages.French or Languages.Dutch ? language
            : Organisation.Languages.FirstOrDefault(x => x is Languages.French or Languages.Dutch) ?? Languages.French;
        var datasets = await Db.Datasets.AsNoTracking().Where(d => d.PersonalData).OrderBy(d => d.Slug).ToListAsync();
        var records = await Db.ProcessingRecords.AsNoTracking().ToDictionaryAsync(r => r.DatasetId);
        var departments = await Db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id);
        var rows = datasets.Select(d => new ProcessingRegisterRow(
            d.Slug,
            d.Title.Get(lang),
            d.DepartmentId is { } id && departments.TryGetValue(id, out var dep) ? dep.Name.Get(lang) : null,
            records.TryGetValue(d.Id, out var r) ? EditModel.FieldsOf(r) : null)).ToList();
        var today = DateOnly.FromDateTime(HttpContext.UtcNow().UtcDateTime);
        var bytes = ProcessingRegisterWorkbook.Write(lang, Organisation.Name.Get(lang), today, rows);
        var name = lang == Languages.Dutch ? "register-verwerkingsactiviteiten" : "registre-activites-traitement";
        return File(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{name}-{Organisation.Slug}-{today:yyyyMMdd}.xlsx");
    }
}
