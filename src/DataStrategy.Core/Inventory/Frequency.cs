namespace DataStrategy.Core.Inventory;

/// <summary>An update frequency of the EU frequency vocabulary and how long a dataset may go without an update before it is stale.</summary>
/// <param name="Term">The concept.</param>
/// <param name="Days">Days between updates; <see langword="null"/> when the frequency sets no interval (never, irregular, unknown).</param>
public sealed record Frequency(VocabularyTerm Term, int? Days);
