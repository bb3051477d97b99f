namespace DataStrategy.Data.Entities;

/// <summary>An initiative's monthly check-in: status, progress, RAG and a short note.</summary>
public class CheckIn : ITenantOwned, IVersioned, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid InitiativeId { get; set; }

    /// <summary>First day of the month checked in for.</summary>
    public DateOnly Month { get; set; }

    public InitiativeStatus Status { get; set; }

    public Rag Rag { get; set; }

    public int PercentComplete { get; set; }

    public string? Note { get; set; }

    /// <summary>The language the note was written in (the writer's interface language); null when unknown.</summary>
    public string? NoteLanguage { get; set; }

    public string RecordedBy { get; set; } = "";

    public DateTimeOffset RecordedAt { get; set; } = DateTimeOffset.UtcNow;

    public Guid Version { get; set; } = Guid.NewGuid();
}
