using Npgsql;

namespace DataStrategy.Web.Tests.Infrastructure;

/// <summary>
/// Which database the HTTP tier runs against: DSS_TEST_PROVIDER=Sqlite (default) or Postgres,
/// with DSS_TEST_POSTGRES giving the server (e.g. "Host=127.0.0.1;Port=55432;Username=postgres").
/// Every test gets a database of its own.
/// </summary>
public static class TestDatabase
{
    public static bool IsPostgres =>
        string.Equals(Environment.GetEnvironmentVariable("DSS_TEST_PROVIDER"), "Postgres", StringComparison.OrdinalIgnoreCase);

    public static string ProviderName => IsPostgres ? "Postgres" : "Sqlite";

    /// <summary>Settings for a fresh, empty database; the app migrates it at start.</summary>
    public static Dictionary<string, string?> CreateSettings(string dataFolder)
    {
        var settings = new Dictionary<string, string?>
        {
            ["DataFolder"] = dataFolder,
            ["Database:Provider"] = ProviderName,
        };
        if (IsPostgres)
        {
            var server = Environment.GetEnvironmentVariable("DSS_TEST_POSTGRES")
                ?? throw new InvalidOperationException("DSS_TEST_PROVIDER=Postgres needs DSS_TEST_POSTGRES (a connection string to a running server).");
            var name = "dss_test_" + Guid.NewGuid().ToString("N");
            using (var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ConnectionString))
            {
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText = $"CREATE DATABASE \"{name}\"";
                command.ExecuteNonQuery();
            }

            settings["ConnectionStrings:Default"] = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        }

        return settings;
    }
}
