using System.Globalization;
using System.Text.Json.Serialization;

namespace DataStrategy.Core.Roadmap.Exchange;

/// <summary>
/// The roadmap as files exchange it (XLSX, CSV, iCalendar, JSON): names instead of IDs, months as "yyyy-MM",
/// texts per language. Built by the data layer, written by the builders here; the JSON property names are a
/// published contract (docs/roadmap-exchange.md): add properties, never rename them.
/// </summary>
public sealed record RoadmapExchange
{
    /// <summary>Identifies the JSON format.</summary>
    [JsonPropertyName("format")]
    public string Format { get; init; } = FormatName;

    [JsonPropertyName("formatVersion")]
    public int FormatVersion { get; init; } = CurrentVersion;

    public const string FormatName = "dss-roadmap";
    public const int CurrentVersion = 1;

    /// <summary>The organisation's slug.</summary>
    [JsonPropertyName("organisation")]
    public string Organisation { get; init; } = "";

    /// <summary>The language names (workstreams, teams, objectives) are written in.</summary>
    [JsonPropertyName("language")]
    public string Language { get; init; } = Languages.French;

    /// <summary>
    /// The content languages texts (titles, descriptions, KPI names) have columns in: the interface languages, and
    /// German when the organisation writes in it. Files written before this property read as the interface languages.
    /// </summary>
    [JsonPropertyName("languages")]
    public IReadOnlyList<string> ContentLanguages { get; init; } = Core.Languages.All;

    [JsonPropertyName("exportedAt")]
    public DateTimeOffset ExportedAt { get; init; }

    /// <summary>"yyyy-MM".</summary>
    [JsonPropertyName("startMonth")]
    public string StartMonth { get; init; } = "";

    [JsonPropertyName("horizonMonths")]
    public int HorizonMonths { get; init; }

    /// <summary>Workstream names in roadmap order.</summary>
    [JsonPropertyName("workstreams")]
    public IReadOnlyList<string> Workstreams { get; init; } = [];

    /// <summary>Team names in roadmap order: the effort columns of the spreadsheets.</summary>
    [JsonPropertyName("teams")]
    public IReadOnlyList<string> Teams { get; init; } = [];

    [JsonPropertyName("initiatives")]
    public IReadOnlyList<ExchangeInitiative> Initiatives { get; init; } = [];

    [JsonPropertyName("milestones")]
    public IReadOnlyList<ExchangeMilestone> Milestones { get; init; } = [];

    [JsonPropertyName("kpis")]
    public IReadOnlyList<ExchangeKpi> Kpis { get; init; } = [];

    /// <summary>Canonical status names (those of the application's InitiativeStatus).</summary>
    public static IReadOnlyList<string> Statuses { get; } = ["Proposed", "Planned", "InProgress", "Done", "OnHold", "Cancelled"];

    /// <summary>Canonical RAG names.</summary>
    public static IReadOnlyList<string> Rags { get; } = ["None", "Green", "Amber", "Red"];

    /// <summary>"2027-03" for March 2027.</summary>
    public static string Month(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static string? Month(DateOnly? month) => month is { } m ? Month(m) : null;

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Day(DateOnly? day) => day is { } d ? Day(d) : null;
}
