using DataStrategy.Core.Assessment;
using DataStrategy.Core.Frameworks;

namespace DataStrategy.Core.Tests.Assessment;

public class AnswerMappingTests
{
    private static readonly FrameworkDefinition City = AnswerImportTestData.City;

    private static string FrenchText(string questionId) => City.Question(questionId)!.Text["fr"]!;

    [Fact]
    public void Suggest_HeadersAreQuestionIds_IsWideWithEveryColumnMapped()
    {
        var mapping = AnswerMapping.Suggest(["Respondent", "lead-01", "lead-02", "gov-01"], City);

        Assert.Equal(AnswerLayout.Wide, mapping.Layout);
        Assert.Equal(3, mapping.Columns.Count);
        Assert.Equal("lead-01", mapping.Columns["lead-01"]);
        Assert.Equal("lead-02", mapping.Columns["lead-02"]);
        Assert.Equal("gov-01", mapping.Columns["gov-01"]);
        Assert.Equal("Respondent", mapping.RespondentColumn);
    }

    [Fact]
    public void Suggest_HeadersAreIdColonText_MapsToThatQuestion()
    {
        var mapping = AnswerMapping.Suggest(["Respondent", "lead-01: some text", "LEAD-02 - other words"], City);

        Assert.Equal(AnswerLayout.Wide, mapping.Layout);
        Assert.Equal("lead-01", mapping.Columns["lead-01: some text"]);
        Assert.Equal("lead-02", mapping.Columns["LEAD-02 - other words"]);
    }

    [Fact]
    public void Suggest_HeaderIsFullFrenchQuestionText_MapsToThatQuestion()
    {
        var header = FrenchText("gov-02");

        var mapping = AnswerMapping.Suggest(["Répondant", header], City);

        Assert.Equal(AnswerLayout.Wide, mapping.Layout);
        Assert.Equal("gov-02", Assert.Single(mapping.Columns).Value);
    }

    [Fact]
    public void Suggest_HeaderIsQuestionTextWithOtherCaseAndNoAccents_StillMaps()
    {
        var header = "  " + FrenchText("lead-01").ToUpperInvariant().Replace('É', 'E').Replace('È', 'E') + " ";

        var mapping = AnswerMapping.Suggest(["id", header], City);

        Assert.Equal("lead-01", mapping.Columns[header]);
    }

    [Fact]
    public void Suggest_HeaderIsDutchOrEnglishQuestionText_MapsToThatQuestion()
    {
        var dutch = City.Question("dm-03")!.Text["nl"]!;
        var english = City.Question("eth-04")!.Text["en"]!;

        var mapping = AnswerMapping.Suggest(["id", dutch, english], City);

        Assert.Equal("dm-03", mapping.Columns[dutch]);
        Assert.Equal("eth-04", mapping.Columns[english]);
    }

    [Fact]
    public void Suggest_HeaderIsLongerIdWithSamePrefix_DoesNotMatch()
    {
        var mapping = AnswerMapping.Suggest(["id", "lead-010", "lead-01x"], City);

        Assert.Empty(mapping.Columns);
    }

    [Fact]
    public void Suggest_RespondentQuestionValueHeaders_IsLong()
    {
        var mapping = AnswerMapping.Suggest(["respondent", "question", "value"], City);

        Assert.Equal(AnswerLayout.Long, mapping.Layout);
        Assert.Empty(mapping.Columns);
        Assert.Equal("respondent", mapping.RespondentColumn);
        Assert.Equal("question", mapping.QuestionColumn);
        Assert.Equal("value", mapping.ValueColumn);
    }

    [Fact]
    public void Suggest_FrenchLongHeaders_IsLongWithEveryColumn()
    {
        var mapping = AnswerMapping.Suggest(["Répondant", "Nom", "Service", "Question", "Niveau", "Niveau cible", "Commentaire"], City);

        Assert.Equal(AnswerLayout.Long, mapping.Layout);
        Assert.Equal("Répondant", mapping.RespondentColumn);
        Assert.Equal("Nom", mapping.NameColumn);
        Assert.Equal("Service", mapping.DepartmentColumn);
        Assert.Equal("Question", mapping.QuestionColumn);
        Assert.Equal("Niveau", mapping.ValueColumn);
        Assert.Equal("Niveau cible", mapping.TargetColumn);
        Assert.Equal("Commentaire", mapping.EvidenceColumn);
    }

    [Fact]
    public void Suggest_DutchLongHeaders_IsLong()
    {
        var mapping = AnswerMapping.Suggest(["E-mail", "Naam", "Dienst", "Vraag", "Antwoord", "Toelichting"], City);

        Assert.Equal(AnswerLayout.Long, mapping.Layout);
        Assert.Equal("E-mail", mapping.RespondentColumn);
        Assert.Equal("Naam", mapping.NameColumn);
        Assert.Equal("Dienst", mapping.DepartmentColumn);
        Assert.Equal("Vraag", mapping.QuestionColumn);
        Assert.Equal("Antwoord", mapping.ValueColumn);
        Assert.Equal("Toelichting", mapping.EvidenceColumn);
    }

