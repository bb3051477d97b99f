using DataStrategy.Core.Publishing;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.CaseStudies;

/// <summary>One case study as members read it, with what it still needs before it can be published.</summary>
[RequirePermission(Permission.ViewCaseStudies)]
public sealed class CaseStudyModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : CaseStudyPageModel(db, tenant, l)
{
    [FromRoute]
    public Guid Id { get; set; }

    public CaseStudy Study { get; private set; } = null!;

    public List<CaseStudyImage> Images { get; private set; } = [];

    /// <summary>What stops publication, in the reader's language; empty when it can be published.</summary>
    public List<string> Missing { get; private set; } = [];

    /// <summary>The register's datasets it used; null for a reader who may not see the register.</summary>
    public IReadOnlyList<DataStrategy.Data.Inventory.DatasetLink>? Datasets { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var study = await Db.CaseStudies.AsNoTracking().SingleOrDefaultAsync(c => c.Id == Id);
        if (study is null)
        {
            return NotFound();
        }

        Study = study;
        Images = await Db.CaseStudyImages.AsNoTracking().Where(i => i.CaseStudyId == Id).OrderBy(i => i.Position).ToListAsync();
        await LoadOptionsAsync();
        Missing = MissingForPublication(L, study, Images, Organisation.Languages, SectionLabel);
        if (Can(Permission.ViewInventory))
        {
            Datasets = await DataStrategy.Data.Inventory.DatasetLinks.OfCaseStudyAsync(Db, study.Id, publishedOnly: false, Lang);
        }

        return Page();
    }

    public static List<string> MissingForPublication(IStringLocalizer l, CaseStudy study, IEnumerable<CaseStudyImage> images, IEnumerable<string> languages, Func<string, string> sectionLabel)
    {
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(sectionLabel);
        var wanted = languages.ToList();
        var missing = CaseStudyCompleteness.MissingTexts(name => CaseStudyPageModel.Section(study, name), wanted)
            .Select(m => l["{0} {1}", sectionLabel(m.Section), InLanguage(l, m.Language)].Value).ToList();
        missing.AddRange(CaseStudyCompleteness.MissingAltTexts(images.OrderBy(i => i.Position).Select(i => i.AltText), wanted)
            .Select(m => l["The text alternative of image {0} {1}", m.Position, InLanguage(l, m.Language)].Value));
        return missing;
    }
}
