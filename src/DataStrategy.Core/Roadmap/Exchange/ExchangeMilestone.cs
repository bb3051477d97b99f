using System.Text.Json.Serialization;

namespace DataStrategy.Core.Roadmap.Exchange;

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
