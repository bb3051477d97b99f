using System.Reflection;
using DataStrategy.Core.Documents;

namespace DataStrategy.Core.Tests.Documents;

public sealed class ReportTextsTests
{
    [Fact]
    public void Keys_EveryText_ExistsInEveryLanguage()
    {
        var incomplete = DocumentTexts.Report.Keys.Where(k => !DocumentTexts.Report.IsComplete(k)).ToList();

        Assert.Empty(incomplete);
    }

    [Fact]
    public void Labels_EveryReportLabelKey_HasATextInEveryLanguage()
    {
        var keys = typeof(ReportLabels).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).ToList();

        foreach (var language in Languages.All)
        {
            var labels = DocumentTexts.Report.For(language);
            Assert.All(keys, k => Assert.True(labels.ContainsKey(k), $"{language}: no text for {k}"));
        }
    }

    [Theory]
    [InlineData("fr", "Synthèse")]
    [InlineData("nl", "Samenvatting")]
    [InlineData("en", "Summary")]
    public void Get_Language_ReturnsThatLanguage(string language, string expected) =>
        Assert.Equal(expected, DocumentTexts.Report.Get(ReportLabels.Summary, language));

    [Fact]
    public void Get_French_FormatsNumbersWithDecimalComma() =>
        Assert.Contains("2,5", DocumentTexts.Report.Get("Summary.Overall", "fr", 2.5, 5), StringComparison.Ordinal);
}
