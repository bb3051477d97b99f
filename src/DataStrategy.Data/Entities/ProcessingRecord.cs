using Microsoft.AspNetCore.Identity;

namespace DataStrategy.Data.Entities;

/// <summary>
/// The GDPR Article 30 record of processing of a dataset that holds personal data. Seen and edited only by the
/// members an administrator designates as data protection officer; never public, never in open data. Every field
/// it holds is marked <see cref="PersonalDataAttribute"/>, so the audit log records who changed which field, never
/// the content (ADR 0033): the log is read by administrators who are not data protection officers.
/// </summary>
public class ProcessingRecord : ITenantOwned, IVersioned, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid DatasetId { get; set; }

    /// <summary>Name and contact details of the controller (and joint controllers).</summary>
    [PersonalData]
    public string Controller { get; set; } = "";

    /// <summary>Contact details of the data protection officer.</summary>
    [PersonalData]
    public string ProtectionOfficer { get; set; } = "";

    [PersonalData]
    public string Purposes { get; set; } = "";

    /// <summary>Art. 6(1) bases: "a" (consent) to "f" (legitimate interests).</summary>
    [PersonalData]
    public List<string> LegalBases { get; set; } = [];

    /// <summary>Art. 9(2) conditions ("a" to "j") when special categories are processed; empty otherwise.</summary>
    [PersonalData]
    public List<string> SpecialCategoryConditions { get; set; } = [];

    [PersonalData]
    public string DataSubjects { get; set; } = "";

    [PersonalData]
    public string PersonalDataCategories { get; set; } = "";

    [PersonalData]
    public string Recipients { get; set; } = "";

    /// <summary>Transfers to third countries or international organisations and their safeguards; empty when none.</summary>
    [PersonalData]
    public string TransfersOutsideEu { get; set; } = "";

    [PersonalData]
    public string Retention { get; set; } = "";

    [PersonalData]
    public string SecurityMeasures { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;

    public DateTimeOffset UpdatedAt { get; set; } = DateTimeOffset.UtcNow;

    public Guid Version { get; set; } = Guid.NewGuid();
}
