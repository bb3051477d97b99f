namespace DataStrategy.Core.Strategy;

/// <summary>One differing field of an item (or of the strategy's title) in one language.</summary>
/// <param name="Field">"title", a <see cref="StrategySchema"/> field key, or "department".</param>
/// <param name="Language">"fr", "nl" or "en"; null for the department.</param>
/// <param name="Pieces">The word-level differences; empty for the department.</param>
public sealed record FieldChange(string Field, string? Language, string? Before, string? After, IReadOnlyList<TextPiece> Pieces);
