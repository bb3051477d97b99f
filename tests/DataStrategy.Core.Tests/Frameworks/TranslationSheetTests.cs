using System.Text;
using DataStrategy.Core.Frameworks;
using DataStrategy.Core.Imports;

namespace DataStrategy.Core.Tests.Frameworks;

public class TranslationSheetTests
{
    private static readonly string[] AllLanguages = [Languages.French, Languages.Dutch, Languages.English];
    private static readonly string[] SheetHeader = ["id", "kind", "fr", "nl", "en"];

    private const string Lead01Text = "question.lead-01.text";

    private static Dictionary<string, object?> Row(string id, string kind, string fr, string nl, string en) =>
        new() { ["id"] = id, ["kind"] = kind, ["fr"] = fr, ["nl"] = nl, ["en"] = en };

    /// <summary>Every slot of the framework as a sheet row, the way a translator sees it.</summary>
    private static List<Dictionary<string, object?>> SheetRows(FrameworkDefinition framework) =>
        TranslationSheet.Slots(framework)
            .Select(s => Row(s.Id, s.Kind, s.Text["fr"] ?? string.Empty, s.Text["nl"] ?? string.Empty, s.Text["en"] ?? string.Empty))
            .ToList();

    private static byte[] Xlsx(IEnumerable<Dictionary<string, object?>> rows) =>
        TestFiles.Xlsx(rows.Select(r => (IDictionary<string, object?>)r));

