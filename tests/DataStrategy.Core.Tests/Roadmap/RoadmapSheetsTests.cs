using System.Text;
using DataStrategy.Core.Imports;
using DataStrategy.Core.Roadmap.Exchange;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DataStrategy.Core.Tests.Roadmap;

public class RoadmapSheetsTests
{
    [Fact]
    public void Xlsx_Sample_HasTheFourSheetsInOrder()
    {
        using var document = Open(RoadmapSheets.Xlsx(RoadmapExchangeSamples.Create()));

        var names = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal(["Initiatives", "Milestones", "KPIs", "Measurements"], names);
    }

    [Fact]
    public void Xlsx_InitiativesSheet_FreezesTheHeaderRow()
    {
        using var document = Open(RoadmapSheets.Xlsx(RoadmapExchangeSamples.Create()));

        var pane = SheetPart(document, "Initiatives").Worksheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(1d, pane.VerticalSplit!.Value);
    }

    [Fact]
    public void Xlsx_InitiativesHeader_IsBold()
    {
        using var document = Open(RoadmapSheets.Xlsx(RoadmapExchangeSamples.Create()));

        var header = SheetPart(document, "Initiatives").Worksheet.Descendants<Row>().First().Elements<Cell>().First();
        var styles = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var format = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)(header.StyleIndex?.Value ?? 0));
        var font = styles.Fonts!.Elements<Font>().ElementAt((int)(format.FontId?.Value ?? 0));
        Assert.NotNull(font.Bold);
    }

    [Fact]
    public void Xlsx_Duration_IsANumberAndMonthIsText()
    {
        using var document = Open(RoadmapSheets.Xlsx(RoadmapExchangeSamples.Create()));

        var cells = Row(document, "Initiatives", 2);
        var header = Row(document, "Initiatives", 1);
        var duration = cells[header.FindIndex(h => Text(document, h) == RoadmapSheets.Duration)];
        var start = cells[header.FindIndex(h => Text(document, h) == RoadmapSheets.PlannedStart)];
        Assert.True(duration.DataType is null || duration.DataType.Value == CellValues.Number);
        Assert.Equal("6", duration.CellValue!.Text);
        Assert.NotNull(start.DataType);
        Assert.Equal("2027-02", Text(document, start));
    }

    [Fact]
    public void Xlsx_FormulaLikeTitle_IsWrittenAsTextWithoutFormula()
    {
        var roadmap = RoadmapExchangeSamples.Create() with
        {
            Initiatives = [RoadmapExchangeSamples.Create().Initiatives[0] with { Title = new Dictionary<string, string> { ["fr"] = "=HYPERLINK(\"http://evil.example\",\"x\")" } }],
        };

        using var document = Open(RoadmapSheets.Xlsx(roadmap));

        Assert.Empty(document.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<CellFormula>()));
        Assert.Contains(Row(document, "Initiatives", 2), c => Text(document, c).StartsWith("=HYPERLINK", StringComparison.Ordinal));
    }

    [Fact]
    public void Xlsx_WithGerman_HasGermanColumnsAfterTheDutchOnes_AndImportsThemBack()
    {
        var sample = RoadmapExchangeSamples.Create();
        var first = sample.Initiatives[0] with { Title = new Dictionary<string, string>(sample.Initiatives[0].Title) { ["de"] = "Datenkatalog" } };
        var roadmap = sample with { ContentLanguages = [Languages.French, Languages.Dutch, Languages.German, Languages.English], Initiatives = [first, .. sample.Initiatives.Skip(1)] };

        var header = RoadmapSheets.InitiativeHeader(roadmap);
        var result = RoadmapImport.Parse("roadmap.xlsx", RoadmapSheets.Xlsx(roadmap), RoadmapExchangeSamples.Context("I-01"));

        Assert.Equal(["code", "title_fr", "title_nl", "title_de", "title_en", "description_fr", "description_nl", "description_de", "description_en"], header.Take(9));
        Assert.DoesNotContain("title_de", RoadmapSheets.InitiativeHeader(sample));
        Assert.True(result.IsValid, string.Join("; ", result.Issues));
        Assert.Equal("Datenkatalog", result.Rows[0].Titles["de"]);
    }

    [Fact]
    public void Xlsx_ExportThenImport_GivesBackTheValues()
    {
        var bytes = RoadmapSheets.Xlsx(RoadmapExchangeSamples.Create());

        var result = RoadmapImport.Parse("roadmap.xlsx", bytes, RoadmapExchangeSamples.Context("I-01"));

        Assert.True(result.IsValid, string.Join("; ", result.Issues));
        var first = result.Rows[0];
        Assert.False(first.IsNew);
        Assert.True(result.Rows[1].IsNew);
        Assert.Equal("Catalogue de données", first.Titles["fr"]);
        Assert.Equal("Datacatalogus", first.Titles["nl"]);
        Assert.Equal(RoadmapExchangeSamples.Platform, first.WorkstreamId);
        Assert.Equal(RoadmapExchangeSamples.Urbanism, first.DepartmentId);
        Assert.Equal(6, first.DurationMonths);
        Assert.Equal(new DateOnly(2027, 2, 1), first.PlannedStart);
        Assert.Equal(new DateOnly(2027, 12, 1), first.Deadline);
        Assert.Equal(125000.5m, first.Budget);
        Assert.Equal(4, first.Priority);
        Assert.Equal("InProgress", first.Status);
        Assert.Equal("Amber", first.Rag);
        Assert.Equal(40, first.PercentComplete);
        Assert.Equal([RoadmapExchangeSamples.OpenDataObjective], first.ObjectiveIds);
        Assert.Equal(["governance"], first.ThemeIds);
        Assert.Equal(0.5m, first.Effort[RoadmapExchangeSamples.DataTeam]);
        Assert.Equal(1.25m, first.Effort[RoadmapExchangeSamples.ItTeam]);
        Assert.Equal(new DependencyRef("I-01", StartToStart: true, Lag: 1), Assert.Single(result.Rows[1].Dependencies));
        Assert.Equal(new DateOnly(2027, 9, 1), result.Rows[1].LockedStart);
    }

    [Fact]
    public void Xlsx_EmptyRoadmap_KeepsHeaderRows()
    {
        var empty = new RoadmapExchange { Teams = ["IT"] };

        using var document = Open(RoadmapSheets.Xlsx(empty));

        Assert.Equal(RoadmapSheets.Code, Text(document, Row(document, "Initiatives", 1)[0]));
        Assert.Equal("kpi_id", Text(document, Row(document, "Measurements", 1)[0]));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"click\")")]
    [InlineData("+1+cmd|' /C calc'!A0")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A2)")]
    [InlineData("\t=1+1")]
    [InlineData("\r=1+1")]
    public void Csv_FormulaLikeTitle_IsNeutralised(string title)
    {
        var roadmap = RoadmapExchangeSamples.Create() with
        {
            Initiatives = [RoadmapExchangeSamples.Create().Initiatives[0] with { Title = new Dictionary<string, string> { ["fr"] = title } }],
        };

        var rows = ReadCsv(RoadmapSheets.InitiativesCsv(roadmap, ";"), ";");

        var cell = rows[1][rows[0].IndexOf("title_fr")];
        Assert.Equal("'" + title, cell);
    }

    [Theory]
    [InlineData(";", "125000,5", "1,25")] // French and Dutch Excel read a decimal comma as a number
    [InlineData(",", "125000.5", "1.25")]
    public void Csv_Sample_HasTheImportColumnsAndNumbersForTheSpreadsheet(string delimiter, string budget, string fte)
    {
        var rows = ReadCsv(RoadmapSheets.InitiativesCsv(RoadmapExchangeSamples.Create(), delimiter), delimiter);

        Assert.Equal("code", rows[0][0]);
        Assert.Contains("fte: IT", rows[0]);
        Assert.Equal(budget, rows[1][rows[0].IndexOf("budget")]);
        Assert.Equal(fte, rows[1][rows[0].IndexOf("fte: IT")]);
        Assert.Equal("I-01 SS+1", rows[2][rows[0].IndexOf("dependencies")]);
    }

    [Theory]
    [InlineData(";")]
    [InlineData(",")]
    public void Csv_ExportThenImport_IsValid_AndKeepsTheAmounts(string delimiter)
    {
        var csv = RoadmapSheets.InitiativesCsv(RoadmapExchangeSamples.Create(), delimiter);

        var result = RoadmapImport.Parse("roadmap.csv", csv, RoadmapExchangeSamples.Context());

        Assert.True(result.IsValid, string.Join("; ", result.Issues));
        Assert.Equal(2, result.Rows.Count);
        Assert.Equal(125000.5m, result.Rows[0].Budget);
    }

    private static SpreadsheetDocument Open(byte[] bytes) => SpreadsheetDocument.Open(new MemoryStream(bytes), false);

    private static WorksheetPart SheetPart(SpreadsheetDocument document, string name)
    {
        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return (WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!);
    }

    private static List<Cell> Row(SpreadsheetDocument document, string sheet, int number) =>
        SheetPart(document, sheet).Worksheet.Descendants<Row>().Single(r => r.RowIndex!.Value == number).Elements<Cell>().ToList();

    private static string Text(SpreadsheetDocument document, Cell cell)
    {
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return document.WorkbookPart!.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().ElementAt(int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)).InnerText;
        }

        return cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? "";
    }

    private static List<List<string>> ReadCsv(byte[] bytes, string delimiter)
    {
        var text = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
        using var reader = new StringReader(text);
        using var csv = new CsvHelper.CsvParser(reader, new CsvHelper.Configuration.CsvConfiguration(System.Globalization.CultureInfo.InvariantCulture) { Delimiter = delimiter });
        var rows = new List<List<string>>();
        while (csv.Read())
        {
            rows.Add([.. csv.Record!]);
        }

        return rows;
    }
}
