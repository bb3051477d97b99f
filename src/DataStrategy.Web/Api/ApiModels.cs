namespace DataStrategy.Web.Api;

#pragma warning disable SA1649 // The API's response and request shapes, documented together.

/// <summary>Texts in each of the organisation's languages, keyed "fr", "nl", "en".</summary>
public sealed class Texts : Dictionary<string, string>
{
    public Texts()
        : base(StringComparer.Ordinal)
    {
    }

    public Texts(IEnumerable<KeyValuePair<string, string>> values)
        : base(values, StringComparer.Ordinal)
    {
    }
}

/// <summary>The organisation the token is for, the member's role and the token's scope.</summary>
public sealed record OrganisationDto(Guid Id, string Slug, Texts Name, IReadOnlyList<string> Languages, string Role, string Scope, string PublicSite);

public sealed record DepartmentDto(Guid Id, string Code, Texts Name, string Kind);

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

public sealed record CheckInDto(Guid Id, Guid Initiative, string InitiativeCode, string Month, string Status, string Rag, int PercentComplete, string? Note, DateTimeOffset RecordedAt);

public sealed record KpiDto(
    Guid Id,
    Texts Name,
    string Unit,
    decimal Baseline,
    DateOnly BaselineOn,
    decimal Target,
    DateOnly TargetOn,
    bool Public,
    decimal? Latest,
    DateOnly? LatestOn,
    string Status);

public sealed record MeasurementDto(Guid Id, Guid Kpi, DateOnly MeasuredOn, decimal Value, string? Note, DateTimeOffset RecordedAt);

/// <summary>A page of a longer list.</summary>
public sealed record Page<T>(int Total, int Offset, int Limit, IReadOnlyList<T> Items);

public sealed record CaseStudyDto(Guid Id, string Slug, string Status, Texts Title, Texts Summary, Guid? Department, DateTimeOffset? PublishedAt, string? PublicUrl);

/// <summary>A published open dataset of the organisation.</summary>
public sealed record DatasetDto(string Name, int Rows, string Json, string Csv);

/// <summary>Body of POST …/roadmap/kpis/{id}/measurements.</summary>
/// <param name="Value">A JSON number, at most ±10¹² (rounded to four decimals).</param>
/// <param name="MeasuredOn">"yyyy-MM-dd", not in the future.</param>
/// <param name="Note">At most 500 characters.</param>
public sealed record MeasurementInput(decimal Value, DateOnly MeasuredOn, string? Note);

/// <summary>Body of POST …/roadmap/check-ins: a month and one entry per initiative, saved all together or not at all.</summary>
/// <param name="Month">"yyyy-MM": a month of the roadmap up to the current one.</param>
public sealed record CheckInInput(string Month, IReadOnlyList<CheckInEntryInput> Entries);

/// <param name="Initiative">The initiative's id or its code ("I-07").</param>
/// <param name="Status">Proposed, Planned, InProgress, Done, OnHold or Cancelled.</param>
/// <param name="PercentComplete">0 to 100.</param>
/// <param name="Rag">None, Green, Amber or Red.</param>
/// <param name="Note">At most 500 characters.</param>
/// <param name="Version">The initiative's version as read; when given, a change by someone else since is refused (409).</param>
public sealed record CheckInEntryInput(string Initiative, string Status, int PercentComplete, string Rag, string? Note, Guid? Version);
