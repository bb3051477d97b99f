using System.CommandLine;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Cli;

public static partial class Commands
{
    public static void AddMigrate(RootCommand root)
    {
        var command = new Command("migrate", "Apply pending database migrations.");
        command.SetAction(async (_, _) => await WithDatabaseAsync(async (_, db) =>
        {
            var applied = await db.Database.GetAppliedMigrationsAsync();
            Console.WriteLine(L["Database is up to date ({0} migrations, provider {1}).", applied.Count(), db.Database.ProviderName ?? ""]);
            return 0;
        }));
        root.Subcommands.Add(command);
    }
}
