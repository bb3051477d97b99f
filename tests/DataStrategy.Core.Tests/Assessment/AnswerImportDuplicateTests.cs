using System.Text;
using DataStrategy.Core.Assessment;
using static DataStrategy.Core.Tests.Assessment.AnswerImportTestData;

namespace DataStrategy.Core.Tests.Assessment;

/// <summary>What lets an answer import recognise itself: the file's hash, whether respondents have keys, and dropping those already there.</summary>
public class AnswerImportDuplicateTests
{
    private static readonly string[] Header = ["Respondent", "lead-01", "lead-02"];

    private static AnswerMapping Mapping(bool keyed) => new()
    {
        Layout = AnswerLayout.Wide,
        RespondentColumn = keyed ? "Respondent" : null,
        Columns = { ["lead-01"] = "lead-01", ["lead-02"] = "lead-02" },
    };

    private static AnswerImportResult Parse(bool keyed = true) =>
        AnswerImport.Parse(Table(Header, ["a", "1", "2"], ["b", "3", string.Empty], ["c", "4", "5"]), City, Mapping(keyed));

    [Fact]
    public void Sha256_IsTheFilesDigest_InLowerCaseHex()
    {
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", AnswerImport.Sha256([]));
        Assert.Equal(AnswerImport.Sha256(Encoding.UTF8.GetBytes("a;b\n1;2\n")), AnswerImport.Sha256(Encoding.UTF8.GetBytes("a;b\n1;2\n")));
        Assert.NotEqual(AnswerImport.Sha256(Encoding.UTF8.GetBytes("a;b\n1;2\n")), AnswerImport.Sha256(Encoding.UTF8.GetBytes("a;b\n1;3\n")));
    }

    [Fact]
    public void Parse_KeyedRespondents_OnlyWithARespondentColumn()
    {
        Assert.True(Parse(keyed: true).KeyedRespondents);
        var unkeyed = Parse(keyed: false);
        Assert.True(unkeyed.IsValid);
        Assert.False(unkeyed.KeyedRespondents);
        Assert.Equal(["#2", "#3", "#4"], unkeyed.Respondents.Select(r => r.Key));
    }

    [Fact]
    public void Without_DropsThoseRespondentsAndTheirAnswers_AndRenumbersTheRest()
    {
        var result = Parse();

        var rest = result.Without(new HashSet<string>(["b", "nobody"], StringComparer.Ordinal));

        Assert.Equal(["a", "c"], rest.Respondents.Select(r => r.Key));
        Assert.Equal([(0, 1), (0, 2), (1, 4), (1, 5)], rest.Answers.Select(a => (a.Respondent, a.Level!.Value)));
        Assert.True(rest.IsValid);
        Assert.True(rest.KeyedRespondents);
        Assert.Equal(3, result.Respondents.Count);
        Assert.Equal(5, result.Answers.Count);
    }

    [Fact]
    public void Without_EveryRespondent_LeavesNothingToImport()
    {
        var rest = Parse().Without(new HashSet<string>(["a", "b", "c"], StringComparer.Ordinal));

        Assert.Empty(rest.Respondents);
        Assert.Empty(rest.Answers);
        Assert.False(rest.IsValid);
    }

    [Fact]
    public void Without_KeysCompareExactly()
    {
        var rest = Parse().Without(new HashSet<string>(["A", " b", "c "], StringComparer.Ordinal));

        Assert.Equal(3, rest.Respondents.Count);
    }
}
