namespace DataStrategy.Data.Entities;

/// <summary>An attendee's anonymous answer to the feedback form.</summary>
public class EventFeedback : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid EventId { get; set; }

    /// <summary>1 (not useful) to 5 (very useful).</summary>
    public int Usefulness { get; set; }

    /// <summary>The case study that inspired them most, if any.</summary>
    public Guid? FavouriteCaseStudyId { get; set; }

    public string Comment { get; set; } = "";

    /// <summary>The language the comment was written in (the writer's interface language); null when unknown.</summary>
    public string? CommentLanguage { get; set; }

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;
}
