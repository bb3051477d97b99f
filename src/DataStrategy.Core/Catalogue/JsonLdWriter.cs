using System.Text.Encodings.Web;
using System.Text.Json;

namespace DataStrategy.Core.Catalogue;

/// <summary>
/// Writes resources as JSON-LD 1.1 in one <c>@graph</c>, with the prefixes as an inline <c>@context</c> (nothing to
/// fetch: a harvester and the validator read it offline). Strings are JSON strings (any character round-trips);
/// language-tagged strings are <c>{"@value", "@language"}</c>, typed ones <c>{"@value", "@type"}</c>, links <c>{"@id"}</c>.
/// </summary>
public static class JsonLdWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    public static void Write(Stream stream, IReadOnlyList<RdfResource> resources)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(resources);
        using var json = new Utf8JsonWriter(stream, Options);
        json.WriteStartObject();
        json.WriteStartObject("@context");
        foreach (var (prefix, ns) in Rdf.Prefixes)
        {
            json.WriteString(prefix, ns);
        }

        json.WriteEndObject();
        json.WriteStartArray("@graph");
        foreach (var resource in resources)
        {
            WriteResource(json, resource);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static byte[] ToBytes(IReadOnlyList<RdfResource> resources)
    {
        using var stream = new MemoryStream();
        Write(stream, resources);
        return stream.ToArray();
    }

    private static void WriteResource(Utf8JsonWriter json, RdfResource resource)
    {
        json.WriteStartObject();
        json.WriteString("@id", Rdf.Iri(resource.Iri));
        if (resource.Types.Count > 0)
        {
            json.WriteStartArray("@type");
            foreach (var type in resource.Types)
            {
                json.WriteStringValue(Rdf.Compact(type) ?? Rdf.Iri(type));
            }

            json.WriteEndArray();
        }

        var properties = resource.Properties;
        for (var i = 0; i < properties.Count; i++)
        {
            var predicate = properties[i].Key;
            if (SeenBefore(properties, i))
            {
                continue;
            }

            json.WriteStartArray(Rdf.Compact(predicate) ?? Rdf.Iri(predicate));
            for (var j = i; j < properties.Count; j++)
            {
                if (string.Equals(properties[j].Key, predicate, StringComparison.Ordinal))
                {
                    WriteTerm(json, properties[j].Value);
                }
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static bool SeenBefore(List<KeyValuePair<string, RdfTerm>> properties, int index)
    {
        var predicate = properties[index].Key;
        for (var k = index - 1; k >= 0; k--)
        {
            if (string.Equals(properties[k].Key, predicate, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static void WriteTerm(Utf8JsonWriter json, RdfTerm term)
    {
        json.WriteStartObject();
        switch (term.Kind)
        {
            case RdfTermKind.Iri:
                json.WriteString("@id", Rdf.Iri(term.Value));
                break;
            case RdfTermKind.LangLiteral:
                json.WriteString("@value", Rdf.ValidText(term.Value));
                json.WriteString("@language", term.Extra);
                break;
            case RdfTermKind.TypedLiteral:
                json.WriteString("@value", Rdf.ValidText(term.Value));
                json.WriteString("@type", Rdf.Compact(term.Extra!) ?? Rdf.Iri(term.Extra!));
                break;
            default:
                json.WriteString("@value", Rdf.ValidText(term.Value));
                break;
        }

        json.WriteEndObject();
    }
}
