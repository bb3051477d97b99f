using System.Security.Cryptography;
using System.Text;
using DataStrategy.Core.Catalogue;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Data.Publishing;
using DataStrategy.Web.Infrastructure;

namespace DataStrategy.Web.Pages.Public;

/// <summary>
/// The public datasets of an organisation, read once per change and kept in <see cref="PublicCache"/>: the list and
/// the DCAT-AP documents are made from the same snapshot. A snapshot is keyed on the organisation's version and on how
/// many public datasets there are and when the newest changed (<see cref="CatalogueStamp"/>), so a publication, a
/// withdrawal or an edit shows at once; documents are kept per page and format.
/// </summary>
public static class PublicCatalogue
{
    /// <summary>The snapshot of the current tenant's public datasets.</summary>
    public static async Task<CatalogueSnapshot> SnapshotAsync(PublicCache cache, AppDbContext db, Organisation organisation, string baseUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cache);
        ArgumentNullException.ThrowIfNull(organisation);
        var stamp = await DatasetCatalogue.StampAsync(db, cancellationToken);
        var key = ("dcat-snapshot", organisation.Id, organisation.Version, stamp, baseUrl);
        if (cache.TryGet(key, out CatalogueSnapshot? cached) && cached is not null)
        {
            return cached;
        }

        var info = DatasetCatalogue.Info(organisation, baseUrl, stamp);
        var all = await DatasetCatalogue.AllAsync(db, cancellationToken);
        var (listed, _) = DatasetCatalogue.Split(info, all);
        var snapshot = new CatalogueSnapshot(info, stamp, all, listed);
        cache.Set(key, snapshot, absolute: TimeSpan.FromMinutes(10));
        return snapshot;
    }

    /// <summary>A page of the catalogue as Turtle ("ttl") or JSON-LD ("jsonld"); null when there is no such page.</summary>
    public static async Task<CatalogueDocument?> DocumentAsync(PublicCache cache, AppDbContext db, Organisation organisation, string baseUrl, string format, int page, CancellationToken cancellationToken)
    {
        var snapshot = await SnapshotAsync(cache, db, organisation, baseUrl, cancellationToken);
        if (!CataloguePage.Exists(page, snapshot.Listed.Count))
        {
            return null;
        }

        return await cache.GetOrCreateAsync(
            ("dcat-document", organisation.Id, organisation.Version, snapshot.Stamp, baseUrl, format, page),
            () => Task.FromResult<CatalogueDocument?>(Render(snapshot, format, page)),
            absolute: TimeSpan.FromMinutes(10));
    }

    /// <summary>Writes one page (no cache): what the endpoint serves and the benchmark measures.</summary>
    public static CatalogueDocument Render(CatalogueSnapshot snapshot, string format, int page)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var paging = new CataloguePage(page, CataloguePage.DefaultSize, snapshot.Listed.Count, snapshot.Info.BaseUrl + "/catalogue." + format);
        var datasets = snapshot.Listed.Skip((page - 1) * paging.Size).Take(paging.Size).ToList();
        var graph = CatalogueGraph.Build(snapshot.Info, datasets, paging);
        byte[] body;
        if (format == "jsonld")
        {
            body = JsonLdWriter.ToBytes(graph);
        }
        else
        {
            using var stream = new MemoryStream();
            using (var writer = new StreamWriter(stream, new UTF8Encoding(false), 65536, leaveOpen: true))
            {
                TurtleWriter.Write(writer, graph);
            }

            body = stream.ToArray();
        }

        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 12)) + "\"";
        return new CatalogueDocument(body, etag, snapshot.Info.Modified, paging);
    }
}
