using DataStrategy.Core.Assessment;
using DataStrategy.Core.Imports;
using static DataStrategy.Core.Tests.Assessment.AnswerImportTestData;

namespace DataStrategy.Core.Tests.Assessment;

public class AnswerImportTests
{
    private const string Formula = "=cmd|' /C calc'!A0";

    private static readonly Guid Finance = new("11111111-1111-1111-1111-111111111111");
    private static readonly Guid Urbanism = new("22222222-2222-2222-2222-222222222222");

    private static readonly Dictionary<string, Guid> Departments = new(StringComparer.Ordinal)
    {
        [StakeholderImport.Normalize("Finances")] = Finance,
        [StakeholderImport.Normalize("Financiën")] = Finance,
        [StakeholderImport.Normalize("Urbanisme")] = Urbanism,
    };

    private static readonly string[] WideHeader = ["Respondent", "Department", "lead-01", "lead-02", "lead-03"];
    private static readonly string[] LongHeader = ["respondent", "question", "value", "target", "evidence"];

    private static AnswerMapping WideMapping() => new()
    {
        Layout = AnswerLayout.Wide,
        RespondentColumn = "Respondent",
        DepartmentColumn = "Department",
        Columns = { ["lead-01"] = "lead-01", ["lead-02"] = "lead-02", ["lead-03"] = "lead-03" },
    };

    private static AnswerMapping LongMapping() => new()
    {
        Layout = AnswerLayout.Long,
        RespondentColumn = "respondent",
        QuestionColumn = "question",
        ValueColumn = "value",
        TargetColumn = "target",
        EvidenceColumn = "evidence",
    };

    private static AnswerImportResult ParseWide(params string[][] rows) =>
        AnswerImport.Parse(Table(WideHeader, rows), City, WideMapping(), Departments);

    private static AnswerImportResult ParseLong(params string[][] rows) =>
        AnswerImport.Parse(Table(LongHeader, rows), City, LongMapping(), Departments);

    private static string Describe(AnswerImportResult result) => string.Join("; ", result.Issues);

    [Fact]
    public void ParseWide_ValidRows_CountsRespondentsAndAnswers()
    {
        var result = ParseWide(
            ["alice@example.org", "Finances", "1", "Défini", "ne sais pas"],
            ["bob@example.org", "financien", "5", "n/a", "Niveau 2"]);

        Assert.True(result.IsValid, Describe(result));
        Assert.Equal(0, result.IssueCount);
        Assert.Equal(2, result.Respondents.Count);
        Assert.Equal(6, result.Answers.Count);
        Assert.Equal(new ImportedRespondent("alice@example.org", null, Finance, 2), result.Respondents[0]);
        Assert.Equal(new ImportedRespondent("bob@example.org", null, Finance, 3), result.Respondents[1]);
        Assert.Equal(
            [
                new ImportedAnswer(0, "lead-01", AnswerState.Level, 1, null, null),
                new ImportedAnswer(0, "lead-02", AnswerState.Level, 3, null, null),
                new ImportedAnswer(0, "lead-03", AnswerState.DontKnow, null, null, null),
                new ImportedAnswer(1, "lead-01", AnswerState.Level, 5, null, null),
                new ImportedAnswer(1, "lead-02", AnswerState.NotApplicable, null, null, null),
                new ImportedAnswer(1, "lead-03", AnswerState.Level, 2, null, null),
            ],
            result.Answers);
    }

    [Fact]
    public void ParseWide_EmptyCells_AreSkipped()
    {
        var result = ParseWide(
            ["r1", string.Empty, "3", string.Empty, "4"],
            ["r2", string.Empty, string.Empty, "  ", string.Empty],
            ["r3", string.Empty, string.Empty, "2"]);

        Assert.True(result.IsValid, Describe(result));
        Assert.Equal(3, result.Respondents.Count);
        Assert.Equal(3, result.Answers.Count);
        Assert.Equal(["lead-01", "lead-03", "lead-02"], result.Answers.Select(a => a.QuestionId));
        Assert.Equal([0, 0, 2], result.Answers.Select(a => a.Respondent));
        Assert.Null(result.Respondents[1].DepartmentId);
    }

    [Fact]
    public void ParseWide_DuplicateRespondent_IsDuplicateInFileWithRows()
    {
        var result = ParseWide(
            ["r1", string.Empty, "3"],
            ["r2", string.Empty, "3"],
            ["r1", string.Empty, "4"]);

        Assert.False(result.IsValid);
        Assert.Equal(new ImportIssue(ImportErrorCode.DuplicateInFile, 4, "Respondent", "2"), Assert.Single(result.Issues));
        Assert.Equal(1, result.IssueCount);
    }

