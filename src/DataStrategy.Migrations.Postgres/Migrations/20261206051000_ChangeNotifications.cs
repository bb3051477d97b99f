using DataStrategy.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DataStrategy.Migrations.Postgres.Migrations
{
    /// <summary>
    /// PostgreSQL tells every listening instance when organisations or memberships change, whoever changed them (another
    /// instance, the CLI, psql): the instances forget what they remember of who belongs where (ADR 0039). One
    /// notification per statement, sent at commit; none on rollback.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261206051000_ChangeNotifications")]
    public partial class ChangeNotifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION dss_notify_access_changed() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_notify('dss_access_changed', TG_TABLE_NAME);
                    RETURN NULL;
                END
                $$;
                CREATE TRIGGER "Organisations_notify_access_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Organisations"
                    FOR EACH STATEMENT EXECUTE FUNCTION dss_notify_access_changed();
                CREATE TRIGGER "Memberships_notify_access_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Memberships"
                    FOR EACH STATEMENT EXECUTE FUNCTION dss_notify_access_changed();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS "Memberships_notify_access_changed" ON "Memberships";
                DROP TRIGGER IF EXISTS "Organisations_notify_access_changed" ON "Organisations";
                DROP FUNCTION IF EXISTS dss_notify_access_changed();
                """);
        }
    }
}
