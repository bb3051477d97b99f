using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Data.Publishing;

/// <summary>
/// Which organisations have a public site: those that publish something, a strategy version, a case study or a public dataset. Every
/// public surface (the pages under /p/{org}, the case-study feed, open data, the logo and the public API) finds its
/// organisation here, so one that publishes nothing answers exactly as a slug that does not exist: the public
/// surfaces never tell which organisations use the installation. Open-data maturity scores are offered on the
/// public site, so they alone do not make one.
/// </summary>
public static class PublicSite
{
    /// <summary>The organisation with this slug when it publishes something, set as the request's tenant; otherwise null.</summary>
    public static async Task<Organisation?> FindAsync(AppDbContext db, TenantContext tenant, string slug, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(tenant);
        var found = await db.Organisations.AsNoTracking().IgnoreQueryFilters()
            .Where(o => o.Slug == slug)
            .Select(o => new
            {
                Organisation = o,
                Publishes = db.StrategyVersions.Any(v => v.OrganisationId == o.Id && v.Status == StrategyVersionStatus.Published)
                    || db.CaseStudies.Any(c => c.OrganisationId == o.Id && c.Status == CaseStudyStatus.Published)
                    || db.Datasets.Any(d => d.OrganisationId == o.Id && d.Published && d.AccessRight == "PUBLIC"),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is not { Publishes: true })
        {
            return null;
        }

        tenant.SetOrganisation(found.Organisation.Id);
        return found.Organisation;
    }
}
