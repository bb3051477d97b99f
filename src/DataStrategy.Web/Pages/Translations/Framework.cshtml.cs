using DataStrategy.Data;
using DataStrategy.Data.Translations;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Translations;

/// <summary>
/// Translating one framework version: side by side, and by XLIFF file. A version a campaign uses is never changed: the
/// translations are saved as the next version (as with the XLSX sheet).
/// </summary>
[RequirePermission(Permission.ManageFrameworks)]
[RequestSizeLimit(64 * 1024 * 1024)]
[RequestFormLimits(ValueCountLimit = 2000, MultipartBodyLengthLimit = 64 * 1024 * 1024)]
public sealed class FrameworkModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : TranslatorPageModel(db, tenant, l)
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public override TranslationArea Area => TranslationArea.Framework;

    public override Guid? FrameworkId => Id;

    public override string Path => "/translations/frameworks/" + Id.ToString("D");

    public override string Heading => L["Translate the framework {0}", Catalog?.Framework?.Name.Get(Lang) ?? string.Empty];
}
