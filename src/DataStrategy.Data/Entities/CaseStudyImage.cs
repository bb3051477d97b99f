using DataStrategy.Core.Text;

namespace DataStrategy.Data.Entities;

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
