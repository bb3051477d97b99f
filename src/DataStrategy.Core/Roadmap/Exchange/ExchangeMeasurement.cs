using System.Text.Json.Serialization;

namespace DataStrategy.Core.Roadmap.Exchange;

public sealed record ExchangeMeasurement
{
    [JsonPropertyName("measuredOn")]
    public string MeasuredOn { get; init; } = "";

    [JsonPropertyName("value")]
    public decimal Value { get; init; }

    [JsonPropertyName("note")]
    public string? Note { get; init; }

    /// <summary>The language the note was written in, when known.</summary>
    [JsonPropertyName("noteLanguage")]
    public string? NoteLanguage { get; init; }
}
