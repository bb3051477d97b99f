using DataStrategy.Data.Demo;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace DataStrategy.Data;

/// <summary>
/// What an instance does to its database before it serves: create it if missing, apply migrations, seed the demo
/// organisation when asked. Several instances may start at the same moment on one database (a city's deployment
/// behind a load balancer): they take turns — PostgreSQL: a session advisory lock; SQLite: a lock file beside the
/// database — so exactly one migrates and seeds and the others find the work done.
/// </summary>
public static class DatabaseStartup
{
    /// <summary>The advisory lock's key: any constant of the application's own ("DSS start").</summary>
    private const long PostgresLockKey = 0x4453_5320_7374_6172;

    /// <param name="alsoAlone">More start-up work that must not run on two instances at once (the web app makes sure
    /// the shared data-protection key exists, so that two instances do not each make one the other cannot read).</param>
    /// <returns>True when the demo seeding added anything.</returns>
    public static async Task<bool> PrepareAsync(AppDbContext db, TenantContext tenant, bool demo, bool demoStrategy = true, Func<Task>? alsoAlone = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.IsNpgsql()
            ? await OnPostgresAsync(db, () => WorkAsync(db, tenant, demo, demoStrategy, alsoAlone, cancellationToken), cancellationToken)
            : await OnSqliteAsync(db, () => WorkAsync(db, tenant, demo, demoStrategy, alsoAlone, cancellationToken), cancellationToken);
    }

    private static async Task<bool> WorkAsync(AppDbContext db, TenantContext tenant, bool demo, bool demoStrategy, Func<Task>? alsoAlone, CancellationToken cancellationToken)
    {
        await db.MigrateAppDatabaseAsync(cancellationToken);
        var seeded = demo && await DemoSeeder.SeedAsync(db, tenant, demoStrategy, cancellationToken);
        if (alsoAlone is not null)
        {
            await alsoAlone();
        }

        return seeded;
    }

    private static async Task<bool> OnPostgresAsync(AppDbContext db, Func<Task<bool>> work, CancellationToken cancellationToken)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(cancellationToken))
        {
            try
            {
                await creator.CreateAsync(cancellationToken);
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
            {
                // Another instance created it a moment ago.
            }
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            // Polled rather than waited for: the first instance's migration and seeding may outlast a command timeout.
            while (!await db.Database.SqlQueryRaw<bool>($"SELECT pg_try_advisory_lock({PostgresLockKey}) AS \"Value\"").SingleAsync(cancellationToken))
            {
                await Task.Delay(250, cancellationToken);
            }

            try
            {
                return await work();
            }
            finally
            {
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({PostgresLockKey})", CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<bool> OnSqliteAsync(AppDbContext db, Func<Task<bool>> work, CancellationToken cancellationToken)
    {
        var file = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        if (string.IsNullOrEmpty(file) || file == ":memory:")
        {
            return await work();
        }

        var lockPath = Path.GetFullPath(file) + ".start-lock";
        FileStream? held = null;
        while (held is null)
        {
            try
            {
                held = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException)
            {
                await Task.Delay(100, cancellationToken);
            }
        }

        await using (held)
        {
            return await work();
        }
    }
}
