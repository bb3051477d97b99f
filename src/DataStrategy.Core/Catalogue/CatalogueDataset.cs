using DataStrategy.Core.Text;

namespace DataStrategy.Core.Catalogue;

/// <summary>
/// One public dataset as the catalogue describes it: only what may be public (no owner, steward, source system or
/// record of processing). Codes are those of <see cref="Inventory.EuVocabularies"/>.
/// </summary>
public sealed record CatalogueDataset(
    string Slug,
    LocalizedText Title,
    LocalizedText Description,
    LocalizedText Keywords,
    IReadOnlyList<string> Themes,
    string Frequency,
    string AccessRight,
    string? Licence,
    string? Spatial,
    DateOnly? TemporalStart,
    DateOnly? TemporalEnd,
    string? HighValueCategory,
    bool HighValue,
    DateTimeOffset? Issued,
    DateTimeOffset Modified,
    IReadOnlyList<CatalogueDistribution> Distributions);
