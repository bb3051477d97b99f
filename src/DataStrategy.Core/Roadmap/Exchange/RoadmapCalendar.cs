using System.Globalization;
using System.Text;

namespace DataStrategy.Core.Roadmap.Exchange;

/// <summary>
/// The milestones as an iCalendar file (RFC 5545): one all-day event per milestone, with a UID that stays
/// the same across exports so calendar programs update events instead of duplicating them.
/// </summary>
public static class RoadmapCalendar
{
    private const int MaxOctets = 75;

    /// <param name="host">Domain part of the UIDs ("studio.example.org").</param>
    /// <param name="stamp">DTSTAMP of every event: when the file was made.</param>
    public static byte[] Build(RoadmapExchange roadmap, string host, DateTimeOffset stamp, string? calendarName = null)
    {
        ArgumentNullException.ThrowIfNull(roadmap);
        var titles = roadmap.Initiatives.ToDictionary(i => i.Code, i => Text(i.Title, roadmap.Language), StringComparer.Ordinal);
        var output = new StringBuilder();
        Line(output, "BEGIN:VCALENDAR");
        Line(output, "VERSION:2.0");
        Line(output, "PRODID:-//Data Strategy Studio//Roadmap milestones//EN");
        Line(output, "CALSCALE:GREGORIAN");
        Line(output, "METHOD:PUBLISH");
        if (!string.IsNullOrWhiteSpace(calendarName))
        {
            Line(output, "X-WR-CALNAME:" + Escape(calendarName));
        }

        var dtstamp = stamp.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var safeHost = new string((host ?? "").Where(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-').ToArray());
        if (safeHost.Length == 0)
        {
            safeHost = "data-strategy-studio";
        }

        foreach (var milestone in roadmap.Milestones)
        {
            if (!DateOnly.TryParseExact(milestone.DueOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due))
            {
                continue;
            }

            var title = Text(milestone.Title, roadmap.Language);
            var initiative = titles.GetValueOrDefault(milestone.InitiativeCode, "");
            Line(output, "BEGIN:VEVENT");
            Line(output, "UID:" + Escape(milestone.Id + "@" + safeHost));
            Line(output, "DTSTAMP:" + dtstamp);
            Line(output, "DTSTART;VALUE=DATE:" + due.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
            Line(output, "DTEND;VALUE=DATE:" + due.AddDays(1).ToString("yyyyMMdd", CultureInfo.InvariantCulture));
            Line(output, "SUMMARY:" + Escape(milestone.InitiativeCode + " " + title));
            Line(output, "DESCRIPTION:" + Escape((milestone.InitiativeCode + " " + initiative).Trim() + "\n" + title));
            Line(output, "TRANSP:TRANSPARENT");
            if (milestone.AchievedOn is not null)
            {
                Line(output, "STATUS:CONFIRMED");
            }

            Line(output, "END:VEVENT");
        }

        Line(output, "END:VCALENDAR");
        return new UTF8Encoding(false).GetBytes(output.ToString());
    }

    private static string Text(IReadOnlyDictionary<string, string> text, string language) =>
        text.TryGetValue(language, out var value) && !string.IsNullOrWhiteSpace(value) ? value
        : Languages.Content.Select(l => text.GetValueOrDefault(l)).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v)) ?? "";

    /// <summary>TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, and newlines as \n; other control characters dropped.</summary>
    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var sb = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\':
                    sb.Append(@"\\");
                    break;
                case ';':
                    sb.Append(@"\;");
                    break;
                case ',':
                    sb.Append(@"\,");
                    break;
                case '\r':
                    if (i + 1 < value.Length && value[i + 1] == '\n')
                    {
                        i++;
                    }

                    sb.Append(@"\n");
                    break;
                case '\n':
                    sb.Append(@"\n");
                    break;
                default:
                    if (!char.IsControl(c) || c == '\t')
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>Appends a content line folded at 75 octets (never inside a UTF-8 sequence or a surrogate pair), ending in CRLF.</summary>
    private static void Line(StringBuilder output, string line)
    {
        var octets = 0;
        var limit = MaxOctets;
        for (var i = 0; i < line.Length; i++)
        {
            var length = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, length));
            if (octets + size > limit)
            {
                output.Append("\r\n ");
                octets = 1;
            }

            output.Append(line, i, length);
            octets += size;
            i += length - 1;
        }

        output.Append("\r\n");
    }
}
