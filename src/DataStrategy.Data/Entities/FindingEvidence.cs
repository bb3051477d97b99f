namespace DataStrategy.Data.Entities;

/// <summary>A link from a finding to a quote or note, or to one answer.</summary>
public class FindingEvidence : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid FindingId { get; set; }

    public Guid? NoteId { get; set; }

    public long? AnswerId { get; set; }
}
