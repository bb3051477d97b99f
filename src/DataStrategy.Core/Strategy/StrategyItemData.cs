using DataStrategy.Core.Text;

namespace DataStrategy.Core.Strategy;

/// <summary>One vision, principle, objective, service, role, team, network, body or RACI activity.</summary>
public sealed class StrategyItemData
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public StrategyItemKind Kind { get; init; }

    public int Position { get; init; }

    public LocalizedText Title { get; init; } = new();

    /// <summary>The kind's text fields (see <see cref="StrategySchema.Fields"/>), by field key.</summary>
    public Dictionary<string, LocalizedText> Texts { get; init; } = [];

    public List<StrategyLink> Links { get; init; } = [];

    /// <summary>Owner department (services) or home department (teams).</summary>
    public Guid? DepartmentId { get; init; }

    public LocalizedText Text(string field) => Texts.TryGetValue(field, out var t) ? t : new LocalizedText();

    public IEnumerable<string> Targets(string relation) => Links.Where(l => l.Relation == relation).Select(l => l.Target);
}
