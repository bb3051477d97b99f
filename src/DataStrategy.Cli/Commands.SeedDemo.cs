using System.CommandLine;
using DataStrategy.Data;
using DataStrategy.Data.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace DataStrategy.Cli;

public static partial class Commands
{
    public static void AddSeedDemo(RootCommand root)
    {
        var command = new Command("seed-demo", "Create the demo organisation \"Ville de Démo / Stad Demo\" unless it exists (what was erased or removed from it is never added back).");
        command.SetAction(async (_, _) => await WithDatabaseAsync(async (sp, db) =>
        {
            var changed = await DemoSeeder.SeedAsync(db, sp.GetRequiredService<TenantContext>());
            Console.WriteLine(changed ? L["Demo organisation seeded."] : L["The demo organisation already exists; nothing was added."]);
            Console.WriteLine(L["Sign in as {0} with password {1}", DemoSeeder.LeadEmail, DemoSeeder.Password]);
            return 0;
        }));
        root.Subcommands.Add(command);
    }
}
