using System.Collections.Concurrent;
using DataStrategy.Data;
using DataStrategy.Data.Demo;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace DataStrategy.Web.Tests.Infrastructure;

/// <summary>What a test's database starts with.</summary>
public enum TestData
{
    /// <summary>Migrated, no organisation.</summary>
    Empty,

    /// <summary>The whole demo organisation (assessment, strategy, roadmap, case studies).</summary>
    Demo,
}

/// <summary>
/// Which database the HTTP tier runs against: DSS_TEST_PROVIDER=Sqlite (default) or Postgres,
/// with DSS_TEST_POSTGRES giving the server (e.g. "Host=127.0.0.1;Port=55432;Username=postgres").
/// Every test gets a database of its own, copied from a template that is migrated and seeded once per
/// test process (SQLite: a file copy; PostgreSQL: CREATE DATABASE … TEMPLATE).
/// </summary>
public static class TestDatabase
{
    private static readonly ConcurrentDictionary<TestData, Lazy<Task<string>>> Templates = new();

    /// <summary>Copies of the templates being made ahead of the tests that will want them (PostgreSQL).</summary>
    private static readonly ConcurrentDictionary<TestData, ConcurrentQueue<Task<string>>> Spares = new();

    /// <summary>PostgreSQL refuses to copy a template while another copy of it is being made.</summary>
    private static readonly SemaphoreSlim PostgresCopies = new(1, 1);

    public static bool IsPostgres =>
        string.Equals(Environment.GetEnvironmentVariable("DSS_TEST_PROVIDER"), "Postgres", StringComparison.OrdinalIgnoreCase);

    public static string ProviderName => IsPostgres ? "Postgres" : "Sqlite";

    private static string PostgresServer => Environment.GetEnvironmentVariable("DSS_TEST_POSTGRES")
        ?? throw new InvalidOperationException("DSS_TEST_PROVIDER=Postgres needs DSS_TEST_POSTGRES (a connection string to a running server).");

    /// <summary>Settings for a database of the test's own holding <paramref name="data"/>, already migrated.</summary>
    public static Dictionary<string, string?> CreateSettings(string dataFolder, TestData data)
    {
        // Template creation runs off xunit's synchronisation context, so blocking on it here cannot deadlock.
        var template = Templates.GetOrAdd(data, d => new Lazy<Task<string>>(() => Task.Run(() => CreateTemplateAsync(d)))).Value.GetAwaiter().GetResult();
        var settings = new Dictionary<string, string?>
        {
            ["DataFolder"] = dataFolder,
            ["Database:Provider"] = ProviderName,
        };
        if (IsPostgres)
        {
            var name = Task.Run(() => TakeCopyAsync(data, template)).GetAwaiter().GetResult();
            settings["ConnectionStrings:Default"] = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name }.ConnectionString;
        }
        else
        {
            File.Copy(template, Path.Combine(dataFolder, "datastrategy.db"));
        }

