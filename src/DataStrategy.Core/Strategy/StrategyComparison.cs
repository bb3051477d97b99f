namespace DataStrategy.Core.Strategy;

/// <summary>What changed between two snapshots; unchanged items are left out.</summary>
public sealed class StrategyComparison
{
    public IReadOnlyList<FieldChange> Title { get; init; } = [];

    /// <summary>By kind, then by position (the new one, or the old one for removed items).</summary>
    public IReadOnlyList<ItemChange> Items { get; init; } = [];

    /// <summary>By activity, then by role.</summary>
    public IReadOnlyList<RaciChange> Raci { get; init; } = [];

    public bool HasChanges => Title.Count > 0 || Items.Count > 0 || Raci.Count > 0;
}
