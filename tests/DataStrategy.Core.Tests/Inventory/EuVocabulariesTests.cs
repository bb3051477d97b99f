using DataStrategy.Core.Inventory;

namespace DataStrategy.Core.Tests.Inventory;

public class EuVocabulariesTests
{
    public static TheoryData<string> Vocabularies => ["frequency", "data-theme", "access-right", "file-type", "licence", "hvd"];

    [Theory]
    [MemberData(nameof(Vocabularies))]
    public void EveryTerm_HasAUniqueCodeAnAbsoluteUriAndALabelInEachLanguage(string name)
    {
        var terms = Of(name);
        Assert.NotEmpty(terms);
        Assert.Equal(terms.Count, terms.Select(t => t.Code).Distinct(StringComparer.Ordinal).Count());
        foreach (var term in terms)
        {
            Assert.True(Uri.TryCreate(term.Uri, UriKind.Absolute, out var uri) && uri.Scheme == "http", term.Uri);
            Assert.EndsWith("/" + term.Code, term.Uri, StringComparison.Ordinal);
            foreach (var language in Languages.Content)
            {
                Assert.False(string.IsNullOrWhiteSpace(term.Label[language]), $"{term.Code} has no {language} label");
            }
        }
    }

    [Fact]
    public void AuthorityTables_AreThePublicationsOfficeOnes()
    {
        Assert.Equal("http://publications.europa.eu/resource/authority/frequency/MONTHLY", EuVocabularies.FrequencyOf("MONTHLY")!.Term.Uri);
        Assert.Equal("http://publications.europa.eu/resource/authority/data-theme/ENVI", EuVocabularies.Find(EuVocabularies.DataThemes, "ENVI")!.Uri);
        Assert.Equal("http://publications.europa.eu/resource/authority/access-right/NON_PUBLIC", EuVocabularies.Find(EuVocabularies.AccessRights, "NON_PUBLIC")!.Uri);
        Assert.Equal("http://data.europa.eu/bna/c_b79e35eb", EuVocabularies.Find(EuVocabularies.HighValueCategories, "c_b79e35eb")!.Uri);
    }

    [Fact]
    public void Labels_AreInTheirLanguage()
    {
        var monthly = EuVocabularies.FrequencyOf("MONTHLY")!.Term.Label;
        Assert.Equal("Mensuelle", monthly["fr"]);
        Assert.Equal("Maandelijks", monthly["nl"]);
        Assert.Equal("Monatlich", monthly["de"]);
        Assert.Equal("Monthly", monthly["en"]);
        Assert.Equal("Mobilité", EuVocabularies.Find(EuVocabularies.HighValueCategories, "c_b79e35eb")!.Label["fr"]);
    }

    [Fact]
    public void Find_UnknownOrMissingCode_IsNull()
    {
        Assert.Null(EuVocabularies.Find(EuVocabularies.DataThemes, "envi"));
        Assert.Null(EuVocabularies.Find(EuVocabularies.DataThemes, null));
        Assert.Null(EuVocabularies.FrequencyOf("<script>"));
    }

    private static IReadOnlyList<VocabularyTerm> Of(string name) => name switch
    {
        "frequency" => [.. EuVocabularies.Frequencies.Select(f => f.Term)],
        "data-theme" => EuVocabularies.DataThemes,
        "access-right" => EuVocabularies.AccessRights,
        "file-type" => EuVocabularies.FileTypes,
        "licence" => EuVocabularies.Licences,
        _ => EuVocabularies.HighValueCategories,
    };
}