    [Fact]
    public void ParseWide_UnknownValue_NamesRowAndColumnAndIsCounted()
    {
        var result = ParseWide(
            ["r1", string.Empty, "3", "banana", "2"],
            ["r2", string.Empty, "banana", "4", "kiwi"],
            ["r3", string.Empty, "banana"]);

        Assert.False(result.IsValid);
        Assert.Equal(
            [
                new ImportIssue(ImportErrorCode.UnknownValue, 2, "lead-02", "banana"),
                new ImportIssue(ImportErrorCode.UnknownValue, 3, "lead-01", "banana"),
                new ImportIssue(ImportErrorCode.UnknownValue, 3, "lead-03", "kiwi"),
                new ImportIssue(ImportErrorCode.UnknownValue, 4, "lead-01", "banana"),
            ],
            result.Issues);
        Assert.Equal(4, result.IssueCount);
        Assert.Equal(2, result.UnknownValues.Count);
        Assert.Equal(3, result.UnknownValues["banana"]);
        Assert.Equal(1, result.UnknownValues["kiwi"]);
    }

    [Fact]
    public void ParseWide_OutOfRangeValue_IsLevelOutOfRangeNotUnknown()
    {
        var result = ParseWide(["r1", string.Empty, "7"]);

        Assert.Equal(new ImportIssue(ImportErrorCode.LevelOutOfRange, 2, "lead-01", "7"), Assert.Single(result.Issues));
        Assert.Empty(result.UnknownValues);
    }

    [Fact]
    public void ParseWide_MappedExtraValues_AreRead()
    {
        var mapping = WideMapping();
        mapping.Values["Yes"] = "4";
        mapping.Values["?"] = AnswerMapping.NotApplicable;
        mapping.Values["-"] = AnswerMapping.Skip;

        var result = AnswerImport.Parse(Table(WideHeader, ["r1", string.Empty, "yes", "?", "-"]), City, mapping, Departments);

        Assert.True(result.IsValid, Describe(result));
        Assert.Equal(
            [
                new ImportedAnswer(0, "lead-01", AnswerState.Level, 4, null, null),
                new ImportedAnswer(0, "lead-02", AnswerState.NotApplicable, null, null, null),
            ],
            result.Answers);
    }

    [Fact]
    public void ParseWide_UnknownDepartment_IsDepartmentUnknown()
    {
        var result = ParseWide(
            ["r1", "Urbanisme", "3"],
            ["r2", "Ministry of Magic", "3"]);

        Assert.Equal(new ImportIssue(ImportErrorCode.DepartmentUnknown, 3, "Department", "Ministry of Magic"), Assert.Single(result.Issues));
        Assert.Equal(Urbanism, result.Respondents[0].DepartmentId);
    }

    [Fact]
    public void ParseWide_DepartmentMatchIgnoresCaseAndAccents()
    {
        var result = ParseWide(["r1", "  URBANISME ", "3"], ["r2", "FINANCIËN", "2"]);

        Assert.True(result.IsValid, Describe(result));
        Assert.Equal([Urbanism, Finance], result.Respondents.Select(r => r.DepartmentId!.Value));
    }

    [Fact]
    public void ParseWide_DepartmentButNoLookup_IsDepartmentUnknown()
    {
        var result = AnswerImport.Parse(Table(WideHeader, ["r1", "Finances", "3"]), City, WideMapping());

        Assert.Equal(ImportErrorCode.DepartmentUnknown, Assert.Single(result.Issues).Code);
    }

    [Fact]
    public void ParseWide_NoRespondentColumn_NumbersRespondentsByRow()
    {
        var mapping = new AnswerMapping { Layout = AnswerLayout.Wide, Columns = { ["lead-01"] = "lead-01" } };

        var result = AnswerImport.Parse(Table(["lead-01"], ["3"], ["4"]), City, mapping);

        Assert.True(result.IsValid, Describe(result));
        Assert.Equal(["#2", "#3"], result.Respondents.Select(r => r.Key));
    }

    [Fact]
    public void ParseWide_EmptyRespondentKey_IsRequired()
    {
        var result = ParseWide(["r1", string.Empty, "3"], [string.Empty, string.Empty, "3"]);

        Assert.Equal(new ImportIssue(ImportErrorCode.Required, 3, "Respondent"), Assert.Single(result.Issues));
    }