    private static string Quote(object? value) => "\"" + (Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static byte[] Csv(IEnumerable<Dictionary<string, object?>> rows)
    {
        var sb = new StringBuilder();
        sb.Append(string.Join(',', SheetHeader)).Append("\r\n");
        foreach (var row in rows)
        {
            sb.Append(string.Join(',', SheetHeader.Select(h => Quote(row[h])))).Append("\r\n");
        }

        return TestFiles.Utf8(sb.ToString());
    }

    [Fact]
    public void Slots_City_HaveUniqueIds()
    {
        var ids = TranslationSheet.Slots(BuiltInFrameworks.City()).Select(s => s.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(Lead01Text, ids);
        Assert.Contains("question.lead-01.level.3", ids);
        Assert.Contains("level.5.name", ids);
    }

    [Fact]
    public void Export_City_HasHeaderAndOneRowPerSlot()
    {
        var city = BuiltInFrameworks.City();

        var data = TabularFile.Read("x.xlsx", TranslationSheet.Export(city, AllLanguages), 100_000);

        Assert.Equal(SheetHeader, data.Header);
        Assert.Equal(TranslationSheet.Slots(city).Count(), data.Rows.Count);
        Assert.Equal(TranslationSheet.Slots(city).Select(s => s.Id), data.Rows.Select(r => r[0]));
    }

    [Fact]
    public void ExportThenImport_City_ChangesNothing()
    {
        var city = BuiltInFrameworks.City();

        var result = TranslationSheet.Import(city, "x.xlsx", TranslationSheet.Export(city, AllLanguages));

        Assert.Empty(result.Issues);
        Assert.True(result.IsValid);
        Assert.Equal(0, result.ChangedTexts);
        Assert.Equal(FrameworkJson.Write(city), FrameworkJson.Write(result.Framework!));
    }

    [Fact]
    public void ExportThenImport_OdiFramework_ChangesNothing()
    {
        var odi = FrameworkTestData.Dmag();

        var result = TranslationSheet.Import(odi, "x.xlsx", TranslationSheet.Export(odi, AllLanguages));

        Assert.Empty(result.Issues);
        Assert.Equal(0, result.ChangedTexts);
        Assert.Equal(FrameworkJson.Write(odi), FrameworkJson.Write(result.Framework!));
    }

    [Fact]
    public void Import_OneCellModified_ChangesExactlyThatText()
    {
        var city = BuiltInFrameworks.City();
        var rows = SheetRows(city);
        rows.Single(r => (string?)r["id"] == Lead01Text)["fr"] = "Nouvelle formulation de la question ?";

        var result = TranslationSheet.Import(city, "x.xlsx", Xlsx(rows));

        Assert.True(result.IsValid, string.Join("; ", result.Issues));
        Assert.Equal(1, result.ChangedTexts);
        var expected = BuiltInFrameworks.City();
        expected.Question("lead-01")!.Text.Set("fr", "Nouvelle formulation de la question ?");
        Assert.Equal(FrameworkJson.Write(expected), FrameworkJson.Write(result.Framework!));
    }

    [Fact]
    public void Import_DoesNotModifyTheFrameworkPassedIn()
    {
        var city = BuiltInFrameworks.City();
        var before = FrameworkJson.Write(city);
        var rows = new[] { Row(Lead01Text, "question", "Changé", "Veranderd", "Changed") };

        var result = TranslationSheet.Import(city, "x.xlsx", Xlsx(rows));

        Assert.Equal(3, result.ChangedTexts);
        Assert.Equal("Changed", result.Framework!.Question("lead-01")!.Text["en"]);
        Assert.Equal(before, FrameworkJson.Write(city));
    }

    [Fact]
    public void Import_SheetWithOnlyFrenchColumn_KeepsOtherLanguages()
    {
        var city = BuiltInFrameworks.City();
        var original = city.Question("lead-01")!.Text;
        var rows = new[] { new Dictionary<string, object?> { ["id"] = Lead01Text, ["fr"] = string.Empty } };

        var result = TranslationSheet.Import(city, "x.xlsx", Xlsx(rows));

        Assert.True(result.IsValid, string.Join("; ", result.Issues));
        Assert.Equal(1, result.ChangedTexts);
        var text = result.Framework!.Question("lead-01")!.Text;
        Assert.False(text.Has("fr"));
        Assert.Equal(original["nl"], text["nl"]);
        Assert.Equal(original["en"], text["en"]);
    }

    [Fact]
    public void Import_GermanColumn_AddsGerman_AndColumnsThatAreNoContentLanguageAreNotRead()
    {
        var city = BuiltInFrameworks.City();
        var rows = new[] { new Dictionary<string, object?> { ["id"] = Lead01Text, ["de"] = "Gibt es eine Datenstrategie?", ["xx"] = "nonsense", ["ok"] = "checked" } };

        var result = TranslationSheet.Import(city, "x.xlsx", Xlsx(rows));

        Assert.True(result.IsValid, string.Join("; ", result.Issues));
        var text = result.Framework!.Question("lead-01")!.Text;
        Assert.Equal("Gibt es eine Datenstrategie?", text["de"]);
        Assert.False(text.Has("xx"));
        Assert.False(text.Has("ok"));
        Assert.Equal(1, result.ChangedTexts);
    }

    [Fact]
    public void Export_WithGerman_HasAGermanColumn_ThatImportsBack()
    {
        var city = BuiltInFrameworks.City();
        city.Question("lead-01")!.Text.Set("de", "Frage");

        var result = TranslationSheet.Import(BuiltInFrameworks.City(), "x.xlsx", TranslationSheet.Export(city, [.. AllLanguages, Languages.German]));

        Assert.True(result.IsValid, string.Join("; ", result.Issues));
        Assert.Equal("Frage", result.Framework!.Question("lead-01")!.Text["de"]);
    }

    [Fact]
    public void Import_IdColumn_IsNotReadAsALanguage()
    {
        var rows = new[] { Row(Lead01Text, "question", "Changé", "Veranderd", "Changed") };

        var result = TranslationSheet.Import(BuiltInFrameworks.City(), "x.xlsx", Xlsx(rows));

        Assert.True(result.IsValid, string.Join("; ", result.Issues));
        var text = result.Framework!.Question("lead-01")!.Text;
        Assert.Equal(["en", "fr", "nl"], text.Values.Keys);
        Assert.False(text.Has("id"));
    }

    [Fact]
    public void Import_UnknownId_ReportsUnknownIdWithRowNumber()
    {
        var city = BuiltInFrameworks.City();
        var rows = new[]
        {
            Row("framework.name", "framework", city.Name["fr"]!, city.Name["nl"]!, city.Name["en"]!),
            Row("question.nope-99.text", "question", "a", "b", "c"),
        };

        var result = TranslationSheet.Import(city, "x.xlsx", Xlsx(rows));

        Assert.False(result.IsValid);
        Assert.Null(result.Framework);
        Assert.Equal(0, result.ChangedTexts);
        Assert.Equal(new ImportIssue(ImportErrorCode.UnknownId, 3, "id", "question.nope-99.text"), Assert.Single(result.Issues));
    }

    [Fact]
    public void Import_DuplicateId_ReportsDuplicateInFileWithBothRows()
    {
        var city = BuiltInFrameworks.City();
        var rows = new[]
        {
            Row(Lead01Text, "question", "a", "b", "c"),
            Row("framework.name", "framework", "n", "n", "n"),
            Row(Lead01Text, "question", "d", "e", "f"),
        };

        var result = TranslationSheet.Import(city, "x.xlsx", Xlsx(rows));

        Assert.Null(result.Framework);
        Assert.Equal(new ImportIssue(ImportErrorCode.DuplicateInFile, 4, "id", "2"), Assert.Single(result.Issues));
    }

    [Fact]
    public void Import_MissingIdColumn_ReportsMissingColumn()
    {
        var rows = new[] { new Dictionary<string, object?> { ["identifier"] = Lead01Text, ["fr"] = "x" } };

        var result = TranslationSheet.Import(BuiltInFrameworks.City(), "x.xlsx", Xlsx(rows));

        Assert.Null(result.Framework);
        Assert.Equal(new ImportIssue(ImportErrorCode.MissingColumn, Column: "id"), Assert.Single(result.Issues));
    }

    [Fact]
    public void Import_NoLanguageColumn_ReportsMissingColumn()
    {
        var rows = new[] { new Dictionary<string, object?> { ["id"] = Lead01Text, ["kind"] = "question", ["french"] = "x" } };

        var result = TranslationSheet.Import(BuiltInFrameworks.City(), "x.xlsx", Xlsx(rows));

        Assert.Null(result.Framework);
        Assert.Equal(ImportErrorCode.MissingColumn, Assert.Single(result.Issues).Code);
    }

    [Fact]
    public void Import_EveryLanguageOfQuestionTextEmptied_IsRefused()
    {
        var city = BuiltInFrameworks.City();
        var rows = new[] { Row(Lead01Text, "question", string.Empty, string.Empty, string.Empty) };

        var result = TranslationSheet.Import(city, "x.xlsx", Xlsx(rows));

        Assert.False(result.IsValid);
        Assert.Null(result.Framework);
        Assert.Equal(0, result.ChangedTexts);
        var index = city.Questions.FindIndex(q => q.Id == "lead-01");
        Assert.Contains(new ImportIssue(ImportErrorCode.Required, Column: $"$.questions[{index}].text"), result.Issues);
    }

    [Fact]
    public void Import_EveryLanguageOfDescriptorEmptied_IsRefused()
    {
        var rows = new[] { Row("question.lead-01.level.3", "descriptor", string.Empty, string.Empty, string.Empty) };

        var result = TranslationSheet.Import(BuiltInFrameworks.City(), "x.xlsx", Xlsx(rows));

        Assert.Null(result.Framework);
        Assert.NotEmpty(result.Issues);
    }

    [Fact]
    public void Import_TextLongerThanLimit_ReportsTooLong()
    {
        var rows = new[] { Row(Lead01Text, "question", new string('a', FrameworkJson.MaxTextLength + 1), "b", "c") };

        var result = TranslationSheet.Import(BuiltInFrameworks.City(), "x.xlsx", Xlsx(rows));

        Assert.Null(result.Framework);
        Assert.Equal(new ImportIssue(ImportErrorCode.TooLong, 2, "fr", "4000"), Assert.Single(result.Issues));
    }

    [Fact]
    public void Import_EmptyIdCell_ReportsRequiredWithRow()
    {
        var rows = new[]
        {
            Row(Lead01Text, "question", "a", "b", "c"),
            Row(string.Empty, "question", "x", "y", "z"),
        };

        var result = TranslationSheet.Import(BuiltInFrameworks.City(), "x.xlsx", Xlsx(rows));

        Assert.Null(result.Framework);
        Assert.Equal(new ImportIssue(ImportErrorCode.Required, 3, "id"), Assert.Single(result.Issues));
    }

    [Fact]
    public void Import_WrongFileType_ReportsUnsupportedFileType()
    {
        var result = TranslationSheet.Import(BuiltInFrameworks.City(), "x.pdf", [1, 2, 3]);

        Assert.Null(result.Framework);
        Assert.Equal(ImportErrorCode.UnsupportedFileType, Assert.Single(result.Issues).Code);
    }

    [Fact]
    public void Import_ContentOverTenMegabytes_ReportsFileTooLarge()
    {
        var result = TranslationSheet.Import(BuiltInFrameworks.City(), "x.csv", new byte[TranslationSheet.MaxBytes + 1]);

        Assert.Null(result.Framework);
        Assert.Equal(ImportErrorCode.FileTooLarge, Assert.Single(result.Issues).Code);
    }

    [Fact]
    public void ExportAsCsvThenImport_City_ChangesNothing()
    {
        var city = BuiltInFrameworks.City();

        var result = TranslationSheet.Import(city, "x.csv", Csv(SheetRows(city)));

        Assert.True(result.IsValid, string.Join("; ", result.Issues));
        Assert.Equal(0, result.ChangedTexts);
        Assert.Equal(FrameworkJson.Write(city), FrameworkJson.Write(result.Framework!));
    }

    [Fact]
    public void ImportCsv_OneCellModified_ChangesExactlyThatText()
    {
        var city = BuiltInFrameworks.City();
        var rows = SheetRows(city);
        rows.Single(r => (string?)r["id"] == "question.lead-01.level.3")["nl"] = "Nieuwe \"beschrijving\", met komma";

        var result = TranslationSheet.Import(city, "x.csv", Csv(rows));

        Assert.True(result.IsValid, string.Join("; ", result.Issues));
        Assert.Equal(1, result.ChangedTexts);
        var expected = BuiltInFrameworks.City();
        expected.Question("lead-01")!.Descriptors[3].Set("nl", "Nieuwe \"beschrijving\", met komma");
        Assert.Equal(FrameworkJson.Write(expected), FrameworkJson.Write(result.Framework!));
    }

    [Fact]
    public void ImportCsv_UnknownId_ReportsUnknownIdWithRowNumber()
    {
        var rows = new[] { Row(Lead01Text, "question", "a", "b", "c"), Row("theme.ghost.name", "theme", "a", "b", "c") };

        var result = TranslationSheet.Import(BuiltInFrameworks.City(), "x.csv", Csv(rows));

        Assert.Null(result.Framework);
        Assert.Equal(new ImportIssue(ImportErrorCode.UnknownId, 3, "id", "theme.ghost.name"), Assert.Single(result.Issues));
    }
}
