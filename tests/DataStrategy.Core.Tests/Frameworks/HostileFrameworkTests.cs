using System.Text;
using System.Text.Json.Nodes;
using DataStrategy.Core.Frameworks;

namespace DataStrategy.Core.Tests.Frameworks;

/// <summary>Files an author (or an attacker) could upload: each must be refused with the right code at the right place.</summary>
public class HostileFrameworkTests
{
    private const string ScriptText = "<script>alert(1)</script>";

    private static FrameworkParseResult Read(JsonNode node) => FrameworkJson.Read(FrameworkTestData.Bytes(node));

    private static FrameworkParseResult ReadOdi(JsonNode node) => OdiFramework.Read(FrameworkTestData.Bytes(node));

    private static void AssertRefused(FrameworkParseResult result, FrameworkErrorCode code, string path, string? value = null)
    {
        Assert.False(result.IsValid);
        Assert.Null(result.Framework);
        Assert.Contains(result.Issues, i => i.Code == code && i.Path == path && (value is null || i.Value == value));
    }

    private static JsonObject Question(JsonObject framework, int index) => framework["questions"]![index]!.AsObject();

    private static byte[] HugeJson(bool closed)
    {
        var size = 50 * 1024 * 1024;
        var bytes = new byte[size];
        var head = Encoding.UTF8.GetBytes("{\"format\":\"dss-framework\",\"x\":\"");
        head.CopyTo(bytes, 0);
        bytes.AsSpan(head.Length).Fill((byte)'a');
        if (closed)
        {
            bytes[^2] = (byte)'"';
            bytes[^1] = (byte)'}';
        }

        return bytes;
    }

    private static byte[] DeeplyNested(int depth) =>
        FrameworkTestData.Bytes("{\"format\":\"dss-framework\",\"x\":" + new string('[', depth) + new string(']', depth) + "}");

    [Fact]
    public void Read_MinimalSample_IsValid()
    {
        var result = Read(FrameworkTestData.Minimal());

        Assert.Empty(result.Issues);
        Assert.True(result.IsValid);
        Assert.Equal(2, result.Framework!.Questions.Count);
    }

    [Fact]
    public void ReadOdi_MinimalSample_IsValid()
    {
        var result = ReadOdi(FrameworkTestData.MinimalOdi());

        Assert.Empty(result.Issues);
        Assert.Equal("Hello & welcome", result.Framework!.Description["en"]);
        Assert.Equal("dimension-a.01", Assert.Single(result.Framework.Questions).Id);
    }

    [Fact]
    public void Read_EmptyFile_IsFileEmpty()
    {
        AssertRefused(FrameworkJson.Read([]), FrameworkErrorCode.FileEmpty, "$");
    }

    [Fact]
    public void Read_OnlySpaces_IsFileEmpty()
    {
        AssertRefused(FrameworkJson.Read("    "u8), FrameworkErrorCode.FileEmpty, "$");
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData(" \t ")]
    public void Read_OnlyWhitespaceAndLineBreaks_IsFileEmpty(string content)
    {
        AssertRefused(FrameworkJson.Read(FrameworkTestData.Bytes(content)), FrameworkErrorCode.FileEmpty, "$");
    }

