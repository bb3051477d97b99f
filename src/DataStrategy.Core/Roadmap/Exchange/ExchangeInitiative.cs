using System.Text.Json.Serialization;

namespace DataStrategy.Core.Roadmap.Exchange;

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
