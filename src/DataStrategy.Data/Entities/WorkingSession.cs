using DataStrategy.Core.Text;

namespace DataStrategy.Data.Entities;

/// <summary>A strategy working session: date, participants, agenda, notes, decisions and actions.</summary>
public class WorkingSession : ITenantOwned, IVersioned, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public LocalizedText Title { get; set; } = new();

    public WorkingSessionTemplate Template { get; set; }

    public DateOnly? HeldOn { get; set; }

    public LocalizedText Agenda { get; set; } = new();

    /// <summary>The minutes, per language (distributed to participants of every language); may name people, so only those who run the sessions see them.</summary>
    public LocalizedText Notes { get; set; } = new();

    public int Position { get; set; }

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;

    public Guid Version { get; set; } = Guid.NewGuid();
}
