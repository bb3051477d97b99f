using System.Diagnostics.CodeAnalysis;
using DataStrategy.Data.Entities;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DataStrategy.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>The configuration names shared by the web app and the CLI.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, string DataFolder)
{
    public const string SqliteMigrationsAssembly = "DataStrategy.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "DataStrategy.Migrations.Postgres";

    public static DatabaseSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var dataFolder = Path.GetFullPath(configuration["DataFolder"] is { Length: > 0 } f ? f : Path.Combine(Directory.GetCurrentDirectory(), "data"));
        var providerName = configuration["Database:Provider"];
        var provider = string.IsNullOrWhiteSpace(providerName) || providerName.Equals("Sqlite", StringComparison.OrdinalIgnoreCase)
            ? DatabaseProvider.Sqlite
            : providerName.Equals("Postgres", StringComparison.OrdinalIgnoreCase) || providerName.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase)
                ? DatabaseProvider.Postgres
                : throw new InvalidOperationException($"Database:Provider must be 'Sqlite' or 'Postgres', not '{providerName}'.");
        var connectionString = configuration.GetConnectionString("Default");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider == DatabaseProvider.Postgres)
            {
                throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Default is not set.");
            }

            connectionString = new SqliteConnectionStringBuilder
            {
                DataSource = Path.Combine(dataFolder, "datastrategy.db"),
                Cache = SqliteCacheMode.Default,
                Pooling = true,
            }.ToString();
        }

        return new DatabaseSettings(provider, connectionString, dataFolder);
    }

    public void Configure(DbContextOptionsBuilder options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (Provider == DatabaseProvider.Postgres)
        {
            options.UseNpgsql(ConnectionString, o => o.MigrationsAssembly(PostgresMigrationsAssembly));
        }
        else
        {
            options.UseSqlite(ConnectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly));
        }
    }
}

public static class DatabaseServiceCollectionExtensions
{
    public static DatabaseSettings AddAppDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = DatabaseSettings.From(configuration);
        Directory.CreateDirectory(settings.DataFolder);
        services.AddSingleton(settings);
        services.AddDbContext<AppDbContext>(settings.Configure);
        return settings;
    }

    /// <summary>Applies pending migrations; on SQLite also switches the file to WAL mode (persistent).</summary>
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

/// <summary>Used only by `dotnet ef` to build migrations; DSS_EF_PROVIDER picks the provider.</summary>
[SuppressMessage("Performance", "CA1812", Justification = "Instantiated by the EF tools.")]
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var provider = Environment.GetEnvironmentVariable("DSS_EF_PROVIDER") ?? "Sqlite";
        var settings = provider == "Postgres"
            ? new DatabaseSettings(DatabaseProvider.Postgres, "Host=localhost;Database=design", Path.GetTempPath())
            : new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=design.db", Path.GetTempPath());
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        settings.Configure(builder);
        return new AppDbContext(builder.Options, new TenantContext(), new SystemActor());
    }
}
