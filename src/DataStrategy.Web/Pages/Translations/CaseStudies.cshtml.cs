using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Data.Translations;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Translations;

/// <summary>
/// Translating the case studies (texts, key figure labels, image text alternatives): side by side, and by XLIFF file.
/// What is on the public site changes only by the programme lead's hand, as on the case study pages.
/// </summary>
[RequirePermission(Permission.TranslateContent)]
[RequestSizeLimit(64 * 1024 * 1024)]
[RequestFormLimits(ValueCountLimit = 2000, MultipartBodyLengthLimit = 64 * 1024 * 1024)]
public sealed class CaseStudiesModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : TranslatorPageModel(db, tenant, l)
{
    public override TranslationArea Area => TranslationArea.CaseStudies;

    public override string Path => "/translations/case-studies";

    public override string Heading => L["Translate the case studies"];

    protected override bool MayChange(CaseStudy study) => study.Status == CaseStudyStatus.Draft || Can(Permission.PublishCaseStudies);
}
