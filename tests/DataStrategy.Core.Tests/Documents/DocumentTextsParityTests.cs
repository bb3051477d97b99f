using DataStrategy.Core.Documents;
using DataStrategy.Core.Tests.Text;

namespace DataStrategy.Core.Tests.Documents;

/// <summary>The documents' own sentences: every language, both plural forms, French typography.</summary>
public sealed class DocumentTextsParityTests
{
    public static TheoryData<string> Tables => new() { "Report", "Strategy" };

    private static DocumentTexts Table(string name) => name == "Report" ? DocumentTexts.Report : DocumentTexts.Strategy;

    [Theory]
    [MemberData(nameof(Tables))]
    public void CountedTexts_HaveBothForms_InEveryLanguage(string name)
    {
        var table = Table(name);
        var counted = table.CountedKeys.ToList();

        var missing = counted.SelectMany(k => new[] { k + DocumentTexts.OneSuffix, k + DocumentTexts.OtherSuffix })
            .Where(k => !table.IsComplete(k)).ToList();

        Assert.Empty(missing);
        if (name == "Report")
        {
            Assert.Contains("Count.Interviews", counted);
        }
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void FrenchTexts_FollowFrenchTypography(string name)
    {
        var problems = Table(name).For(Languages.French)
            .SelectMany(kv => FrenchTypography.Problems(kv.Value).Select(p => $"{kv.Key}: {p}")).ToList();

        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("fr", 0, "0 entretien")]
    [InlineData("fr", 1, "1 entretien")]
    [InlineData("fr", 2, "2 entretiens")]
    [InlineData("nl", 0, "0 interviews")]
    [InlineData("nl", 1, "1 interview")]
    [InlineData("en", 0, "0 interviews")]
    [InlineData("en", 1, "1 interview")]
    public void Count_Interviews_TakesTheLanguagesPluralForm(string language, int n, string expected) =>
        Assert.Equal(expected, DocumentTexts.Report.Count("Count.Interviews", language, n));

    [Fact]
    public void Count_LargeNumber_IsWrittenInTheLanguagesCulture()
    {
        Assert.Equal("1,234 interviews", DocumentTexts.Report.Count("Count.Interviews", "en", 1234));
        Assert.Equal("1.234 interviews", DocumentTexts.Report.Count("Count.Interviews", "nl", 1234));
    }

    [Fact]
    public void Count_SummaryPriorities_OneFindingIsSingular()
    {
        Assert.StartsWith("1 finding was retained;", DocumentTexts.Report.Count("Summary.Priorities", "en", 1, "Governance"), StringComparison.Ordinal);
        Assert.StartsWith("0 constat a été retenu\u00A0;", DocumentTexts.Report.Count("Summary.Priorities", "fr", 0, "Gouvernance"), StringComparison.Ordinal);
    }
}
