using System.Data.Common;
using System.Text.Encodings.Web;
using Microsoft.Data.Sqlite;
using Npgsql;

// The minimal page: one query of 20 rows from a 1,000-row table, written as an HTML table. No authentication, no
// framework beyond routing; ADO.NET with the provider's connection pool. Arguments:
//   --urls http://127.0.0.1:PORT  --provider sqlite|postgres  --connection "<connection string>"
// With sqlite and no --connection, a file minimal.db in the working folder (WAL, like the app's).
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var provider = builder.Configuration["provider"] ?? "sqlite";
var connection = builder.Configuration["connection"] ?? "Data Source=minimal.db;Pooling=true";
var app = builder.Build();

DbConnection Open()
{
    DbConnection c = provider == "postgres" ? new NpgsqlConnection(connection) : new SqliteConnection(connection);
    c.Open();
    return c;
}

using (var c = Open())
{
    Run(c, provider == "postgres" ? "DROP TABLE IF EXISTS minimal_items" : "PRAGMA journal_mode=WAL");
    Run(c, "DROP TABLE IF EXISTS minimal_items");
    Run(c, "CREATE TABLE minimal_items (id INTEGER PRIMARY KEY, name TEXT NOT NULL, department TEXT NOT NULL)");
    using var tx = c.BeginTransaction();
    for (var i = 1; i <= 1000; i++)
    {
        using var insert = c.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = $"INSERT INTO minimal_items (id, name, department) VALUES ({i}, 'Stakeholder {i} <é>', 'Department {i % 12}')";
        insert.ExecuteNonQuery();
    }

    tx.Commit();
}

app.MapGet("/", async context =>
{
    await using var c = Open();
    await using var command = c.CreateCommand();
    command.CommandText = "SELECT id, name, department FROM minimal_items ORDER BY name LIMIT 20";
    await using var reader = await command.ExecuteReaderAsync(context.RequestAborted);
    var html = new System.Text.StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><title>Minimal</title></head><body><table>");
    while (await reader.ReadAsync(context.RequestAborted))
    {
        html.Append("<tr><td>").Append(reader.GetInt64(0)).Append("</td><td>")
            .Append(HtmlEncoder.Default.Encode(reader.GetString(1))).Append("</td><td>")
            .Append(HtmlEncoder.Default.Encode(reader.GetString(2))).Append("</td></tr>");
    }

    html.Append("</table></body></html>");
    context.Response.ContentType = "text/html; charset=utf-8";
    await context.Response.WriteAsync(html.ToString(), context.RequestAborted);
});

app.Run();

static void Run(DbConnection c, string sql)
{
    using var command = c.CreateCommand();
    command.CommandText = sql;
    command.ExecuteNonQuery();
}
