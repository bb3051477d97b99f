using System.Globalization;
using System.Security.Claims;
using DataStrategy.Core.Images;
using DataStrategy.Data;
using DataStrategy.Data.Publishing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace DataStrategy.Web.Pages.Public;

/// <summary>
/// The organisation's logo, for its public page: no account needed once the organisation publishes something
/// (<see cref="PublicSite"/>). Before that it answers like an unknown organisation, except to the organisation's own
/// members (the settings page shows it), and then privately. Served without metadata: a logo stored before uploads
/// were cleaned is cleaned here.
/// </summary>
[AllowAnonymous]
public sealed class LogoModel(AppDbContext db, TenantContext tenant) : PageModel
{
    private static readonly HashSet<string> ImageTypes = new(StringComparer.Ordinal) { "image/png", "image/jpeg" };

    public async Task<IActionResult> OnGetAsync(string org)
    {
        var ct = HttpContext.RequestAborted;
        var organisationId = (await PublicSite.FindAsync(db, tenant, org, ct))?.Id;
        var cacheControl = "public, max-age=3600, must-revalidate";
        if (organisationId is null && User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId)
        {
            organisationId = await db.Memberships.IgnoreQueryFilters().Where(m => m.UserId == userId && m.Organisation!.Slug == org)
                .Select(m => (Guid?)m.OrganisationId).FirstOrDefaultAsync(ct);
            cacheControl = "private, no-cache";
        }

        if (organisationId is null)
        {
            return NotFound();
        }

        var logo = await db.OrganisationLogos.AsNoTracking().SingleOrDefaultAsync(l => l.OrganisationId == organisationId, ct);
        if (logo is null || logo.Data.Length == 0 || LogoMetadata.Strip(logo.Data) is not { } data)
        {
            return NotFound();
        }

        var headers = Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        // Even if a browser were tricked into rendering it as a document, it could run nothing.
        headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        headers.CacheControl = cacheControl;
        // "-s": not the tag the same logo had when it was served with its metadata, so no cache keeps that copy.
        var etag = new EntityTagHeaderValue("\"" + logo.UpdatedAt.UtcTicks.ToString(CultureInfo.InvariantCulture) + "-s\"");
        var contentType = ImageTypes.Contains(logo.ContentType) ? logo.ContentType : "application/octet-stream";
        return new FileContentResult(data, contentType) { LastModified = logo.UpdatedAt, EntityTag = etag };
    }
}
