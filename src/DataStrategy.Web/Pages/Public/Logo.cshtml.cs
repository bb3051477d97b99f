using System.Globalization;
using DataStrategy.Core.Images;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Data.Publishing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace DataStrategy.Web.Pages.Public;

/// <summary>
/// The organisation's logo, for its public page: no account needed, and only for an organisation that publishes
/// something (<see cref="PublicSite"/>); members see it on the settings page. Served without metadata: a logo saved
/// before uploads were cleaned is cleaned here.
/// </summary>
[AllowAnonymous]
public sealed class LogoModel(AppDbContext db, TenantContext tenant) : PageModel
{
    private static readonly HashSet<string> ImageTypes = new(StringComparer.Ordinal) { "image/png", "image/jpeg" };

    public async Task<IActionResult> OnGetAsync(string org)
    {
        if (await PublicSite.FindAsync(db, tenant, org, HttpContext.RequestAborted) is not { } organisation)
        {
            return NotFound();
        }

        var logo = await db.OrganisationLogos.AsNoTracking().SingleOrDefaultAsync(l => l.OrganisationId == organisation.Id, HttpContext.RequestAborted);
        return Serve(Response, logo, "public, max-age=3600, must-revalidate");
    }

    /// <summary>The logo as an image response that can run nothing; 404 when there is none.</summary>
    public static IActionResult Serve(HttpResponse response, OrganisationLogo? logo, string cacheControl)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (logo is null || logo.Data.Length == 0 || LogoMetadata.Strip(logo.Data) is not { } data)
        {
            return new NotFoundResult();
        }

        var headers = response.Headers;
        headers.XContentTypeOptions = "nosniff";
        // Even if a browser were tricked into rendering it as a document, it could run nothing.
        headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        headers.CacheControl = cacheControl;
        // "-s": not the tag of the same logo served with its metadata before, so no cache keeps that copy.
        var etag = new EntityTagHeaderValue("\"" + logo.UpdatedAt.UtcTicks.ToString(CultureInfo.InvariantCulture) + "-s\"");
        var contentType = ImageTypes.Contains(logo.ContentType) ? logo.ContentType : "application/octet-stream";
        return new FileContentResult(data, contentType) { LastModified = logo.UpdatedAt, EntityTag = etag };
    }
}
