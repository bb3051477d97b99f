using DataStrategy.Core.Csv;
using DataStrategy.Data;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace DataStrategy.Web.Pages.Stakeholders;

[RequirePermission(Permission.ViewStakeholders)]
public sealed class ExportModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    public async Task<IActionResult> OnGetAsync(string? format, string? q, Guid? department)
    {
        var rows = await StakeholderQuery.Filter(Db.Stakeholders.AsNoTracking().Include(s => s.Department), q, department)
            .OrderBy(s => s.Name).ToListAsync();
        // Column names are the import's own, so an export can be edited and imported elsewhere.
        string[] header = ["name", "job_title", "department", "email", "notes"];
        var data = rows.Select(s => (IReadOnlyList<string?>)(s.IsErased
            ? [L["Anonymised stakeholder"], null, s.Department?.Code, null, null]
            : [s.Name, s.JobTitle, s.Department?.Code, s.Email, s.Notes])).ToList();
        var stamp = HttpContext.UtcNow().ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        if (string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase))
        {
            var sheet = data.Select(r => header.Select((h, i) => (h, v: (object?)CsvSafe.Escape(r[i]))).ToDictionary(x => x.h, x => x.v)).ToList();
            using var ms = new MemoryStream();
            await ms.SaveAsAsync(sheet);
            return File(ms.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"stakeholders-{Organisation.Slug}-{stamp}.xlsx");
        }

        return File(CsvSafe.ToBytes(header, data, CsvSafe.DelimiterFor(Lang)), "text/csv; charset=utf-8", $"stakeholders-{Organisation.Slug}-{stamp}.csv");
    }
}
