using System.Text;
using DataStrategy.Core.Imports;
using DataStrategy.Core.Roadmap.Exchange;
using static DataStrategy.Core.Tests.Roadmap.RoadmapExchangeSamples;

namespace DataStrategy.Core.Tests.Roadmap;

public class RoadmapImportTests
{
    private static RoadmapImportResult Parse(byte[] content, RoadmapImportContext? context = null, string name = "roadmap.xlsx") =>
        RoadmapImport.Parse(name, content, context ?? Context());

    private static RoadmapImportResult ParseRows(params string[][] rows) => Parse(Initiatives([Header, .. rows]));

    [Fact]
    public void Parse_TextFileRenamedXlsx_IsUnreadable()
    {
        var result = Parse(Encoding.UTF8.GetBytes("code,title_fr\nI-01,Catalogue\n"));

        Assert.Equal(ImportErrorCode.UnreadableFile, Assert.Single(result.Issues).Code);
        Assert.False(result.IsValid);
    }

    [Fact]
    public void Parse_EmptyFile_IsEmpty() =>
        Assert.Equal(ImportErrorCode.FileEmpty, Assert.Single(Parse([]).Issues).Code);

    [Fact]
    public void Parse_ZipBomb_IsRefusedAsTooLarge() =>
        Assert.Equal(ImportErrorCode.FileTooLarge, Assert.Single(Parse(ZipBomb()).Issues).Code);

    [Fact]
    public void Parse_FileOverFiveMegabytes_IsRefused()
    {
        var issue = Assert.Single(Parse(new byte[RoadmapImport.MaxBytes + 1]).Issues);

        Assert.Equal(ImportErrorCode.FileTooLarge, issue.Code);
        Assert.Equal("5", issue.Value);
    }

    [Fact]
    public void Parse_SheetOverTheRowLimit_IsRefused()
    {
        var rows = Enumerable.Range(1, RoadmapImport.MaxRows + 2).Select(n => new[] { "I-" + n, "T" }).ToArray();

        var result = Parse(Initiatives([["code", "title_fr"], .. rows]));

        Assert.Equal(ImportErrorCode.TooManyRows, Assert.Single(result.Issues).Code);
    }

    [Fact]
    public void Parse_FormulaCell_IsReportedWithRowAndColumn()
    {
        var result = ParseRows(["I-01", "=HYPERLINK(\"http://evil.example\",\"x\")", "", "2", "", ""]);

        var issue = Assert.Single(result.Issues);
        Assert.Equal(ImportErrorCode.FormulaNotAllowed, issue.Code);
        Assert.Equal(2, issue.Row);
        Assert.Equal("title_fr", issue.Column);
        Assert.Equal("B", result.LetterOf(issue.Column));
    }

    [Fact]
    public void Parse_InitiativesNotTheFirstSheet_ReadsTheInitiativesSheet()
    {
        var result = Parse(Workbook("Notes", ["nothing"]));

        Assert.Equal(ImportErrorCode.MissingColumn, Assert.Single(result.Issues).Code);
    }

    [Fact]
    public void Parse_MissingCodeColumn_NamesTheColumn()
    {
        var issue = Assert.Single(Parse(Initiatives(["title_fr"], ["Catalogue"])).Issues);

        Assert.Equal(ImportErrorCode.MissingColumn, issue.Code);
        Assert.Equal("code", issue.Column);
    }

    [Fact]
    public void Parse_DuplicateCodes_ReportsTheFirstRow()
    {
        var result = ParseRows(["I-01", "A", "", "2", "", ""], ["i-01", "B", "", "2", "", ""]);

        var issue = Assert.Single(result.Issues);
        Assert.Equal(ImportErrorCode.DuplicateInFile, issue.Code);
        Assert.Equal(3, issue.Row);
        Assert.Equal("2", issue.Value);
    }

    [Theory]
    [InlineData("I 01")]
    [InlineData("<b>")]
    [InlineData("-I01")]
    [InlineData("I-0123456789012345678901")]
    public void Parse_InvalidCode_IsRefused(string code) =>
        Assert.Equal(ImportErrorCode.CodeInvalid, Assert.Single(ParseRows([code, "A", "", "2", "", ""]).Issues).Code);

    [Fact]
    public void Parse_NewInitiativeWithoutTitle_IsRefused()
    {
        var issue = Assert.Single(ParseRows(["I-01", "", "", "2", "", ""]).Issues);

        Assert.Equal(ImportErrorCode.Required, issue.Code);
        Assert.Equal("title_fr", issue.Column);
    }

    [Theory]
    [InlineData("121", ImportErrorCode.OutOfRange)]
    [InlineData("-1", ImportErrorCode.OutOfRange)]
    [InlineData("1000", ImportErrorCode.OutOfRange)]
    [InlineData("2.5", ImportErrorCode.NotANumber)]
    [InlineData("six", ImportErrorCode.NotANumber)]
    public void Parse_BadDuration_IsRefused(string duration, ImportErrorCode expected)
    {
        var issue = Assert.Single(ParseRows(["I-01", "A", "", duration, "", ""]).Issues);

        Assert.Equal(expected, issue.Code);
        Assert.Equal(RoadmapSheets.Duration, issue.Column);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("120")]
    public void Parse_DurationAtTheLimits_IsAccepted(string duration) =>
        Assert.True(ParseRows(["I-01", "A", "", duration, "", ""]).IsValid);

