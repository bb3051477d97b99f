using DataStrategy.Data;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DataStrategy.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ProgrammeTextsPerLanguage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The texts become JSON (in the organisation's default language) before agenda and notes are made required.
            migrationBuilder.ToLocalizedText("WorkingSessions", "Agenda");
            migrationBuilder.ToLocalizedText("WorkingSessions", "Notes");
            migrationBuilder.ToLocalizedText("SessionOutcomes", "Text");
            migrationBuilder.ToLocalizedText("Kpis", "Unit");
            migrationBuilder.ToLocalizedText("RoadmapBaselines", "Name");
            migrationBuilder.ToLocalizedText("ShowAndTellEvents", "Location");

            migrationBuilder.AlterColumn<string>(
                name: "Notes",
                table: "WorkingSessions",
                type: "TEXT",
                maxLength: 200000,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 40000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Agenda",
                table: "WorkingSessions",
                type: "TEXT",
                maxLength: 40000,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 8000,
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SummaryLanguage",
                table: "StrategyVersions",
                type: "TEXT",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "StrategyComments",
                type: "TEXT",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CommentLanguage",
                table: "StrategyApprovals",
                type: "TEXT",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NoteLanguage",
                table: "KpiMeasurements",
                type: "TEXT",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CommentLanguage",
                table: "EventFeedback",
                type: "TEXT",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NoteLanguage",
                table: "CheckIns",
                type: "TEXT",
                maxLength: 8,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Back to one text, in the organisation's default language, before the columns are narrowed.
            migrationBuilder.FromLocalizedText("WorkingSessions", "Agenda");
            migrationBuilder.FromLocalizedText("WorkingSessions", "Notes");
            migrationBuilder.FromLocalizedText("SessionOutcomes", "Text");
            migrationBuilder.FromLocalizedText("Kpis", "Unit");
            migrationBuilder.FromLocalizedText("RoadmapBaselines", "Name");
            migrationBuilder.FromLocalizedText("ShowAndTellEvents", "Location");

            migrationBuilder.DropColumn(
                name: "SummaryLanguage",
                table: "StrategyVersions");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "StrategyComments");

            migrationBuilder.DropColumn(
                name: "CommentLanguage",
                table: "StrategyApprovals");

            migrationBuilder.DropColumn(
                name: "NoteLanguage",
                table: "KpiMeasurements");

            migrationBuilder.DropColumn(
                name: "CommentLanguage",
                table: "EventFeedback");

            migrationBuilder.DropColumn(
                name: "NoteLanguage",
                table: "CheckIns");

            migrationBuilder.AlterColumn<string>(
                name: "Notes",
                table: "WorkingSessions",
                type: "TEXT",
                maxLength: 40000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 200000);

            migrationBuilder.AlterColumn<string>(
                name: "Agenda",
                table: "WorkingSessions",
                type: "TEXT",
                maxLength: 8000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 40000);
        }
    }
}
