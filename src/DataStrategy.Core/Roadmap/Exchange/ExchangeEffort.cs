using System.Text.Json.Serialization;

namespace DataStrategy.Core.Roadmap.Exchange;

public sealed record ExchangeEffort(
    [property: JsonPropertyName("team")] string Team,
    [property: JsonPropertyName("fte")] decimal Fte);
