using DataStrategy.Core.Text;

namespace DataStrategy.Core.Catalogue;

/// <summary>One way to get a dataset: its stable id (the distribution's URI is made from it), title, EU file-type code and addresses.</summary>
public sealed record CatalogueDistribution(Guid Id, LocalizedText Title, string Format, string AccessUrl, string? DownloadUrl);
