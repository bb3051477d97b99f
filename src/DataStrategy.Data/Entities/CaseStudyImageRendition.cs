namespace DataStrategy.Data.Entities;

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
