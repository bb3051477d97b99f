using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DataStrategy.Migrations.Sqlite.Migrations
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
                type: "TEXT",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Homepage",
                table: "Organisations",
                type: "TEXT",
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
