using DataStrategy.Core.Csv;
using DataStrategy.Core.Text;
using DataStrategy.Data;
using DataStrategy.Data.Assessment;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Campaigns;

/// <summary>Every answer of a campaign as CSV (long format). Names respondents: facilitators and administrators only.</summary>
[RequirePermission(Permission.ViewRespondents)]
public sealed class ExportModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    [FromRoute]
    public Guid Id { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var campaign = await Db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == Id);
        if (campaign is null)
        {
            return NotFound();
        }

        var stream = new MemoryStream();
        await AnswerExport.WriteCsvAsync(Db, Id, stream, CsvSafe.DelimiterFor(Lang), HttpContext.RequestAborted);
        stream.Position = 0;
        return File(stream, "text/csv; charset=utf-8", $"{Slug.From(campaign.Name.Get(Lang))}-answers.csv");
    }
}
