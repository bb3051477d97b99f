using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DataStrategy.Data;

public static class DatabaseServiceCollectionExtensions
{
    public static DatabaseSettings AddAppDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = DatabaseSettings.From(configuration);
        Directory.CreateDirectory(settings.DataFolder);
        services.AddSingleton(settings);
        // Contexts come from a pool: the options, the context's services and its sets are made once, not on every
        // request (issue 21). Each scope leases one with its own tenant and actor (AppDbContext.Lease); disposing the
        // scope gives it back, cleared.
        services.AddPooledDbContextFactory<AppDbContext>(o =>
        {
            settings.Configure(o);
            o.AddInterceptors(AppDbContext.Interceptors);
        });
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext()
            .Lease(sp.GetRequiredService<ITenantContext>(), sp.GetRequiredService<IActor>()));
        return settings;
    }

    /// <summary>Applies pending migrations; on SQLite also switches the file to WAL mode (persistent) and refreshes the planner's statistics.</summary>
    /// <remarks>
    /// EF's MigrateAsync also compares the model with the last migration's snapshot even when nothing is pending, which
    /// costs more than the rest of a start; a test (MigrationTests) guards that comparison instead, so an up-to-date
    /// database is only asked which migrations it has.
    /// </remarks>
    public static async Task MigrateAppDatabaseAsync(this AppDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.IsSqlite())
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
                if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
                {
                    await db.Database.MigrateAsync(cancellationToken);
                }

                // Table statistics for the query planner where they are missing or out of date (a bounded ANALYZE), so
                // that a filtered register walks the most selective index (ADR 0043).
                await db.Database.ExecuteSqlRawAsync("PRAGMA optimize=0x10002;", cancellationToken);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
        else if (!await db.Database.CanConnectAsync(cancellationToken) || (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
    }
}
