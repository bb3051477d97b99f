using DataStrategy.Core.Documents;
using DataStrategy.Core.Strategy;
using DataStrategy.Core.Tests.Strategy;
using DataStrategy.Core.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DataStrategy.Core.Tests.Roadmap;

public class StrategyDocxRoadmapTests
{
    private static readonly StrategySnapshot Strategy = StrategySamples.Create(objectives: 3, services: 2, roles: 3, activities: 2, bodies: 1, seed: 7);

    private static RoadmapSection Section()
    {
        var objective = Strategy.OfKind(StrategyItemKind.Objective).First().Title;
        return new RoadmapSection
        {
            Workstreams =
            [
                new RoadmapSectionWorkstream(LocalizedText.Of("Plateforme de données", "Dataplatform", "Data platform"),
                [
                    new RoadmapSectionInitiative("I-01", LocalizedText.Of("Catalogue <script>", "Catalogus"), [objective], new DateOnly(2027, 2, 1), new DateOnly(2027, 7, 1), "InProgress"),
                    new RoadmapSectionInitiative("I-02", LocalizedText.Of("Portail"), [], null, null, "Proposed"),
                ]),
                new RoadmapSectionWorkstream(null, [new RoadmapSectionInitiative("I-03", LocalizedText.Of("Formation", "Opleiding"), [], new DateOnly(2027, 9, 1), new DateOnly(2027, 9, 1), "Done")]),
            ],
            Kpis =
            [
                new RoadmapSectionKpi(LocalizedText.Of("Jeux de données ouverts", "Open datasets"), LocalizedText.Of("jeux", "datasets"), 12, new DateOnly(2026, 12, 1), 80, new DateOnly(2028, 12, 1), 30.5m, new DateOnly(2027, 6, 1)),
                new RoadmapSectionKpi(LocalizedText.Of("Satisfaction"), LocalizedText.Of("%", "%"), 60, new DateOnly(2026, 12, 1), 75, new DateOnly(2028, 12, 1), null, null),
            ],
        };
    }

    private static StrategyDocument Document(IReadOnlyList<string> languages, RoadmapSection? roadmap) => new()
    {
        Languages = languages,
        OrganisationName = LocalizedText.Of("Ville de Bruxelles", "Stad Brussel", "City of Brussels"),
        Strategy = Strategy,
        VersionText = new Dictionary<string, string> { ["fr"] = "Version 3", ["nl"] = "Versie 3" },
        HolderNames = StrategySamples.HolderNames(Strategy),
        Roadmap = roadmap,
    };

    [Theory]
    [InlineData("fr")]
    [InlineData("nl")]
    [InlineData("en")]
    public void Build_OneLanguageWithRoadmap_HasNoValidationErrors(string language) =>
        AssertValid(StrategyDocx.Build(Document([language], Section())));

    [Fact]
    public void Build_BilingualWithRoadmap_HasNoValidationErrors() =>
        AssertValid(StrategyDocx.Build(Document(["fr", "nl"], Section())));

    [Fact]
    public void Build_WithRoadmap_EndsWithTheRoadmapChapter()
    {
        using var document = Open(StrategyDocx.Build(Document(["fr"], Section())));

        Assert.Equal("Feuille de route", Headings(document, "Heading1").Last());
        Assert.Equal(["Plateforme de données", "Autres initiatives", "Indicateurs de résultat"], HeadingsAfter(document, "Feuille de route"));
    }