    [Theory]
    [InlineData("1999-12")]
    [InlineData("2101-01")]
    [InlineData("2027-13")]
    [InlineData("next year")]
    [InlineData("0001-01-01")]
    public void Parse_MonthOutside2000To2100OrMalformed_IsRefused(string month)
    {
        var issue = Assert.Single(ParseRows(["I-01", "A", "", "2", month, ""]).Issues);

        Assert.Equal(ImportErrorCode.MonthInvalid, issue.Code);
        Assert.Equal(RoadmapSheets.EarliestStart, issue.Column);
    }

    [Theory]
    [InlineData("2027-03")]
    [InlineData("2027-03-15")]
    [InlineData("03/2027")]
    [InlineData("03/15/2027 00:00:00")]
    public void Parse_MonthForms_AreTheFirstOfTheMonth(string month) =>
        Assert.Equal(new DateOnly(2027, 3, 1), Assert.Single(ParseRows(["I-01", "A", "", "2", month, ""]).Rows).EarliestStart);

    [Fact]
    public void Parse_ScriptInTitle_IsKeptAsText()
    {
        var row = Assert.Single(ParseRows(["I-01", "<script>alert(1)</script>", "", "2", "", ""]).Rows);

        Assert.Equal("<script>alert(1)</script>", row.Titles["fr"]);
    }

    [Fact]
    public void Parse_UnknownDependency_IsRefused()
    {
        var issue = Assert.Single(ParseRows(["I-01", "A", "", "2", "", "I-09"]).Issues);

        Assert.Equal(ImportErrorCode.DependencyUnknown, issue.Code);
        Assert.Equal("I-09", issue.Value);
    }

    [Fact]
    public void Parse_DependencyOnAnExistingInitiative_IsAccepted()
    {
        var result = Parse(Initiatives(Header, ["I-02", "A", "", "2", "", "I-01 FS-1"]), Context("I-01"));

        Assert.True(result.IsValid, string.Join("; ", result.Issues));
        Assert.Equal(new DependencyRef("I-01", false, -1), Assert.Single(result.Rows[0].Dependencies));
    }

