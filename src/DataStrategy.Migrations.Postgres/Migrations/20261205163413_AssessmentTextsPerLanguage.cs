using DataStrategy.Data;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DataStrategy.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AssessmentTextsPerLanguage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Campaigns_OrganisationId_Name",
                table: "Campaigns");

            migrationBuilder.AlterColumn<string>(
                name: "Title",
                table: "Workshops",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200);

            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "WorkshopComments",
                type: "character varying(8)",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Label",
                table: "SurveyLinks",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200);

            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "EvidenceNotes",
                type: "character varying(8)",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Name",
                table: "Campaigns",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200);

            migrationBuilder.AddColumn<string>(
                name: "EvidenceLanguage",
                table: "Answers",
                type: "character varying(8)",
                maxLength: 8,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_OrganisationId",
                table: "Campaigns",
                column: "OrganisationId");

            // After the columns are widened: each existing text is taken as written in its organisation's default language.
            migrationBuilder.ToLocalizedText("Campaigns", "Name");
            migrationBuilder.ToLocalizedText("SurveyLinks", "Label");
            migrationBuilder.ToLocalizedText("Workshops", "Title");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Before the columns are narrowed: back to the text in the default language.
            migrationBuilder.FromLocalizedText("Campaigns", "Name");
            migrationBuilder.FromLocalizedText("SurveyLinks", "Label");
            migrationBuilder.FromLocalizedText("Workshops", "Title");

            migrationBuilder.DropIndex(
                name: "IX_Campaigns_OrganisationId",
                table: "Campaigns");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "WorkshopComments");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "EvidenceNotes");

            migrationBuilder.DropColumn(
                name: "EvidenceLanguage",
                table: "Answers");

            migrationBuilder.AlterColumn<string>(
                name: "Title",
                table: "Workshops",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(2000)",
                oldMaxLength: 2000);

            migrationBuilder.AlterColumn<string>(
                name: "Label",
                table: "SurveyLinks",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(2000)",
                oldMaxLength: 2000);

            migrationBuilder.AlterColumn<string>(
                name: "Name",
                table: "Campaigns",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(2000)",
                oldMaxLength: 2000);

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_OrganisationId_Name",
                table: "Campaigns",
                columns: new[] { "OrganisationId", "Name" });
        }
    }
}
