using DataStrategy.Core.Strategy;
using DataStrategy.Core.Text;

namespace DataStrategy.Data.Entities;

/// <summary>One item of the working draft (see <see cref="StrategyItemData"/>).</summary>
public class StrategyItem : ITenantOwned, IVersioned, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid StrategyId { get; set; }

    public StrategyItemKind Kind { get; set; }

    public int Position { get; set; }

    public LocalizedText Title { get; set; } = new();

    public Dictionary<string, LocalizedText> Texts { get; set; } = [];

    public List<StrategyLink> Links { get; set; } = [];

    public Guid? DepartmentId { get; set; }

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;

    public DateTimeOffset UpdatedAt { get; set; } = DateTimeOffset.UtcNow;

    public Guid Version { get; set; } = Guid.NewGuid();

    public StrategyItemData ToData() => new()
    {
        Id = Id,
        Kind = Kind,
        Position = Position,
        Title = Title,
        Texts = Texts.Where(t => !t.Value.IsEmpty).ToDictionary(t => t.Key, t => t.Value),
        Links = [.. Links],
        DepartmentId = DepartmentId,
    };
}
