using DataStrategy.Data;
using DataStrategy.Data.Entities;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DataStrategy.Cli;

/// <summary>One file per verb (Commands.&lt;Verb&gt;.cs); this part builds the shared services.</summary>
public static partial class Commands
{
    public static ServiceProvider BuildServices(IConfiguration? configuration = null)
    {
        configuration ??= new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddLogging(b => b.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning));
        services.AddAppDatabase(configuration);
        services.AddScoped<TenantContext>();
        services.AddScoped<ITenantContext>(sp => sp.GetRequiredService<TenantContext>());
        services.AddScoped<IActor>(_ => new SystemActor("dss"));
        services.AddIdentityCore<ApplicationUser>(IdentityDefaults.Apply)
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDssTokens();
        return services.BuildServiceProvider();
    }

    internal static async Task<T> WithDatabaseAsync<T>(Func<IServiceProvider, AppDbContext, Task<T>> action, bool migrate = true)
    {
        await using var services = BuildServices();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (migrate)
        {
            // Creates the database when missing, and takes turns with instances of the app starting at the same time.
            await DatabaseStartup.PrepareAsync(db, scope.ServiceProvider.GetRequiredService<TenantContext>(), demo: false);
        }

        return await action(scope.ServiceProvider, db);
    }
}
