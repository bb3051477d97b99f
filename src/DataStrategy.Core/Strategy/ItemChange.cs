namespace DataStrategy.Core.Strategy;

/// <summary>An item that was added, removed or changed. Added and removed items carry no field changes: the whole item is shown.</summary>
/// <param name="Moved">Whether the item changed rank among the items of its kind present in both versions.</param>
public sealed record ItemChange(
    StrategyItemKind Kind,
    ChangeKind Change,
    StrategyItemData? Before,
    StrategyItemData? After,
    IReadOnlyList<FieldChange> Fields,
    IReadOnlyList<StrategyLink> LinksAdded,
    IReadOnlyList<StrategyLink> LinksRemoved,
    bool Moved)
{
    public Guid ItemId => (After ?? Before)!.Id;
}
