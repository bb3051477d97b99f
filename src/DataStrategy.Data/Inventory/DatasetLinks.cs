using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Data.Inventory;

/// <summary>
/// The datasets other parts of the programme point to, each in one query (no query per row): those a role's holders
/// own or look after, those an initiative creates or improves, those a case study used, a KPI's source. The id lists
/// are JSON columns, so the narrow rows that have any link are read and filtered here.
/// </summary>
public static class DatasetLinks
{
    /// <summary>Datasets owned or looked after by any of <paramref name="holderIds"/> (stakeholders), by title.</summary>
    public static async Task<IReadOnlyList<DatasetLink>> HeldByAsync(AppDbContext db, IReadOnlyCollection<Guid> holderIds, string language, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(holderIds);
        if (holderIds.Count == 0)
        {
            return [];
        }

        var ids = holderIds.ToList();
        var rows = await db.Datasets.AsNoTracking()
            .Where(d => (d.OwnerId != null && ids.Contains(d.OwnerId.Value)) || (d.StewardId != null && ids.Contains(d.StewardId.Value)))
            .Select(d => new DatasetLink(d.Id, d.Slug, d.Title, d.Published))
            .ToListAsync(cancellationToken);
        return Sorted(rows, language);
    }

    /// <summary>Datasets that initiative <paramref name="initiativeId"/> creates or improves.</summary>
    public static Task<IReadOnlyList<DatasetLink>> OfInitiativeAsync(AppDbContext db, Guid initiativeId, string language, CancellationToken cancellationToken = default) =>
        LinkedAsync(db, initiativeId.ToString("D"), byInitiative: true, publishedOnly: false, language, cancellationToken);

    /// <summary>Datasets case study <paramref name="caseStudyId"/> used; <paramref name="publishedOnly"/> for the public site.</summary>
    public static Task<IReadOnlyList<DatasetLink>> OfCaseStudyAsync(AppDbContext db, Guid caseStudyId, bool publishedOnly, string language, CancellationToken cancellationToken = default) =>
        LinkedAsync(db, caseStudyId.ToString("D"), byInitiative: false, publishedOnly, language, cancellationToken);

    /// <summary>A KPI's source dataset, or null.</summary>
    public static async Task<DatasetLink?> ByIdAsync(AppDbContext db, Guid? datasetId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return datasetId is not { } id ? null : await db.Datasets.AsNoTracking().Where(d => d.Id == id)
            .Select(d => new DatasetLink(d.Id, d.Slug, d.Title, d.Published)).FirstOrDefaultAsync(cancellationToken);
    }

    private static async Task<IReadOnlyList<DatasetLink>> LinkedAsync(AppDbContext db, string id, bool byInitiative, bool publishedOnly, string language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        IQueryable<Dataset> query = db.Datasets.AsNoTracking();
        if (publishedOnly)
        {
            query = query.Where(d => d.Published && d.AccessRight == "PUBLIC");
        }

        // First the narrow id lists, then the titles of the few that match.
        var candidates = byInitiative
            ? await query.Select(d => new { d.Id, Ids = d.InitiativeIds }).ToListAsync(cancellationToken)
            : await query.Select(d => new { d.Id, Ids = d.CaseStudyIds }).ToListAsync(cancellationToken);
        var matching = candidates.Where(c => c.Ids.Contains(id, StringComparer.OrdinalIgnoreCase)).Select(c => c.Id).ToList();
        if (matching.Count == 0)
        {
            return [];
        }

        var links = await db.Datasets.AsNoTracking().Where(d => matching.Contains(d.Id))
            .Select(d => new DatasetLink(d.Id, d.Slug, d.Title, d.Published)).ToListAsync(cancellationToken);
        return Sorted(links, language);
    }

    private static List<DatasetLink> Sorted(IEnumerable<DatasetLink> links, string language) =>
        [.. links.OrderBy(l => l.Title.Get(language), StringComparer.CurrentCultureIgnoreCase).ThenBy(l => l.Slug, StringComparer.Ordinal)];
}
