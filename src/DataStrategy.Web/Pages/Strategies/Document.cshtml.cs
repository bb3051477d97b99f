using DataStrategy.Core.Documents;
using DataStrategy.Data;
using DataStrategy.Data.Analysis;
using DataStrategy.Data.Entities;
using DataStrategy.Data.Strategies;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Strategies;

/// <summary>The strategy document (DOCX or PDF), of a version or the draft, in one language or two side by side.</summary>
[RequirePermission(Permission.ViewStrategy)]
public sealed class DocumentModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l, ILogger<DocumentModel> logger, PdfRenderCache pdfs) : OrgPageModel(db, tenant, l)
{
    public static readonly string[] LanguageChoices = ["fr", "nl", "en", "fr-nl", "nl-fr"];

    [BindProperty(SupportsGet = true)]
    public string? Version { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Language { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Format { get; set; }

    public List<StrategyVersion> Versions { get; private set; } = [];

    public bool PdfAvailable { get; } = PdfConverter.IsAvailable();

    public string? Error { get; private set; }

    private async Task LoadAsync()
    {
        Versions = await Db.StrategyVersions.AsNoTracking().OrderByDescending(v => v.Number).ToListAsync();
        Version ??= Versions.Find(v => v.Status == StrategyVersionStatus.Published)?.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "draft";
        Language ??= OrgPageModel.Lang;
        Format ??= "docx";
    }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnGetDownloadAsync()
    {
        await LoadAsync();
        var languages = StrategyDocumentComposer.ParseLanguages(Language);
        if (languages is null || Format is not ("docx" or "pdf"))
        {
            Error = L["Choose a language and a format from the lists."];
            return Page();
        }

        var document = await StrategyDocumentComposer.ComposeAsync(Db, Organisation, Version, languages, Can(Permission.ViewStakeholders), HttpContext.RequestAborted);
        if (document is null)
        {
            return NotFound();
        }

        var subject = $"strategy/{Version}/{Language}/{(Can(Permission.ViewStakeholders) ? "named" : "anonymous")}";
        var job = new PdfJob(Organisation.Id, subject, PdfRenderCache.KeyOf(subject, document), () => StrategyDocx.Build(document));
        var name = StrategyDocumentComposer.FileName(Organisation, languages);
        var (file, error) = await DocumentDownload.SendAsync(pdfs, job, name, Format!, L, logger, HttpContext.RequestAborted);
        if (file is not null)
        {
            return file;
        }

        Error = error;
        return Page();
    }
}
