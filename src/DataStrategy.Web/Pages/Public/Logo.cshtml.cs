using System.Globalization;
using DataStrategy.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace DataStrategy.Web.Pages.Public;

/// <summary>
/// The organisation's logo, for its public page and documents: no account needed. Organisations
/// and logos are not tenant-owned rows, so the slug finds them without any tenant filter.
/// </summary>
[AllowAnonymous]
public sealed class LogoModel(AppDbContext db) : PageModel
{
    private static readonly HashSet<string> ImageTypes = new(StringComparer.Ordinal) { "image/png", "image/jpeg" };

    public async Task<IActionResult> OnGetAsync(string org)
    {
        var logo = await db.Organisations.AsNoTracking().Where(o => o.Slug == org)
            .Join(db.OrganisationLogos.AsNoTracking(), o => o.Id, l => l.OrganisationId, (_, l) => l)
            .SingleOrDefaultAsync(HttpContext.RequestAborted);
        if (logo is null || logo.Data.Length == 0)
        {
            return NotFound();
        }

        var headers = Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        // Even if a browser were tricked into rendering it as a document, it could run nothing.
        headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        headers.CacheControl = "public, max-age=3600, must-revalidate";
        var etag = new EntityTagHeaderValue("\"" + logo.UpdatedAt.UtcTicks.ToString(CultureInfo.InvariantCulture) + "\"");
        var contentType = ImageTypes.Contains(logo.ContentType) ? logo.ContentType : "application/octet-stream";
        return new FileContentResult(logo.Data, contentType) { LastModified = logo.UpdatedAt, EntityTag = etag };
    }
}
