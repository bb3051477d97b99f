using DataStrategy.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DataStrategy.Migrations.Postgres.Migrations
{
    /// <summary>
    /// A trigram index (pg_trgm, GIN) on the datasets' folded search text, so that the register's search
    /// (<c>LIKE '%word%'</c>) reads the index, not every row (ADR 0043). Only an optimisation: where the server lacks the
    /// extension or the right to create it, the migration creates nothing and the search, the same query, scans as
    /// before.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261206134800_DatasetSearchTrigram")]
    public partial class DatasetSearchTrigram : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DO $$
                BEGIN
                    CREATE EXTENSION IF NOT EXISTS pg_trgm;
                    CREATE INDEX IF NOT EXISTS "IX_Datasets_SearchText_trgm" ON "Datasets" USING gin ("SearchText" gin_trgm_ops);
                EXCEPTION WHEN OTHERS THEN
                    RAISE NOTICE 'No trigram index on "Datasets"."SearchText" (%): the register search scans the rows.', SQLERRM;
                END
                $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Datasets_SearchText_trgm";""");
        }
    }
}
