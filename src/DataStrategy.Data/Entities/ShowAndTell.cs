using DataStrategy.Core.Text;

namespace DataStrategy.Data.Entities;

/// <summary>What a part of a Show &amp; Tell presents, in the order the presentation walks through.</summary>
public enum AgendaItemKind
{
    Assessment,
    Strategy,
    Roadmap,
    CaseStudy,
    Other,
}

/// <summary>An event where the programme's results and case studies are shown to stakeholders.</summary>
public class ShowAndTellEvent : ITenantOwned, IVersioned, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public LocalizedText Title { get; set; } = new();

    public DateTimeOffset HeldAt { get; set; }

    public string Location { get; set; } = "";

    /// <summary>Who it is for ("Heads of department and aldermen").</summary>
    public LocalizedText Audience { get; set; } = new();

    /// <summary>Six characters attendees type to give feedback, unique across organisations.</summary>
    public string FeedbackCode { get; set; } = "";

    public bool FeedbackOpen { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;

    public Guid Version { get; set; } = Guid.NewGuid();
}

/// <summary>One part of the agenda: a section of results or a case study with its presenter.</summary>
public class EventAgendaItem : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid EventId { get; set; }

    public int Position { get; set; }

    public AgendaItemKind Kind { get; set; }

    public Guid? CaseStudyId { get; set; }

    /// <summary>Who presents (a person's name: seen by the organisers only).</summary>
    public string Presenter { get; set; } = "";

    public int Minutes { get; set; } = 10;

    /// <summary>The title of an "other" item (a break, questions…).</summary>
    public LocalizedText Title { get; set; } = new();
}

/// <summary>Someone who attended (personal data: seen by the organisers only, and erasable).</summary>
public class EventAttendee : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid EventId { get; set; }

    public string Name { get; set; } = "";

    /// <summary>Department or organisation, as written.</summary>
    public string Affiliation { get; set; } = "";
}

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

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;
}
