using System.CommandLine;
using DataStrategy.Data;
using DataStrategy.Data.Accounts;
using DataStrategy.Data.Backup;
using DataStrategy.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DataStrategy.Cli;

public static partial class Commands
{
    public const long MaxBackupBytes = 512L * 1024 * 1024;

    public static void AddImport(RootCommand root)
    {
        var command = new Command("import", "Restore an organisation from a JSON backup made by 'dss export'. All or nothing. Backups hold no passwords: for each member whose account has none, a set-password link is printed.");
        var input = new Argument<FileInfo>("file") { Description = "The backup JSON file." };
        var baseUrl = BaseUrlOption();
        command.Arguments.Add(input);
        command.Options.Add(baseUrl);
        command.SetAction(async (parse, ct) => await WithDatabaseAsync((sp, db) => RestoreAsync(sp, db, parse.GetValue(input)!, parse.GetValue(baseUrl), Console.Out, Console.Error, ct)));
        root.Subcommands.Add(command);
    }

    /// <summary>dss import: restores the backup, then gives a set-password link for every member who has no password.</summary>
    public static async Task<int> RestoreAsync(IServiceProvider services, AppDbContext db, FileInfo file, string? baseUrl, TextWriter output, TextWriter error, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (!file.Exists)
        {
            await error.WriteLineAsync(L["There is no file {0}.", file.FullName]);
            return 1;
        }

        if (file.Length > MaxBackupBytes)
        {
            await error.WriteLineAsync(L["The file is larger than 512 MB; this is not a backup made by dss."]);
            return 1;
        }

        if (!TryBaseUrl(services, baseUrl, out var root))
        {
            await error.WriteLineAsync(L["\"{0}\" is not a web address (https://…).", baseUrl ?? ""] + " " + L["Nothing was imported."]);
            return 2;
        }

        OrganisationBackup backup;
        try
        {
            backup = OrganisationBackup.FromJson(await File.ReadAllTextAsync(file.FullName, ct));
            await backup.ImportAsync(db, ct);
        }
        catch (BackupException ex)
        {
            await error.WriteLineAsync(ex.Message);
            return 1;
        }

        await output.WriteLineAsync(L["Imported {0}: {1} departments, {2} stakeholders, {3} members.", backup.Organisation.Slug, backup.Departments.Count, backup.Stakeholders.Count, backup.Members.Count]);
        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        var links = new List<string>();
        foreach (var member in backup.Members.OrderBy(m => m.Email, StringComparer.OrdinalIgnoreCase))
        {
            if (await users.FindByEmailAsync(member.Email) is { } user && !await users.HasPasswordAsync(user))
            {
                links.Add($"  {member.Email}  {await AccountPasswords.LinkAsync(users, user, root)}");
            }
        }

        if (links.Count > 0)
        {
            await output.WriteLineAsync(L["Backups hold no passwords. Each of these {0} members chooses one with their link (valid {1} days, once; give each link to its owner only), or an administrator runs 'dss admin set-password':", links.Count, IdentityDefaults.PasswordLinkLifetime.TotalDays]);
            foreach (var line in links)
            {
                await output.WriteLineAsync(line);
            }

            if (root is null)
            {
                await output.WriteLineAsync(L["The links are paths: put the application's address in front of them, or pass --base-url (or set PublicBaseUrl)."]);
            }
        }

        return 0;
    }
}
