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
public sealed class MaturityModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l, ILogger<MaturityModel> logger, PdfRenderCache pdfs) : OrgPageModel(db, tenant, l)
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
        if (PdfAvailable)
        {
            // Whoever opens the page is likely to download the report: its PDF in the proposed language is made now, in the background.
            var (organisationId, campaignId, language) = (Organisation.Id, Id, Language);
            pdfs.Warm(organisationId, async db => await JobAsync(db, organisationId, campaignId, language, CancellationToken.None) is { } job ? job.Job : null);
        }

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

        var (job, _) = (await JobAsync(Db, Organisation.Id, Id, Language!, HttpContext.RequestAborted))!.Value;
        var name = $"{Slug.From(campaign.Name.Get(Language))}-{Language}";
        var (file, error) = await DocumentDownload.SendAsync(pdfs, job, name, Format!, L, logger, HttpContext.RequestAborted);
        if (file is not null)
        {
            return file;
        }

        Error = error;
        return Page();
    }

    /// <summary>The report of a campaign in a language, keyed by its content: the same figures and texts are the same PDF.</summary>
    public static async Task<(PdfJob Job, MaturityReport Report)?> JobAsync(AppDbContext db, Guid organisationId, Guid campaignId, string language, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await MaturityReportComposer.ComposeAsync(db, campaignId, language, ct) is not { } report)
        {
            return null;
        }

        var subject = $"maturity/{campaignId:N}/{language}";
        return (new PdfJob(organisationId, subject, PdfRenderCache.KeyOf(subject, report), () => MaturityReportDocx.Build(report)), report);
    }
}
