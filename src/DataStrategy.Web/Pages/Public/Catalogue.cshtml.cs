using System.Globalization;
using DataStrategy.Data;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace DataStrategy.Web.Pages.Public;

/// <summary>
/// The DCAT-AP 3.0.1 catalogue of the public datasets: <c>/p/{org}/catalogue.ttl</c> (Turtle) and
/// <c>/p/{org}/catalogue.jsonld</c> (JSON-LD), 100 datasets a page (<c>?page=N</c>, hydra:PagedCollection), with an
/// entity tag and Last-Modified so a harvester's conditional request costs nothing.
/// </summary>
[AllowAnonymous]
public sealed class CatalogueModel(AppDbContext db, TenantContext tenant, PublicCache cache) : PublicPageModel(db, tenant)
{
    public async Task<IActionResult> OnGetAsync(string org, string format)
    {
        if (format is not ("ttl" or "jsonld") || !await FindOrganisationAsync(org))
        {
            return NotFound();
        }

        // Not a handler parameter: Razor Pages keeps "page" for the page's own route value.
        var page = Request.Query["page"].FirstOrDefault();
        var number = 1;
        if (page is not null && (!int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out number) || number < 1))
        {
            return NotFound();
        }

        var document = await PublicCatalogue.DocumentAsync(cache, Db, Organisation, Absolute("/p/" + Organisation.Slug), format, number, HttpContext.RequestAborted);
        if (document is null)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "public, max-age=300";
        var links = new List<string> { "<" + document.Page.UrlOf(1) + ">; rel=\"first\"", "<" + document.Page.UrlOf(document.Page.LastNumber) + ">; rel=\"last\"" };
        if (number < document.Page.LastNumber)
        {
            links.Add("<" + document.Page.UrlOf(number + 1) + ">; rel=\"next\"");
        }

        if (number > 1)
        {
            links.Add("<" + document.Page.UrlOf(number - 1) + ">; rel=\"prev\"");
        }

        Response.Headers.Link = string.Join(", ", links);
        var contentType = format == "ttl" ? "text/turtle; charset=utf-8" : "application/ld+json";
        return new FileContentResult(document.Body, contentType) { EntityTag = new EntityTagHeaderValue(document.ETag), LastModified = document.LastModified };
    }
}
