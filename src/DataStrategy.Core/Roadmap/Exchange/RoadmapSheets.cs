using System.Globalization;
using DataStrategy.Core.Csv;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace DataStrategy.Core.Roadmap.Exchange;

/// <summary>
/// The roadmap as spreadsheets: the workbook (sheets Initiatives, Milestones, KPIs, Measurements) and the CSV of
/// initiatives. Column names are the import's own (<see cref="RoadmapImport"/>), so an export can be edited and
/// imported back. Texts are written as text and numbers as numbers; nothing is written as a formula.
/// </summary>
public static class RoadmapSheets
{
    public const string InitiativesSheet = "Initiatives";
    public const string MilestonesSheet = "Milestones";
    public const string KpisSheet = "KPIs";
    public const string MeasurementsSheet = "Measurements";

    public const string Code = "code";
    public const string TitlePrefix = "title_";

    public const string UnitPrefix = "unit_";
    public const string DescriptionPrefix = "description_";
    public const string Workstream = "workstream";
    public const string DepartmentCode = "department_code";
    public const string Department = "department";
    public const string Lead = "lead";
    public const string Duration = "duration_months";
    public const string EarliestStart = "earliest_start";
    public const string Deadline = "deadline";
    public const string LockedStart = "locked_start";
    public const string PlannedStart = "planned_start";
    public const string PlannedEnd = "planned_end";
    public const string Budget = "budget";
    public const string Priority = "priority";
    public const string Status = "status";
    public const string Rag = "rag";
    public const string Percent = "percent_complete";
    public const string Dependencies = "dependencies";
    public const string Objectives = "objectives";
    public const string Themes = "themes";

    /// <summary>Effort columns are "fte: " followed by the team's name.</summary>
    public const string EffortPrefix = "fte: ";

    /// <summary>Separates the values of a list cell (objectives, themes, dependencies).</summary>
    public const string ListSeparator = "; ";

    public static string Title(string language) => TitlePrefix + language;

    /// <summary>The KPI unit's column in a language ("unit_fr"); files before the unit was multilingual have one "unit" column.</summary>
    public static string Unit(string language) => UnitPrefix + language;

    public static string Description(string language) => DescriptionPrefix + language;

    public static string Effort(string team) => EffortPrefix + team;

    public static IReadOnlyList<string> InitiativeHeader(RoadmapExchange roadmap)
    {
        ArgumentNullException.ThrowIfNull(roadmap);
        var header = new List<string> { Code };
        header.AddRange(roadmap.ContentLanguages.Select(Title));
        header.AddRange(roadmap.ContentLanguages.Select(Description));
        header.AddRange([Workstream, DepartmentCode, Department, Lead, Duration, EarliestStart, Deadline, LockedStart, PlannedStart, PlannedEnd,
            Budget, Priority, Status, Rag, Percent, Dependencies, Objectives, Themes]);
        header.AddRange(roadmap.Teams.Select(Effort));
        return header;
    }

    /// <summary>One row per initiative, cells typed: strings, ints, decimals or null.</summary>
    public static IEnumerable<object?[]> InitiativeRows(RoadmapExchange roadmap)
    {
        ArgumentNullException.ThrowIfNull(roadmap);
        foreach (var i in roadmap.Initiatives)
        {
            var row = new List<object?> { i.Code };
            row.AddRange(roadmap.ContentLanguages.Select(l => (object?)i.Title.GetValueOrDefault(l)));
            row.AddRange(roadmap.ContentLanguages.Select(l => (object?)i.Description.GetValueOrDefault(l)));
            row.AddRange([i.Workstream, i.DepartmentCode, i.Department, i.Lead, i.DurationMonths, i.EarliestStart, i.Deadline, i.LockedStart,
                i.PlannedStart, i.PlannedEnd, i.Budget, i.Priority, i.Status, i.Rag, i.PercentComplete, i.Dependencies,
                string.Join(ListSeparator, i.Objectives), string.Join(ListSeparator, i.Themes)]);
            var effort = i.Effort.GroupBy(e => e.Team, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(e => e.Fte), StringComparer.Ordinal);
            row.AddRange(roadmap.Teams.Select(t => effort.TryGetValue(t, out var fte) ? (object?)fte : null));
            yield return [.. row];
        }
    }

    private static string[] MilestoneHeader(RoadmapExchange roadmap) => ["id", "initiative", .. roadmap.ContentLanguages.Select(Title), "due_on", "achieved_on"];

    private static string[] KpiHeader(RoadmapExchange roadmap) => ["id", .. roadmap.ContentLanguages.Select(l => "name_" + l), .. roadmap.ContentLanguages.Select(Unit), "baseline", "baseline_on", "target", "target_on", "latest", "latest_on", Objectives, "initiatives"];

    private static readonly string[] MeasurementHeader = ["kpi_id", "kpi", "measured_on", "value", "note", "note_language"];

    private static IEnumerable<object?[]> MilestoneRows(RoadmapExchange roadmap) => roadmap.Milestones.Select(m =>
        (object?[])[m.Id, m.InitiativeCode, .. roadmap.ContentLanguages.Select(l => (object?)m.Title.GetValueOrDefault(l)), m.DueOn, m.AchievedOn]);