    [Fact]
    public void Parse_CycleInTheFile_NamesTheCycle()
    {
        var result = ParseRows(["I-01", "A", "", "2", "", "I-03"], ["I-02", "B", "", "2", "", "I-01"], ["I-03", "C", "", "2", "", "I-02 SS"]);

        var issue = Assert.Single(result.Issues);
        Assert.Equal(ImportErrorCode.DependencyCycle, issue.Code);
        Assert.Equal(2, issue.Row);
        Assert.Contains("I-01 → I-02 → I-03 → I-01", issue.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_CycleClosedThroughAnExistingDependency_IsRefused()
    {
        var context = Context("I-01", "I-02") with { ExistingDependencies = [("I-01", "I-02")] };

        var result = Parse(Initiatives(Header, ["I-01", "A", "", "2", "", "I-02"]), context);

        Assert.Equal(ImportErrorCode.DependencyCycle, Assert.Single(result.Issues).Code);
    }

    [Fact]
    public void Parse_ExistingDependencyReplacedByTheFile_IsNoCycle()
    {
        // I-02 depended on I-01; the file makes I-02 independent and I-01 depend on I-02.
        var context = Context("I-01", "I-02") with { ExistingDependencies = [("I-01", "I-02")] };

        var result = Parse(Initiatives(Header, ["I-01", "A", "", "2", "", "I-02"], ["I-02", "B", "", "2", "", ""]), context);

        Assert.True(result.IsValid, string.Join("; ", result.Issues));
    }

    [Theory]
    [InlineData("I-01 XX")]
    [InlineData("I-01 SS+99")]
    [InlineData("I-02")]
    public void Parse_MalformedOrSelfDependency_IsRefused(string dependency) =>
        Assert.Equal(ImportErrorCode.DependencyInvalid, Assert.Single(Parse(Initiatives(Header, ["I-02", "B", "", "2", "", dependency]), Context("I-01")).Issues).Code);

    [Theory]
    [InlineData("I-05", "I-05", false, 0)]
    [InlineData("I-05 SS", "I-05", true, 0)]
    [InlineData("I-05 SS+1", "I-05", true, 1)]
    [InlineData("I-07 FS-1", "I-07", false, -1)]
    [InlineData("i-07  fs +2", "i-07", false, 2)]
    [InlineData("I-07 -2", "I-07", false, -2)]
    public void DependencyText_ParseOne_ReadsCodeTypeAndLag(string text, string code, bool startToStart, int lag) =>
        Assert.Equal(new DependencyRef(code, startToStart, lag), DependencyText.ParseOne(text));

    [Fact]
    public void DependencyText_Format_WritesTheShortestForm() =>
        Assert.Equal("I-02; I-05 SS+1; I-07 FS-1; I-08 SS", DependencyText.Format([new("I-02"), new("I-05", true, 1), new("I-07", false, -1), new("I-08", true)]));

    [Fact]
    public void Parse_UnknownWorkstream_IsCreatedOnceAndListed()
    {
        var result = ParseRows(["I-01", "A", "Compétences", "2", "", ""], ["I-02", "B", "competences", "2", "", ""], ["I-03", "C", "Dataplatform", "2", "", ""]);

        Assert.True(result.IsValid);
        Assert.Equal(["Compétences"], result.NewWorkstreams);
        Assert.Equal("Compétences", result.Rows[1].NewWorkstream);
        Assert.Equal(Platform, result.Rows[2].WorkstreamId);
    }

    [Fact]
    public void Parse_UnknownTeamColumn_IsRefusedAtTheHeader()
    {
        var result = Parse(Initiatives(["code", "title_fr", "fte: Marketing"], ["I-01", "A", "1"]));

        var issue = Assert.Single(result.Issues);
        Assert.Equal(ImportErrorCode.TeamUnknown, issue.Code);
        Assert.Equal(1, issue.Row);
        Assert.Equal("Marketing", issue.Value);
    }

    [Theory]
    [InlineData("-1", ImportErrorCode.OutOfRange)]
    [InlineData("500.01", ImportErrorCode.OutOfRange)]
    [InlineData("beaucoup", ImportErrorCode.NotANumber)]
    public void Parse_BadEffort_IsRefused(string fte, ImportErrorCode expected) =>
        Assert.Equal(expected, Assert.Single(Parse(Initiatives(["code", "title_fr", "fte: IT"], ["I-01", "A", fte])).Issues).Code);

    [Fact]
    public void Parse_EffortWithDecimalComma_IsRead() =>
        Assert.Equal(0.5m, Assert.Single(Parse(Initiatives(["code", "title_fr", "fte: Data team"], ["I-01", "A", "0,5"])).Rows).Effort[DataTeam]);

    [Fact]
    public void Parse_ObjectiveInAnotherLanguage_Resolves() =>
        Assert.Equal([OpenDataObjective], Assert.Single(Parse(Initiatives(["code", "title_fr", "objectives"], ["I-01", "A", "Open data"])).Rows).ObjectiveIds);

    [Fact]
    public void Parse_UnknownObjectiveAndDepartment_AreBothReported()
    {
        var result = Parse(Initiatives(["code", "title_fr", "objectives", "department_code"], ["I-01", "A", "Open data; Inventer la lune", "XYZ"]));

        Assert.Equal([ImportErrorCode.DepartmentUnknown, ImportErrorCode.ObjectiveUnknown], result.Issues.Select(i => i.Code).Order());
    }

    [Theory]
    [InlineData("status", "Exploding", ImportErrorCode.UnknownValue)]
    [InlineData("rag", "Purple", ImportErrorCode.UnknownValue)]
    [InlineData("priority", "6", ImportErrorCode.OutOfRange)]
    [InlineData("percent_complete", "101", ImportErrorCode.OutOfRange)]
    [InlineData("budget", "-5", ImportErrorCode.OutOfRange)]
    [InlineData("budget", "1E+20", ImportErrorCode.NotANumber)]
    public void Parse_WrongValue_IsRefused(string column, string value, ImportErrorCode expected) =>
        Assert.Equal(expected, Assert.Single(Parse(Initiatives(["code", "title_fr", column], ["I-01", "A", value])).Issues).Code);

    [Fact]
    public void Parse_StatusWithSpaces_IsTheCanonicalName() =>
        Assert.Equal("InProgress", Assert.Single(Parse(Initiatives(["code", "title_fr", "status"], ["I-01", "A", "in progress"])).Rows).Status);

    [Fact]
    public void Parse_OverlongTitle_IsRefused() =>
        Assert.Equal(ImportErrorCode.TooLong, Assert.Single(ParseRows(["I-01", new string('a', RoadmapImport.TitleMax + 1), "", "2", "", ""]).Issues).Code);

    [Fact]
    public void Parse_ExistingCodeWithoutTitleColumns_UpdatesWithoutATitle()
    {
        var result = Parse(Initiatives(["code", "duration_months"], ["I-01", "4"]), Context("I-01"));

        Assert.True(result.IsValid);
        Assert.False(result.Rows[0].IsNew);
        Assert.False(result.HasColumn(RoadmapSheets.Workstream));
    }

    [Fact]
    public void Parse_OneBadRowAmongGood_IsNotValid()
    {
        var result = ParseRows(["I-01", "A", "", "2", "", ""], ["I-02", "B", "", "121", "", ""], ["I-03", "C", "", "2", "", ""]);

        Assert.False(result.IsValid);
        Assert.Equal(3, Assert.Single(result.Issues).Row);
    }
}
