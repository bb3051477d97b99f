using System.Globalization;
using System.Text;

namespace DataStrategy.Core.Calendar;

/// <summary>
/// Writes an <see cref="IcsEvent"/> as an iCalendar object (RFC 5545): CRLF line ends, lines folded at 75 octets
/// without splitting a UTF-8 sequence, text escaped (\\, \;, \, and \n), parameter values quoted, times in UTC.
/// Why not a library: ADR 0028 (invitations: the iCalendar writer).
/// </summary>
public static class IcsWriter
{
    public const string ContentType = "text/calendar; charset=utf-8";

    /// <summary>At most this many characters of a summary or description are written; anything beyond is cut.</summary>
    public const int MaxText = 20_000;

    private const int MaxOctets = 75;

    private static readonly HashSet<string> Methods = ["REQUEST", "PUBLISH", "CANCEL"];

    public static string Write(IcsEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Method is { } m && !Methods.Contains(m))
        {
            throw new ArgumentException("Unsupported iCalendar method: " + m, nameof(e));
        }

        var output = new StringBuilder();
        void Line(string line) => Fold(output, line);
        Line("BEGIN:VCALENDAR");
        Line("VERSION:2.0");
        Line("PRODID:-//Data Strategy Studio//Interviews//EN");
        Line("CALSCALE:GREGORIAN");
        if (e.Method is not null)
        {
            Line("METHOD:" + e.Method);
        }

        Line("BEGIN:VEVENT");
        Line("UID:" + Text(e.Uid));
        Line("SEQUENCE:" + Math.Max(0, e.Sequence).ToString(CultureInfo.InvariantCulture));
        Line("DTSTAMP:" + Utc(e.Stamp));
        Line("DTSTART:" + Utc(e.Start));
        Line("DTEND:" + Utc(e.End > e.Start ? e.End : e.Start));
        var language = e.Language is { Length: > 0 } l && IsLanguageTag(l) ? ";LANGUAGE=" + l : string.Empty;
        Line("SUMMARY" + language + ":" + Text(e.Summary));
        if (!string.IsNullOrEmpty(e.Description))
        {
            Line("DESCRIPTION" + language + ":" + Text(e.Description));
        }

        if (e.Organizer is { } organizer && Address(organizer.Email) is { } organizerAddress)
        {
            Line("ORGANIZER" + CommonName(organizer.Name) + ":" + organizerAddress);
        }

        if (e.Attendee is { } attendee && Address(attendee.Email) is { } attendeeAddress)
        {
            Line("ATTENDEE" + CommonName(attendee.Name) + ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:" + attendeeAddress);
        }

        Line("STATUS:CONFIRMED");
        Line("TRANSP:OPAQUE");
        Line("END:VEVENT");
        Line("END:VCALENDAR");
        return output.ToString();
    }

    /// <summary>A UTC DATE-TIME (form #2 of RFC 5545 3.3.5).</summary>
    private static string Utc(DateTimeOffset value) => value.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks escaped; other controls dropped.</summary>
    public static string Text(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var text = value.Length > MaxText ? value[..MaxText] : value;
        if (char.IsHighSurrogate(text[^1]))
        {
            text = text[..^1];
        }

        var result = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\': result.Append(@"\\"); break;
                case ';': result.Append(@"\;"); break;
                case ',': result.Append(@"\,"); break;
                case '\r':
                    result.Append(@"\n");
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\n': result.Append(@"\n"); break;
                case '\t': result.Append(' '); break;
                default:
                    if (!char.IsControl(c) && !(char.IsSurrogate(c) && !IsPairedAt(text, i)))
                    {
                        result.Append(c);
                    }

                    break;
            }
        }

        return result.ToString();
    }

    private static bool IsPairedAt(string text, int i) =>
        char.IsHighSurrogate(text[i]) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) : i > 0 && char.IsHighSurrogate(text[i - 1]);

    /// <summary>
    /// ";CN=…" for a name: a parameter value (RFC 5545 3.2) may hold neither a double quote nor a control character,
    /// so those become an apostrophe and a space; the value is always quoted, as it may hold ":", ";" or ",".
    /// </summary>
    private static string CommonName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return string.Empty;
        }

        var clean = new StringBuilder();
        var text = name.Length > 200 ? name[..200] : name;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            clean.Append(c == '"' ? '\'' : char.IsControl(c) || (char.IsSurrogate(c) && !IsPairedAt(text, i)) ? ' ' : c);
        }

        var value = clean.ToString().Trim();
        return value.Length == 0 ? string.Empty : ";CN=\"" + value + "\"";
    }

    /// <summary>A mailto: URI for an address that is one (no space, control, quote, angle bracket, colon or semicolon); otherwise null.</summary>
    public static string? Address(string? email)
    {
        if (string.IsNullOrWhiteSpace(email) || email.Length > 254)
        {
            return null;
        }

        var at = email.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != email.LastIndexOf('@') || at == email.Length - 1)
        {
            return null;
        }

        foreach (var c in email)
        {
            if (c <= ' ' || c >= 0x7f || c is '"' or '<' or '>' or ':' or ';' or ',' or '\\' or '(' or ')' or '[' or ']')
            {
                return null;
            }
        }

        return "mailto:" + email;
    }

    private static bool IsLanguageTag(string tag) =>
        tag.Length <= 35 && tag.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');

    /// <summary>
    /// Appends one content line folded as RFC 5545 3.1 asks: no line longer than 75 octets (the CRLF not counted),
    /// each continuation starting with a space, and never inside a character's UTF-8 sequence or a surrogate pair.
    /// </summary>
    private static void Fold(StringBuilder output, string line)
    {
        var octets = 0;
        var limit = MaxOctets;
        for (var i = 0; i < line.Length; i++)
        {
            var width = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, width));
            if (octets + size > limit)
            {
                output.Append("\r\n ");
                octets = 0;
                limit = MaxOctets - 1;
            }

            output.Append(line, i, width);
            octets += size;
            i += width - 1;
        }

        output.Append("\r\n");
    }
}
