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

    /// <summary>
    /// The language texts are read in when it is not <see cref="Language"/>: a content language that is no interface
    /// language (German on the public site). Texts in another language than the view's carry their lang.
    /// </summary>
    public string? ContentLanguage { get; init; }

    /// <summary>The organisation's languages, tried first when a text is missing in the reader's.</summary>
    public IReadOnlyList<string>? Preferred { get; init; }

    public ResolvedText R(LocalizedText text) => text.Resolve(ContentLanguage ?? Language, Preferred);

    public string T(LocalizedText text) => R(text).Text;

    /// <summary>The lang attribute a text needs inside the view: null when it is in the view's language.</summary>
    public string? LangOf(LocalizedText text) => R(text).LangFor(Language);

    public string Title(string target) => Guid.TryParse(target, out var id) && Snapshot.Item(id) is { } item ? T(item.Title) : T(Snapshot.Label(target));

    public static IReadOnlyList<StrategyItemKind> Kinds { get; } = Enum.GetValues<StrategyItemKind>();
}
