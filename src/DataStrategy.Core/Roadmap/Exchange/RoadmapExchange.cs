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

public sealed record ExchangeEffort(
    [property: JsonPropertyName("team")] string Team,
    [property: JsonPropertyName("fte")] decimal Fte);

public sealed record ExchangeInitiative
{
    [JsonPropertyName("code")]
    public string Code { get; init; } = "";

    /// <summary>Language → title (only the languages that have one).</summary>
    [JsonPropertyName("title")]
    public IReadOnlyDictionary<string, string> Title { get; init; } = new Dictionary<string, string>();

    [JsonPropertyName("description")]
    public IReadOnlyDictionary<string, string> Description { get; init; } = new Dictionary<string, string>();

    [JsonPropertyName("workstream")]
    public string? Workstream { get; init; }

    [JsonPropertyName("departmentCode")]
    public string? DepartmentCode { get; init; }

    [JsonPropertyName("department")]
    public string? Department { get; init; }

    /// <summary>The lead role's title, or the lead person's name when the reader may see people; null otherwise.</summary>
    [JsonPropertyName("lead")]
    public string? Lead { get; init; }

    [JsonPropertyName("durationMonths")]
    public int DurationMonths { get; init; }

    [JsonPropertyName("effort")]
    public IReadOnlyList<ExchangeEffort> Effort { get; init; } = [];

    [JsonPropertyName("earliestStart")]
    public string? EarliestStart { get; init; }

    [JsonPropertyName("deadline")]
    public string? Deadline { get; init; }

    [JsonPropertyName("lockedStart")]
    public string? LockedStart { get; init; }

    [JsonPropertyName("plannedStart")]
    public string? PlannedStart { get; init; }

    /// <summary>Last month of the plan (start + duration − 1).</summary>
    [JsonPropertyName("plannedEnd")]
    public string? PlannedEnd { get; init; }

    [JsonPropertyName("budget")]
    public decimal? Budget { get; init; }

    [JsonPropertyName("priority")]
    public int Priority { get; init; }

    /// <summary>One of <see cref="RoadmapExchange.Statuses"/>.</summary>
    [JsonPropertyName("status")]
    public string Status { get; init; } = "Proposed";

    /// <summary>One of <see cref="RoadmapExchange.Rags"/>.</summary>
    [JsonPropertyName("rag")]
    public string Rag { get; init; } = "None";

    [JsonPropertyName("percentComplete")]
    public int PercentComplete { get; init; }

    /// <summary>Predecessors as text: "I-02; I-05 SS+1; I-07 FS-1" (see <see cref="DependencyText"/>).</summary>
    [JsonPropertyName("dependencies")]
    public string Dependencies { get; init; } = "";

    /// <summary>Titles of the strategy objectives served, in <see cref="RoadmapExchange.Language"/>.</summary>
    [JsonPropertyName("objectives")]
    public IReadOnlyList<string> Objectives { get; init; } = [];

    [JsonPropertyName("themes")]
    public IReadOnlyList<string> Themes { get; init; } = [];
}

public sealed record ExchangeMilestone
{
    /// <summary>Stable ID (the milestone's GUID): the iCalendar UID is built from it.</summary>
    [JsonPropertyName("id")]
    public string Id { get; init; } = "";

    [JsonPropertyName("initiative")]
    public string InitiativeCode { get; init; } = "";

    [JsonPropertyName("title")]
    public IReadOnlyDictionary<string, string> Title { get; init; } = new Dictionary<string, string>();

    /// <summary>"yyyy-MM-dd".</summary>
    [JsonPropertyName("dueOn")]
    public string DueOn { get; init; } = "";

    [JsonPropertyName("achievedOn")]
    public string? AchievedOn { get; init; }
}

public sealed record ExchangeMeasurement
{
    [JsonPropertyName("measuredOn")]
    public string MeasuredOn { get; init; } = "";

    [JsonPropertyName("value")]
    public decimal Value { get; init; }

    [JsonPropertyName("note")]
    public string? Note { get; init; }
}

public sealed record ExchangeKpi
{
    [JsonPropertyName("id")]
    public string Id { get; init; } = "";

    [JsonPropertyName("name")]
    public IReadOnlyDictionary<string, string> Name { get; init; } = new Dictionary<string, string>();

    [JsonPropertyName("unit")]
    public string Unit { get; init; } = "";

    [JsonPropertyName("baseline")]
    public decimal Baseline { get; init; }

    [JsonPropertyName("baselineOn")]
    public string BaselineOn { get; init; } = "";

    [JsonPropertyName("target")]
    public decimal Target { get; init; }

    [JsonPropertyName("targetOn")]
    public string TargetOn { get; init; } = "";

    /// <summary>The latest measurement, if any.</summary>
    [JsonPropertyName("latest")]
    public decimal? Latest { get; init; }

    [JsonPropertyName("latestOn")]
    public string? LatestOn { get; init; }

    [JsonPropertyName("objectives")]
    public IReadOnlyList<string> Objectives { get; init; } = [];

    /// <summary>Codes of the initiatives expected to move the indicator.</summary>
    [JsonPropertyName("initiatives")]
    public IReadOnlyList<string> Initiatives { get; init; } = [];

    /// <summary>Oldest first.</summary>
    [JsonPropertyName("measurements")]
    public IReadOnlyList<ExchangeMeasurement> Measurements { get; init; } = [];
}

/// <summary>One predecessor of an initiative as a spreadsheet writes it: "I-05", "I-05 SS", "I-05 SS+1", "I-07 FS-1".</summary>
public sealed record DependencyRef(string Code, bool StartToStart = false, int Lag = 0)
{
    public override string ToString()
    {
        if (!StartToStart && Lag == 0)
        {
            return Code;
        }

        var lag = Lag == 0 ? "" : Lag.ToString("+0;-0", CultureInfo.InvariantCulture);
        return Code + " " + (StartToStart ? "SS" : "FS") + lag;
    }
}

public static class DependencyText
{
    public const int MaxLag = RoadmapRules.MaxLag;

    public static string Format(IEnumerable<DependencyRef> dependencies) => string.Join("; ", dependencies.Select(d => d.ToString()));

    /// <summary>Parses one part ("I-05 SS+1"); null when it is not in that form.</summary>
    public static DependencyRef? ParseOne(string part)
    {
        ArgumentNullException.ThrowIfNull(part);
        var tokens = part.Split([' ', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length is 0 or > 3 || !RoadmapCodes.IsValid(tokens[0]))
        {
            return null;
        }

        var startToStart = false;
        var lag = 0;
        var rest = string.Concat(tokens.Skip(1));
        if (rest.Length == 0)
        {
            return new DependencyRef(tokens[0]);
        }

        var upper = rest.ToUpperInvariant();
        if (upper.StartsWith("SS", StringComparison.Ordinal) || upper.StartsWith("FS", StringComparison.Ordinal))
        {
            startToStart = upper[0] == 'S';
            upper = upper[2..];
        }

        if (upper.Length > 0)
        {
            if (upper[0] is not ('+' or '-') || upper.Length > 4
                || !int.TryParse(upper, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out lag) || Math.Abs(lag) > MaxLag)
            {
                return null;
            }
        }

        return new DependencyRef(tokens[0], startToStart, lag);
    }
}

public static class RoadmapCodes
{
    public const int MaxLength = 20;

    /// <summary>Letters, digits and . _ - (starting with a letter or digit), at most 20 characters: "I-07".</summary>
    public static bool IsValid(string? code) =>
        !string.IsNullOrEmpty(code) && code.Length <= MaxLength && char.IsAsciiLetterOrDigit(code[0])
        && code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
