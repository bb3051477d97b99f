using DataStrategy.Core;
using DataStrategy.Core.Text;
using DataStrategy.Data;
using DataStrategy.Data.Assessment;
using DataStrategy.Data.Translations;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Translations;

/// <summary>What is missing in each of the organisation's languages, per area, with the way to the translator views and the files.</summary>
[RequirePermission(Permission.TranslateContent)]
public sealed class IndexModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    /// <summary>One line of the overview: an area (a framework, the strategy…), its texts and what each language lacks.</summary>
    public sealed record AreaRow(string Key, string Name, LocalizedText? LocalizedName, int Texts, IReadOnlyDictionary<string, int> Missing, string Source, string? TranslateUrl, string? SheetUrl);

    public IReadOnlyList<string> TargetLanguages => [.. Organisation.Languages.Where(Languages.IsSupported).Distinct()];

    public List<AreaRow> Rows { get; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        foreach (var framework in await ContentCatalog.LatestFrameworksAsync(Db, ct))
        {
            var catalog = (await ContentCatalog.LoadAsync(Db, TranslationArea.Framework, framework.Id, cancellationToken: ct))!;
            var manage = Can(Permission.ManageFrameworks);
            Rows.Add(Row(catalog.FileId, L["Framework"], framework.Name, catalog, manage ? "/translations/frameworks/" + framework.Id.ToString("D") : null, "/frameworks/" + framework.Id.ToString("D") + "?handler=Sheet"));
        }

        Rows.Add(Row("strategy", L["Strategy"], null, (await ContentCatalog.LoadAsync(Db, TranslationArea.Strategy, cancellationToken: ct))!, "/translations/strategy", null));
        Rows.Add(Row("roadmap", L["Roadmap"], null, (await ContentCatalog.LoadAsync(Db, TranslationArea.Roadmap, cancellationToken: ct))!, "/translations/roadmap", null));
        Rows.Add(Row("case-studies", L["Case studies"], null, (await ContentCatalog.LoadAsync(Db, TranslationArea.CaseStudies, cancellationToken: ct))!, "/translations/case-studies", null));
        return Page();
    }

    private AreaRow Row(string key, string name, LocalizedText? localizedName, ContentCatalog catalog, string? translate, string? sheet) =>
        new(key, name, localizedName, catalog.Texts.Count, catalog.Missing(TargetLanguages), catalog.MostWrittenLanguage(Languages.All, Organisation.DefaultLanguage), translate is null ? null : OrgUrl(translate), sheet is null ? null : OrgUrl(sheet));
}
