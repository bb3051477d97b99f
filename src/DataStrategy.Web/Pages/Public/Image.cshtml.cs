using DataStrategy.Core.Images;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Pages.CaseStudies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Web.Pages.Public;

/// <summary>An image of a published case study; the images of drafts are not found here.</summary>
[AllowAnonymous]
public sealed class ImageModel(AppDbContext db, TenantContext tenant) : PublicPageModel(db, tenant)
{
    public async Task<IActionResult> OnGetAsync(string org, Guid imageId, string size)
    {
        if (!PhotoImage.IsSize(size) || !await FindOrganisationAsync(org))
        {
            return NotFound();
        }

        var ct = HttpContext.RequestAborted;
        var rendition = await (from r in Db.CaseStudyImageRenditions.AsNoTracking()
                               join i in Db.CaseStudyImages on r.ImageId equals i.Id
                               join c in Db.CaseStudies on i.CaseStudyId equals c.Id
                               where r.ImageId == imageId && r.Size == size && c.Status == CaseStudyStatus.Published
                               select r).SingleOrDefaultAsync(ct);
        return rendition is null ? NotFound() : ImageResponse.Of(Response, rendition, publicCache: true);
    }
}
