namespace DataStrategy.Core.Catalogue;

/// <summary>
/// Something the Belgian federal profile requires that a dataset (or the catalogue) lacks, for the organisation to fill:
/// a field, and the language it is missing in when it is a text.
/// </summary>
/// <param name="Field">"title", "description", "theme", "licence" or "contact".</param>
/// <param name="Language">The missing language (fr, nl, de, en) for a text, else null.</param>
public sealed record BelgianGap(string Field, string? Language = null);
