using System.Diagnostics.CodeAnalysis;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DataStrategy.Data;

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
        return new AppDbContext(builder.Options).Lease(new TenantContext(), new SystemActor());
    }
}
