namespace DataStrategy.Web.Api;

/// <summary>
/// A dataset of the register as the API shows it: its state for pipelines and dashboards, without personal data
/// (no owner or steward names, never its record of processing).
/// </summary>
public sealed record InventoryDatasetDto(
    Guid Id, string Slug, Texts Title, Guid? DepartmentId, string Frequency, IReadOnlyList<string> Themes, string AccessRight, string? Licence,
    bool Published, bool AuthenticSource, bool PersonalData, DateTimeOffset? LastUpdatedAt, DateTimeOffset? LastReviewedAt, DateOnly NextReviewOn,
    bool ReviewDue, bool Stale, Guid Version);
