namespace DataStrategy.Core.Inventory;

/// <summary>What the inventory's indicators need of one dataset.</summary>
public sealed record InventoryFigureRow(
    Guid? DepartmentId,
    bool HasOwner,
    bool HasSteward,
    DateTimeOffset? LastReviewedAt,
    DateOnly NextReviewOn,
    DateTimeOffset? StaleAfter,
    bool Published,
    bool AuthenticSource,
    bool DuplicatesAnother);
