using System.Text.Json.Serialization;

namespace DataStrategy.Core.Roadmap.Exchange;

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
