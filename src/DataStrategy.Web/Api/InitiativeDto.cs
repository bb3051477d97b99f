namespace DataStrategy.Web.Api;

/// <summary>A roadmap initiative. Months are "yyyy-MM". No personal data (the lead person is left out).</summary>
public sealed record InitiativeDto(
    Guid Id,
    string Code,
    Texts Title,
    Texts Description,
    string Status,
    string Rag,
    int PercentComplete,
    string? PlannedStart,
    int DurationMonths,
    string? ActualStart,
    string? ActualFinish,
    int Priority,
    decimal? Budget,
    IReadOnlyList<string> Objectives,
    IReadOnlyList<string> Themes,
    Guid Version);
