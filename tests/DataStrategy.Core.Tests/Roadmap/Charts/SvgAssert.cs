using System.Globalization;
using System.Xml.Linq;

namespace DataStrategy.Core.Tests.Roadmap.Charts;

/// <summary>Checks every chart shares: well-formed, accessible, CSP-safe, unique ids.</summary>
internal static class SvgAssert
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>Text meant to break out of text content and out of attributes.</summary>
    public const string Hostile = "<script>alert(1)</script>\" onload=\"alert(2)\" x='y' & ‏שלום 🚀";

    public static XDocument Parse(string svg) => XDocument.Parse(svg);

    public static IEnumerable<XElement> Elements(XDocument doc, string name) => doc.Descendants(Svg + name);

    public static IEnumerable<XElement> WithClass(XDocument doc, string cssClass) =>
        doc.Descendants().Where(e => ((string?)e.Attribute("class"))?.Split(' ').Contains(cssClass) == true);

    /// <summary>Elements of a class outside the legend and other than the root.</summary>
    public static List<XElement> Plot(XDocument doc, string cssClass) =>
        [.. WithClass(doc, cssClass).Where(e => e.Parent is not null && e.Ancestors().All(a => (string?)a.Attribute("class") != "legend"))];

    public static double Num(XElement e, string attribute) => double.Parse((string)e.Attribute(attribute)!, CultureInfo.InvariantCulture);

    /// <summary>The accessible name and description are wired to existing title/desc elements.</summary>
    public static void Accessible(string svg, string prefix)
    {
        var root = Parse(svg).Root!;
        Assert.Contains((string?)root.Attribute("role"), new[] { "img", "group" });
        Assert.Equal(prefix + "-title " + prefix + "-desc", (string?)root.Attribute("aria-labelledby"));
        Assert.False(string.IsNullOrWhiteSpace(root.Element(Svg + "title")?.Value));
        Assert.Equal(prefix + "-title", (string?)root.Element(Svg + "title")!.Attribute("id"));
        Assert.False(string.IsNullOrWhiteSpace(root.Element(Svg + "desc")?.Value));
        Assert.Equal(prefix + "-desc", (string?)root.Element(Svg + "desc")!.Attribute("id"));
    }

    /// <summary>Two charts on one page share no id, and every id starts with its chart's prefix.</summary>
    public static void UniqueIds(string first, string firstPrefix, string second, string secondPrefix)
    {
        var a = Ids(first);
        var b = Ids(second);
        Assert.All(a, id => Assert.StartsWith(firstPrefix, id, StringComparison.Ordinal));
        Assert.All(b, id => Assert.StartsWith(secondPrefix, id, StringComparison.Ordinal));
        var all = a.Concat(b).ToList();
        Assert.Equal(all.Count, all.Distinct(StringComparer.Ordinal).Count());
    }

    private static List<string> Ids(string svg) =>
        [.. Parse(svg).Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>()];

    /// <summary>The hostile text survives as text only: no script element, no injected attribute, no inline style.</summary>
    public static void Safe(string svg)
    {
        Assert.DoesNotContain("<script", svg, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("style", svg, StringComparison.OrdinalIgnoreCase);
        var doc = Parse(svg);
        Assert.DoesNotContain(doc.Descendants(), e => e.Name.LocalName is "script" or "style" or "foreignObject");
        Assert.DoesNotContain(doc.Descendants().Attributes(), a => a.Name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(doc.Descendants().Select(e => e.Value), v => v.Contains("<script>", StringComparison.Ordinal) || v.Contains("🚀", StringComparison.Ordinal));
    }

    /// <summary>Every link is site-relative.</summary>
    public static List<string> Hrefs(string svg) =>
        [.. Parse(svg).Descendants(Svg + "a").Select(a => (string)a.Attribute("href")!)];
}
