using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DataStrategy.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AnswerCoveringIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Answers_OrganisationId_CampaignId_QuestionId",
                table: "Answers");

            migrationBuilder.CreateIndex(
                name: "IX_Answers_OrganisationId_CampaignId_ResponseId_QuestionId_State_Level",
                table: "Answers",
                columns: new[] { "OrganisationId", "CampaignId", "ResponseId", "QuestionId", "State", "Level" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Answers_OrganisationId_CampaignId_ResponseId_QuestionId_State_Level",
                table: "Answers");

            migrationBuilder.CreateIndex(
                name: "IX_Answers_OrganisationId_CampaignId_QuestionId",
                table: "Answers",
                columns: new[] { "OrganisationId", "CampaignId", "QuestionId" });
        }
    }
}
