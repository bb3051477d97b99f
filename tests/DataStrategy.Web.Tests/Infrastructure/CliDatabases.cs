using DataStrategy.Cli;
using DataStrategy.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DataStrategy.Web.Tests.Infrastructure;

/// <summary>
/// The CLI's services on databases of one test's own (copied from the per-process templates), for tests of what the
/// CLI does without the web app: export, import, migrations. Disposing removes the databases.
/// </summary>
public sealed class CliDatabases : IDisposable
{
    private readonly List<string> _folders = [];
    private readonly List<Dictionary<string, string?>> _databases = [];

    /// <summary>Services on a new database, migrated and holding <paramref name="data"/>.</summary>
    public ServiceProvider Create(TestData data = TestData.Empty)
    {
        var folder = Path.Combine(Path.GetTempPath(), "dss-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        _folders.Add(folder);
        var settings = TestDatabase.CreateSettings(folder, data);
        _databases.Add(settings);
        return Commands.BuildServices(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
    }

    public static async Task<T> InScopeAsync<T>(IServiceProvider services, Func<IServiceProvider, AppDbContext, Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        await using var scope = services.CreateAsyncScope();
        return await action(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public void Dispose()
    {
        foreach (var settings in _databases)
        {
            TestDatabase.Drop(settings);
        }

        foreach (var folder in _folders)
        {
            try
            {
                Directory.Delete(folder, true);
            }
            catch (IOException)
            {
                // best effort: the temp folder is cleaned later
            }
        }
    }
}
