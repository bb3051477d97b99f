using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace DataStrategy.Data;

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
