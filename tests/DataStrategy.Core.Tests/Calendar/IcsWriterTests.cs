using System.Text;
using DataStrategy.Core.Calendar;

namespace DataStrategy.Core.Tests.Calendar;

public sealed class IcsWriterTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 9, 30, 0, TimeSpan.FromHours(1));

    private static IcsEvent Event(string summary = "Interview", string? description = "About data", IcsPerson? organizer = null, IcsPerson? attendee = null, string? method = null) =>
        new("interview-1@studio.example", new DateTimeOffset(2026, 12, 5, 10, 0, 0, TimeSpan.Zero), Start, Start.AddHours(1), summary, description, "nl",
            organizer ?? new IcsPerson("facilitator@ville-de-demo.example", "Fien Facilitator"), attendee ?? new IcsPerson("an@ville-de-demo.example", "An Peeters"), 3, method);

    /// <summary>RFC 5545 3.1: CRLF line ends, at most 75 octets a line, each line valid UTF-8 on its own (no split sequence).</summary>
    private static List<string> StrictLines(string ics)
    {
        Assert.EndsWith("\r\n", ics, StringComparison.Ordinal);
        Assert.DoesNotContain("\r\n\r\n", ics, StringComparison.Ordinal);
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        var bytes = strict.GetBytes(ics);
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < bytes.Length - 1; i++)
        {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n')
            {
                var line = bytes.AsSpan(start, i - start);
                Assert.True(line.Length <= 75, $"line of {line.Length} octets");
                Assert.DoesNotContain((byte)'\r', line.ToArray());
                Assert.DoesNotContain((byte)'\n', line.ToArray());
                lines.Add(strict.GetString(line));
                start = i + 2;
            }
        }

        Assert.Equal(bytes.Length, start);
        return lines;
    }

    /// <summary>Unfolds, then gives the content lines (name with parameters, value).</summary>
    private static List<string> Unfolded(string ics)
    {
        var result = new List<string>();
        foreach (var line in StrictLines(ics))
        {
            if (line.StartsWith(' '))
            {
                result[^1] += line[1..];
            }
            else
            {
                result.Add(line);
            }
        }

        return result;
    }

    private static Ical.Net.CalendarComponents.CalendarEvent ParseSingle(string ics)
    {
        var calendar = Ical.Net.Calendar.Load(Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(ics)))!;
        return Assert.Single(calendar.Events);
    }

    [Fact]
    public void AnInvitation_ParsesBack_WithItsTimesInUtc_ItsUid_AndItsPeople()
    {
        var ics = IcsWriter.Write(Event(method: "REQUEST"));

        var lines = Unfolded(ics);
        Assert.Equal("BEGIN:VCALENDAR", lines[0]);
        Assert.Contains("METHOD:REQUEST", lines);
        Assert.Contains("DTSTART:20261207T083000Z", lines);
        Assert.Contains("DTEND:20261207T093000Z", lines);
        Assert.Contains("DTSTAMP:20261205T100000Z", lines);
        Assert.Contains("SEQUENCE:3", lines);
        var e = ParseSingle(ics);
        Assert.Equal("interview-1@studio.example", e.Uid);
        Assert.Equal(Start.UtcDateTime, e.DtStart!.AsUtc);
        Assert.Equal(Start.AddHours(1).UtcDateTime, e.DtEnd!.AsUtc);
        Assert.Equal("mailto:facilitator@ville-de-demo.example", e.Organizer!.Value!.ToString());
        Assert.Equal("Fien Facilitator", e.Organizer.CommonName);
        var attendee = Assert.Single(e.Attendees);
        Assert.Equal("mailto:an@ville-de-demo.example", attendee.Value!.ToString());
        Assert.Equal("An Peeters", attendee.CommonName);
        Assert.Equal("REQ-PARTICIPANT", attendee.Role);
        Assert.True(attendee.Rsvp);
    }

    [Fact]
    public void HostileTexts_AreEscaped_AndReadBackAsWritten()
    {
        const string summary = "Entretien; avec, \\ Émile\r\nEND:VEVENT\nBEGIN:VEVENT <script>alert(1)</script>";
        var ics = IcsWriter.Write(Event(summary, "Line 1\nLine 2; with, commas \\ and a backslash\r\nATTENDEE:mailto:evil@example.com"));

        var lines = Unfolded(ics);
        Assert.Single(lines, l => l == "BEGIN:VEVENT");
        Assert.Single(lines, l => l == "END:VEVENT");
        Assert.Single(lines, l => l.StartsWith("ATTENDEE", StringComparison.Ordinal));
        Assert.Contains(@"SUMMARY;LANGUAGE=nl:Entretien\; avec\, \\ Émile\nEND:VEVENT\nBEGIN:VEVENT <script>alert(1)</script>", lines);
        var e = ParseSingle(ics);
        Assert.Equal("Entretien; avec, \\ Émile\nEND:VEVENT\nBEGIN:VEVENT <script>alert(1)</script>", e.Summary);
        Assert.Equal("Line 1\nLine 2; with, commas \\ and a backslash\nATTENDEE:mailto:evil@example.com", e.Description);
        Assert.Single(e.Attendees);
    }

    [Fact]
    public void HostileNames_StayInsideTheirQuotedParameter()
    {
        var ics = IcsWriter.Write(Event(
            organizer: new IcsPerson("facilitator@ville-de-demo.example", "Fien \"the boss\"; ROLE=CHAIR:mailto:x@y"),
            attendee: new IcsPerson("an@ville-de-demo.example", "An,\r\nBEGIN:VALARM\u0000 Peeters <script>")));

        var lines = Unfolded(ics);
        Assert.DoesNotContain(lines, l => l.StartsWith("BEGIN:VALARM", StringComparison.Ordinal));
        Assert.Contains("ORGANIZER;CN=\"Fien 'the boss'; ROLE=CHAIR:mailto:x@y\":mailto:facilitator@ville-de-demo.example", lines);
        var e = ParseSingle(ics);
        Assert.Equal("Fien 'the boss'; ROLE=CHAIR:mailto:x@y", e.Organizer!.CommonName);
        Assert.Equal("mailto:facilitator@ville-de-demo.example", e.Organizer.Value!.ToString());
        Assert.Equal("An,  BEGIN:VALARM  Peeters <script>", Assert.Single(e.Attendees).CommonName);
    }

    [Theory]
    [InlineData("an@ville-de-demo.example\r\nATTENDEE:mailto:evil@example.com")]
    [InlineData("an;x@ville-de-demo.example")]
    [InlineData("\"an\"@ville-de-demo.example")]
    [InlineData("not-an-address")]
    [InlineData("a@b@c")]
    public void AnAddressThatIsNotOne_IsLeftOut(string email)
    {
        var ics = IcsWriter.Write(Event(attendee: new IcsPerson(email, "An")));

        Assert.DoesNotContain(Unfolded(ics), l => l.StartsWith("ATTENDEE", StringComparison.Ordinal));
        Assert.Empty(ParseSingle(ics).Attendees);
    }

    [Fact]
    public void VeryLongNotes_AreFoldedAt75Octets_NeverInsideACharacter_AndUnfoldExactly()
    {
        // Accents (2 octets), the euro sign (3) and an emoji (4, a surrogate pair in .NET) at every position of the fold.
        string[] pieces = ["é", "éè", "éè€", "éè€😀", "éè€😀x", "x"];
        var description = string.Concat(Enumerable.Range(0, 1500).Select(i => pieces[i % pieces.Length] + " "));
        var ics = IcsWriter.Write(Event(description: description));

        var lines = StrictLines(ics);
        Assert.True(lines.Count > 150, $"{lines.Count} lines");
        Assert.Equal(description, ParseSingle(ics).Description);
    }

    [Fact]
    public void TextBeyondTheLimit_IsCut_WithoutBreakingAPair()
    {
        var description = new string('a', IcsWriter.MaxText - 1) + "😀" + new string('b', 5000);
        var ics = IcsWriter.Write(Event(description: description));

        Assert.Equal(new string('a', IcsWriter.MaxText - 1), ParseSingle(ics).Description);
    }

    [Fact]
    public void AnUnknownMethod_IsRefused() =>
        Assert.Throws<ArgumentException>(() => IcsWriter.Write(Event(method: "REQUEST\r\nX-EVIL:1")));
}
