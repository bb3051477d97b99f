using DataStrategy.Core.Strategy;
using DataStrategy.Core.Text;

namespace DataStrategy.Web.Pages.Strategies;

/// <summary>What the _StrategyView partial shows: a snapshot read in one language, for members or for the public.</summary>
public sealed class StrategyView
{
    public required StrategySnapshot Snapshot { get; init; }

    public required string Language { get; init; }

    /// <summary>Role holders' names by stakeholder ID; null on the public page, which shows departments only.</summary>
    public IReadOnlyDictionary<Guid, (string Name, string? Department)>? Holders { get; init; }

    /// <summary>Departments of the role holders, for the public page.</summary>
    public IReadOnlyDictionary<Guid, string?> HolderDepartments { get; init; } = new Dictionary<Guid, string?>();

    /// <summary>Prefix of item links ("/o/x/strategy/items/"); null: no links.</summary>
    public string? ItemUrl { get; init; }

    /// <summary>One item on its own page: no section heading, no item title (the page has them).</summary>
    public bool OneItem { get; init; }

    public string T(LocalizedText text) => text.Get(Language);

    public string Title(string target) => Guid.TryParse(target, out var id) && Snapshot.Item(id) is { } item ? T(item.Title) : T(Snapshot.Label(target));

    public static IReadOnlyList<StrategyItemKind> Kinds { get; } = Enum.GetValues<StrategyItemKind>();
}
