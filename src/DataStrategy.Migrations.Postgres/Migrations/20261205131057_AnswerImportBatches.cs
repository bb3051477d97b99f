using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DataStrategy.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AnswerImportBatches : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FileSha256",
                table: "AnswerImportBatches",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "Replaced",
                table: "AnswerImportBatches",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "RespondentKeys",
                table: "AnswerImportBatches",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "Skipped",
                table: "AnswerImportBatches",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "UndoneAt",
                table: "AnswerImportBatches",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UndoneByName",
                table: "AnswerImportBatches",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UserId",
                table: "AnswerImportBatches",
                type: "character varying(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Responses_CampaignId_ExternalKey",
                table: "Responses",
                columns: new[] { "CampaignId", "ExternalKey" },
                unique: true,
                filter: "\"ExternalKey\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Responses_ImportBatchId",
                table: "Responses",
                column: "ImportBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_AnswerImportBatches_CampaignId_FileSha256",
                table: "AnswerImportBatches",
                columns: new[] { "CampaignId", "FileSha256" });

            migrationBuilder.AddForeignKey(
                name: "FK_Responses_AnswerImportBatches_ImportBatchId",
                table: "Responses",
                column: "ImportBatchId",
                principalTable: "AnswerImportBatches",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Responses_AnswerImportBatches_ImportBatchId",
                table: "Responses");

            migrationBuilder.DropIndex(
                name: "IX_Responses_CampaignId_ExternalKey",
                table: "Responses");

            migrationBuilder.DropIndex(
                name: "IX_Responses_ImportBatchId",
                table: "Responses");

            migrationBuilder.DropIndex(
                name: "IX_AnswerImportBatches_CampaignId_FileSha256",
                table: "AnswerImportBatches");

            migrationBuilder.DropColumn(
                name: "FileSha256",
                table: "AnswerImportBatches");

            migrationBuilder.DropColumn(
                name: "Replaced",
                table: "AnswerImportBatches");

            migrationBuilder.DropColumn(
                name: "RespondentKeys",
                table: "AnswerImportBatches");

            migrationBuilder.DropColumn(
                name: "Skipped",
                table: "AnswerImportBatches");

            migrationBuilder.DropColumn(
                name: "UndoneAt",
                table: "AnswerImportBatches");

            migrationBuilder.DropColumn(
                name: "UndoneByName",
                table: "AnswerImportBatches");

            migrationBuilder.DropColumn(
                name: "UserId",
                table: "AnswerImportBatches");
        }
    }
}
