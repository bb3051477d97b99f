using Microsoft.EntityFrameworkCore.Migrations;

namespace DataStrategy.Data;

/// <summary>
/// Data steps for migrations that make a single-language text column multilingual (a <c>LocalizedText</c> JSON
/// object): each row's text is taken as written in its organisation's default language. Written once for both
/// providers so that a regenerated migration only needs the call.
/// </summary>
public static class LocalizedColumns
{
    /// <summary>"text" → {"fr": "text"}; NULL or blank → {}. Call before any AlterColumn that makes the column required.</summary>
    public static void ToLocalizedText(this MigrationBuilder migrationBuilder, string table, string column)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        var t = Quote(table);
        var c = Quote(column);
        migrationBuilder.Sql(IsPostgres(migrationBuilder)
            ? $$"""
               UPDATE {{t}} AS r SET {{c}} = CASE WHEN r.{{c}} IS NULL OR btrim(r.{{c}}) = '' THEN '{}'
                   ELSE json_build_object(COALESCE((SELECT o."DefaultLanguage" FROM "Organisations" o WHERE o."Id" = r."OrganisationId"), 'fr'), btrim(r.{{c}}))::text END;
               """
            : $$"""
               UPDATE {{t}} SET {{c}} = CASE WHEN {{c}} IS NULL OR trim({{c}}) = '' THEN '{}'
                   ELSE json_object(COALESCE((SELECT o."DefaultLanguage" FROM "Organisations" o WHERE o."Id" = {{t}}."OrganisationId"), 'fr'), trim({{c}})) END;
               """);
    }

    /// <summary>The way back: the text in the organisation's default language, else any.</summary>
    public static void FromLocalizedText(this MigrationBuilder migrationBuilder, string table, string column)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        var t = Quote(table);
        var c = Quote(column);
        migrationBuilder.Sql(IsPostgres(migrationBuilder)
            ? $$"""
               UPDATE {{t}} AS r SET {{c}} = COALESCE(r.{{c}}::json ->> (SELECT o."DefaultLanguage" FROM "Organisations" o WHERE o."Id" = r."OrganisationId"),
                   (SELECT value FROM json_each_text(r.{{c}}::json) LIMIT 1), '');
               """
            : $$"""
               UPDATE {{t}} SET {{c}} = COALESCE(json_extract({{c}}, '$.' || (SELECT o."DefaultLanguage" FROM "Organisations" o WHERE o."Id" = {{t}}."OrganisationId")),
                   (SELECT value FROM json_each({{c}}) LIMIT 1), '');
               """);
    }

    private static bool IsPostgres(MigrationBuilder migrationBuilder) =>
        migrationBuilder.ActiveProvider?.Contains("Npgsql", StringComparison.Ordinal) == true;

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