    [Fact]
    public void ParseWide_MappedColumnMissingFromFile_IsMissingColumn()
    {
        var mapping = WideMapping();
        mapping.Columns["lead-04"] = "lead-04";

        var result = AnswerImport.Parse(Table(WideHeader, ["r1", string.Empty, "3"]), City, mapping);

        Assert.Equal(new ImportIssue(ImportErrorCode.MissingColumn, Column: "lead-04"), Assert.Single(result.Issues));
        Assert.Empty(result.Answers);
    }

    [Fact]
    public void ParseWide_ColumnMappedToUnknownQuestion_IsUnknownQuestion()
    {
        var mapping = WideMapping();
        mapping.Columns["lead-03"] = "lead-99";

        var result = AnswerImport.Parse(Table(WideHeader, ["r1", string.Empty, "3"]), City, mapping);

        Assert.Equal(new ImportIssue(ImportErrorCode.UnknownQuestion, Column: "lead-03", Value: "lead-99"), Assert.Single(result.Issues));
    }

    [Fact]
    public void ParseWide_TwoColumnsForOneQuestion_IsDuplicateAnswer()
    {
        var mapping = WideMapping();
        mapping.Columns["lead-03"] = "lead-01";

        var result = AnswerImport.Parse(Table(WideHeader, ["r1", string.Empty, "3"]), City, mapping);

        var issue = Assert.Single(result.Issues);
        Assert.Equal(ImportErrorCode.DuplicateAnswer, issue.Code);
        Assert.Equal("lead-01", issue.Value);
        Assert.Contains("lead-03", issue.Column, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseWide_NoQuestionColumns_IsNoQuestionColumns()
    {
        var mapping = new AnswerMapping { Layout = AnswerLayout.Wide, RespondentColumn = "Respondent" };

        var result = AnswerImport.Parse(Table(WideHeader, ["r1", string.Empty, "3"]), City, mapping);

        // What the file looks like comes first (issue 19), then the detail.
        Assert.Equal([AnswerFileShape.Describe(WideHeader), new ImportIssue(ImportErrorCode.NoQuestionColumns)], result.Issues);
        Assert.Equal(ImportErrorCode.WrongShape, result.Issues[0].Code);
    }

    [Fact]
    public void Parse_NoRows_IsNoRows()
    {
        var result = AnswerImport.Parse(Table(WideHeader), City, WideMapping());

        Assert.False(result.IsValid);
        Assert.Equal(new ImportIssue(ImportErrorCode.NoRows), Assert.Single(result.Issues));
    }

    [Fact]
    public void ParseWide_RowsWithoutAnyAnswer_IsNoRows()
    {
        var result = ParseWide(["r1", string.Empty, string.Empty]);

        Assert.False(result.IsValid);
        Assert.Equal(new ImportIssue(ImportErrorCode.NoRows), Assert.Single(result.Issues));
    }

    [Fact]
    public void Parse_RespondentColumnNotInFile_IsMissingColumn()
    {
        var mapping = WideMapping();
        mapping.RespondentColumn = "Email";

        var result = AnswerImport.Parse(Table(WideHeader, ["r1", string.Empty, "3"]), City, mapping);

        Assert.Equal(new ImportIssue(ImportErrorCode.MissingColumn, Column: "Email"), Assert.Single(result.Issues));
    }

    [Fact]
    public void ParseWide_TooManyIssues_KeepsFirstMaxIssuesButCountsAll()
    {
        var rows = Enumerable.Range(0, AnswerImport.MaxIssues + 100)
            .Select(i => new[] { "r" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), string.Empty, "banana", "3" })
            .ToArray();

        var result = ParseWide(rows);

        Assert.False(result.IsValid);
        Assert.Equal(AnswerImport.MaxIssues, result.Issues.Count);
        Assert.Equal(AnswerImport.MaxIssues + 100, result.IssueCount);
        Assert.Equal(AnswerImport.MaxIssues + 100, result.UnknownValues["banana"]);
        Assert.Equal(new ImportIssue(ImportErrorCode.UnknownValue, 2, "lead-01", "banana"), result.Issues[0]);
    }

    [Fact]
    public void ParseWide_LongUnknownValue_IsTruncatedInIssue()
    {
        var value = new string('x', 200);

        var result = ParseWide(["r1", string.Empty, value]);

        var issue = Assert.Single(result.Issues);
        Assert.Equal(81, issue.Value!.Length);
        Assert.StartsWith(new string('x', 80), issue.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseWide_RespondentKeyTooLong_IsTooLong()
    {
        var result = ParseWide([new string('k', AnswerImport.MaxKeyLength + 1), string.Empty, "3"]);

        Assert.Equal(new ImportIssue(ImportErrorCode.TooLong, 2, "Respondent", "200"), Assert.Single(result.Issues));
    }

    [Fact]
    public void ParseWide_CsvThroughTabularFile_ReadsFrenchExport()
    {
        var header = AnswerImportTestData.City.Question("lead-02")!.Text["fr"]!;
        var csv = "Répondant;Service;lead-01: stratégie;\"" + header.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"\r\n" +
                  "jean@ville.be;Urbanisme;Défini;Maîtrisé\r\n" +
                  "\r\n" +
                  "marie@ville.be;Finances;je ne sais pas;\r\n";
        var data = TabularFile.Read("export.csv", TestFiles.Utf8(csv), 1000);
        var mapping = AnswerMapping.Suggest(data.Header, City);

        var result = AnswerImport.Parse(data, City, mapping, Departments);

        Assert.Equal(AnswerLayout.Wide, mapping.Layout);
        Assert.Equal("Répondant", mapping.RespondentColumn);
        Assert.Equal("Service", mapping.DepartmentColumn);
        Assert.True(result.IsValid, Describe(result));
        Assert.Equal([2, 4], result.Respondents.Select(r => r.Row));
        Assert.Equal(
            [
                new ImportedAnswer(0, "lead-01", AnswerState.Level, 3, null, null),
                new ImportedAnswer(0, "lead-02", AnswerState.Level, 4, null, null),
                new ImportedAnswer(1, "lead-01", AnswerState.DontKnow, null, null, null),
            ],
            result.Answers);
    }

    [Fact]
    public void ParseLong_ValidRows_GroupsAnswersByRespondent()
    {
        var result = ParseLong(
            ["alice", "lead-01", "2", "4", "We have a draft."],
            ["alice", "LEAD-02", "Défini", string.Empty, string.Empty],
            ["bob", "lead-01", "sans objet", string.Empty, string.Empty],
            ["alice", "gov-01", string.Empty, "3", string.Empty]);

        Assert.True(result.IsValid, Describe(result));
        Assert.Equal(["alice", "bob"], result.Respondents.Select(r => r.Key));
        Assert.Equal(
            [
                new ImportedAnswer(0, "lead-01", AnswerState.Level, 2, 4, "We have a draft."),
                new ImportedAnswer(0, "lead-02", AnswerState.Level, 3, null, null),
                new ImportedAnswer(1, "lead-01", AnswerState.NotApplicable, null, null, null),
                new ImportedAnswer(0, "gov-01", AnswerState.DontKnow, null, 3, null),
            ],
            result.Answers);
    }

    [Fact]
    public void ParseLong_QuestionByFrenchText_IsMatched()
    {
        var result = ParseLong(["alice", City.Question("svc-02")!.Text["fr"]!, "4", string.Empty, string.Empty]);

        Assert.True(result.IsValid, Describe(result));
        Assert.Equal("svc-02", Assert.Single(result.Answers).QuestionId);
    }

    [Fact]
    public void ParseLong_DuplicateRespondentAndQuestion_IsDuplicateAnswer()
    {
        var result = ParseLong(
            ["alice", "lead-01", "2", string.Empty, string.Empty],
            ["bob", "lead-01", "3", string.Empty, string.Empty],
            ["alice", "Lead 01", "4", string.Empty, string.Empty]);

        Assert.False(result.IsValid);
        Assert.Equal(new ImportIssue(ImportErrorCode.DuplicateAnswer, 4, "question", "2"), Assert.Single(result.Issues));
    }

    [Fact]
    public void ParseLong_UnknownQuestion_IsUnknownQuestion()
    {
        var result = ParseLong(
            ["alice", "lead-01", "2", string.Empty, string.Empty],
            ["alice", "What is the meaning of life?", "3", string.Empty, string.Empty]);

        Assert.Equal(new ImportIssue(ImportErrorCode.UnknownQuestion, 3, "question", "What is the meaning of life?"), Assert.Single(result.Issues));
    }

    [Fact]
    public void ParseLong_EmptyQuestionCell_IsRequired()
    {
        var result = ParseLong(["alice", string.Empty, "2", string.Empty, string.Empty]);

        Assert.Equal(new ImportIssue(ImportErrorCode.Required, 2, "question"), Assert.Single(result.Issues));
    }

    [Fact]
    public void ParseLong_UnknownValue_NamesValueColumn()
    {
        var result = ParseLong(["alice", "lead-01", "banana", string.Empty, string.Empty]);

        Assert.Equal(new ImportIssue(ImportErrorCode.UnknownValue, 2, "value", "banana"), Assert.Single(result.Issues));
        Assert.Equal(1, result.UnknownValues["banana"]);
    }

    [Fact]
    public void ParseLong_UnknownTarget_NamesTargetColumn()
    {
        var result = ParseLong(["alice", "lead-01", "2", "lots", string.Empty]);

        Assert.Equal(new ImportIssue(ImportErrorCode.UnknownValue, 2, "target", "lots"), Assert.Single(result.Issues));
    }

    [Fact]
    public void ParseLong_EvidenceTooLong_IsTooLong()
    {
        var result = ParseLong(["alice", "lead-01", "2", string.Empty, new string('e', AnswerImport.MaxEvidenceLength + 1)]);

        Assert.Equal(new ImportIssue(ImportErrorCode.TooLong, 2, "evidence", "4000"), Assert.Single(result.Issues));
    }

    [Fact]
    public void ParseLong_WithoutRespondentColumn_IsMissingColumn()
    {
        var mapping = LongMapping();
        mapping.RespondentColumn = null;

        var result = AnswerImport.Parse(Table(LongHeader, ["alice", "lead-01", "2", string.Empty, string.Empty]), City, mapping);

        Assert.Equal(new ImportIssue(ImportErrorCode.MissingColumn, Column: "respondent"), Assert.Single(result.Issues));
    }

    [Fact]
    public void ParseLong_WithoutValueColumn_IsMissingColumn()
    {
        var mapping = LongMapping();
        mapping.ValueColumn = null;

        var result = AnswerImport.Parse(Table(LongHeader, ["alice", "lead-01", "2", string.Empty, string.Empty]), City, mapping);

        Assert.Equal(new ImportIssue(ImportErrorCode.MissingColumn, Column: "value"), Assert.Single(result.Issues));
    }

    [Fact]
    public void ParseLong_DepartmentOnLaterRowsOfSameRespondent_IsNotRechecked()
    {
        var header = new[] { "respondent", "department", "question", "value" };
        var mapping = new AnswerMapping { Layout = AnswerLayout.Long, RespondentColumn = "respondent", DepartmentColumn = "department", QuestionColumn = "question", ValueColumn = "value" };

        var result = AnswerImport.Parse(Table(header, ["alice", "Finances", "lead-01", "2"], ["alice", "Finances", "lead-02", "3"]), City, mapping, Departments);

        Assert.True(result.IsValid, Describe(result));
        Assert.Equal(Finance, Assert.Single(result.Respondents).DepartmentId);
        Assert.Equal(2, result.Answers.Count);
    }

    [Fact]
    public void ParseWide_FormulaAsRespondentKey_IsKeptVerbatim()
    {
        var data = TabularFile.Read("export.csv", TestFiles.Utf8("Respondent,lead-01\r\n\"" + Formula + "\",3\r\n"), 1000);
        var mapping = new AnswerMapping { Layout = AnswerLayout.Wide, RespondentColumn = "Respondent", Columns = { ["lead-01"] = "lead-01" } };

        var result = AnswerImport.Parse(data, City, mapping);

        Assert.True(result.IsValid, Describe(result));
        Assert.Equal(Formula, Assert.Single(result.Respondents).Key);
    }

    [Fact]
    public void ParseWide_FormulaAsValue_IsRejectedAsUnknownValue()
    {
        var data = TabularFile.Read("export.csv", TestFiles.Utf8("Respondent,lead-01\r\nr1,\"" + Formula + "\"\r\n"), 1000);
        var mapping = new AnswerMapping { Layout = AnswerLayout.Wide, RespondentColumn = "Respondent", Columns = { ["lead-01"] = "lead-01" } };

        var result = AnswerImport.Parse(data, City, mapping);

        Assert.False(result.IsValid);
        Assert.Empty(result.Answers);
        Assert.Equal(new ImportIssue(ImportErrorCode.UnknownValue, 2, "lead-01", Formula), Assert.Single(result.Issues));
        Assert.Equal(1, result.UnknownValues[Formula]);
    }

    [Theory]
    [InlineData("=cmd|' /C calc'!A1")]
    [InlineData("=A3")]
    [InlineData("+SUM(B2)")]
    [InlineData("@HYPERLINK(\"http://x\")")]
    public void ParseWide_FormulaEndingInDigit_IsNotReadAsALevel(string formula)
    {
        var mapping = new AnswerMapping { Layout = AnswerLayout.Wide, RespondentColumn = "Respondent", Columns = { ["lead-01"] = "lead-01" } };

        var result = AnswerImport.Parse(Table(["Respondent", "lead-01"], ["r1", formula]), City, mapping);

        Assert.False(result.IsValid);
        Assert.Empty(result.Answers);
        Assert.Equal(ImportErrorCode.UnknownValue, Assert.Single(result.Issues).Code);
    }
}
