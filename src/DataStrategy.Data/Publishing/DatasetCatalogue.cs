using DataStrategy.Core;
using DataStrategy.Core.Catalogue;
using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Data.Publishing;

/// <summary>
/// The public datasets of the request's organisation (the tenant, found by <see cref="PublicSite"/>) as the catalogue
/// and the public pages describe them: published, with the EU access right PUBLIC, and only the fields a citizen may
/// see (never owner, steward, source system, personal-data flag or record of processing).
/// </summary>
public static class DatasetCatalogue
{
    /// <summary>The public datasets of the current tenant.</summary>
    public static IQueryable<Dataset> Public(AppDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Datasets.AsNoTracking().Where(d => d.Published && d.AccessRight == "PUBLIC");
    }

    /// <summary>How many public datasets there are and when the newest changed: what a cached catalogue is keyed on.</summary>
    public static async Task<CatalogueStamp> StampAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        var query = Public(db);
        var count = await query.CountAsync(cancellationToken);
        var newest = count == 0 ? (DateTimeOffset?)null : await query.OrderByDescending(d => d.UpdatedAt).Select(d => (DateTimeOffset?)d.UpdatedAt).FirstOrDefaultAsync(cancellationToken);
        return new CatalogueStamp(count, newest);
    }

    /// <summary>The catalogue's own description for <paramref name="organisation"/>, its public site at <paramref name="baseUrl"/>.</summary>
    public static CatalogueInfo Info(Organisation organisation, string baseUrl, CatalogueStamp stamp)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(stamp);
        var languages = new List<string> { organisation.DefaultLanguage };
        languages.AddRange(organisation.Languages.Where(l => l != organisation.DefaultLanguage && Languages.IsContent(l)));
        return new CatalogueInfo(
            baseUrl,
            organisation.Slug,
            organisation.Name,
            languages,
            organisation.Homepage,
            organisation.CatalogueContactEmail?.Trim(),
            stamp.Newest ?? organisation.CreatedAt,
            organisation.BelgianCatalogueProfile);
    }

    /// <summary>Every public dataset, in slug order, as the catalogue describes it (before any profile's filter).</summary>
    public static async Task<List<CatalogueDataset>> AllAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        var rows = await Public(db).OrderBy(d => d.Slug).Select(d => new
        {
            d.Slug,
            d.Title,
            d.Description,
            d.Keywords,
            d.Themes,
            d.Frequency,
            d.AccessRight,
            d.Licence,
            d.Spatial,
            d.TemporalStart,
            d.TemporalEnd,
            d.HighValue,
            d.HighValueCategory,
            d.PublishedAt,
            d.LastUpdatedAt,
            d.UpdatedAt,
            d.Distributions,
        }).ToListAsync(cancellationToken);
        return [.. rows.Select(d => new CatalogueDataset(
            d.Slug,
            d.Title,
            d.Description,
            d.Keywords,
            d.Themes,
            d.Frequency,
            d.AccessRight,
            d.Licence,
            d.Spatial,
            d.TemporalStart,
            d.TemporalEnd,
            d.HighValueCategory,
            d.HighValue,
            d.PublishedAt,
            // dct:modified is when the data or its description last changed, whichever is later.
            d.LastUpdatedAt is { } updated && updated > d.UpdatedAt ? updated : d.UpdatedAt,
            [.. d.Distributions.Select(x => new CatalogueDistribution(x.Id, x.Title, x.Format, x.AccessUrl, x.DownloadUrl))]))];
    }

    /// <summary>
    /// The datasets the catalogue lists (<see cref="CatalogueGraph.Lists"/>) and those it leaves out with what they
    /// lack (for the settings page): with the Belgian profile, a dataset missing a mandatory language is left out.
    /// </summary>
    public static (List<CatalogueDataset> Listed, List<(CatalogueDataset Dataset, IReadOnlyList<BelgianGap> Gaps)> Left) Split(CatalogueInfo info, IEnumerable<CatalogueDataset> all)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(all);
        var listed = new List<CatalogueDataset>();
        var left = new List<(CatalogueDataset, IReadOnlyList<BelgianGap>)>();
        foreach (var dataset in all)
        {
            if (CatalogueGraph.Lists(info, dataset))
            {
                listed.Add(dataset);
            }
            else
            {
                IReadOnlyList<BelgianGap> gaps = info.BelgianProfile ? BelgianProfile.Gaps(dataset) : [];
                if (!CatalogueGraph.Describable(dataset) && gaps.Count == 0)
                {
                    gaps = [new BelgianGap(dataset.Title.IsEmpty ? "title" : "description")];
                }

                left.Add((dataset, gaps));
            }
        }

        return (listed, left);
    }
}
