using DataStrategy.Core.Text;

namespace DataStrategy.Core.Catalogue;

/// <summary>What the catalogue says about itself and its publisher (the organisation).</summary>
/// <param name="BaseUrl">The organisation's public site, absolute, without a trailing slash: <c>https://host/p/{org}</c>.</param>
/// <param name="Identifier">The catalogue's identifier (the organisation's slug).</param>
/// <param name="PublisherName">The organisation's name per language.</param>
/// <param name="Languages">The organisation's languages (codes fr, nl, de, en), in the order they are written.</param>
/// <param name="Homepage">The organisation's own website, when known.</param>
/// <param name="ContactEmail">The address readers write to about the catalogue, when known.</param>
/// <param name="Modified">When the newest dataset in it changed.</param>
/// <param name="BelgianProfile">Also conform to the Belgian federal DCAT-AP profile (<see cref="BelgianProfile"/>).</param>
public sealed record CatalogueInfo(
    string BaseUrl,
    string Identifier,
    LocalizedText PublisherName,
    IReadOnlyList<string> Languages,
    string? Homepage,
    string? ContactEmail,
    DateTimeOffset Modified,
    bool BelgianProfile);
