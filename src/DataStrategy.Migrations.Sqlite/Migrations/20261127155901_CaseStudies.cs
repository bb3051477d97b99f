using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DataStrategy.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CaseStudies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CaseStudies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Problem = table.Column<string>(type: "TEXT", maxLength: 40000, nullable: false),
                    DataUsed = table.Column<string>(type: "TEXT", maxLength: 40000, nullable: false),
                    Approach = table.Column<string>(type: "TEXT", maxLength: 40000, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40000, nullable: false),
                    Lessons = table.Column<string>(type: "TEXT", maxLength: 40000, nullable: false),
                    Contacts = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Figures = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DepartmentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ThemeIds = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    FindingIds = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ObjectiveIds = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    InitiativeIds = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseStudies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseStudies_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_CaseStudies_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseStudyImages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseStudyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    AltText = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Width = table.Column<int>(type: "INTEGER", nullable: false),
                    Height = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseStudyImages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseStudyImages_CaseStudies_CaseStudyId",
                        column: x => x.CaseStudyId,
                        principalTable: "CaseStudies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CaseStudyImages_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseStudyImageRenditions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ImageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Size = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Width = table.Column<int>(type: "INTEGER", nullable: false),
                    Height = table.Column<int>(type: "INTEGER", nullable: false),
                    Data = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseStudyImageRenditions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseStudyImageRenditions_CaseStudyImages_ImageId",
                        column: x => x.ImageId,
                        principalTable: "CaseStudyImages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CaseStudyImageRenditions_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseStudies_DepartmentId",
                table: "CaseStudies",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseStudies_OrganisationId_Slug",
                table: "CaseStudies",
                columns: new[] { "OrganisationId", "Slug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseStudies_OrganisationId_Status_PublishedAt",
                table: "CaseStudies",
                columns: new[] { "OrganisationId", "Status", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseStudyImageRenditions_ImageId_Size",
                table: "CaseStudyImageRenditions",
                columns: new[] { "ImageId", "Size" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseStudyImageRenditions_OrganisationId",
                table: "CaseStudyImageRenditions",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseStudyImages_CaseStudyId_Position",
                table: "CaseStudyImages",
                columns: new[] { "CaseStudyId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseStudyImages_OrganisationId",
                table: "CaseStudyImages",
                column: "OrganisationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseStudyImageRenditions");

            migrationBuilder.DropTable(
                name: "CaseStudyImages");

            migrationBuilder.DropTable(
                name: "CaseStudies");
        }
    }
}
