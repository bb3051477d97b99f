using System.Text.Json;
using System.Text.Json.Serialization;

namespace DataStrategy.Core.Text;

/// <summary>
/// Writes a <see cref="LocalizedText"/> as a plain object of language → text ({"fr": …, "nl": …}),
/// languages in ordinal order. The one JSON form of a multilingual text: database columns
/// (<see cref="LocalizedText.ToJson"/> and JSON columns), strategy snapshots and backup files.
/// </summary>
public sealed class LocalizedTextJsonConverter : JsonConverter<LocalizedText>
{
    public override LocalizedText Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var values = JsonSerializer.Deserialize<Dictionary<string, string>>(ref reader, options) ?? [];
        return new LocalizedText(values);
    }

    public override void Write(Utf8JsonWriter writer, LocalizedText value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        foreach (var (language, text) in value.Values)
        {
            writer.WriteString(language, text);
        }

        writer.WriteEndObject();
    }
}
