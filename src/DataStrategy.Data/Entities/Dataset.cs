using DataStrategy.Core.Inventory;
using DataStrategy.Core.Text;

namespace DataStrategy.Data.Entities;

/// <summary>
/// An information asset of the organisation's data inventory: what it is, who owns and looks after it, how often it
/// changes, who may see it, where it is published. Codes of the EU vocabularies are stored as codes
/// (<see cref="EuVocabularies"/>); the catalogue writes their URIs.
/// </summary>
public class Dataset : ITenantOwned, IVersioned, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    /// <summary>The public address part (<c>/p/{org}/datasets/{slug}</c>) and the catalogue's identifier, unique in the organisation.</summary>
    public string Slug { get; set; } = "";

    public LocalizedText Title { get; set; } = new();

    public LocalizedText Description { get; set; } = new();

    /// <summary>Keywords per language, comma-separated.</summary>
    public LocalizedText Keywords { get; set; } = new();

    public Guid? DepartmentId { get; set; }

    /// <summary>The stakeholder accountable for the data (a holder of the strategy's data owner role).</summary>
    public Guid? OwnerId { get; set; }

    /// <summary>The stakeholder who looks after it day to day and reviews it (a holder of the data steward role).</summary>
    public Guid? StewardId { get; set; }

    /// <summary>The application the data lives in ("SAP", "Nova", "ArcGIS").</summary>
    public string? SourceSystem { get; set; }

    /// <summary>EU frequency code (MONTHLY…).</summary>
    public string Frequency { get; set; } = "UNKNOWN";

    /// <summary>EU data theme codes (ENVI, TRAN…).</summary>
    public List<string> Themes { get; set; } = [];

    /// <summary>EU access-right code: PUBLIC, RESTRICTED or NON_PUBLIC.</summary>
    public string AccessRight { get; set; } = "NON_PUBLIC";

    /// <summary>EU licence code (CC_BY_4_0…) for public data.</summary>
    public string? Licence { get; set; }

    /// <summary>Spatial coverage: a place name or a URI (a GeoNames or NUTS address).</summary>
    public string? Spatial { get; set; }

    public DateOnly? TemporalStart { get; set; }

    public DateOnly? TemporalEnd { get; set; }

    public List<DatasetDistribution> Distributions { get; set; } = [];

    public LocalizedText QualityNotes { get; set; } = new();

    public bool HighValue { get; set; }

    /// <summary>High-value dataset category code (<see cref="EuVocabularies.HighValueCategories"/>).</summary>
    public string? HighValueCategory { get; set; }

    /// <summary>The reference copy of its data that other services must reuse (once-only).</summary>
    public bool AuthenticSource { get; set; }

    /// <summary>The authentic source whose data this dataset holds again (the once-only indicator).</summary>
    public Guid? DuplicatesId { get; set; }

    /// <summary>Holds personal data: it then has a record of processing (<see cref="ProcessingRecord"/>).</summary>
    public bool PersonalData { get; set; }

    /// <summary>On the public site and in the DCAT-AP catalogue (only a public dataset may be).</summary>
    public bool Published { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>When the data itself was last refreshed (by hand or by a pipeline through the API).</summary>
    public DateTimeOffset? LastUpdatedAt { get; set; }

    /// <summary>When the steward last confirmed the entry is right.</summary>
    public DateTimeOffset? LastReviewedAt { get; set; }

    public int ReviewMonths { get; set; } = DatasetRules.DefaultReviewMonths;

    /// <summary>Kept by the save (<see cref="DatasetRules.NextReviewDue"/>) so that lists filter on it.</summary>
    public DateOnly NextReviewOn { get; set; }

    /// <summary>Kept by the save (<see cref="DatasetRules.StaleSince"/>); <see langword="null"/> when the frequency sets no interval.</summary>
    public DateTimeOffset? StaleAfter { get; set; }

    /// <summary>Kept by the save: titles, keywords, descriptions and source system, lower case without accents, for search.</summary>
    public string SearchText { get; set; } = "";

    /// <summary>The review due date a reminder was last sent for, so a steward is reminded once per due date.</summary>
    public DateOnly? ReminderSentFor { get; set; }

    /// <summary>Roadmap initiatives that create or improve it.</summary>
    public List<string> InitiativeIds { get; set; } = [];

    /// <summary>Case studies that used it.</summary>
    public List<string> CaseStudyIds { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;

    public DateTimeOffset UpdatedAt { get; set; } = DateTimeOffset.UtcNow;

    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>Sets <see cref="NextReviewOn"/>, <see cref="StaleAfter"/> and <see cref="SearchText"/> from the fields they follow.</summary>
    public void UpdateDerived()
    {
        SearchText = DatasetRules.SearchText([.. Title.Values.Values, .. Keywords.Values.Values, .. Description.Values.Values, SourceSystem]);
        NextReviewOn = DatasetRules.NextReviewDue(
            LastReviewedAt is { } r ? DateOnly.FromDateTime(r.UtcDateTime) : null,
            DateOnly.FromDateTime(CreatedAt.UtcDateTime),
            ReviewMonths);
        StaleAfter = DatasetRules.StaleSince(Frequency, LastUpdatedAt, CreatedAt);
    }
}
