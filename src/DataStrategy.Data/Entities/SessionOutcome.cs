using DataStrategy.Core.Text;

namespace DataStrategy.Data.Entities;

/// <summary>A decision taken or an action agreed in a working session.</summary>
public class SessionOutcome : ITenantOwned, IVersioned, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid SessionId { get; set; }

    public SessionOutcomeKind Kind { get; set; }

    public LocalizedText Text { get; set; } = new();

    /// <summary>Actions only: who carries it out.</summary>
    public Guid? OwnerStakeholderId { get; set; }

    public DateOnly? DueOn { get; set; }

    public ActionStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;

    public Guid Version { get; set; } = Guid.NewGuid();
}
