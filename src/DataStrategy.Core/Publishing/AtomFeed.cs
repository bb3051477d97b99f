using System.Globalization;
using System.Text;
using System.Xml;

namespace DataStrategy.Core.Publishing;

/// <summary>An Atom 1.0 feed (RFC 4287). Texts are written as text, never as markup, so nothing in a title can become HTML in a reader.</summary>
public static class AtomFeed
{
    public const string Namespace = "http://www.w3.org/2005/Atom";

    public static byte[] Build(AtomFeedInfo feed, IEnumerable<AtomEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(entries);
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, CheckCharacters = false };
        using (var w = XmlWriter.Create(stream, settings))
        {
            w.WriteStartDocument();
            w.WriteStartElement("feed", Namespace);
            w.WriteAttributeString("xml", "lang", null, feed.Language);
            w.WriteElementString("id", Namespace, feed.Id);
            Text(w, "title", feed.Title);
            w.WriteElementString("updated", Namespace, Date(feed.Updated));
            Link(w, "self", feed.SelfLink, "application/atom+xml");
            Link(w, "alternate", feed.AlternateLink, "text/html");
            w.WriteStartElement("author", Namespace);
            w.WriteElementString("name", Namespace, Clean(feed.Author));
            w.WriteEndElement();
            foreach (var e in entries)
            {
                w.WriteStartElement("entry", Namespace);
                w.WriteElementString("id", Namespace, e.Id);
                Text(w, "title", e.Title);
                w.WriteElementString("published", Namespace, Date(e.Published));
                w.WriteElementString("updated", Namespace, Date(e.Updated));
                Link(w, "alternate", e.Link, "text/html");
                if (e.ImageLink is not null)
                {
                    Link(w, "enclosure", e.ImageLink, "image/jpeg");
                }

                Text(w, "summary", e.Summary);
                w.WriteEndElement();
            }

            w.WriteEndElement();
            w.WriteEndDocument();
        }

        return stream.ToArray();
    }

    private static void Text(XmlWriter w, string name, string value)
    {
        w.WriteStartElement(name, Namespace);
        w.WriteAttributeString("type", "text");
        w.WriteString(Clean(value));
        w.WriteEndElement();
    }

    private static void Link(XmlWriter w, string rel, string href, string type)
    {
        w.WriteStartElement("link", Namespace);
        w.WriteAttributeString("rel", rel);
        w.WriteAttributeString("type", type);
        w.WriteAttributeString("href", href);
        w.WriteEndElement();
    }

    private static string Date(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Drops the characters XML 1.0 cannot carry (control characters, lone surrogates) rather than failing the whole feed.</summary>
    public static string Clean(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var b = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                b.Append(c).Append(value[++i]);
            }
            else if (!char.IsSurrogate(c) && XmlConvert.IsXmlChar(c))
            {
                b.Append(c);
            }
        }

        return b.ToString();
    }
}
