using System.CommandLine;
using DataStrategy.Core;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DataStrategy.Cli;

/// <summary>One file per verb (Commands.&lt;Verb&gt;.cs); this part builds the command line and the shared services.</summary>
public static partial class Commands
{
    /// <summary>What dss says, in the language of <see cref="LanguageOption"/>.</summary>
    private static CliText L => CliText.Instance;

    /// <summary>
    /// <c>--language fr|nl|en</c> on every command: the language of what dss says (messages, summaries, errors);
    /// English by default. The report and roadmap commands' own <c>--language</c> (the document's) sets it too.
    /// </summary>
    public static Option<string> LanguageOption { get; } = NewLanguageOption();

    private static Option<string> NewLanguageOption()
    {
        var option = new Option<string>("--language") { Description = "The language of what dss says: fr, nl or en.", Recursive = true, DefaultValueFactory = _ => Languages.English };
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (!Languages.IsSupported(value))
            {
                result.AddError(CliText.Instance["Unknown language \"{0}\": use fr, nl or en.", value ?? ""]);
            }
        });
        return option;
    }

    /// <summary>Every command of dss.</summary>
    public static RootCommand Root()
    {
        var root = new RootCommand("dss — Data Strategy Studio command line. Reads the same configuration as the web app (appsettings.json in the working directory, environment variables such as DataFolder, Database__Provider, ConnectionStrings__Default).");
        root.Options.Add(LanguageOption);
        AddMigrate(root);
        AddSeedDemo(root);
        AddAdmin(root);
        AddExport(root);
        AddImport(root);
        AddFramework(root);
        AddCampaign(root);
        AddReport(root);
        AddRoadmap(root);
        AddToken(root);
        AddBench(root);
        return root;
    }

    /// <summary>Runs dss: what it says is in the language asked for, and so are the parser's own errors where it has them.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        var root = Root();
        CliText.Use(MessageLanguage(root.Parse(args)));
        // Parsed again in that language: the parser's messages (a missing option…) follow the culture.
        var parse = root.Parse(args);
        return await parse.InvokeAsync(new InvocationConfiguration { Output = output ?? Console.Out, Error = error ?? Console.Error });
    }

    /// <summary>
    /// The language asked for: <c>--language</c>, which a command with its own <c>--language</c> (a document's language:
    /// "fr", "fr-nl") reads as its document's; English when that is not fr, nl or en.
    /// </summary>
    public static string MessageLanguage(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var own = parse.CommandResult.Command.Options.OfType<Option<string>>().FirstOrDefault(o => o.Name == LanguageOption.Name && o != LanguageOption);
        // A document may be bilingual ("fr-nl"): its first language is the one spoken.
        var value = own is not null ? parse.GetValue(own)?.Split('-')[0] : parse.GetValue(LanguageOption);
        return Languages.IsSupported(value) ? value! : Languages.English;
    }

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
            .AddDssTokens()
            .AddErrorDescriber<CliIdentityErrors>();
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
