using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.CaseStudies;

/// <summary>Puts a complete case study on the public site, or takes it off. The programme lead decides.</summary>
[RequirePermission(Permission.PublishCaseStudies)]
public sealed class PublishModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : CaseStudyPageModel(db, tenant, l)
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    public CaseStudy Study { get; private set; } = null!;

    public List<string> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() =>
        await Db.CaseStudies.AnyAsync(c => c.Id == Id) ? Redirect(CaseStudyUrl(Id)) : NotFound();

    public Task<IActionResult> OnPostAsync() => ChangeAsync(CaseStudyStatus.Published);

    public Task<IActionResult> OnPostWithdrawAsync() => ChangeAsync(CaseStudyStatus.Draft);

    private async Task<IActionResult> ChangeAsync(CaseStudyStatus status)
    {
        var study = await Db.CaseStudies.SingleOrDefaultAsync(c => c.Id == Id);
        if (study is null)
        {
            return NotFound();
        }

        Study = study;
        if (study.Version != Version)
        {
            Problems.Add(L["Someone else changed this record while you were editing it. Reload the page to see their changes."]);
            return Page();
        }

        if (status == CaseStudyStatus.Published)
        {
            var images = await Db.CaseStudyImages.AsNoTracking().Where(i => i.CaseStudyId == Id).ToListAsync();
            Problems = CaseStudyModel.MissingForPublication(L, study, images, Organisation.Languages, SectionLabel);
            if (Problems.Count > 0)
            {
                return Page();
            }
        }

        if (study.Status == status)
        {
            return Redirect(CaseStudyUrl(Id));
        }

        study.Status = status;
        study.PublishedAt = status == CaseStudyStatus.Published ? HttpContext.UtcNow() : study.PublishedAt;
        study.UpdatedAt = HttpContext.UtcNow();
        Db.Entry(study).Property(x => x.Version).OriginalValue = Version;
        if (!await TrySaveAsync())
        {
            Problems.Add(L["Someone else changed this record while you were editing it. Reload the page to see their changes."]);
            return Page();
        }

        Flash(status == CaseStudyStatus.Published ? L["The case study is on the public site."] : L["The case study was withdrawn from the public site."]);
        return Redirect(CaseStudyUrl(Id));
    }
}
