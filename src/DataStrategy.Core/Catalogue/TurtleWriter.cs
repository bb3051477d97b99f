using System.Globalization;

namespace DataStrategy.Core.Catalogue;

/// <summary>
/// Writes resources as Turtle (RDF 1.1): prefixed names where a declared prefix covers an IRI, otherwise
/// <c>&lt;…&gt;</c> with the characters an IRI may not hold percent-encoded; strings in double quotes with
/// <c>\" \\ \n \r \t</c> and every other control character escaped, so that any title parses back to itself.
/// </summary>
public static class TurtleWriter
{
    public static void Write(TextWriter writer, IEnumerable<RdfResource> resources)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(resources);
        foreach (var (prefix, ns) in Rdf.Prefixes)
        {
            writer.Write("@prefix ");
            writer.Write(prefix);
            writer.Write(": <");
            writer.Write(ns);
            writer.Write("> .\n");
        }

        foreach (var resource in resources)
        {
            if (resource.Types.Count == 0 && resource.Properties.Count == 0)
            {
                continue;
            }

            writer.Write('\n');
            WriteIri(writer, resource.Iri);
            var first = true;
            if (resource.Types.Count > 0)
            {
                writer.Write(" a ");
                for (var i = 0; i < resource.Types.Count; i++)
                {
                    if (i > 0)
                    {
                        writer.Write(", ");
                    }

                    WriteIri(writer, resource.Types[i]);
                }

                first = false;
            }

            foreach (var (predicate, value) in resource.Properties)
            {
                writer.Write(first ? "\n    " : " ;\n    ");
                first = false;
                WriteIri(writer, predicate);
                writer.Write(' ');
                WriteTerm(writer, value);
            }

            writer.Write(" .\n");
        }
    }

    /// <summary>The Turtle document as a string.</summary>
    public static string ToString(IEnumerable<RdfResource> resources)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(writer, resources);
        return writer.ToString();
    }

    private static void WriteTerm(TextWriter writer, RdfTerm term)
    {
        switch (term.Kind)
        {
            case RdfTermKind.Iri:
                WriteIri(writer, term.Value);
                break;
            case RdfTermKind.LangLiteral:
                WriteString(writer, term.Value);
                writer.Write('@');
                writer.Write(term.Extra);
                break;
            case RdfTermKind.TypedLiteral:
                WriteString(writer, term.Value);
                writer.Write("^^");
                WriteIri(writer, term.Extra!);
                break;
            default:
                WriteString(writer, term.Value);
                break;
        }
    }

    private static void WriteIri(TextWriter writer, string iri)
    {
        if (Rdf.Compact(iri) is { } compact)
        {
            writer.Write(compact);
            return;
        }

        writer.Write('<');
        writer.Write(Rdf.Iri(iri));
        writer.Write('>');
    }

    private static void WriteString(TextWriter writer, string text)
    {
        text = Rdf.ValidText(text);
        writer.Write('"');
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            string? escape = c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when c < ' ' || c == '\u007f' || c is '\uFFFE' or '\uFFFF' => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => null,
            };
            if (escape is not null)
            {
                writer.Write(text.AsSpan(start, i - start));
                writer.Write(escape);
                start = i + 1;
            }
        }

        writer.Write(text.AsSpan(start));
        writer.Write('"');
    }
}