    private static IEnumerable<object?[]> KpiRows(RoadmapExchange roadmap) => roadmap.Kpis.Select(k =>
        (object?[])[k.Id, .. roadmap.ContentLanguages.Select(l => (object?)k.Name.GetValueOrDefault(l)), .. roadmap.ContentLanguages.Select(l => (object?)k.Units.GetValueOrDefault(l)), k.Baseline, k.BaselineOn, k.Target, k.TargetOn,
            k.Latest, k.LatestOn, string.Join(ListSeparator, k.Objectives), string.Join(ListSeparator, k.Initiatives)]);

    private static IEnumerable<object?[]> MeasurementRows(RoadmapExchange roadmap) => roadmap.Kpis.SelectMany(k => k.Measurements.Select(m =>
        (object?[])[k.Id, k.Name.GetValueOrDefault(roadmap.Language) ?? k.Name.Values.FirstOrDefault(), m.MeasuredOn, m.Value, m.Note, m.NoteLanguage]));

    /// <summary>The workbook: Initiatives, Milestones, KPIs, Measurements; header rows frozen.</summary>
    public static byte[] Xlsx(RoadmapExchange roadmap)
    {
        ArgumentNullException.ThrowIfNull(roadmap);
        var sheets = new Dictionary<string, object>
        {
            [InitiativesSheet] = Sheet(InitiativeHeader(roadmap), InitiativeRows(roadmap)),
            [MilestonesSheet] = Sheet(MilestoneHeader(roadmap), MilestoneRows(roadmap)),
            [KpisSheet] = Sheet(KpiHeader(roadmap), KpiRows(roadmap)),
            [MeasurementsSheet] = Sheet(MeasurementHeader, MeasurementRows(roadmap)),
        };
        var configuration = new OpenXmlConfiguration { FreezeRowCount = 1, FreezeColumnCount = 0, AutoFilter = true, EnableWriteNullValueCell = false };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets, configuration: configuration);
        BoldHeaders(stream);
        return stream.ToArray();
    }

    /// <summary>MiniExcel shades the header row but does not embolden it: give the header cells a bold copy of their style.</summary>
    private static void BoldHeaders(MemoryStream stream)
    {
        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, isEditable: true);
        var workbook = document.WorkbookPart!;
        var styles = workbook.WorkbookStylesPart?.Stylesheet;
        if (styles?.Fonts is null || styles.CellFormats is null)
        {
            return;
        }

        var boldStyles = new Dictionary<uint, uint>();
        foreach (var sheet in workbook.WorksheetParts)
        {
            var header = sheet.Worksheet.Descendants<Row>().FirstOrDefault();
            foreach (var cell in header?.Elements<Cell>() ?? [])
            {
                var style = cell.StyleIndex?.Value ?? 0;
                if (!boldStyles.TryGetValue(style, out var bold))
                {
                    var format = (CellFormat)styles.CellFormats.Elements<CellFormat>().ElementAt((int)style).CloneNode(true);
                    var font = (Font)styles.Fonts.Elements<Font>().ElementAt((int)(format.FontId?.Value ?? 0)).CloneNode(true);
                    font.Bold ??= new Bold();
                    // The schema orders a font's children: b comes first.
                    font.RemoveChild(font.Bold);
                    font.PrependChild(new Bold());
                    styles.Fonts.Append(font);
                    styles.Fonts.Count = (uint)styles.Fonts.ChildElements.Count;
                    format.FontId = styles.Fonts.Count - 1;
                    format.ApplyFont = true;
                    styles.CellFormats.Append(format);
                    styles.CellFormats.Count = (uint)styles.CellFormats.ChildElements.Count;
                    bold = boldStyles[style] = styles.CellFormats.Count - 1;
                }

                cell.StyleIndex = bold;
            }
        }

        styles.Save();
    }

    /// <summary>
    /// The initiatives as CSV (UTF-8 with BOM), formula-injection safe. With ";" between cells (French and Dutch
    /// spreadsheets) amounts have a decimal comma ("0,5"), otherwise a point, so the spreadsheet reads them as
    /// numbers; never a thousands separator, and the import reads both (<see cref="DataStrategy.Core.Text.DecimalText"/>).
    /// </summary>
    public static byte[] InitiativesCsv(RoadmapExchange roadmap, string delimiter = ",")
    {
        ArgumentNullException.ThrowIfNull(roadmap);
        var numbers = delimiter == ";" ? CsvSafe.NumberFormatFor(Languages.French) : NumberFormatInfo.InvariantInfo;
        var rows = InitiativeRows(roadmap).Select(r => (IReadOnlyList<string?>)r.Select(v => CsvCell(v, numbers)).ToList());
        return CsvSafe.ToBytes(InitiativeHeader(roadmap), rows, delimiter);
    }

    private static string? CsvCell(object? value, NumberFormatInfo numbers) => value switch
    {
        null => null,
        decimal d => d.ToString("0.##########", numbers),
        double d => d.ToString("0.##########", numbers),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>Rows as dictionaries keyed by header (what MiniExcel writes); an empty sheet keeps its header row.</summary>
    private static List<Dictionary<string, object?>> Sheet(IReadOnlyList<string> header, IEnumerable<object?[]> rows)
    {
        var result = rows.Select(r =>
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var c = 0; c < header.Count; c++)
            {
                row[header[c]] = r[c];
            }

            return row;
        }).ToList();
        if (result.Count == 0)
        {
            result.Add(header.ToDictionary(h => h, _ => (object?)null, StringComparer.Ordinal));
        }

        return result;
    }
}
