namespace DataStrategy.Core.Inventory;

/// <summary>One thing a dataset lacks before it may be published.</summary>
/// <param name="Kind">What is missing.</param>
/// <param name="Language">For a title or description, the organisation's language it is missing in.</param>
public sealed record DatasetGap(DatasetGapKind Kind, string? Language = null);
