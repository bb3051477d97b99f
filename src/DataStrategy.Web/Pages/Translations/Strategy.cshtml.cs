using DataStrategy.Data;
using DataStrategy.Data.Translations;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Translations;

/// <summary>Translating the strategy: side by side, and by XLIFF file.</summary>
[RequirePermission(Permission.TranslateContent)]
[RequestSizeLimit(64 * 1024 * 1024)]
[RequestFormLimits(ValueCountLimit = 2000, MultipartBodyLengthLimit = 64 * 1024 * 1024)]
public sealed class StrategyModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : TranslatorPageModel(db, tenant, l)
{
    public override TranslationArea Area => TranslationArea.Strategy;

    public override string Path => "/translations/strategy";

    public override string Heading => L["Translate the strategy"];
}
