using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DataStrategy.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DataInventory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "BelgianCatalogueProfile",
                table: "Organisations",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "DataProtectionOfficer",
                table: "Memberships",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "SourceDatasetId",
                table: "Kpis",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Datasets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 1280, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 32080, nullable: false),
                    Keywords = table.Column<string>(type: "TEXT", maxLength: 4080, nullable: false),
                    DepartmentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StewardId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SourceSystem = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Frequency = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Themes = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AccessRight = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Licence = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Spatial = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    TemporalStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TemporalEnd = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Distributions = table.Column<string>(type: "TEXT", maxLength: 149600, nullable: false),
                    QualityNotes = table.Column<string>(type: "TEXT", maxLength: 16080, nullable: false),
                    HighValue = table.Column<bool>(type: "INTEGER", nullable: false),
                    HighValueCategory = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    AuthenticSource = table.Column<bool>(type: "INTEGER", nullable: false),
                    DuplicatesId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PersonalData = table.Column<bool>(type: "INTEGER", nullable: false),
                    Published = table.Column<bool>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastUpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastReviewedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReviewMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    NextReviewOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StaleAfter = table.Column<long>(type: "INTEGER", nullable: true),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ReminderSentFor = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    InitiativeIds = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CaseStudyIds = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Datasets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Datasets_Datasets_DuplicatesId",
                        column: x => x.DuplicatesId,
                        principalTable: "Datasets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Datasets_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Datasets_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Datasets_Stakeholders_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "Stakeholders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Datasets_Stakeholders_StewardId",
                        column: x => x.StewardId,
                        principalTable: "Stakeholders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "ProcessingRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DatasetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Controller = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ProtectionOfficer = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Purposes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    LegalBases = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SpecialCategoryConditions = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DataSubjects = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    PersonalDataCategories = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Recipients = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    TransfersOutsideEu = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Retention = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    SecurityMeasures = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcessingRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProcessingRecords_Datasets_DatasetId",
                        column: x => x.DatasetId,
                        principalTable: "Datasets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProcessingRecords_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Kpis_SourceDatasetId",
                table: "Kpis",
                column: "SourceDatasetId");

            migrationBuilder.CreateIndex(
                name: "IX_Datasets_DepartmentId",
                table: "Datasets",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_Datasets_DuplicatesId",
                table: "Datasets",
                column: "DuplicatesId");

            migrationBuilder.CreateIndex(
                name: "IX_Datasets_OrganisationId_DepartmentId",
                table: "Datasets",
                columns: new[] { "OrganisationId", "DepartmentId" });

            migrationBuilder.CreateIndex(
                name: "IX_Datasets_OrganisationId_NextReviewOn",
                table: "Datasets",
                columns: new[] { "OrganisationId", "NextReviewOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Datasets_OrganisationId_Published",
                table: "Datasets",
                columns: new[] { "OrganisationId", "Published" });

            migrationBuilder.CreateIndex(
                name: "IX_Datasets_OrganisationId_Slug",
                table: "Datasets",
                columns: new[] { "OrganisationId", "Slug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Datasets_OrganisationId_StewardId",
                table: "Datasets",
                columns: new[] { "OrganisationId", "StewardId" });

            migrationBuilder.CreateIndex(
                name: "IX_Datasets_OwnerId",
                table: "Datasets",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_Datasets_StewardId",
                table: "Datasets",
                column: "StewardId");

            migrationBuilder.CreateIndex(
                name: "IX_ProcessingRecords_DatasetId",
                table: "ProcessingRecords",
                column: "DatasetId");

            migrationBuilder.CreateIndex(
                name: "IX_ProcessingRecords_OrganisationId_DatasetId",
                table: "ProcessingRecords",
                columns: new[] { "OrganisationId", "DatasetId" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Kpis_Datasets_SourceDatasetId",
                table: "Kpis",
                column: "SourceDatasetId",
                principalTable: "Datasets",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Kpis_Datasets_SourceDatasetId",
                table: "Kpis");

            migrationBuilder.DropTable(
                name: "ProcessingRecords");

            migrationBuilder.DropTable(
                name: "Datasets");

            migrationBuilder.DropIndex(
                name: "IX_Kpis_SourceDatasetId",
                table: "Kpis");

            migrationBuilder.DropColumn(
                name: "BelgianCatalogueProfile",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "DataProtectionOfficer",
                table: "Memberships");

            migrationBuilder.DropColumn(
                name: "SourceDatasetId",
                table: "Kpis");
        }
    }
}
