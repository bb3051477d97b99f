using DataStrategy.Core.Assessment;

namespace DataStrategy.Core.Tests.Assessment;

public class LevelVocabularyTests
{
    private static readonly LevelVocabulary Vocabulary = new(AnswerImportTestData.City);

    private static (LevelVocabulary.Outcome Outcome, AnswerState State, int? Level) Read(string? cell, LevelVocabulary? vocabulary = null)
    {
        var outcome = (vocabulary ?? Vocabulary).Read(cell, out var state, out var level);
        return (outcome, state, level);
    }

    [Theory]
    [InlineData("1", 1)]
    [InlineData("3", 3)]
    [InlineData(" 5 ", 5)]
    [InlineData("3.0", 3)]
    [InlineData("Niveau 3", 3)]
    [InlineData("niveau 4", 4)]
    [InlineData("Level 2", 2)]
    [InlineData("3 - Defined", 3)]
    public void Read_NumberWithOrWithoutDecoration_IsThatLevel(string cell, int expected)
    {
        Assert.Equal((LevelVocabulary.Outcome.Answer, AnswerState.Level, expected), Read(cell));
    }

    [Theory]
    [InlineData("Initial", 1)]
    [InlineData("initieel", 1)]
    [InlineData("Developing", 2)]
    [InlineData("En développement", 2)]
    [InlineData("EN DEVELOPPEMENT", 2)]
    [InlineData("in ontwikkeling", 2)]
    [InlineData("Défini", 3)]
    [InlineData("defini", 3)]
    [InlineData("Gedefinieerd", 3)]
    [InlineData("DEFINED", 3)]
    [InlineData("Maîtrisé", 4)]
    [InlineData("maitrise", 4)]
    [InlineData("Beheerst", 4)]
    [InlineData("managed", 4)]
    [InlineData("Optimisé", 5)]
    [InlineData("OPTIMISED", 5)]
    [InlineData("geoptimaliseerd", 5)]
    public void Read_LevelNameInAnyLanguage_IsThatLevel(string cell, int expected)
    {
        Assert.Equal((LevelVocabulary.Outcome.Answer, AnswerState.Level, expected), Read(cell));
    }

    [Theory]
    [InlineData("ne sais pas")]
    [InlineData("Je ne sais pas")]
    [InlineData("weet niet")]
    [InlineData("Weet ik niet")]
    [InlineData("don't know")]
    [InlineData("Don't Know")]
    [InlineData("?")]
    [InlineData("NSP")]
    public void Read_DontKnowWords_AreDontKnow(string cell)
    {
        Assert.Equal((LevelVocabulary.Outcome.Answer, AnswerState.DontKnow, (int?)null), Read(cell));
    }

    [Theory]
    [InlineData("n/a")]
    [InlineData("N/A")]
    [InlineData("sans objet")]
    [InlineData("Sans Objet")]
    [InlineData("nvt")]
    [InlineData("n.v.t.")]
    [InlineData("niet van toepassing")]
    [InlineData("not applicable")]
    public void Read_NotApplicableWords_AreNotApplicable(string cell)
    {
        Assert.Equal((LevelVocabulary.Outcome.Answer, AnswerState.NotApplicable, (int?)null), Read(cell));
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("6", 6)]
    [InlineData("7", 7)]
    [InlineData("Niveau 9", 9)]
    [InlineData("7.0", 7)]
    public void Read_NumberOutsideScale_IsOutOfRange(string cell, int level)
    {
        var (outcome, _, read) = Read(cell);

        Assert.Equal(LevelVocabulary.Outcome.OutOfRange, outcome);
        Assert.Equal(level, read);
    }

    [Theory]
    [InlineData("banana")]
    [InlineData("3,5")]
    [InlineData("2 or 3")]
    [InlineData("1234")]
    [InlineData("yes")]
    public void Read_UnreadableValue_IsUnknown(string cell)
    {
        var (outcome, _, level) = Read(cell);

        Assert.Equal(LevelVocabulary.Outcome.Unknown, outcome);
        Assert.Null(level);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("-3")]
    public void Read_NegativeNumber_IsNotAnAnswer(string cell)
    {
        Assert.NotEqual(LevelVocabulary.Outcome.Answer, Read(cell).Outcome);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Read_Blank_IsEmpty(string? cell)
    {
        Assert.Equal(LevelVocabulary.Outcome.Empty, Read(cell).Outcome);
    }

    [Fact]
    public void Read_ExtraValueMappedToLevel_IsThatLevel()
    {
        var vocabulary = new LevelVocabulary(AnswerImportTestData.City, new Dictionary<string, string> { ["Yes"] = "4" });

        Assert.Equal((LevelVocabulary.Outcome.Answer, AnswerState.Level, 4), Read("Yes", vocabulary));
        Assert.Equal((LevelVocabulary.Outcome.Answer, AnswerState.Level, 4), Read("yes", vocabulary));
    }

    [Fact]
    public void Read_ExtraValueOverridesBuiltInWord()
    {
        var vocabulary = new LevelVocabulary(AnswerImportTestData.City, new Dictionary<string, string> { ["?"] = AnswerMapping.NotApplicable });

        Assert.Equal((LevelVocabulary.Outcome.Answer, AnswerState.NotApplicable, (int?)null), Read("?", vocabulary));
    }

    [Fact]
    public void Read_ExtraValueMappedToDontKnow_IsDontKnow()
    {
        var vocabulary = new LevelVocabulary(AnswerImportTestData.City, new Dictionary<string, string> { ["Peut-être"] = AnswerMapping.DontKnow });

        Assert.Equal((LevelVocabulary.Outcome.Answer, AnswerState.DontKnow, (int?)null), Read("peut-etre", vocabulary));
    }

    [Fact]
    public void Read_ExtraValueMappedToSkip_IsEmpty()
    {
        var vocabulary = new LevelVocabulary(AnswerImportTestData.City, new Dictionary<string, string> { ["Pas répondu"] = AnswerMapping.Skip });

        var (outcome, _, level) = Read("Pas répondu", vocabulary);

        Assert.Equal(LevelVocabulary.Outcome.Empty, outcome);
        Assert.Null(level);
    }

    [Theory]
    [InlineData("9")]
    [InlineData("0")]
    [InlineData("four")]
    [InlineData("")]
    public void Read_ExtraValueWithInvalidMeaning_IsIgnored(string meaning)
    {
        var vocabulary = new LevelVocabulary(AnswerImportTestData.City, new Dictionary<string, string> { ["Yes"] = meaning });

        Assert.Equal(LevelVocabulary.Outcome.Unknown, Read("Yes", vocabulary).Outcome);
    }

    [Fact]
    public void Read_OdiLevelNames_UseThatFrameworksScale()
    {
        var vocabulary = new LevelVocabulary(Frameworks.FrameworkTestData.Dmag());

        Assert.Equal((LevelVocabulary.Outcome.Answer, AnswerState.Level, 3), Read("learning", vocabulary));
        Assert.Equal((LevelVocabulary.Outcome.Answer, AnswerState.Level, 5), Read("Mastering", vocabulary));
    }
}
