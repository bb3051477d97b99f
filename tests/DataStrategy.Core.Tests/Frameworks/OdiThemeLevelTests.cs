using System.Text;
using DataStrategy.Core.Frameworks;

namespace DataStrategy.Core.Tests.Frameworks;

/// <summary>
/// Which level of an ODI tool file holds the themes (issue 19): the activities in the UK government framework, the
/// dimensions in the ODI's own model; detected by a stated rule, and the person can choose.
/// </summary>
public class OdiThemeLevelTests
{
    private static byte[] Fixture(string name) =>
        File.ReadAllBytes(Path.Combine(FrameworkTestData.RepositoryRoot(), "tests", "fixtures", "frameworks", name));

    private static byte[] Odi2024 => Fixture("odi-2024-shaped.json");

    [Fact]
    public void UkFramework_Detected_ActivitiesAreThemes_DimensionsTopics()
    {
        var result = OdiFramework.Read(FrameworkTestData.OdiBytes());

        Assert.True(result.IsValid, string.Join("; ", result.Issues));
        Assert.Equal((OdiThemeLevel.Activity, true), (result.ThemeLevel, result.ThemeLevelDetected));
        Assert.Equal(6, result.Framework!.Themes.Count);
        Assert.Equal(10, result.Framework.Topics.Count);
        Assert.Contains(result.Framework.Themes, t => t.Name.Get("en") == "Culture");
    }

    [Fact]
    public void Odi2024Shape_Detected_DimensionsAreThemes_ActivitiesTopics_FiveSpokes()
    {
        var result = OdiFramework.Read(Odi2024);

        Assert.True(result.IsValid, string.Join("; ", result.Issues));
        Assert.Equal((OdiThemeLevel.Dimension, true), (result.ThemeLevel, result.ThemeLevelDetected));
        var framework = result.Framework!;
        Assert.Equal(["Customer support and engagement", "Data management processes", "Investment and financial performance", "Knowledge and skills", "Strategic oversight"],
            framework.Themes.Select(t => t.Name.Get("en")).Order(StringComparer.Ordinal));
        Assert.Equal(15, framework.Topics.Count);
        var release = framework.Questions.Single(q => q.TopicId == "data-release-process");
        Assert.Equal("data-management-processes", release.ThemeId);
        Assert.All(framework.Questions, q => Assert.Contains(framework.Themes, t => t.Id == q.ThemeId));
        Assert.All(framework.Questions, q => Assert.Contains(framework.Topics, t => t.Id == q.TopicId));
    }

    [Fact]
    public void Odi2024Shape_ActivitiesChosen_FifteenThemes_AsBefore()
    {
        var result = OdiFramework.Read(Odi2024, themeLevel: OdiThemeLevel.Activity);

        Assert.True(result.IsValid, string.Join("; ", result.Issues));
        Assert.Equal((OdiThemeLevel.Activity, false), (result.ThemeLevel, result.ThemeLevelDetected));
        Assert.Equal((15, 5), (result.Framework!.Themes.Count, result.Framework.Topics.Count));
    }

    [Fact]
    public void UkFramework_DimensionsChosen_TenThemes_SixTopics()
    {
        var result = OdiFramework.Read(FrameworkTestData.OdiBytes(), themeLevel: OdiThemeLevel.Dimension);

        Assert.True(result.IsValid, string.Join("; ", result.Issues));
        Assert.Equal((10, 6), (result.Framework!.Themes.Count, result.Framework.Topics.Count));
        Assert.Equal((OdiThemeLevel.Dimension, false), (result.ThemeLevel, result.ThemeLevelDetected));
    }

    [Fact]
    public void QuestionIds_AreTheSame_WhicheverLevelIsTheTheme()
    {
        var byActivity = OdiFramework.Read(Odi2024, themeLevel: OdiThemeLevel.Activity).Framework!;
        var byDimension = OdiFramework.Read(Odi2024, themeLevel: OdiThemeLevel.Dimension).Framework!;

        Assert.Equal(byActivity.Questions.Select(q => q.Id), byDimension.Questions.Select(q => q.Id));
    }

    [Fact]
    public void OneDimensionOnly_ActivitiesAreThemes()
    {
        var json = """{"title":"One","levels":["a","b"],"dimensions":[{"name":"Only","activities":[{"title":"A1","questions":[{"text":"Q","statements":[{"text":"x","associatedLevel":1},{"text":"y","associatedLevel":2}]}]},{"title":"A2","questions":[{"text":"Q2","statements":[{"text":"x","associatedLevel":1},{"text":"y","associatedLevel":2}]}]}]}]}""";

        var result = OdiFramework.Read(Encoding.UTF8.GetBytes(json));

        Assert.Equal(OdiThemeLevel.Activity, result.ThemeLevel);
    }

    [Fact]
    public void PathwayShape_SaysWhatItIsFirst_WithItsQuestionCount()
    {
        var result = FrameworkFile.Read(Fixture("odi-pathway-shaped.json"), "en");

        Assert.False(result.IsValid);
        Assert.Equal(new FrameworkIssue(FrameworkErrorCode.LooksLikePathway, "$", "90"), result.Issues[0]);
        Assert.True(result.Issues.Count > 20);
    }

    [Theory]
    [InlineData("Respondent;Service;lead-01\nK-1;URB;2\n")]
    [InlineData("name,email,department\nA,a@example.org,URB\n")]
    public void Spreadsheet_GivenAsFramework_SaysItLooksLikeASpreadsheet(string csv)
    {
        var result = FrameworkFile.Read(Encoding.UTF8.GetBytes(csv), "en");

        Assert.Equal([new FrameworkIssue(FrameworkErrorCode.LooksLikeSpreadsheet, "$")], result.Issues);
    }
}