    [Fact]
    public void Build_WithRoadmap_HasATableRowPerInitiativeWithMonthsAndStatus()
    {
        using var document = Open(StrategyDocx.Build(Document(["fr"], Section())));

        var rows = Body(document).Descendants<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Contains(rows, r => r.Count == 4 && r[0] == "I-01 Catalogue <script>" && r[2] == "02/2027 – 07/2027" && r[3] == "En cours");
        Assert.Contains(rows, r => r.Count == 4 && r[0] == "I-02 Portail" && r[1] == "–" && r[2] == "–" && r[3] == "Proposée");
        Assert.Contains(rows, r => r.Count == 4 && r[0] == "Jeux de données ouverts" && r[2].StartsWith("30,5", StringComparison.Ordinal) && r[3].StartsWith("80", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Count == 4 && r[0] == "Satisfaction" && r[2] == "Pas encore mesuré");
    }

    [Fact]
    public void Build_Bilingual_ShowsBothLanguagesInTheHeadingAndCells()
    {
        using var document = Open(StrategyDocx.Build(Document(["fr", "nl"], Section())));

        Assert.Contains("Feuille de route / Roadmap", Headings(document, "Heading1"));
        Assert.Contains("Plateforme de données / Dataplatform", Headings(document, "Heading2"));
        var cell = Body(document).Descendants<TableCell>().First(c => c.InnerText.Contains("I-01", StringComparison.Ordinal));
        Assert.Equal(["I-01 Catalogue <script>", "I-01 Catalogus"], cell.Elements<Paragraph>().Select(p => p.InnerText));
    }

    [Fact]
    public void Build_Bilingual_UnitNotWrittenInALanguage_IsShownInItsOwnWithItsLanguageTag()
    {
        var section = Section() with
        {
            Kpis = [new RoadmapSectionKpi(LocalizedText.Of("Jeux de données", "Datasets"), LocalizedText.Of(nl: "datasets"), 12, new DateOnly(2026, 12, 1), 80, new DateOnly(2028, 12, 1), null, null)],
        };

        using var document = Open(StrategyDocx.Build(Document(["fr", "nl"], section)));

        var cell = Body(document).Descendants<TableCell>().First(c => c.InnerText.StartsWith("12", StringComparison.Ordinal));
        var french = cell.Elements<Paragraph>().First();
        var unit = french.Descendants<Run>().Single(r => r.InnerText == "datasets");
        Assert.Equal("nl-BE", unit.RunProperties?.Languages?.Val?.Value);
        Assert.Equal("fr-BE", french.Descendants<Run>().First().RunProperties?.Languages?.Val?.Value);
        Assert.Equal("12\u00A0datasets (12/2026)", french.InnerText);
    }

    [Fact]
    public void Build_WithoutRoadmap_HasNoRoadmapChapter()
    {
        using var document = Open(StrategyDocx.Build(Document(["fr"], null)));

        Assert.DoesNotContain("Feuille de route", Headings(document, "Heading1"));
    }

    [Fact]
    public void Build_EmptyRoadmap_HasNoRoadmapChapter()
    {
        using var document = Open(StrategyDocx.Build(Document(["nl"], new RoadmapSection())));

        Assert.DoesNotContain("Roadmap", Headings(document, "Heading1"));
    }

    [Theory]
    [InlineData("Proposed", "fr", "Proposée")]
    [InlineData("OnHold", "nl", "On hold")]
    [InlineData("Cancelled", "en", "Cancelled")]
    [InlineData("Unheard-of", "fr", "Proposée")]
    public void Texts_StatusKey_NamesTheStatus(string status, string language, string expected) =>
        Assert.Equal(expected, DocumentTexts.Strategy.Get(StrategyLabels.StatusKey(status), language));

    private static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), false);

    private static Body Body(WordprocessingDocument document) => document.MainDocumentPart!.Document.Body!;

    private static List<string> Headings(WordprocessingDocument document, string style) =>
        Body(document).Descendants<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == style).Select(p => p.InnerText).ToList();

    private static List<string> HeadingsAfter(WordprocessingDocument document, string chapter)
    {
        var paragraphs = Body(document).Elements<Paragraph>().ToList();
        var start = paragraphs.FindIndex(p => p.InnerText == chapter && p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1");
        return paragraphs.Skip(start + 1).Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading2").Select(p => p.InnerText).ToList();
    }

    private static void AssertValid(byte[] bytes)
    {
        using var document = Open(bytes);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).ToList();
        Assert.True(errors.Count == 0, $"{errors.Count} validation errors:\n" + string.Join("\n", errors.Take(30).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
    }
}
