using System.Text.Json.Serialization;

namespace DataStrategy.Core.Roadmap.Exchange;

public sealed record ExchangeKpi
{
    [JsonPropertyName("id")]
    public string Id { get; init; } = "";

    [JsonPropertyName("name")]
    public IReadOnlyDictionary<string, string> Name { get; init; } = new Dictionary<string, string>();

    /// <summary>The unit in the export's language (kept for readers of format version 1); see <see cref="Units"/>.</summary>
    [JsonPropertyName("unit")]
    public string Unit { get; init; } = "";

    /// <summary>The unit by language code.</summary>
    [JsonPropertyName("units")]
    public IReadOnlyDictionary<string, string> Units { get; init; } = new Dictionary<string, string>();

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
