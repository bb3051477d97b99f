using System.Text;
using DataStrategy.Core.Roadmap.Exchange;

namespace DataStrategy.Core.Tests.Roadmap;

public class RoadmapCalendarTests
{
    private static readonly DateTimeOffset Stamp = new(2026, 11, 27, 9, 30, 0, TimeSpan.Zero);

    private static string Build(RoadmapExchange? roadmap = null) =>
        Encoding.UTF8.GetString(RoadmapCalendar.Build(roadmap ?? RoadmapExchangeSamples.Create(), "studio.example.org", Stamp, "Jalons, feuille de route"));

    private static string Unfold(string ics) => ics.Replace("\r\n ", "", StringComparison.Ordinal);

    [Fact]
    public void Build_Sample_EveryLineEndsWithCrLf()
    {
        var ics = Build();

        Assert.EndsWith("\r\n", ics, StringComparison.Ordinal);
        Assert.DoesNotContain(ics.Replace("\r\n", "", StringComparison.Ordinal), c => c is '\r' or '\n');
    }

    [Fact]
    public void Build_LongAccentedTitle_FoldsLinesAtMost75OctetsWithoutBreakingCharacters()
    {
        var longTitle = string.Concat(Enumerable.Repeat("Étude d'opportunité géospatiale € ", 12)) + "😀 fin";
        var roadmap = RoadmapExchangeSamples.Create() with
        {
            Milestones = [RoadmapExchangeSamples.Create().Milestones[0] with { Title = new Dictionary<string, string> { ["fr"] = longTitle } }],
        };
        var bytes = RoadmapCalendar.Build(roadmap, "studio.example.org", Stamp);

        var lines = SplitBytes(bytes);
        Assert.All(lines, line => Assert.True(line.Length <= 75, $"{line.Length} octets: {Encoding.UTF8.GetString(line)}"));
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        Assert.All(lines, line => strict.GetString(line));
        Assert.Contains("SUMMARY:I-01 " + longTitle.Replace(",", "\\,", StringComparison.Ordinal), Unfold(Encoding.UTF8.GetString(bytes)), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SummaryWithCommaSemicolonBackslash_IsEscaped()
    {
        var ics = Unfold(Build());

        Assert.Contains(@"SUMMARY:I-01 Catalogue v1\, en ligne\; enfin\\ouf", ics, StringComparison.Ordinal);
    }

    [Fact]
    public void Escape_Newlines_BecomeBackslashN()
    {
        Assert.Equal(@"a\nb\nc", RoadmapCalendar.Escape("a\r\nb\nc"));
    }

    [Fact]
    public void Build_Milestone_IsAnAllDayEventWithStableUidAndStamp()
    {
        var ics = Unfold(Build());

        Assert.Contains("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("UID:5b0f3c1e-1111-4c1a-9a1e-000000000001@studio.example.org\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("DTSTART;VALUE=DATE:20270315\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("DTEND;VALUE=DATE:20270316\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("DTSTAMP:20261127T093000Z\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("X-WR-CALNAME:Jalons\\, feuille de route\r\n", ics, StringComparison.Ordinal);
        Assert.EndsWith("END:VCALENDAR\r\n", ics, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_TwiceAtDifferentTimes_KeepsTheSameUid()
    {
        var first = Unfold(Build());
        var second = Unfold(Encoding.UTF8.GetString(RoadmapCalendar.Build(RoadmapExchangeSamples.Create(), "studio.example.org", Stamp.AddDays(3))));

        static string Uid(string ics) => ics.Split("\r\n").Single(l => l.StartsWith("UID:", StringComparison.Ordinal));
        Assert.Equal(Uid(first), Uid(second));
    }

    [Fact]
    public void Build_HostileHost_KeepsOnlyDomainCharacters()
    {
        var ics = Unfold(Encoding.UTF8.GetString(RoadmapCalendar.Build(RoadmapExchangeSamples.Create(), "evil\r\nATTENDEE:x@y;", Stamp)));

        Assert.DoesNotContain("\r\nATTENDEE", ics, StringComparison.Ordinal);
    }

    private static List<byte[]> SplitBytes(byte[] bytes)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i + 1 < bytes.Length; i++)
        {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n')
            {
                lines.Add(bytes[start..i]);
                start = i + 2;
                i++;
            }
        }

        return lines;
    }
}
