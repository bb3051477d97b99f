using System.Globalization;
using DataStrategy.Data.Entities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace DataStrategy.Web.Pages.CaseStudies;

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
