using DataStrategy.Core.Text;

namespace DataStrategy.Data.Entities;

public enum CaseStudyStatus
{
    Draft,
    Published,
}

/// <summary>A headline number of a case study's outcome ("−30 %", "12 000 users") with its label.</summary>
public sealed class CaseStudyFigure
{
    public string Value { get; set; } = "";

    public LocalizedText Label { get; set; } = new();
}

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

/// <summary>A photo of a case study: the renditions are stored apart, the upload itself is never kept.</summary>
public class CaseStudyImage : ITenantOwned, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid CaseStudyId { get; set; }

    public int Position { get; set; }

    /// <summary>Required in every language of the organisation.</summary>
    public LocalizedText AltText { get; set; } = new();

    public int Width { get; set; }

    public int Height { get; set; }

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;
}

/// <summary>One size ("large", "medium", "small") of a case study image, as served: a re-encoded JPEG.</summary>
public class CaseStudyImageRendition : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid ImageId { get; set; }

    public string Size { get; set; } = "";

    public int Width { get; set; }

    public int Height { get; set; }

    public byte[] Data { get; set; } = [];
}
