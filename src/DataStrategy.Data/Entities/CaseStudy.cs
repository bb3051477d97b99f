using DataStrategy.Core.Text;

namespace DataStrategy.Data.Entities;

/// <summary>A data-driven project told for the Show &amp; Tell and, once published, the public site.</summary>
public class CaseStudy : ITenantOwned, IVersioned, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    /// <summary>The public address part (<c>/p/{org}/case-studies/{slug}</c>), unique in the organisation.</summary>
    public string Slug { get; set; } = "";

    public LocalizedText Title { get; set; } = new();

    /// <summary>One or two sentences: the library card, search engines and link previews.</summary>
    public LocalizedText Summary { get; set; } = new();

    public LocalizedText Problem { get; set; } = new();

    public LocalizedText DataUsed { get; set; } = new();

    public LocalizedText Approach { get; set; } = new();

    public LocalizedText Outcome { get; set; } = new();

    public LocalizedText Lessons { get; set; } = new();

    /// <summary>Who to ask inside the organisation. Members only: never on the public site.</summary>
    public string Contacts { get; set; } = "";

    public List<CaseStudyFigure> Figures { get; set; } = [];

    public Guid? DepartmentId { get; set; }

    public CaseStudyStatus Status { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;

    public DateTimeOffset UpdatedAt { get; set; } = DateTimeOffset.UtcNow;

    /// <summary>Framework theme IDs it illustrates.</summary>
    public List<string> ThemeIds { get; set; } = [];

    /// <summary>Findings (opportunities, risks…) of the assessment it addresses.</summary>
    public List<string> FindingIds { get; set; } = [];

    /// <summary>Strategy objectives (strategy item IDs) it advances.</summary>
    public List<string> ObjectiveIds { get; set; } = [];

    /// <summary>Roadmap initiatives it belongs to.</summary>
    public List<string> InitiativeIds { get; set; } = [];

    public Guid Version { get; set; } = Guid.NewGuid();
}
