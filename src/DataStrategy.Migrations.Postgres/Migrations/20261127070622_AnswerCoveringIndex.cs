using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DataStrategy.Migrations.Postgres.Migrations
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
                name: "IX_Answers_OrganisationId_CampaignId_ResponseId_QuestionId_Sta~",
                table: "Answers",
                columns: new[] { "OrganisationId", "CampaignId", "ResponseId", "QuestionId", "State", "Level" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Answers_OrganisationId_CampaignId_ResponseId_QuestionId_Sta~",
                table: "Answers");

            migrationBuilder.CreateIndex(
                name: "IX_Answers_OrganisationId_CampaignId_QuestionId",
                table: "Answers",
                columns: new[] { "OrganisationId", "CampaignId", "QuestionId" });
        }
    }
}
