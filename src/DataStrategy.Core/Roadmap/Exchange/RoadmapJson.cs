using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace DataStrategy.Core.Roadmap.Exchange;

/// <summary>The roadmap as JSON: the <see cref="RoadmapExchange"/> record with its fixed property names (docs/roadmap-exchange.md).</summary>
public static class RoadmapJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        // Accented letters stay readable; < > & ' are still escaped, so the text is safe to embed in HTML.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static byte[] Build(RoadmapExchange roadmap)
    {
        ArgumentNullException.ThrowIfNull(roadmap);
        return JsonSerializer.SerializeToUtf8Bytes(roadmap, Options);
    }

    public static RoadmapExchange? Read(ReadOnlySpan<byte> json) => JsonSerializer.Deserialize<RoadmapExchange>(json, Options);
}
