using System.CommandLine;
using DataStrategy.Data.Backup;

namespace DataStrategy.Cli;

public static partial class Commands
{
    public const long MaxBackupBytes = 512L * 1024 * 1024;

    public static void AddImport(RootCommand root)
    {
        var command = new Command("import", "Restore an organisation from a JSON backup made by 'dss export'. All or nothing.");
        var input = new Argument<FileInfo>("file") { Description = "The backup JSON file." };
        command.Arguments.Add(input);
        command.SetAction(async (parse, ct) => await WithDatabaseAsync(async (_, db) =>
        {
            var file = parse.GetValue(input)!;
            if (!file.Exists)
            {
                await Console.Error.WriteLineAsync($"No such file: {file.FullName}");
                return 1;
            }

            if (file.Length > MaxBackupBytes)
            {
                await Console.Error.WriteLineAsync("The file is larger than 512 MB; this is not a backup made by dss.");
                return 1;
            }

            try
            {
                var backup = OrganisationBackup.FromJson(await File.ReadAllTextAsync(file.FullName, ct));
                await backup.ImportAsync(db, ct);
                Console.WriteLine($"Imported {backup.Organisation.Slug}: {backup.Departments.Count} departments, {backup.Stakeholders.Count} stakeholders, {backup.Members.Count} members.");
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
