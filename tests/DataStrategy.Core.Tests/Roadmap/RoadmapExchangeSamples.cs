using System.IO.Compression;
using DataStrategy.Core.Roadmap.Exchange;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DataStrategy.Core.Tests.Roadmap;

/// <summary>A small roadmap in exchange form, the context that resolves its names, and hand-made workbooks.</summary>
public static class RoadmapExchangeSamples
{
    public static readonly Guid DataTeam = Guid.Parse("11111111-0000-0000-0000-000000000001");
    public static readonly Guid ItTeam = Guid.Parse("11111111-0000-0000-0000-000000000002");
    public static readonly Guid Platform = Guid.Parse("22222222-0000-0000-0000-000000000001");
    public static readonly Guid Urbanism = Guid.Parse("33333333-0000-0000-0000-000000000001");
    public const string OpenDataObjective = "44444444-0000-0000-0000-000000000001";

    public static RoadmapExchange Create() => new()
    {
        Organisation = "ville-de-demo",
        Language = "fr",
        ExportedAt = new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero),
        StartMonth = "2027-01",
        HorizonMonths = 24,
        Workstreams = ["Plateforme de données"],
        Teams = ["Équipe data", "IT"],
        Initiatives =
        [
            new ExchangeInitiative
            {
                Code = "I-01",
                Title = new Dictionary<string, string> { ["fr"] = "Catalogue de données", ["nl"] = "Datacatalogus", ["en"] = "Data catalogue" },
                Description = new Dictionary<string, string> { ["fr"] = "Publier, décrire; partager" },
                Workstream = "Plateforme de données",
                DepartmentCode = "URB",
                Department = "Urbanisme",
                DurationMonths = 6,
                Effort = [new ExchangeEffort("Équipe data", 0.5m), new ExchangeEffort("IT", 1.25m)],
                EarliestStart = "2027-01",
                Deadline = "2027-12",
                PlannedStart = "2027-02",
                PlannedEnd = "2027-07",
                Budget = 125000.5m,
                Priority = 4,
                Status = "InProgress",
                Rag = "Amber",
                PercentComplete = 40,
                Objectives = ["Ouvrir les données"],
                Themes = ["governance"],
            },
            new ExchangeInitiative
            {
                Code = "I-02",
                Title = new Dictionary<string, string> { ["fr"] = "Portail open data" },
                Workstream = "Plateforme de données",
                DurationMonths = 3,
                LockedStart = "2027-09",
                PlannedStart = "2027-09",
                PlannedEnd = "2027-11",
                Priority = 3,
                Status = "Planned",
                Rag = "None",
                Dependencies = "I-01 SS+1",
            },
        ],
        Milestones =
        [
            new ExchangeMilestone { Id = "5b0f3c1e-1111-4c1a-9a1e-000000000001", InitiativeCode = "I-01", Title = new Dictionary<string, string> { ["fr"] = "Catalogue v1, en ligne; enfin\\ouf" }, DueOn = "2027-03-15" },
        ],
        Kpis =
        [
            new ExchangeKpi
            {
                Id = "6c0f3c1e-1111-4c1a-9a1e-000000000001",
                Name = new Dictionary<string, string> { ["fr"] = "Jeux de données ouverts" },
                Unit = "jeux",
                Units = new Dictionary<string, string> { ["fr"] = "jeux", ["nl"] = "datasets" },
                Baseline = 12,
                BaselineOn = "2026-12-01",
                Target = 80,
                TargetOn = "2028-12-01",
                Latest = 30,
                LatestOn = "2027-06-01",
                Initiatives = ["I-01"],
                Measurements = [new ExchangeMeasurement { MeasuredOn = "2027-06-01", Value = 30, Note = "après le lancement", NoteLanguage = "fr" }],
            },
        ],
    };

    public static RoadmapImportContext Context(params string[] existingCodes) => new()
    {
        ExistingCodes = existingCodes.ToHashSet(StringComparer.OrdinalIgnoreCase),
        Teams = new Dictionary<string, Guid> { ["equipe data"] = DataTeam, ["data team"] = DataTeam, ["it"] = ItTeam },
        Workstreams = new Dictionary<string, Guid> { ["plateforme de donnees"] = Platform, ["dataplatform"] = Platform },
        Departments = new Dictionary<string, Guid> { ["urb"] = Urbanism, ["urbanisme"] = Urbanism },
        Objectives = new Dictionary<string, IReadOnlyList<string>> { ["ouvrir les donnees"] = [OpenDataObjective], ["open data"] = [OpenDataObjective] },
    };

    /// <summary>A workbook with one sheet; a cell text starting with "=" is written as a formula with that expression.</summary>
    public static byte[] Workbook(string sheetName, params string[][] rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < rows.Length; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    var text = rows[r][c];
                    var reference = RoadmapImport.Letter(c) + (r + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    var cell = text.StartsWith('=')
                        ? new Cell { CellReference = reference, CellFormula = new CellFormula(text[1..]), CellValue = new CellValue("0") }
                        : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text)) };
                    row.Append(cell);
                }

                data.Append(row);
            }

            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = sheetName }));
        }

        return stream.ToArray();
    }

    /// <summary>The Initiatives sheet with a header and rows, as a workbook.</summary>
    public static byte[] Initiatives(params string[][] rows) => Workbook(RoadmapSheets.InitiativesSheet, rows);

    public static readonly string[] Header = ["code", "title_fr", "workstream", "duration_months", "earliest_start", "dependencies"];

    /// <summary>A valid zip with a workbook entry and a highly compressible entry expanding past the reader's limit.</summary>
    public static byte[] ZipBomb()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var writer = new StreamWriter(zip.CreateEntry("xl/workbook.xml").Open()))
            {
                writer.Write("<workbook/>");
            }

            using var bomb = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 70; i++)
            {
                bomb.Write(zeros);
            }
        }

        return stream.ToArray();
    }
}
