namespace DataStrategy.Data.Entities;

/// <summary>
/// The GDPR Article 30 record of processing of a dataset that holds personal data. Seen and edited only by the
/// members an administrator designates as data protection officer; never public, never in open data.
/// </summary>
public class ProcessingRecord : ITenantOwned, IVersioned, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid DatasetId { get; set; }

    /// <summary>Name and contact details of the controller (and joint controllers).</summary>
    public string Controller { get; set; } = "";

    /// <summary>Contact details of the data protection officer.</summary>
    public string ProtectionOfficer { get; set; } = "";

    public string Purposes { get; set; } = "";

    /// <summary>Art. 6(1) bases: "a" (consent) to "f" (legitimate interests).</summary>
    public List<string> LegalBases { get; set; } = [];

    /// <summary>Art. 9(2) conditions ("a" to "j") when special categories are processed; empty otherwise.</summary>
    public List<string> SpecialCategoryConditions { get; set; } = [];

    public string DataSubjects { get; set; } = "";

    public string PersonalDataCategories { get; set; } = "";

    public string Recipients { get; set; } = "";

    /// <summary>Transfers to third countries or international organisations and their safeguards; empty when none.</summary>
    public string TransfersOutsideEu { get; set; } = "";

    public string Retention { get; set; } = "";

    public string SecurityMeasures { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;

    public DateTimeOffset UpdatedAt { get; set; } = DateTimeOffset.UtcNow;

    public Guid Version { get; set; } = Guid.NewGuid();
}
