using DataStrategy.Data;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DataStrategy.Migrations.Sqlite.Migrations
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

            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "WorkshopComments",
                type: "TEXT",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "EvidenceNotes",
                type: "TEXT",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EvidenceLanguage",
                table: "Answers",
                type: "TEXT",
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

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_OrganisationId_Name",
                table: "Campaigns",
                columns: new[] { "OrganisationId", "Name" });
        }
    }
}
