namespace DataStrategy.Core.Catalogue;

/// <summary>
/// Which page of the catalogue a document is (1-based), so that a harvester reads a large catalogue page by page
/// (hydra:PagedCollection, as ckanext-dcat's RDF harvester follows it).
/// </summary>
/// <param name="Number">This page, from 1.</param>
/// <param name="Size">Datasets per page.</param>
/// <param name="TotalItems">Datasets in the whole catalogue.</param>
/// <param name="Address">The document's address without the page query (<c>https://host/p/{org}/catalogue.ttl</c>).</param>
public sealed record CataloguePage(int Number, int Size, int TotalItems, string Address)
{
    /// <summary>The default and only page size: 100 datasets.</summary>
    public const int DefaultSize = 100;

    /// <summary>At least 1, even for an empty catalogue (page 1 then lists nothing).</summary>
    public int LastNumber => Math.Max(1, (TotalItems + Size - 1) / Size);

    public string UrlOf(int number) => Address + "?page=" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Whether <paramref name="number"/> is a page of a catalogue of <paramref name="totalItems"/> datasets.</summary>
    public static bool Exists(int number, int totalItems, int size = DefaultSize) => number >= 1 && number <= Math.Max(1, (totalItems + size - 1) / size);
}
