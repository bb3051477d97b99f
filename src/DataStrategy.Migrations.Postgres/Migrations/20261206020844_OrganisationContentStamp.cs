using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DataStrategy.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class OrganisationContentStamp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ContentStamp",
                table: "Organisations",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ContentStamp",
                table: "Organisations");
        }
    }
}
