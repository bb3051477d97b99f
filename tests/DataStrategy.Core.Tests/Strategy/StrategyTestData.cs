using DataStrategy.Core.Strategy;
using DataStrategy.Core.Text;

namespace DataStrategy.Core.Tests.Strategy;

/// <summary>Builders for strategy snapshots and deep copies to derive an "after" from a "before".</summary>
internal static class StrategyTestData
{
    public static StrategyItemData Item(StrategyItemKind kind, int position, string title, params StrategyLink[] links) => new()
    {
        Kind = kind,
        Position = position,
        Title = LocalizedText.Of(fr: title + " (fr)", nl: title + " (nl)", en: title),
        Links = [.. links],
    };

    public static StrategySnapshot Snapshot(params StrategyItemData[] items) => new()
    {
        Title = LocalizedText.Of(fr: "Stratégie des données", nl: "Datastrategie", en: "Data strategy"),
        Items = [.. items],
    };

    public static StrategyLink ObjectiveLink(StrategyItemData objective) => new(StrategyRelation.Objective, objective.Id.ToString("D"));

    public static StrategyItemData Copy(this StrategyItemData item, int? position = null, Guid? departmentId = null) => new()
    {
        Id = item.Id,
        Kind = item.Kind,
        Position = position ?? item.Position,
        Title = new LocalizedText(item.Title.Values),
        Texts = item.Texts.ToDictionary(kv => kv.Key, kv => new LocalizedText(kv.Value.Values)),
        Links = [.. item.Links],
        DepartmentId = departmentId ?? item.DepartmentId,
    };

    public static StrategySnapshot Copy(this StrategySnapshot snapshot) => new()
    {
        Title = new LocalizedText(snapshot.Title.Values),
        Items = [.. snapshot.Items.Select(i => i.Copy())],
        Raci = [.. snapshot.Raci],
        Labels = snapshot.Labels.ToDictionary(kv => kv.Key, kv => new LocalizedText(kv.Value.Values)),
    };

    /// <summary>The snapshot's copy of <paramref name="item"/>, to change in place.</summary>
    public static StrategyItemData Find(this StrategySnapshot snapshot, StrategyItemData item) => snapshot.Item(item.Id)!;

    /// <summary>Swaps in a new version of an item (for init-only properties such as position or department).</summary>
    public static void Replace(this StrategySnapshot snapshot, StrategyItemData item)
    {
        var index = snapshot.Items.FindIndex(i => i.Id == item.Id);
        snapshot.Items[index] = item;
    }
}