    [Theory]
    [InlineData("Respondent")]
    [InlineData("RESPONDENT")]
    [InlineData("Respondent ID")]
    [InlineData("respondent_id")]
    [InlineData("Répondant")]
    [InlineData("Response ID")]
    [InlineData("Courriel")]
    [InlineData("e-mail")]
    public void Suggest_RespondentColumnUnderUsualNames_IsFound(string header)
    {
        var mapping = AnswerMapping.Suggest([header, "lead-01"], City);

        Assert.Equal(header, mapping.RespondentColumn);
    }

    [Fact]
    public void Suggest_NoRespondentLikeColumn_LeavesItNull()
    {
        var mapping = AnswerMapping.Suggest(["Horodatage", "lead-01"], City);

        Assert.Null(mapping.RespondentColumn);
        Assert.Equal(AnswerLayout.Wide, mapping.Layout);
    }

    [Fact]
    public void Suggest_RememberedMapping_ReusesKnownColumnsAndValues()
    {
        var remembered = new AnswerMapping
        {
            Layout = AnswerLayout.Wide,
            RespondentColumn = "Who",
            Columns = { ["Q1 strategy"] = "lead-01", ["Gone column"] = "lead-02", ["Q9"] = "no-such-question" },
            Values = { ["Yes"] = "4" },
        };

        var mapping = AnswerMapping.Suggest(["Who", "Q1 strategy", "Q9"], City, remembered);

        Assert.Equal("Who", mapping.RespondentColumn);
        Assert.Equal("lead-01", Assert.Single(mapping.Columns, c => c.Key == "Q1 strategy").Value);
        Assert.DoesNotContain("Gone column", mapping.Columns.Keys);
        Assert.DoesNotContain("Q9", mapping.Columns.Keys);
        Assert.Equal("4", mapping.Values["Yes"]);
    }

    [Fact]
    public void ToJsonFromJson_RoundTripKeepsEverything()
    {
        var mapping = new AnswerMapping
        {
            Layout = AnswerLayout.Long,
            RespondentColumn = "Répondant",
            NameColumn = "Nom",
            DepartmentColumn = "Service",
            QuestionColumn = "Question",
            ValueColumn = "Niveau",
            TargetColumn = "Cible",
            EvidenceColumn = "Preuve",
            Columns = { ["Q1 <b>"] = "lead-01", ["Q2 \"quoted\""] = "lead-02" },
            Values = { ["Oui"] = "4", ["?"] = AnswerMapping.NotApplicable, ["-"] = AnswerMapping.Skip },
        };

        var json = mapping.ToJson();
        var copy = AnswerMapping.FromJson(json);

        Assert.NotNull(copy);
        Assert.Equal(AnswerLayout.Long, copy.Layout);
        Assert.Equal("Répondant", copy.RespondentColumn);
        Assert.Equal("Nom", copy.NameColumn);
        Assert.Equal("Service", copy.DepartmentColumn);
        Assert.Equal("Question", copy.QuestionColumn);
        Assert.Equal("Niveau", copy.ValueColumn);
        Assert.Equal("Cible", copy.TargetColumn);
        Assert.Equal("Preuve", copy.EvidenceColumn);
        Assert.Equal(mapping.Columns.OrderBy(c => c.Key, StringComparer.Ordinal), copy.Columns.OrderBy(c => c.Key, StringComparer.Ordinal));
        Assert.Equal(mapping.Values.OrderBy(c => c.Key, StringComparer.Ordinal), copy.Values.OrderBy(c => c.Key, StringComparer.Ordinal));
        Assert.Equal(json, copy.ToJson());
    }

    [Fact]
    public void ToJson_WritesLayoutAsCamelCaseName()
    {
        var json = new AnswerMapping { Layout = AnswerLayout.Long }.ToJson();

        Assert.Contains("\"layout\": \"long\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void FromJson_ColumnsAreCaseSensitiveAfterReading()
    {
        var copy = AnswerMapping.FromJson("{\"columns\":{\"Q1\":\"lead-01\"}}");

        Assert.NotNull(copy);
        Assert.True(copy.Columns.ContainsKey("Q1"));
        Assert.False(copy.Columns.ContainsKey("q1"));
        Assert.Empty(copy.Values);
    }

    [Fact]
    public void FromJson_NullCollections_AreEmpty()
    {
        var copy = AnswerMapping.FromJson("{\"columns\":null,\"values\":null}");

        Assert.NotNull(copy);
        Assert.Empty(copy.Columns);
        Assert.Empty(copy.Values);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("null")]
    [InlineData("[1,2]")]
    [InlineData("{\"layout\":\"diagonal\"}")]
    [InlineData("{\"columns\":[\"a\"]}")]
    public void FromJson_NotAMapping_IsNull(string? json)
    {
        Assert.Null(AnswerMapping.FromJson(json));
    }
}
