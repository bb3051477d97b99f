using System.Globalization;
using DataStrategy.Core.Images;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;

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

/// <summary>How every stored image leaves the server: as a JPEG that nothing can run in.</summary>
public static class ImageResponse
{
    public static FileContentResult Of(HttpResponse response, CaseStudyImageRendition rendition, bool publicCache)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(rendition);
        var headers = response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        // A rendition never changes (a new upload is a new image), but a withdrawn case study must leave caches within the hour.
        headers.CacheControl = publicCache ? "public, max-age=3600" : "private, max-age=3600";
        var etag = new EntityTagHeaderValue("\"" + rendition.Id.ToString("N", CultureInfo.InvariantCulture) + "\"");
        return new FileContentResult(rendition.Data, "image/jpeg") { EntityTag = etag };
    }
}
