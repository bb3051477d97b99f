namespace DataStrategy.Data.Entities;

/// <summary>Qualitative evidence from an interview: a free note or a verbatim quote, tagged to a question or theme.</summary>
public class EvidenceNote : ITenantOwned, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid CampaignId { get; set; }

    public Guid ResponseId { get; set; }

    public NoteKind Kind { get; set; }

    public string Text { get; set; } = string.Empty;

    /// <summary>The language the note or quote was written (spoken) in: a language code; null for notes recorded before it was kept.</summary>
    public string? Language { get; set; }

    public string? QuestionId { get; set; }

    public string? ThemeId { get; set; }

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;
}
