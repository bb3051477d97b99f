using System.Globalization;
using System.Text;

namespace DataStrategy.Core.Roadmap.Charts;

/// <summary>
/// Appends SVG markup to a <see cref="StringBuilder"/>. Every text and attribute value goes through
/// <see cref="Escape"/> because pages embed the result unencoded (Html.Raw); numbers are invariant
/// with at most two decimals so the same input always gives the same string.
/// </summary>
internal sealed class SvgWriter
{
    private readonly StringBuilder sb;

    public SvgWriter(int capacity = 4096) => sb = new StringBuilder(capacity);

    public override string ToString() => sb.ToString();

    /// <summary>A coordinate: invariant, at most two decimals, no "-0".</summary>
    public static string Num(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return "0";
        }

        var text = Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
        return text == "-0" ? "0" : text;
    }

    /// <summary>
    /// XML-escapes text for element content and quoted attributes. Characters XML 1.0 forbids
    /// (control characters, lone surrogates) are dropped so the markup always parses.
    /// </summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        StringBuilder? result = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            string? replacement = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            };
            var keep = true;
            if (replacement is null)
            {
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    result?.Append(c).Append(text[i + 1]);
                    i++;
                    continue;
                }

                keep = IsXmlChar(c);
            }

            if (replacement is null && keep)
            {
                result?.Append(c);
                continue;
            }

            result ??= new StringBuilder(text, 0, i, text.Length + 16);
            if (replacement is not null)
            {
                result.Append(replacement);
            }
        }

        return result?.ToString() ?? text;
    }

    private static bool IsXmlChar(char c) =>
        c == '\t' || c == '\n' || c == '\r' || (c >= ' ' && c <= '\uD7FF') || (c >= '\uE000' && c <= '\uFFFD');

    /// <summary>
    /// Keeps only site-relative links ("/roadmap/7"): no scheme (javascript:, data:), no protocol-relative
    /// "//host" and no "/\host" (which browsers also treat as another host).
    /// </summary>
    public static string? SafeHref(string? href)
    {
        if (string.IsNullOrWhiteSpace(href) || href[0] != '/')
        {
            return null;
        }

        if (href.Length > 1 && (href[1] == '/' || href[1] == '\\'))
        {
            return null;
        }

        foreach (var c in href)
        {
            if (char.IsControl(c) || char.IsWhiteSpace(c))
            {
                return null;
            }
        }

        return href;
    }

    /// <summary>Turns a caller's prefix into a valid, CSS-selector-friendly id start.</summary>
    public static string SafeId(string? prefix)
    {
        var sb = new StringBuilder();
        foreach (var c in prefix ?? string.Empty)
        {
            sb.Append(char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_' ? c : '-');
        }

        if (sb.Length == 0 || !char.IsAsciiLetter(sb[0]))
        {
            sb.Insert(0, "c");
        }

        return sb.ToString();
    }

    /// <summary>
    /// Shortens a label to about <paramref name="maxWidth"/> pixels at <paramref name="fontSize"/>, cutting
    /// between text elements so emoji and combining marks stay whole.
    /// </summary>
    public static string Truncate(string? text, double maxWidth, double fontSize)
    {
        text ??= string.Empty;
        if (TextWidth(text, fontSize) <= maxWidth)
        {
            return text;
        }

        var budget = maxWidth - TextWidth("…", fontSize);
        var width = 0.0;
        var e = StringInfo.GetTextElementEnumerator(text);
        var end = 0;
        while (e.MoveNext())
        {
            var element = (string)e.Current;
            width += TextWidth(element, fontSize);
            if (width > budget)
            {
                break;
            }

            end = e.ElementIndex + element.Length;
        }

        return text[..end].TrimEnd() + "…";
    }

    /// <summary>
    /// An estimate of rendered width: there is no font measurement on the server, so use average
    /// advance widths of a sans-serif face (narrow letters, wide capitals and CJK/emoji).
    /// </summary>
    public static double TextWidth(string text, double fontSize)
    {
        var em = 0.0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLowSurrogate(c))
            {
                continue;
            }

            em += c switch
            {
                'i' or 'l' or 'j' or 'I' or '.' or ',' or ':' or ';' or '\'' or '|' or '!' => 0.28,
                'f' or 't' or 'r' or ' ' or '(' or ')' or '-' => 0.36,
                'm' or 'w' or 'M' or 'W' => 0.85,
                _ when char.IsHighSurrogate(c) || c >= '\u2E80' => 1.0,
                _ when char.IsUpper(c) || char.IsDigit(c) => 0.64,
                _ => 0.54,
            };
        }

        return em * fontSize;
    }

    public SvgWriter Raw(string markup)
    {
        sb.Append(markup);
        return this;
    }

    public SvgWriter Text(string? text)
    {
        sb.Append(Escape(text));
        return this;
    }

    public SvgWriter Num(string name, double value)
    {
        sb.Append(' ').Append(name).Append("=\"").Append(Num(value)).Append('"');
        return this;
    }

    public SvgWriter Attr(string name, string? value)
    {
        sb.Append(' ').Append(name).Append("=\"").Append(Escape(value)).Append('"');
        return this;
    }

    /// <summary>
    /// Opens the root element with the accessible name and description wiring. A chart with links is a
    /// "group", not an "img": an img's children are presentational, so links inside it would be focusable
    /// yet hidden from screen readers (axe: nested-interactive).
    /// </summary>
    public void Open(string id, string cssClass, double width, double height, string title, string desc, bool hasLinks = false)
    {
        Raw("<svg xmlns=\"http://www.w3.org/2000/svg\"").Attr("class", cssClass).Attr("id", id)
            .Raw(hasLinks ? " role=\"group\"" : " role=\"img\"").Attr("aria-labelledby", id + "-title " + id + "-desc")
            .Num("width", width).Num("height", height)
            .Raw(" viewBox=\"0 0 ").Raw(Num(width)).Raw(" ").Raw(Num(height)).Raw("\">");
        Raw("<title").Attr("id", id + "-title").Raw(">").Text(title).Raw("</title>");
        Raw("<desc").Attr("id", id + "-desc").Raw(">").Text(desc).Raw("</desc>");
    }

    public void Rect(string cssClass, double x, double y, double width, double height, double rx = 0)
    {
        Raw("<rect").Attr("class", cssClass).Num("x", x).Num("y", y).Num("width", Math.Max(0, width)).Num("height", Math.Max(0, height));
        if (rx > 0)
        {
            Num("rx", rx);
        }

        Raw("/>");
    }

    public void Line(string cssClass, double x1, double y1, double x2, double y2) =>
        Raw("<line").Attr("class", cssClass).Num("x1", x1).Num("y1", y1).Num("x2", x2).Num("y2", y2).Raw("/>");

    /// <summary>A text element; anchor is start, middle or end.</summary>
    public void TextAt(string cssClass, double x, double y, string? text, string? anchor = null)
    {
        Raw("<text").Attr("class", cssClass).Num("x", x).Num("y", y);
        if (anchor is not null)
        {
            Attr("text-anchor", anchor);
        }

        Raw(">").Text(text).Raw("</text>");
    }

    /// <summary>Opens a link when the href is safe; returns whether it did, to close it with <see cref="CloseLink"/>.</summary>
    public bool OpenLink(string? href)
    {
        var safe = SafeHref(href);
        if (safe is null)
        {
            return false;
        }

        Raw("<a").Attr("href", safe).Raw(">");
        return true;
    }

    public void CloseLink(bool opened)
    {
        if (opened)
        {
            Raw("</a>");
        }
    }
}