    [Fact]
    public void Read_CityWithUtf8ByteOrderMark_IsValid()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. FrameworkJson.Write(BuiltInFrameworks.City())];

        var result = FrameworkJson.Read(bytes);

        Assert.True(result.IsValid, string.Join("; ", result.Issues));
        Assert.True(FrameworkJson.LooksLikeOurs(bytes));
    }

    [Fact]
    public void ReadOdi_EmptyFile_IsFileEmpty()
    {
        AssertRefused(OdiFramework.Read([]), FrameworkErrorCode.FileEmpty, "$");
    }

    [Fact]
    public void Read_NotJson_IsNotJson()
    {
        var result = FrameworkJson.Read("not json"u8);

        AssertRefused(result, FrameworkErrorCode.NotJson, "$");
        Assert.NotNull(Assert.Single(result.Issues).Value);
    }

    [Fact]
    public void ReadOdi_NotJson_IsNotJson()
    {
        AssertRefused(OdiFramework.Read("not json"u8), FrameworkErrorCode.NotJson, "$");
    }

    [Fact]
    public void Read_FiftyMegabytes_IsFileTooLarge()
    {
        var result = FrameworkJson.Read(HugeJson(closed: true));

        AssertRefused(result, FrameworkErrorCode.FileTooLarge, "$", "10");
        Assert.Single(result.Issues);
    }

    [Fact]
    public void Read_FiftyMegabytesOfBrokenJson_IsFileTooLargeBecauseItIsNotParsed()
    {
        var result = FrameworkJson.Read(HugeJson(closed: false));

        AssertRefused(result, FrameworkErrorCode.FileTooLarge, "$", "10");
        Assert.Single(result.Issues);
    }

    [Fact]
    public void ReadOdi_FiftyMegabytesOfBrokenJson_IsFileTooLarge()
    {
        var result = OdiFramework.Read(HugeJson(closed: false));

        AssertRefused(result, FrameworkErrorCode.FileTooLarge, "$", "10");
        Assert.Single(result.Issues);
    }

    [Fact]
    public void Read_JustOverTheLimit_IsFileTooLarge()
    {
        var bytes = new byte[FrameworkJson.MaxBytes + 1];
        bytes.AsSpan().Fill((byte)'x');

        AssertRefused(FrameworkJson.Read(bytes), FrameworkErrorCode.FileTooLarge, "$");
    }

    [Fact]
    public void Read_ArrayRoot_IsWrongFormat()
    {
        AssertRefused(FrameworkJson.Read("[{\"format\":\"dss-framework\"}]"u8), FrameworkErrorCode.WrongFormat, "$");
    }

    [Fact]
    public void ReadOdi_ArrayRoot_IsWrongFormat()
    {
        AssertRefused(OdiFramework.Read("[]"u8), FrameworkErrorCode.WrongFormat, "$.dimensions");
    }

    [Fact]
    public void Read_WrongFormatName_IsWrongFormat()
    {
        var json = FrameworkTestData.Minimal();
        json["format"] = "someone-elses-format";

        AssertRefused(Read(json), FrameworkErrorCode.WrongFormat, "$.format");
    }

    [Fact]
    public void Read_MissingFormat_IsWrongFormat()
    {
        var json = FrameworkTestData.Minimal();
        json.Remove("format");

        AssertRefused(Read(json), FrameworkErrorCode.WrongFormat, "$.format");
    }

    [Fact]
    public void Read_FutureFormatVersion_IsWrongFormat()
    {
        var json = FrameworkTestData.Minimal();
        json["formatVersion"] = 2;

        AssertRefused(Read(json), FrameworkErrorCode.WrongFormat, "$.formatVersion", "2");
    }

    [Fact]
    public void Read_MissingLevels_IsRequired()
    {
        var json = FrameworkTestData.Minimal();
        json.Remove("levels");

        AssertRefused(Read(json), FrameworkErrorCode.Required, "$.levels");
    }

    [Fact]
    public void Read_OnlyOneLevel_IsTooFewLevels()
    {
        var json = FrameworkTestData.Minimal();
        json["levels"] = new JsonArray(JsonNode.Parse("{\"value\":1,\"name\":{\"en\":\"Only\"}}"));

        AssertRefused(Read(json), FrameworkErrorCode.TooFewLevels, "$.levels", "2");
    }

    [Fact]
    public void Read_ElevenLevels_IsTooManyLevels()
    {
        var json = FrameworkTestData.Minimal();
        var levels = new JsonArray();
        for (var i = 1; i <= 11; i++)
        {
            levels.Add(JsonNode.Parse($"{{\"value\":{i},\"name\":{{\"en\":\"L{i}\"}}}}"));
        }

        json["levels"] = levels;

        AssertRefused(Read(json), FrameworkErrorCode.TooManyLevels, "$.levels", "10");
    }

    [Fact]
    public void Read_LevelValueGap_IsLevelOutOfRange()
    {
        var json = FrameworkTestData.Minimal();
        json["levels"]![1]!["value"] = 3;
        json["levels"]![2]!["value"] = 4;

        AssertRefused(Read(json), FrameworkErrorCode.LevelOutOfRange, "$.levels[1].value", "3");
    }

    [Fact]
    public void Read_LevelWithoutName_IsRequired()
    {
        var json = FrameworkTestData.Minimal();
        json["levels"]![2]!.AsObject().Remove("name");

        AssertRefused(Read(json), FrameworkErrorCode.Required, "$.levels[2].name");
    }

    [Fact]
    public void Read_DuplicateQuestionId_IsDuplicateIdOnTheSecond()
    {
        var json = FrameworkTestData.Minimal();
        Question(json, 1)["id"] = "q1";

        var result = Read(json);

        AssertRefused(result, FrameworkErrorCode.DuplicateId, "$.questions[1].id", "q1");
        Assert.DoesNotContain(result.Issues, i => i.Path == "$.questions[0].id");
    }

    [Fact]
    public void Read_DuplicateThemeId_IsDuplicateId()
    {
        var json = FrameworkTestData.Minimal();
        json["themes"]![1]!["id"] = "th-a";

        AssertRefused(Read(json), FrameworkErrorCode.DuplicateId, "$.themes[1].id", "th-a");
    }

    [Fact]
    public void Read_QuestionWithUnknownTheme_IsUnknownReference()
    {
        var json = FrameworkTestData.Minimal();
        Question(json, 1)["theme"] = "ghost";

        AssertRefused(Read(json), FrameworkErrorCode.UnknownReference, "$.questions[1].theme", "ghost");
    }

    [Fact]
    public void Read_QuestionWithUnknownTopic_IsUnknownReference()
    {
        var json = FrameworkTestData.Minimal();
        Question(json, 0)["topic"] = "nowhere";

        AssertRefused(Read(json), FrameworkErrorCode.UnknownReference, "$.questions[0].topic", "nowhere");
    }

    [Fact]
    public void Read_QuestionWithoutTheme_IsRequired()
    {
        var json = FrameworkTestData.Minimal();
        Question(json, 0).Remove("theme");

        AssertRefused(Read(json), FrameworkErrorCode.Required, "$.questions[0].theme");
    }

    [Fact]
    public void Read_NoQuestions_IsNoQuestions()
    {
        var json = FrameworkTestData.Minimal();
        json["questions"] = new JsonArray();

        AssertRefused(Read(json), FrameworkErrorCode.NoQuestions, "$.questions");
    }

    [Fact]
    public void Read_DescriptorMissingForLevel3_IsMissingDescriptor()
    {
        var json = FrameworkTestData.Minimal();
        Question(json, 0)["descriptors"]!.AsArray().RemoveAt(2);

        var result = Read(json);

        AssertRefused(result, FrameworkErrorCode.MissingDescriptor, "$.questions[0].descriptors", "3");
        Assert.Single(result.Issues);
    }

    [Fact]
    public void Read_DescriptorWithEmptyText_IsMissingDescriptor()
    {
        var json = FrameworkTestData.Minimal();
        Question(json, 1)["descriptors"]![1]!.AsObject().Remove("text");

        AssertRefused(Read(json), FrameworkErrorCode.MissingDescriptor, "$.questions[1].descriptors", "2");
    }

    [Fact]
    public void Read_DuplicateDescriptorLevel_IsDuplicateDescriptor()
    {
        var json = FrameworkTestData.Minimal();
        Question(json, 0)["descriptors"]![1]!["level"] = 1;

        AssertRefused(Read(json), FrameworkErrorCode.DuplicateDescriptor, "$.questions[0].descriptors[1].level", "1");
    }

    [Fact]
    public void Read_DescriptorBeyondLastLevel_IsLevelOutOfRange()
    {
        var json = FrameworkTestData.Minimal();
        Question(json, 0)["descriptors"]!.AsArray().Add(JsonNode.Parse("{\"level\":4,\"text\":{\"en\":\"too high\"}}"));

        AssertRefused(Read(json), FrameworkErrorCode.LevelOutOfRange, "$.questions[0].descriptors", "4");
    }

    [Fact]
    public void Read_DescriptorWithoutLevel_IsRequired()
    {
        var json = FrameworkTestData.Minimal();
        Question(json, 0)["descriptors"]![0]!.AsObject().Remove("level");

        AssertRefused(Read(json), FrameworkErrorCode.Required, "$.questions[0].descriptors[0].level");
    }

    [Fact]
    public void Read_TextThatIsNotAnObject_IsWrongType()
    {
        var json = FrameworkTestData.Minimal();
        Question(json, 0)["text"] = "plain string";

        AssertRefused(Read(json), FrameworkErrorCode.WrongType, "$.questions[0].text");
    }

    [Fact]
    public void Read_LevelValueThatIsAString_IsWrongType()
    {
        var json = FrameworkTestData.Minimal();
        json["levels"]![0]!["value"] = "1";

        AssertRefused(Read(json), FrameworkErrorCode.WrongType, "$.levels[0].value", "integer");
    }

    [Fact]
    public void Read_QuestionsThatIsAnObject_IsWrongType()
    {
        var json = FrameworkTestData.Minimal();
        json["questions"] = new JsonObject();

        AssertRefused(Read(json), FrameworkErrorCode.WrongType, "$.questions", "array");
    }

    [Fact]
    public void Read_UnknownLanguageKey_IsUnknownLanguage()
    {
        var json = FrameworkTestData.Minimal();
        Question(json, 0)["text"]!["xx-evil"] = "boo";

        AssertRefused(Read(json), FrameworkErrorCode.UnknownLanguage, "$.questions[0].text.xx-evil", "xx-evil");
    }

    [Fact]
    public void Read_UpperCaseLanguageKey_IsUnknownLanguage()
    {
        var json = FrameworkTestData.Minimal();
        json["name"]!["EN"] = "Tiny";

        AssertRefused(Read(json), FrameworkErrorCode.UnknownLanguage, "$.name.EN", "EN");
    }

    [Theory]
    [InlineData("q 1")]
    [InlineData("<script>")]
    [InlineData("-leading-dash")]
    [InlineData("../etc/passwd")]
    public void Read_InvalidQuestionId_IsInvalidId(string id)
    {
        var json = FrameworkTestData.Minimal();
        Question(json, 0)["id"] = id;

        AssertRefused(Read(json), FrameworkErrorCode.InvalidId, "$.questions[0].id", id);
    }

    [Fact]
    public void Read_IdLongerThan64_IsInvalidId()
    {
        var json = FrameworkTestData.Minimal();
        Question(json, 0)["id"] = new string('a', 65);

        AssertRefused(Read(json), FrameworkErrorCode.InvalidId, "$.questions[0].id");
    }

    [Fact]
    public void Read_FrameworkIdWithScriptTag_IsInvalidId()
    {
        var json = FrameworkTestData.Minimal();
        json["id"] = "<script>";

        AssertRefused(Read(json), FrameworkErrorCode.InvalidId, "$.id", "<script>");
    }

    [Fact]
    public void Read_MissingFrameworkId_IsRequired()
    {
        var json = FrameworkTestData.Minimal();
        json.Remove("id");

        AssertRefused(Read(json), FrameworkErrorCode.Required, "$.id");
    }

    [Fact]
    public void Read_Depth100_IsNotJson()
    {
        AssertRefused(FrameworkJson.Read(DeeplyNested(100)), FrameworkErrorCode.NotJson, "$");
    }

    [Fact]
    public void ReadOdi_Depth100_IsNotJson()
    {
        AssertRefused(OdiFramework.Read(DeeplyNested(100)), FrameworkErrorCode.NotJson, "$");
    }

    [Fact]
    public void Read_TextLongerThan4000_IsTooLong()
    {
        var json = FrameworkTestData.Minimal();
        Question(json, 0)["text"]!["en"] = new string('a', FrameworkJson.MaxTextLength + 1);

        AssertRefused(Read(json), FrameworkErrorCode.TooLong, "$.questions[0].text.en", "4000");
    }

    [Fact]
    public void Read_TextOfExactly4000_IsAccepted()
    {
        var json = FrameworkTestData.Minimal();
        Question(json, 0)["text"]!["en"] = new string('a', FrameworkJson.MaxTextLength);

        var result = Read(json);

        Assert.True(result.IsValid, string.Join("; ", result.Issues));
        Assert.Equal(FrameworkJson.MaxTextLength, result.Framework!.Questions[0].Text["en"]!.Length);
    }

    [Fact]
    public void Read_PublisherLongerThan4000_IsTooLong()
    {
        var json = FrameworkTestData.Minimal();
        json["publisher"] = new string('p', FrameworkJson.MaxTextLength + 1);

        AssertRefused(Read(json), FrameworkErrorCode.TooLong, "$.publisher", "4000");
    }

    [Fact]
    public void ReadOdi_StatementWithoutAssociatedLevel_IsRequiredAtTheStatement()
    {
        var json = FrameworkTestData.MinimalOdi();
        FrameworkTestData.FirstOdiStatement(json, 1).Remove("associatedLevel");

        var result = ReadOdi(json);

        Assert.False(result.IsValid);
        Assert.Null(result.Framework);
        var issue = Assert.Single(result.Issues, i => i.Code == FrameworkErrorCode.Required);
        Assert.Contains("statements[", issue.Path, StringComparison.Ordinal);
        Assert.Equal("$.dimensions[0].activities[0].questions[0].statements[1].associatedLevel", issue.Path);
    }

    [Fact]
    public void ReadOdi_AssociatedLevel9_IsLevelOutOfRange()
    {
        var json = FrameworkTestData.MinimalOdi();
        FrameworkTestData.FirstOdiStatement(json, 2)["associatedLevel"] = 9;

        AssertRefused(ReadOdi(json), FrameworkErrorCode.LevelOutOfRange, "$.dimensions[0].activities[0].questions[0].statements[2].associatedLevel", "9");
    }

    [Fact]
    public void ReadOdi_AssociatedLevel0_IsLevelOutOfRange()
    {
        var json = FrameworkTestData.MinimalOdi();
        FrameworkTestData.FirstOdiStatement(json, 0)["associatedLevel"] = 0;

        AssertRefused(ReadOdi(json), FrameworkErrorCode.LevelOutOfRange, "$.dimensions[0].activities[0].questions[0].statements[0].associatedLevel", "0");
    }

    [Fact]
    public void ReadOdi_MissingStatementForALevel_IsMissingDescriptor()
    {
        var json = FrameworkTestData.MinimalOdi();
        json["dimensions"]![0]!["activities"]![0]!["questions"]![0]!["statements"]!.AsArray().RemoveAt(1);

        var result = ReadOdi(json);

        AssertRefused(result, FrameworkErrorCode.MissingDescriptor, "$.dimensions[0].activities[0].questions[0].statements", "2");
        Assert.Single(result.Issues);
    }

    [Fact]
    public void ReadOdi_TwoStatementsForOneLevel_IsDuplicateDescriptor()
    {
        var json = FrameworkTestData.MinimalOdi();
        FrameworkTestData.FirstOdiStatement(json, 2)["associatedLevel"] = 2;

        var result = ReadOdi(json);

        AssertRefused(result, FrameworkErrorCode.DuplicateDescriptor, "$.dimensions[0].activities[0].questions[0].statements[2].associatedLevel", "2");
        AssertRefused(result, FrameworkErrorCode.MissingDescriptor, "$.dimensions[0].activities[0].questions[0].statements", "3");
    }

    [Fact]
    public void ReadOdi_MissingDimensions_IsWrongFormat()
    {
        var json = FrameworkTestData.MinimalOdi();
        json.Remove("dimensions");

        AssertRefused(ReadOdi(json), FrameworkErrorCode.WrongFormat, "$.dimensions");
    }

    [Fact]
    public void ReadOdi_MissingTitle_IsRequired()
    {
        var json = FrameworkTestData.MinimalOdi();
        json.Remove("title");

        AssertRefused(ReadOdi(json), FrameworkErrorCode.Required, "$.title");
    }

    [Fact]
    public void ReadOdi_OnlyOneLevel_IsTooFewLevels()
    {
        var json = FrameworkTestData.MinimalOdi();
        json["levels"] = new JsonArray("Only");
        var statements = json["dimensions"]![0]!["activities"]![0]!["questions"]![0]!["statements"]!.AsArray();
        statements.RemoveAt(2);
        statements.RemoveAt(1);

        AssertRefused(ReadOdi(json), FrameworkErrorCode.TooFewLevels, "$.levels", "2");
    }

    [Fact]
    public void Read_ScriptInsideText_IsKeptVerbatimThroughRoundTrip()
    {
        var json = FrameworkTestData.Minimal();
        Question(json, 0)["text"]!["en"] = ScriptText;
        Question(json, 0)["descriptors"]![0]!["text"]!["fr"] = ScriptText;

        var first = Read(json);
        Assert.True(first.IsValid, string.Join("; ", first.Issues));
        var written = FrameworkJson.Write(first.Framework!);
        var second = FrameworkJson.Read(written);

        Assert.True(second.IsValid, string.Join("; ", second.Issues));
        Assert.Equal(ScriptText, second.Framework!.Questions[0].Text["en"]);
        Assert.Equal(ScriptText, second.Framework.Questions[0].Descriptors[1]["fr"]);
        Assert.Equal(written, FrameworkJson.Write(second.Framework));
    }

    [Fact]
    public void ReadOdi_ScriptInQuestionText_IsKeptVerbatim()
    {
        var json = FrameworkTestData.MinimalOdi();
        json["dimensions"]![0]!["activities"]![0]!["questions"]![0]!["text"] = ScriptText;

        var result = ReadOdi(json);

        Assert.True(result.IsValid, string.Join("; ", result.Issues));
        Assert.Equal(ScriptText, result.Framework!.Questions[0].Text["en"]);
    }
}
