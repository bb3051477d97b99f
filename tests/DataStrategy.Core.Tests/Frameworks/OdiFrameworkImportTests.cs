using DataStrategy.Core.Frameworks;

namespace DataStrategy.Core.Tests.Frameworks;

/// <summary>Import of the real ODI Data Maturity Assessment for Government (2023) tool file.</summary>
public class OdiFrameworkImportTests
{
    private static readonly string[] ThemeIds = ["culture", "data", "leadership", "skills", "tools", "uses"];
    private static readonly string[] ThemeNames = ["Culture", "Data", "Leadership", "Skills", "Tools", "Uses"];
    private static readonly string[] LevelNames = ["Beginning", "Emerging", "Learning", "Developing", "Mastering"];

    [Fact]
    public void Read_DmagFile_IsValidWithoutIssues()
    {
        var result = OdiFramework.Read(FrameworkTestData.OdiBytes());

        Assert.Empty(result.Issues);
        Assert.True(result.IsValid);
        Assert.NotNull(result.Framework);
    }

    [Fact]
    public void Read_DmagFile_PassesFrameworkValidation()
    {
        var framework = FrameworkTestData.Dmag();

        Assert.Empty(FrameworkJson.Validate(framework));
    }

    [Fact]
    public void Read_DmagFile_HasTenTopics()
    {
        var framework = FrameworkTestData.Dmag();

        Assert.Equal(10, framework.Topics.Count);
        Assert.Equal(10, framework.Topics.Select(t => t.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Read_DmagFile_Has97Questions()
    {
        var framework = FrameworkTestData.Dmag();

        Assert.Equal(97, framework.Questions.Count);
    }

    [Fact]
    public void Read_DmagFile_HasTheSixPublishedThemes()
    {
        var framework = FrameworkTestData.Dmag();

        Assert.Equal(ThemeIds, framework.Themes.Select(t => t.Id));
        Assert.Equal(ThemeNames, framework.Themes.Select(t => t.Name["en"]));
    }

    [Fact]
    public void Read_DmagFile_HasFiveNamedLevels()
    {
        var framework = FrameworkTestData.Dmag();

        Assert.Equal([1, 2, 3, 4, 5], framework.Levels.Select(l => l.Value));
        Assert.Equal(LevelNames, framework.Levels.Select(l => l.Name["en"]));
        Assert.Equal(5, framework.MaxLevel);
    }

    [Fact]
    public void Read_DmagFile_EveryQuestionHasFiveNonEmptyDescriptors()
    {
        var framework = FrameworkTestData.Dmag();

        Assert.All(framework.Questions, q =>
        {
            Assert.Equal([1, 2, 3, 4, 5], q.Descriptors.Keys);
            Assert.All(q.Descriptors.Values, d => Assert.False(string.IsNullOrWhiteSpace(d["en"])));
        });
    }

    [Fact]
    public void Read_DmagFile_EveryQuestionHasAKnownThemeAndTopic()
    {
        var framework = FrameworkTestData.Dmag();

        Assert.All(framework.Questions, q =>
        {
            Assert.NotNull(framework.Theme(q.ThemeId));
            Assert.NotNull(q.TopicId);
            Assert.NotNull(framework.Topic(q.TopicId));
            Assert.False(string.IsNullOrWhiteSpace(q.Text["en"]));
        });
    }

    [Theory]
    [InlineData("culture", 24)]
    [InlineData("data", 22)]
    [InlineData("leadership", 17)]
    [InlineData("tools", 13)]
    [InlineData("skills", 12)]
    [InlineData("uses", 9)]
    public void Read_DmagFile_CountsQuestionsPerTheme(string themeId, int expected)
    {
        var framework = FrameworkTestData.Dmag();

        var theme = framework.Theme(themeId);

        Assert.NotNull(theme);
        Assert.Equal(expected, framework.QuestionsOf(theme).Count());
    }

    [Fact]
    public void Read_DmagFile_QuestionIdsAreUniqueAndValid()
    {
        var framework = FrameworkTestData.Dmag();

        var ids = framework.Questions.Select(q => q.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.True(FrameworkJson.IsValidId(id), id));
    }

    [Fact]
    public void Read_DmagFileTwice_GivesTheSameQuestionIds()
    {
        var bytes = FrameworkTestData.OdiBytes();

        var first = OdiFramework.Read(bytes).Framework!;
        var second = OdiFramework.Read(bytes).Framework!;

        Assert.Equal(first.Questions.Select(q => q.Id), second.Questions.Select(q => q.Id));
        Assert.Equal(first.Questions.Select(q => q.Text["en"]), second.Questions.Select(q => q.Text["en"]));
    }

    [Fact]
    public void Read_DmagFile_QuestionIdsAreTopicIdAndPosition()
    {
        var framework = FrameworkTestData.Dmag();

        var first = framework.Questions[0];

        Assert.Equal(first.TopicId + ".01", first.Id);
        Assert.Equal("Making data available to those who need it.", first.Text["en"]);
    }

    [Fact]
    public void Read_DmagFile_StripsHtmlFromDescription()
    {
        var framework = FrameworkTestData.Dmag();

        var description = framework.Description["en"];

        Assert.NotNull(description);
        Assert.StartsWith("The Data Maturity Assessment (DMA) for Government", description, StringComparison.Ordinal);
        Assert.EndsWith("data maturity assessment framework.", description, StringComparison.Ordinal);
        Assert.DoesNotContain('<', description);
        Assert.DoesNotContain('>', description);
        Assert.DoesNotContain("&lt;", description, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DmagFile_TakesNameAndPublisherFromFile()
    {
        var framework = FrameworkTestData.Dmag();

        Assert.Equal("Data Maturity Assessment for Government (2023)", framework.Name["en"]);
        Assert.Equal("data-maturity-assessment-for-government-2023", framework.Id);
        Assert.False(string.IsNullOrWhiteSpace(framework.Publisher));
    }

    [Fact]
    public void Read_DmagFileInFrench_StoresTextsUnderFrench()
    {
        var framework = OdiFramework.Read(FrameworkTestData.OdiBytes(), Languages.French).Framework!;

        Assert.Equal("Beginning", framework.Levels[0].Name["fr"]);
        Assert.Null(framework.Levels[0].Name["en"]);
        Assert.All(framework.Questions, q => Assert.True(q.Text.Has("fr")));
    }

    [Fact]
    public void LooksLikeOdi_DmagFile_IsTrueAndNotOurs()
    {
        var bytes = FrameworkTestData.OdiBytes();

        Assert.True(OdiFramework.LooksLikeOdi(bytes));
        Assert.False(FrameworkJson.LooksLikeOurs(bytes));
    }

    [Theory]
    [InlineData("<p>Hello &amp; <b>welcome</b></p>", "Hello & welcome")]
    [InlineData("plain  text\n here", "plain text here")]
    [InlineData("   ", null)]
    [InlineData(null, null)]
    public void PlainText_StripsTagsDecodesEntitiesAndCollapsesSpaces(string? html, string? expected)
    {
        Assert.Equal(expected, OdiFramework.PlainText(html));
    }
}
