using DataStrategy.Data;
using DataStrategy.Web.Infrastructure;
using DataStrategy.Web.Pages.Roadmap;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataStrategy.Web.Tests.Infrastructure;

/// <summary>One started application (TestServer) on a database and data folder of its own.</summary>
public sealed class DssHost : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly TimeProvider? _clock;

    /// <summary>
    /// Each app instance watches its configuration files; with inotify, 150 test apps exhaust the
    /// kernel's per-user limit (128). Polling watchers need no inotify instance.
    /// </summary>
    static DssHost() => Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");

    public DssHost(TestData data, IReadOnlyDictionary<string, string?> settings, TimeProvider? clock = null)
    {
        Data = data;
        _clock = clock;
        DataFolder = Path.Combine(Path.GetTempPath(), "dss-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataFolder);
        _settings = TestDatabase.CreateSettings(DataFolder, data);
        // The copied database already holds what the demo seeding at start would add (a test that wants the seeding at
        // start asks for an empty database with Demo:Enabled).
        _settings["Demo:Enabled"] = "false";
        // Pages make PDFs ahead in the background; only the tests of that ask for it (LibreOffice on 2 cores is slow).
        _settings["Documents:PrerenderPdf"] = "false";
        foreach (var (key, value) in settings)
        {
            _settings[key] = value;
        }
    }

    public TestData Data { get; }

    /// <summary>The settings naming this host's database, for a second instance on the same database.</summary>
    public IReadOnlyDictionary<string, string?> DatabaseSettings => _settings
        .Where(s => s.Key is "DataFolder" or "Database:Provider" or "ConnectionStrings:Default")
        .ToDictionary(s => s.Key, s => s.Value);

    public string DataFolder { get; }

    /// <summary>The host's settings (its database among them): a test runs the CLI on the same database with them.</summary>
    public IReadOnlyDictionary<string, string?> Settings => _settings;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, TestClientAddress>());
        if (_clock is { } clock)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    }

    /// <summary>
    /// Makes the host as a new one would be for the next test: background schedule searches stopped, the in-memory
    /// caches and the "setup done" answer forgotten, and the database copied again from its template.
    /// </summary>
    public async Task ResetAsync()
    {
        await Services.GetRequiredService<ScheduleImprover>().CancelAllAsync();
        Services.GetRequiredService<PublicCache>().Clear();
        Services.GetRequiredService<PageCache>().Clear();
        await Services.GetRequiredService<PdfRenderCache>().ResetAsync();
        Services.GetRequiredService<SetupState>().Done = false;

        // The host keeps its data-protection keys in memory and, like every instance, in its database: put them back.
        List<DataProtectionKey> keys;
        using (var scope = Services.CreateScope())
        {
            keys = await scope.ServiceProvider.GetRequiredService<AppDbContext>().DataProtectionKeys.AsNoTracking().ToListAsync();
        }

        await TestDatabase.RestoreAsync(_settings, Data);
        using (var scope = Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.DataProtectionKeys.AddRange(keys.Select(k => new DataProtectionKey { FriendlyName = k.FriendlyName, Xml = k.Xml }));
            await db.SaveChangesAsync();
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            TestDatabase.Drop(_settings);
            try
            {
                Directory.Delete(DataFolder, recursive: true);
            }
            catch (IOException)
            {
                // SQLite may still hold the file for a moment; the temp folder is cleaned later.
            }
        }
    }
}