        return settings;
    }

    /// <summary>
    /// Puts the template's copy back in place of a host's database, for the next test on the same host: the app's
    /// pooled connections are closed first (SQLite: the file and its write-ahead log are replaced; PostgreSQL: the
    /// database is dropped and created again from the template under the same name).
    /// </summary>
    public static async Task RestoreAsync(IReadOnlyDictionary<string, string?> settings, TestData data)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var template = await Templates[data].Value;
        var database = DatabaseSettings.From(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        if (IsPostgres)
        {
            using (var connection = new NpgsqlConnection(database.ConnectionString))
            {
                NpgsqlConnection.ClearPool(connection);
            }

            // A copy made in the background while the test ran takes the host's database's name.
            var name = new NpgsqlConnectionStringBuilder(database.ConnectionString).Database;
            var copy = await TakeCopyAsync(data, template);
            ExecuteOnServer($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
            ExecuteOnServer($"ALTER DATABASE \"{copy}\" RENAME TO \"{name}\"");
        }
        else
        {
            using (var connection = new SqliteConnection(database.ConnectionString))
            {
                SqliteConnection.ClearPool(connection);
            }

            var file = new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
            File.Delete(file + "-wal");
            File.Delete(file + "-shm");
            File.Copy(template, file, overwrite: true);
        }
    }

    /// <summary>
    /// A fresh PostgreSQL copy of the template, and the next one started in the background so that the test after this
    /// one does not wait for it. FILE_COPY copies the template's files, twice as fast here as the default WAL_LOG.
    /// </summary>
    private static async Task<string> TakeCopyAsync(TestData data, string template)
    {
        var queue = Spares.GetOrAdd(data, _ => new ConcurrentQueue<Task<string>>());
        if (!queue.TryDequeue(out var next))
        {
            next = CopyAsync(template);
        }

        queue.Enqueue(CopyAsync(template));
        return await next;
    }

    private static Task<string> CopyAsync(string template) => Task.Run(async () =>
    {
        var name = "dss_test_" + Guid.NewGuid().ToString("N");
        await PostgresCopies.WaitAsync();
        try
        {
            ExecuteOnServer($"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\" STRATEGY FILE_COPY");
        }
        finally
        {
            PostgresCopies.Release();
        }

        return name;
    });

    /// <summary>
    /// Removes a test's PostgreSQL database (a SQLite one goes with the test's folder). The drop runs in the background:
    /// the test does not wait for it, and the server is thrown away after the run anyway.
    /// </summary>
    public static void Drop(IReadOnlyDictionary<string, string?> settings)
    {
        if (!IsPostgres || settings.GetValueOrDefault("ConnectionStrings:Default") is not { } connectionString)
        {
            return;
        }

        using (var connection = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        _ = Task.Run(() =>
        {
            try
            {
                ExecuteOnServer($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
            }
            catch (NpgsqlException)
            {
                // Best effort: a database left behind is removed with the throwaway server.
            }
        });
    }

    /// <summary>Settings naming a database that does not exist yet (PostgreSQL: a new name; SQLite: a file in <paramref name="folder"/>).</summary>
    public static DatabaseSettings Unmade(string folder)
    {
        var configuration = new Dictionary<string, string?> { ["DataFolder"] = folder, ["Database:Provider"] = ProviderName };
        if (IsPostgres)
        {
            configuration["ConnectionStrings:Default"] = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = "dss_test_" + Guid.NewGuid().ToString("N") }.ConnectionString;
        }

        return DatabaseSettings.From(new ConfigurationBuilder().AddInMemoryCollection(configuration).Build());
    }

    /// <summary>Drops a database made by a test from <see cref="Unmade"/> (PostgreSQL; a SQLite file goes with its folder).</summary>
    public static void Drop(DatabaseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (IsPostgres)
        {
            NpgsqlConnection.ClearAllPools();
            ExecuteOnServer($"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(settings.ConnectionString).Database}\" WITH (FORCE)");
        }
        else
        {
            SqliteConnection.ClearAllPools();
        }
    }

    private static async Task<string> CreateTemplateAsync(TestData data)
    {
        var folder = Path.Combine(Path.GetTempPath(), "dss-tests", "templates", $"{Environment.ProcessId}-{data}");
        Directory.CreateDirectory(folder);
        var configuration = new Dictionary<string, string?>
        {
            ["DataFolder"] = folder,
            ["Database:Provider"] = ProviderName,
        };
        string template;
        if (IsPostgres)
        {
            template = $"dss_template_{Environment.ProcessId}_{data}".ToLowerInvariant();
            ExecuteOnServer($"DROP DATABASE IF EXISTS \"{template}\" WITH (FORCE)");
            ExecuteOnServer($"CREATE DATABASE \"{template}\"");
            configuration["ConnectionStrings:Default"] = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = template }.ConnectionString;
        }
        else
        {
            template = Path.Combine(folder, "datastrategy.db");
            File.Delete(template);
        }

        var settings = DatabaseSettings.From(new ConfigurationBuilder().AddInMemoryCollection(configuration).Build());
        var options = new DbContextOptionsBuilder<AppDbContext>();
        settings.Configure(options);
        var tenant = new TenantContext();
        await using (var db = new AppDbContext(options.Options).Lease(tenant, new SystemActor("test")))
        {
            await db.MigrateAppDatabaseAsync();
            if (data != TestData.Empty)
            {
                await DemoSeeder.SeedAsync(db, tenant);
            }

            if (db.Database.IsSqlite())
            {
                // Fold the write-ahead log into the file so that a plain copy of the file is the whole database.
                await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
            }
        }

        if (IsPostgres)
        {
            using var connection = new NpgsqlConnection(settings.ConnectionString);
            NpgsqlConnection.ClearPool(connection);
        }
        else
        {
            using var connection = new SqliteConnection(settings.ConnectionString);
            SqliteConnection.ClearPool(connection);
        }

        return template;
    }

    private static void ExecuteOnServer(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresServer) { Database = "postgres", Pooling = false }.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
