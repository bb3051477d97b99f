using System.Text.Json;
using DataStrategy.Core.Catalogue;
using DataStrategy.Core.Text;

namespace DataStrategy.Core.Tests.Catalogue;

public sealed class CatalogueWriterTests
{
    private static readonly CatalogueInfo Info = new("https://dss.example/p/ville", "ville", LocalizedText.Of("Ville", "Stad", "City"), ["fr", "nl", "en"], null, "opendata@ville.example", new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), false);

    private static CatalogueDataset Dataset(string slug, LocalizedText title, params CatalogueDistribution[] distributions) =>
        new(slug, title, LocalizedText.Of("Description", "Beschrijving"), new LocalizedText(), ["TRAN"], "MONTHLY", "PUBLIC", "CC_BY_4_0", null, null, null, null, false, null, Info.Modified, distributions);

    private static List<RdfResource> Graph(params CatalogueDataset[] datasets) =>
        CatalogueGraph.Build(Info, datasets, new CataloguePage(1, 100, datasets.Length, "https://dss.example/p/ville/catalogue.ttl"));

    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("a \"quote\"", "\"a \\\"quote\\\"\"")]
    [InlineData("\"\"\"", "\"\\\"\\\"\\\"\"")]
    [InlineData("back\\slash", "\"back\\\\slash\"")]
    [InlineData("new\nline\r\ttab", "\"new\\nline\\r\\ttab\"")]
    [InlineData("bell\u0007", "\"bell\\u0007\"")]
    [InlineData("<script>", "\"<script>\"")]
    public void Turtle_Strings_AreEscaped(string title, string expected)
    {
        var turtle = TurtleWriter.ToString(Graph(Dataset("d", LocalizedText.Of(fr: title))));

        Assert.Contains("dct:title " + expected + "@fr", turtle, StringComparison.Ordinal);
    }

    [Fact]
    public void Iris_WithCharactersAnIriMayNotHold_ArePercentEncoded_TheSameInBothFormats()
    {
        var graph = Graph(Dataset("d", LocalizedText.Of(fr: "t"), new CatalogueDistribution(Guid.Empty, new LocalizedText(), "CSV", "https://x.example/a>b\"c d\\e", null)));

        var turtle = TurtleWriter.ToString(graph);
        var json = System.Text.Encoding.UTF8.GetString(JsonLdWriter.ToBytes(graph));

        Assert.Contains("dcat:accessURL <https://x.example/a%3Eb%22c%20d%5Ce>", turtle, StringComparison.Ordinal);
        Assert.Contains("\"@id\":\"https://x.example/a%3Eb%22c%20d%5Ce\"", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("/relative")]
    [InlineData("")]
    [InlineData("ftp://files.example/x")]
    public void Distribution_WithoutAWebAccessAddress_IsLeftOut(string address)
    {
        var turtle = TurtleWriter.ToString(Graph(Dataset("d", LocalizedText.Of(fr: "t"), new CatalogueDistribution(Guid.Empty, new LocalizedText(), "CSV", address, address))));

        Assert.DoesNotContain("dcat:Distribution", turtle, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript", turtle, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonLd_GroupsRepeatedPredicates_AndTagsLanguages()
    {
        var json = JsonLdWriter.ToBytes(Graph(Dataset("d", LocalizedText.Of("Titre", "Titel", "Title", "Titel DE"))));

        using var doc = JsonDocument.Parse(json);
        var dataset = doc.RootElement.GetProperty("@graph").EnumerateArray().Single(r => r.GetProperty("@id").GetString()!.EndsWith("#dataset", StringComparison.Ordinal));
        var titles = dataset.GetProperty("dct:title").EnumerateArray().Select(t => t.GetProperty("@language").GetString() + ":" + t.GetProperty("@value").GetString()).ToList();
        Assert.Equal(["fr:Titre", "nl:Titel", "de:Titel DE", "en:Title"], titles);
    }

    [Fact]
    public void Paging_LinksNeighbours_AndPageExistsChecksBounds()
    {
        var page = new CataloguePage(2, 100, 250, "https://dss.example/p/ville/catalogue.ttl");
        var turtle = TurtleWriter.ToString(CatalogueGraph.Build(Info, [], page));

        Assert.Contains("hydra:previousPage <https://dss.example/p/ville/catalogue.ttl?page=1>", turtle, StringComparison.Ordinal);
        Assert.Contains("hydra:nextPage <https://dss.example/p/ville/catalogue.ttl?page=3>", turtle, StringComparison.Ordinal);
        Assert.Contains("hydra:lastPage <https://dss.example/p/ville/catalogue.ttl?page=3>", turtle, StringComparison.Ordinal);
        Assert.True(CataloguePage.Exists(1, 0));
        Assert.False(CataloguePage.Exists(2, 100));
        Assert.True(CataloguePage.Exists(2, 101));
        Assert.False(CataloguePage.Exists(0, 10));
    }

    [Fact]
    public void BelgianProfile_NamesEachMissingLanguage_ThemeAndLicence_WithoutInventingAny()
    {
        var dataset = Dataset("d", LocalizedText.Of("Titre", "Titel", "Title")) with { Themes = [], Licence = null };

        var gaps = BelgianProfile.Gaps(dataset);

        Assert.Contains(new BelgianGap("title", "de"), gaps);
        Assert.Contains(new BelgianGap("description", "de"), gaps);
        Assert.Contains(new BelgianGap("description", "en"), gaps);
        Assert.Contains(new BelgianGap("theme"), gaps);
        Assert.Contains(new BelgianGap("licence"), gaps);
        Assert.False(CatalogueGraph.Lists(Info with { BelgianProfile = true }, dataset));
        Assert.True(CatalogueGraph.Lists(Info, dataset));
    }

    [Theory]
    [InlineData("opendata@ville.example", true)]
    [InlineData("a@b.example, c@d.example", false)]
    [InlineData("x@y.example>\n<script>", false)]
    [InlineData("Name <x@y.example>", false)]
    [InlineData("no-at-sign", false)]
    [InlineData("x@y.example?subject=hi", false)]
    public void ContactAddress_IsOneAddress(string address, bool valid) => Assert.Equal(valid, CatalogueGraph.IsEmailAddress(address));
}
