using DataStrategy.Core.Text;

namespace DataStrategy.Data.Entities;

/// <summary>An event where the programme's results and case studies are shown to stakeholders.</summary>
public class ShowAndTellEvent : ITenantOwned, IVersioned, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public LocalizedText Title { get; set; } = new();

    public DateTimeOffset HeldAt { get; set; }

    public LocalizedText Location { get; set; } = new();

    /// <summary>Who it is for ("Heads of department and aldermen").</summary>
    public LocalizedText Audience { get; set; } = new();

    /// <summary>Six characters attendees type to give feedback, unique across organisations.</summary>
    public string FeedbackCode { get; set; } = "";

    public bool FeedbackOpen { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;

    public Guid Version { get; set; } = Guid.NewGuid();
}
