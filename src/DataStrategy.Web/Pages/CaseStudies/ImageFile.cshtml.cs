using DataStrategy.Core.Images;
using DataStrategy.Data;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.CaseStudies;

/// <summary>A rendition of a case study image for members (drafts included).</summary>
[RequirePermission(Permission.ViewCaseStudies)]
public sealed class ImageFileModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : CaseStudyPageModel(db, tenant, l)
{
    public async Task<IActionResult> OnGetAsync(Guid imageId, string size)
    {
        if (!PhotoImage.IsSize(size))
        {
            return NotFound();
        }

        var rendition = await Db.CaseStudyImageRenditions.AsNoTracking().SingleOrDefaultAsync(r => r.ImageId == imageId && r.Size == size, HttpContext.RequestAborted);
        return rendition is null ? NotFound() : ImageResponse.Of(Response, rendition, publicCache: false);
    }
}
