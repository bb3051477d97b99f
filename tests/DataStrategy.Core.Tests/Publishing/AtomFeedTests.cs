using System.Xml.Linq;
using DataStrategy.Core.Publishing;

namespace DataStrategy.Core.Tests.Publishing;

public sealed class AtomFeedTests
{
    private static readonly XNamespace Atom = AtomFeed.Namespace;

    private static XElement Build(params AtomEntry[] entries) =>
        XDocument.Parse(System.Text.Encoding.UTF8.GetString(AtomFeed.Build(
            new AtomFeedInfo("https://x.example/feed#nl", "Praktijkvoorbeelden · Stad Demo", "nl", "https://x.example/feed?culture=nl", "https://x.example/cs?culture=nl", "Stad Demo", new DateTimeOffset(2026, 11, 1, 10, 0, 0, TimeSpan.FromHours(1))),
            entries))).Root!;

    [Fact]
    public void Build_TwoEntries_IsAnAtomFeedWithRequiredElements()
    {
        var feed = Build(
            new AtomEntry("urn:uuid:1", "Eén", "Samenvatting", "https://x.example/1", new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 9, 1, 9, 0, 0, TimeSpan.Zero), "https://x.example/1.jpg"),
            new AtomEntry("urn:uuid:2", "Twee", "", "https://x.example/2", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch));

        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("nl", feed.Attribute(XNamespace.Xml + "lang")!.Value);
        Assert.Equal("2026-11-01T09:00:00Z", feed.Element(Atom + "updated")!.Value);
        Assert.Equal("Stad Demo", feed.Element(Atom + "author")!.Element(Atom + "name")!.Value);
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(["urn:uuid:1", "urn:uuid:2"], entries.Select(e => e.Element(Atom + "id")!.Value).ToArray());
        Assert.Equal("https://x.example/1.jpg", entries[0].Elements(Atom + "link").Single(l => l.Attribute("rel")!.Value == "enclosure").Attribute("href")!.Value);
        Assert.Equal("2026-09-01T09:00:00Z", entries[0].Element(Atom + "published")!.Value);
    }

    [Fact]
    public void Build_MarkupAndControlCharactersInTexts_StayTextAndTheFeedParses()
    {
        var feed = Build(new AtomEntry("urn:uuid:3", "<script>alert('x')</script>\u0001\u0008", "a & b \uD800 ]]> c", "https://x.example/3?a=1&b=2", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch));

        var entry = feed.Element(Atom + "entry")!;
        Assert.Equal("<script>alert('x')</script>", entry.Element(Atom + "title")!.Value);
        Assert.Equal("text", entry.Element(Atom + "title")!.Attribute("type")!.Value);
        Assert.Equal("a & b  ]]> c", entry.Element(Atom + "summary")!.Value);
        Assert.Equal("https://x.example/3?a=1&b=2", entry.Element(Atom + "link")!.Attribute("href")!.Value);
    }
}
