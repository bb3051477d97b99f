using DataStrategy.Core.Catalogue;

namespace DataStrategy.Web.Pages.Public;

/// <summary>One page of the catalogue, written: the bytes served, their entity tag and when the newest dataset in the catalogue changed.</summary>
public sealed record CatalogueDocument(byte[] Body, string ETag, DateTimeOffset LastModified, CataloguePage Page);
