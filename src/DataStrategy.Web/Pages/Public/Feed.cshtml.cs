using DataStrategy.Core.Publishing;
using DataStrategy.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DataStrategy.Web.Pages.Public;

/// <summary>An Atom feed of the published case studies, in the language asked for (<c>?culture=nl</c>).</summary>
[AllowAnonymous]
public sealed class FeedModel(AppDbContext db, TenantContext tenant, Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> l) : PublicPageModel(db, tenant)
{
    public async Task<IActionResult> OnGetAsync(string org)
    {
        if (!await FindOrganisationAsync(org))
        {
            return NotFound();
        }

        var studies = await PublishedCaseStudies.ListAsync(Db, 50, HttpContext.RequestAborted);
        var updated = studies.Count == 0 ? Organisation.CreatedAt : studies.Max(s => s.Study.UpdatedAt);
        var feed = new AtomFeedInfo(
            Absolute("/p/" + Organisation.Slug + "/case-studies/feed.atom") + "#" + Lang,
            l["Case studies"] + " · " + OrgName,
            Lang,
            Absolute(PublicUrl("/case-studies/feed.atom")),
            Absolute(PublicUrl("/case-studies")),
            OrgName,
            updated);
        var entries = studies.Select(s => new AtomEntry(
            "urn:uuid:" + s.Study.Id.ToString("D"),
            T(s.Study.Title),
            T(s.Study.Summary),
            Absolute(PublicUrl("/case-studies/" + s.Study.Slug)),
            s.Study.UpdatedAt,
            s.Study.PublishedAt ?? s.Study.UpdatedAt,
            s.Image is null ? null : Absolute(ImageUrl(Organisation.Slug, s.Image.Id, "large"))));
        Response.Headers.CacheControl = "public, max-age=300";
        // Without ?culture= the language comes from the cookie or Accept-Language: caches must keep them apart.
        Response.Headers.Vary = "Accept-Language, Cookie";
        return File(AtomFeed.Build(feed, entries), "application/atom+xml; charset=utf-8");
    }
}
