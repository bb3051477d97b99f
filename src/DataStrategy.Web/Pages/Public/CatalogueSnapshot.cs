using DataStrategy.Core.Catalogue;
using DataStrategy.Data.Publishing;

namespace DataStrategy.Web.Pages.Public;

/// <summary>The public datasets of an organisation at one moment: all of them (the public pages) and those the catalogue lists.</summary>
public sealed record CatalogueSnapshot(CatalogueInfo Info, CatalogueStamp Stamp, IReadOnlyList<CatalogueDataset> All, IReadOnlyList<CatalogueDataset> Listed);
