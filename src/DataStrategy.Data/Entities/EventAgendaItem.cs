using DataStrategy.Core.Text;

namespace DataStrategy.Data.Entities;

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
