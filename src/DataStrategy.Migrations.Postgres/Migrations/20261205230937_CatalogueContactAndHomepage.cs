using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DataStrategy.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CatalogueContactAndHomepage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CatalogueContactEmail",
                table: "Organisations",
                type: "character varying(254)",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Homepage",
                table: "Organisations",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CatalogueContactEmail",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "Homepage",
                table: "Organisations");
        }
    }
}
