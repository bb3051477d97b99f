using System.Text;

namespace DataStrategy.Core.Catalogue;

/// <summary>The namespaces the catalogue writes, with their prefixes (both writers use them), and IRI hygiene.</summary>
public static class Rdf
{
    public const string RdfNs = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public const string Dcat = "http://www.w3.org/ns/dcat#";
    public const string Dct = "http://purl.org/dc/terms/";
    public const string Foaf = "http://xmlns.com/foaf/0.1/";
    public const string Vcard = "http://www.w3.org/2006/vcard/ns#";
    public const string Skos = "http://www.w3.org/2004/02/skos/core#";
    public const string Xsd = "http://www.w3.org/2001/XMLSchema#";
    public const string Hydra = "http://www.w3.org/ns/hydra/core#";
    public const string DcatAp = "http://data.europa.eu/r5r/";
    public const string Eli = "http://data.europa.eu/eli/ontology#";

    /// <summary>Prefix and namespace, in the order the documents declare them.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Prefixes { get; } =
    [
        new("rdf", RdfNs),
        new("dcat", Dcat),
        new("dct", Dct),
        new("dcatap", DcatAp),
        new("eli", Eli),
        new("foaf", Foaf),
        new("hydra", Hydra),
        new("skos", Skos),
        new("vcard", Vcard),
        new("xsd", Xsd),
    ];

    /// <summary>
    /// An address as an IRI that both Turtle and JSON-LD carry unchanged: spaces, controls and the characters an IRI
    /// may not hold (<c>&lt;&gt;"{}|^`\</c>) are percent-encoded as UTF-8, the rest is kept.
    /// </summary>
    public static string Iri(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var clean = true;
        foreach (var c in address)
        {
            if (NeedsEncoding(c))
            {
                clean = false;
                break;
            }
        }

        if (clean)
        {
            return address;
        }

        var sb = new StringBuilder(address.Length + 16);
        Span<byte> bytes = stackalloc byte[4];
        for (var i = 0; i < address.Length; i++)
        {
            var c = address[i];
            if (!NeedsEncoding(c))
            {
                sb.Append(c);
                continue;
            }

            var n = Encoding.UTF8.GetBytes(address.AsSpan(i, 1), bytes);
            for (var b = 0; b < n; b++)
            {
                sb.Append('%').Append(((int)bytes[b]).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return sb.ToString();
    }

    /// <summary>Whether <paramref name="address"/> is an absolute http(s) address with a host (what the catalogue links to).</summary>
    public static bool IsWebAddress(string? address) =>
        !string.IsNullOrWhiteSpace(address)
        && Uri.TryCreate(address.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.Host.Length > 0;

    // Lone surrogates and U+FFFE/FFFF would make invalid UTF-8 or an invalid IRI: encoded as U+FFFD by GetBytes.
    private static bool NeedsEncoding(char c) =>
        c <= ' ' || c == '\u007f' || c is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\' || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF';

    /// <summary>The text with lone surrogates replaced by U+FFFD, so that it encodes as UTF-8 (the same in both formats).</summary>
    public static string ValidText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogate(text[i]) && !(char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) && !(char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1])))
            {
                return Repair(text);
            }
        }

        return text;
    }

    /// <summary>The prefixed name of <paramref name="iri"/> (dct:title) when a declared prefix covers it and the rest is a plain name; else null.</summary>
    public static string? Compact(string iri)
    {
        ArgumentNullException.ThrowIfNull(iri);
        foreach (var (prefix, ns) in Prefixes)
        {
            if (iri.Length > ns.Length && iri.StartsWith(ns, StringComparison.Ordinal) && IsPlainName(iri.AsSpan(ns.Length)))
            {
                return prefix + ":" + iri[ns.Length..];
            }
        }

        return null;
    }

    private static bool IsPlainName(ReadOnlySpan<char> local)
    {
        if (!char.IsAsciiLetter(local[0]))
        {
            return false;
        }

        foreach (var c in local)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_' && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    private static string Repair(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
            }
            else
            {
                sb.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
            }
        }

        return sb.ToString();
    }
}
