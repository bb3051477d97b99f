using DataStrategy.Core.Text;
using DataStrategy.Data.Entities;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Web.Tests.Infrastructure;

/// <summary>What the roadmap export and import tests share: an empty demo roadmap, a small one made in the database, hand-made workbooks.</summary>
public static class RoadmapExportHelpers
{
    public const string LeadName = "Sophie Lambert";
    public const decimal Budget = 987654m;

    /// <summary>Removes the demo's roadmap content, so tests do not depend on it (the demo has its own tests).</summary>
    public static Task RemoveDemoRoadmapAsync(this DssApp app) =>
        app.InDemoAsync(async db =>
        {
            await db.CheckIns.ExecuteDeleteAsync();
            await db.KpiMeasurements.ExecuteDeleteAsync();
            await db.Kpis.ExecuteDeleteAsync();
            await db.Milestones.ExecuteDeleteAsync();
            await db.InitiativeDependencies.ExecuteDeleteAsync();
            await db.InitiativeEfforts.ExecuteDeleteAsync();
            await db.Initiatives.ExecuteDeleteAsync();
            await db.TeamCapacities.ExecuteDeleteAsync();
            await db.DeliveryTeams.ExecuteDeleteAsync();
            await db.Workstreams.ExecuteDeleteAsync();
            await db.ScheduleProposals.ExecuteDeleteAsync();
            await db.RoadmapBaselines.ExecuteDeleteAsync();
            return await db.Roadmaps.ExecuteDeleteAsync();
        });

    /// <summary>A workstream "Plateforme de données", a team "Équipe data", I-01 (led by a demo stakeholder, with a budget,
    /// a milestone) and I-02 (depends on I-01), and a KPI with a measurement whose note is private.</summary>
    public static Task SeedDemoRoadmapAsync(this DssApp app) =>
        app.InDemoAsync(async db =>
        {
            var lead = await db.Stakeholders.FirstAsync(s => s.Name == LeadName);
            db.Roadmaps.Add(new Roadmap { StartMonth = new DateOnly(2027, 1, 1) });
            var workstream = new Workstream { Name = LocalizedText.Of("Plateforme de données", "Dataplatform", "Data platform"), Position = 1 };
            var team = new DeliveryTeam { Name = LocalizedText.Of("Équipe data", "Datateam", "Data team"), Position = 1 };
            var first = new Initiative
            {
                Code = "I-01",
                Title = LocalizedText.Of("Catalogue de données", "Datacatalogus", "Data catalogue"),
                WorkstreamId = workstream.Id,
                LeadStakeholderId = lead.Id,
                DurationMonths = 6,
                PlannedStart = new DateOnly(2027, 2, 1),
                Budget = Budget,
                Status = InitiativeStatus.InProgress,
                Rag = Rag.Amber,
                PercentComplete = 40,
                Position = 1,
            };
            var second = new Initiative { Code = "I-02", Title = LocalizedText.Of("Portail open data", "Opendataportaal", "Open data portal"), WorkstreamId = workstream.Id, DurationMonths = 3, PlannedStart = new DateOnly(2027, 8, 1), Position = 2 };
            db.Workstreams.Add(workstream);
            db.DeliveryTeams.Add(team);
            db.TeamCapacities.Add(new TeamCapacity { TeamId = team.Id, FromMonth = new DateOnly(2027, 1, 1), Fte = 2 });
            db.Initiatives.AddRange(first, second);
            db.InitiativeEfforts.Add(new InitiativeEffort { InitiativeId = first.Id, TeamId = team.Id, Fte = 0.5m });
            db.InitiativeDependencies.Add(new InitiativeDependency { PredecessorId = first.Id, SuccessorId = second.Id });
            db.Milestones.Add(new Milestone { InitiativeId = first.Id, Title = LocalizedText.Of("Catalogue en ligne", "Catalogus online", "Catalogue online"), DueOn = new DateOnly(2027, 4, 15) });
            var kpi = new DataStrategy.Data.Entities.Kpi { Name = LocalizedText.Of("Jeux de données ouverts", "Open datasets", "Open datasets"), Public = true, Unit = LocalizedText.Of("jeux", "datasets"), Baseline = 12, BaselineOn = new DateOnly(2026, 12, 1), Target = 80, TargetOn = new DateOnly(2028, 12, 1), InitiativeIds = [first.Id.ToString("D")] };
            db.Kpis.Add(kpi);
            db.KpiMeasurements.Add(new KpiMeasurement { KpiId = kpi.Id, MeasuredOn = new DateOnly(2027, 6, 1), Value = 31, Note = "Note interne confidentielle", RecordedBy = "Test" });
            return await db.SaveChangesAsync();
        });

    /// <summary>A workbook with one sheet "Initiatives"; a cell starting with "=" becomes a formula.</summary>
    public static byte[] Workbook(params string[][] rows)
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
                    var reference = DataStrategy.Core.Roadmap.Exchange.RoadmapImport.Letter(c) + (r + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    row.Append(text.StartsWith('=')
                        ? new Cell { CellReference = reference, CellFormula = new CellFormula(text[1..]), CellValue = new CellValue("0") }
                        : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) });
                }

                data.Append(row);
            }

            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Initiatives" }));
        }

        return stream.ToArray();
    }
}
