using DataStrategy.Core.Strategy;

namespace DataStrategy.Data.Entities;

/// <summary>An item as it was after each save: its visible history.</summary>
public class StrategyItemRevision : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid ItemId { get; set; }

    public RevisionAction Action { get; set; }

    /// <summary>The item's <see cref="StrategyItemData"/> as JSON.</summary>
    public string Data { get; set; } = string.Empty;

    public string? UserName { get; set; }

    public DateTimeOffset At { get; set; } = DateTimeOffset.UtcNow;
}
