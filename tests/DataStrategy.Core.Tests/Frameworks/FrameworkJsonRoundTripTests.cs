using DataStrategy.Core.Frameworks;

namespace DataStrategy.Core.Tests.Frameworks;

public class FrameworkJsonRoundTripTests
{
    public static TheoryData<string> Frameworks => new() { "city", "odi" };

    private static FrameworkDefinition Load(string which) =>
        which == "city" ? BuiltInFrameworks.City() : FrameworkTestData.Dmag();

    [Theory]
    [MemberData(nameof(Frameworks))]
    public void WriteReadWrite_GivesIdenticalBytes(string which)
    {
        var framework = Load(which);

        var first = FrameworkJson.Write(framework);
        var read = FrameworkJson.Read(first);
        Assert.True(read.IsValid, string.Join("; ", read.Issues));
        var second = FrameworkJson.Write(read.Framework!);

        Assert.Equal(first, second);
    }

    [Theory]
    [MemberData(nameof(Frameworks))]
    public void WriteThenRead_KeepsStructureIdsAndTexts(string which)
    {
        var original = Load(which);

        var copy = FrameworkJson.Read(FrameworkJson.Write(original)).Framework;

        Assert.NotNull(copy);
        AssertSameFramework(original, copy);
    }

    [Theory]
    [MemberData(nameof(Frameworks))]
    public void Write_IsRecognisedAsOurFormat(string which)
    {
        var bytes = FrameworkJson.Write(Load(which));

        Assert.True(FrameworkJson.LooksLikeOurs(bytes));
        Assert.False(OdiFramework.LooksLikeOdi(bytes));
    }

    [Fact]
    public void Read_CityEmbeddedJson_EqualsTheWrittenCity()
    {
        var fromEmbedded = FrameworkJson.Read(BuiltInFrameworks.CityJson()).Framework!;

        var rewritten = FrameworkJson.Read(FrameworkJson.Write(fromEmbedded)).Framework!;

        AssertSameFramework(fromEmbedded, rewritten);
    }

    [Fact]
    public void RoundTrip_KeepsOptionalFieldsAbsentAsAbsent()
    {
        var framework = FrameworkJson.Read(FrameworkTestData.Bytes(FrameworkTestData.Minimal())).Framework!;

        var copy = FrameworkJson.Read(FrameworkJson.Write(framework)).Framework!;

        Assert.Null(copy.Publisher);
        Assert.Null(copy.Licence);
        Assert.Empty(copy.Topics);
        Assert.All(copy.Questions, q => Assert.Null(q.TopicId));
        Assert.All(copy.Questions, q => Assert.True(q.Help.IsEmpty));
    }

    internal static void AssertSameFramework(FrameworkDefinition expected, FrameworkDefinition actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.VersionLabel, actual.VersionLabel);
        Assert.Equal(expected.Publisher, actual.Publisher);
        Assert.Equal(expected.Licence, actual.Licence);
        Assert.Equal(expected.Levels.Select(l => l.Value), actual.Levels.Select(l => l.Value));
        Assert.Equal(expected.Themes.Select(t => t.Id), actual.Themes.Select(t => t.Id));
        Assert.Equal(expected.Topics.Select(t => t.Id), actual.Topics.Select(t => t.Id));
        Assert.Equal(
            expected.Questions.Select(q => (q.Id, q.ThemeId, q.TopicId, string.Join(',', q.Descriptors.Keys))),
            actual.Questions.Select(q => (q.Id, q.ThemeId, q.TopicId, string.Join(',', q.Descriptors.Keys))));

        var expectedSlots = TranslationSheet.Slots(expected).ToList();
        var actualSlots = TranslationSheet.Slots(actual).ToList();
        Assert.Equal(expectedSlots.Count, actualSlots.Count);
        for (var i = 0; i < expectedSlots.Count; i++)
        {
            Assert.Equal(expectedSlots[i].Id, actualSlots[i].Id);
            Assert.Equal(expectedSlots[i].Kind, actualSlots[i].Kind);
            Assert.True(expectedSlots[i].Text.Equals(actualSlots[i].Text), expectedSlots[i].Id);
        }
    }
}
