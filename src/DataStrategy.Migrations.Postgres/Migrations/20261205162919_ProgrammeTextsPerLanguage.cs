using DataStrategy.Data;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DataStrategy.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ProgrammeTextsPerLanguage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Notes",
                table: "WorkingSessions",
                type: "character varying(200000)",
                maxLength: 200000,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(40000)",
                oldMaxLength: 40000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Agenda",
                table: "WorkingSessions",
                type: "character varying(40000)",
                maxLength: 40000,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(8000)",
                oldMaxLength: 8000,
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SummaryLanguage",
                table: "StrategyVersions",
                type: "character varying(8)",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "StrategyComments",
                type: "character varying(8)",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CommentLanguage",
                table: "StrategyApprovals",
                type: "character varying(8)",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Location",
                table: "ShowAndTellEvents",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<string>(
                name: "Text",
                table: "SessionOutcomes",
                type: "character varying(10000)",
                maxLength: 10000,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(2000)",
                oldMaxLength: 2000);

            migrationBuilder.AlterColumn<string>(
                name: "Name",
                table: "RoadmapBaselines",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<string>(
                name: "Unit",
                table: "Kpis",
                type: "character varying(400)",
                maxLength: 400,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40);

            migrationBuilder.AddColumn<string>(
                name: "NoteLanguage",
                table: "KpiMeasurements",
                type: "character varying(8)",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CommentLanguage",
                table: "EventFeedback",
                type: "character varying(8)",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NoteLanguage",
                table: "CheckIns",
                type: "character varying(8)",
                maxLength: 8,
                nullable: true);

            // After the columns are widened (and NULL agendas and notes made empty): the texts become JSON in the default language.
            migrationBuilder.ToLocalizedText("WorkingSessions", "Agenda");
            migrationBuilder.ToLocalizedText("WorkingSessions", "Notes");
            migrationBuilder.ToLocalizedText("SessionOutcomes", "Text");
            migrationBuilder.ToLocalizedText("Kpis", "Unit");
            migrationBuilder.ToLocalizedText("RoadmapBaselines", "Name");
            migrationBuilder.ToLocalizedText("ShowAndTellEvents", "Location");
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
                type: "character varying(40000)",
                maxLength: 40000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(200000)",
                oldMaxLength: 200000);

            migrationBuilder.AlterColumn<string>(
                name: "Agenda",
                table: "WorkingSessions",
                type: "character varying(8000)",
                maxLength: 8000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(40000)",
                oldMaxLength: 40000);

            migrationBuilder.AlterColumn<string>(
                name: "Location",
                table: "ShowAndTellEvents",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(2000)",
                oldMaxLength: 2000);

            migrationBuilder.AlterColumn<string>(
                name: "Text",
                table: "SessionOutcomes",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(10000)",
                oldMaxLength: 10000);

            migrationBuilder.AlterColumn<string>(
                name: "Name",
                table: "RoadmapBaselines",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(2000)",
                oldMaxLength: 2000);

            migrationBuilder.AlterColumn<string>(
                name: "Unit",
                table: "Kpis",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(400)",
                oldMaxLength: 400);
        }
    }
}
