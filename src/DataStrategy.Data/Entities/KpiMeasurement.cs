namespace DataStrategy.Data.Entities;

public class KpiMeasurement : ITenantOwned, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid KpiId { get; set; }

    public DateOnly MeasuredOn { get; set; }

    public decimal Value { get; set; }

    public string? Note { get; set; }

    /// <summary>The language the note was written in (the writer's interface language); null when unknown.</summary>
    public string? NoteLanguage { get; set; }

    public string RecordedBy { get; set; } = "";

    public DateTimeOffset RecordedAt { get; set; } = DateTimeOffset.UtcNow;
}
