using System.CommandLine;
using DataStrategy.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DataStrategy.Cli;

public static partial class Commands
{
    public static void AddAdmin(RootCommand root)
    {
        var admin = new Command("admin", "Manage system administrators.");
        var create = new Command("create", "Create a system administrator (may create organisations), or promote an existing account.");
        var email = new Option<string>("--email") { Description = "E-mail address (the login).", Required = true };
        var name = new Option<string>("--name") { Description = "Display name." };
        var password = new Option<string>("--password") { Description = "Password (at least 12 characters); defaults to the DSS_ADMIN_PASSWORD environment variable." };
        create.Options.Add(email);
        create.Options.Add(name);
        create.Options.Add(password);
        create.SetAction(async (parse, _) => await WithDatabaseAsync(async (sp, _) =>
        {
            var users = sp.GetRequiredService<UserManager<ApplicationUser>>();
            var address = parse.GetValue(email)!.Trim();
            var existing = await users.FindByEmailAsync(address);
            if (existing is not null)
            {
                existing.IsSystemAdministrator = true;
                await users.UpdateAsync(existing);
                Console.WriteLine($"{address} is now a system administrator.");
                return 0;
            }

            var secret = parse.GetValue(password) ?? Environment.GetEnvironmentVariable("DSS_ADMIN_PASSWORD");
            if (string.IsNullOrEmpty(secret))
            {
                await Console.Error.WriteLineAsync("Give a password with --password or DSS_ADMIN_PASSWORD.");
                return 2;
            }

            var user = new ApplicationUser
            {
                UserName = address,
                Email = address,
                EmailConfirmed = true,
                DisplayName = parse.GetValue(name) ?? address,
                IsSystemAdministrator = true,
            };
            var result = await users.CreateAsync(user, secret);
            if (!result.Succeeded)
            {
                foreach (var error in result.Errors)
                {
                    await Console.Error.WriteLineAsync(error.Description);
                }

                return 1;
            }

            Console.WriteLine($"System administrator {address} created.");
            return 0;
        }));
        admin.Subcommands.Add(create);
        root.Subcommands.Add(admin);
    }
}
