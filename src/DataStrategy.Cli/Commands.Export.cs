using System.CommandLine;
using DataStrategy.Data.Backup;

namespace DataStrategy.Cli;

public static partial class Commands
{
    public static void AddExport(RootCommand root)
    {
        var command = new Command("export", "Write a lossless JSON backup of one organisation.");
        var organisation = new Option<string>("--organisation") { Description = "The organisation's slug (its web address), e.g. ville-de-demo.", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "The JSON file to write.", Required = true };
        command.Options.Add(organisation);
        command.Options.Add(output);
        command.SetAction(async (parse, ct) => await WithDatabaseAsync(async (_, db) =>
        {
            try
            {
                var backup = await OrganisationBackup.ExportAsync(db, parse.GetValue(organisation)!, ct);
                var file = parse.GetValue(output)!;
                await File.WriteAllTextAsync(file.FullName, backup.ToJson(), ct);
                Console.WriteLine(L["Exported {0}: {1} departments, {2} stakeholders, {3} members → {4}", backup.Organisation.Slug, backup.Departments.Count, backup.Stakeholders.Count, backup.Members.Count, file.FullName]);
                return 0;
            }
            catch (BackupException ex)
            {
                await Console.Error.WriteLineAsync(ex.Message);
                return 1;
            }
        }));
        root.Subcommands.Add(command);
    }
}
