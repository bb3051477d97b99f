using DataStrategy.Core.Text;

namespace DataStrategy.Data.Entities;

/// <summary>The organisation's strategy: its working draft is the set of <see cref="StrategyItem"/> rows.</summary>
public class Strategy : ITenantOwned, IVersioned, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public LocalizedText Title { get; set; } = new();

    public DateTimeOffset UpdatedAt { get; set; } = DateTimeOffset.UtcNow;

    public Guid Version { get; set; } = Guid.NewGuid();
}
