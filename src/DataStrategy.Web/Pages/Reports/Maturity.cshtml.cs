using DataStrategy.Core;
using DataStrategy.Core.Documents;
using DataStrategy.Core.Text;
using DataStrategy.Data;
using DataStrategy.Data.Analysis;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Reports;

/// <summary>The maturity report of a campaign, as DOCX or PDF, in French, Dutch or English.</summary>
[RequirePermission(Permission.ViewCampaigns)]
public sealed class MaturityModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l, ILogger<MaturityModel> logger) : OrgPageModel(db, tenant, l)
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Language { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Format { get; set; }

    public Campaign Campaign { get; private set; } = null!;

    public bool PdfAvailable { get; } = PdfConverter.IsAvailable();

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var campaign = await Db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == Id);
        if (campaign is null)
        {
            return NotFound();
        }

        Campaign = campaign;
        Language ??= Languages.IsSupported(Lang) ? Lang : Languages.English;
        Format ??= "docx";
        return Page();
    }

    public async Task<IActionResult> OnGetDownloadAsync()
    {
        var campaign = await Db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == Id);
        if (campaign is null)
        {
            return NotFound();
        }

        Campaign = campaign;
        if (!Languages.IsSupported(Language) || Format is not ("docx" or "pdf"))
        {
            Error = L["Choose a language and a format from the lists."];
            Language = Languages.IsSupported(Language) ? Language : Lang;
            Format = Format is "pdf" ? "pdf" : "docx";
            return Page();
        }

        var report = (await MaturityReportComposer.ComposeAsync(Db, Id, Language!, HttpContext.RequestAborted))!;
        var docx = MaturityReportDocx.Build(report);
        var name = $"{Slug.From(campaign.Name.Get(Language))}-{Language}";
        var (file, error) = await DocumentDownload.SendAsync(docx, name, Format!, L, logger, HttpContext.RequestAborted);
        if (file is not null)
        {
            return file;
        }

        Error = error;
        return Page();
    }
}
