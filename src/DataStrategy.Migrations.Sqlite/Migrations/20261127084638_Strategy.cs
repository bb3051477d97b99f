using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DataStrategy.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Strategy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AccentColour",
                table: "Organisations",
                type: "TEXT",
                maxLength: 6,
                nullable: false,
                defaultValue: "1F4E79");

            migrationBuilder.CreateTable(
                name: "CityPriorities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CityPriorities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CityPriorities_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OrganisationLogos",
                columns: table => new
                {
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Data = table.Column<byte[]>(type: "BLOB", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganisationLogos", x => x.OrganisationId);
                    table.ForeignKey(
                        name: "FK_OrganisationLogos_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Strategies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Strategies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Strategies_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StrategyItemRevisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Data = table.Column<string>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StrategyItemRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StrategyItemRevisions_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WorkingSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Template = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Agenda = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 40000, nullable: true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkingSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkingSessions_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StrategyItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StrategyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Texts = table.Column<string>(type: "TEXT", maxLength: 200000, nullable: false),
                    Links = table.Column<string>(type: "TEXT", maxLength: 40000, nullable: false),
                    DepartmentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StrategyItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StrategyItems_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_StrategyItems_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StrategyItems_Strategies_StrategyId",
                        column: x => x.StrategyId,
                        principalTable: "Strategies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StrategyVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StrategyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Snapshot = table.Column<string>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SubmittedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    SubmittedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PublishedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StrategyVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StrategyVersions_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StrategyVersions_Strategies_StrategyId",
                        column: x => x.StrategyId,
                        principalTable: "Strategies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SessionOutcomes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    OwnerStakeholderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionOutcomes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SessionOutcomes_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SessionOutcomes_Stakeholders_OwnerStakeholderId",
                        column: x => x.OwnerStakeholderId,
                        principalTable: "Stakeholders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_SessionOutcomes_WorkingSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "WorkingSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WorkingSessionParticipants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StakeholderId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkingSessionParticipants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkingSessionParticipants_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_WorkingSessionParticipants_Stakeholders_StakeholderId",
                        column: x => x.StakeholderId,
                        principalTable: "Stakeholders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_WorkingSessionParticipants_WorkingSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "WorkingSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RaciAssignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActivityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Letter = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RaciAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RaciAssignments_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RaciAssignments_StrategyItems_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "StrategyItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RaciAssignments_StrategyItems_RoleId",
                        column: x => x.RoleId,
                        principalTable: "StrategyItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StrategyComments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AuthorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Mentions = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ResolvedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ResolvedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StrategyComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StrategyComments_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StrategyComments_StrategyComments_ParentId",
                        column: x => x.ParentId,
                        principalTable: "StrategyComments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StrategyComments_StrategyItems_ItemId",
                        column: x => x.ItemId,
                        principalTable: "StrategyItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StrategyItemSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StrategyItemSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StrategyItemSessions_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StrategyItemSessions_StrategyItems_ItemId",
                        column: x => x.ItemId,
                        principalTable: "StrategyItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StrategyItemSessions_WorkingSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "WorkingSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StrategyApprovals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StrategyApprovals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StrategyApprovals_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StrategyApprovals_StrategyVersions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "StrategyVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CityPriorities_OrganisationId_Position",
                table: "CityPriorities",
                columns: new[] { "OrganisationId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_RaciAssignments_ActivityId_RoleId",
                table: "RaciAssignments",
                columns: new[] { "ActivityId", "RoleId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RaciAssignments_OrganisationId",
                table: "RaciAssignments",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_RaciAssignments_RoleId",
                table: "RaciAssignments",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionOutcomes_OrganisationId",
                table: "SessionOutcomes",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionOutcomes_OwnerStakeholderId",
                table: "SessionOutcomes",
                column: "OwnerStakeholderId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionOutcomes_SessionId_Kind",
                table: "SessionOutcomes",
                columns: new[] { "SessionId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_Strategies_OrganisationId",
                table: "Strategies",
                column: "OrganisationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StrategyApprovals_OrganisationId",
                table: "StrategyApprovals",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_StrategyApprovals_VersionId",
                table: "StrategyApprovals",
                column: "VersionId");

            migrationBuilder.CreateIndex(
                name: "IX_StrategyComments_ItemId_CreatedAt",
                table: "StrategyComments",
                columns: new[] { "ItemId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_StrategyComments_OrganisationId",
                table: "StrategyComments",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_StrategyComments_ParentId",
                table: "StrategyComments",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_StrategyItemRevisions_ItemId_At",
                table: "StrategyItemRevisions",
                columns: new[] { "ItemId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_StrategyItemRevisions_OrganisationId",
                table: "StrategyItemRevisions",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_StrategyItems_DepartmentId",
                table: "StrategyItems",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_StrategyItems_OrganisationId",
                table: "StrategyItems",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_StrategyItems_StrategyId_Kind_Position",
                table: "StrategyItems",
                columns: new[] { "StrategyId", "Kind", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_StrategyItemSessions_ItemId_SessionId",
                table: "StrategyItemSessions",
                columns: new[] { "ItemId", "SessionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StrategyItemSessions_OrganisationId",
                table: "StrategyItemSessions",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_StrategyItemSessions_SessionId",
                table: "StrategyItemSessions",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_StrategyVersions_OrganisationId_Status",
                table: "StrategyVersions",
                columns: new[] { "OrganisationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_StrategyVersions_StrategyId_Number",
                table: "StrategyVersions",
                columns: new[] { "StrategyId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorkingSessionParticipants_OrganisationId",
                table: "WorkingSessionParticipants",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkingSessionParticipants_SessionId_StakeholderId",
                table: "WorkingSessionParticipants",
                columns: new[] { "SessionId", "StakeholderId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorkingSessionParticipants_StakeholderId",
                table: "WorkingSessionParticipants",
                column: "StakeholderId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkingSessions_OrganisationId_Position",
                table: "WorkingSessions",
                columns: new[] { "OrganisationId", "Position" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CityPriorities");

            migrationBuilder.DropTable(
                name: "OrganisationLogos");

            migrationBuilder.DropTable(
                name: "RaciAssignments");

            migrationBuilder.DropTable(
                name: "SessionOutcomes");

            migrationBuilder.DropTable(
                name: "StrategyApprovals");

            migrationBuilder.DropTable(
                name: "StrategyComments");

            migrationBuilder.DropTable(
                name: "StrategyItemRevisions");

            migrationBuilder.DropTable(
                name: "StrategyItemSessions");

            migrationBuilder.DropTable(
                name: "WorkingSessionParticipants");

            migrationBuilder.DropTable(
                name: "StrategyVersions");

            migrationBuilder.DropTable(
                name: "StrategyItems");

            migrationBuilder.DropTable(
                name: "WorkingSessions");

            migrationBuilder.DropTable(
                name: "Strategies");

            migrationBuilder.DropColumn(
                name: "AccentColour",
                table: "Organisations");
        }
    }
}
