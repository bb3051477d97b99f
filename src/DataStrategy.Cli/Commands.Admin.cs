using System.CommandLine;
using DataStrategy.Data.Accounts;
using DataStrategy.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DataStrategy.Cli;

public static partial class Commands
{
    public static void AddAdmin(RootCommand root)
    {
        var admin = new Command("admin", "Manage accounts: system administrators, passwords and set-password links.");

        var create = new Command("create", "Create a system administrator (may create organisations), or promote an existing account (and set its password when one is given).");
        var email = new Option<string>("--email") { Description = "E-mail address (the login).", Required = true };
        var name = new Option<string>("--name") { Description = "Display name." };
        var password = new Option<string>("--password") { Description = "Password (at least 12 characters); defaults to the DSS_ADMIN_PASSWORD environment variable. On an existing account it replaces the password." };
        create.Options.Add(email);
        create.Options.Add(name);
        create.Options.Add(password);
        create.SetAction(async (parse, _) => await WithDatabaseAsync((sp, _) => CreateAdminAsync(
            sp, parse.GetValue(email)!, parse.GetValue(name), parse.GetValue(password) ?? Environment.GetEnvironmentVariable("DSS_ADMIN_PASSWORD"), Console.Out, Console.Error)));

        var setPassword = new Command("set-password", "Set the password of an existing account (for example a member of a restored organisation). Its other sessions end and earlier set-password links stop working.");
        var setEmail = new Option<string>("--email") { Description = "The account's e-mail address.", Required = true };
        var setSecret = new Option<string>("--password") { Description = "The new password (at least 12 characters); defaults to the DSS_PASSWORD environment variable, which keeps it out of the shell history." };
        setPassword.Options.Add(setEmail);
        setPassword.Options.Add(setSecret);
        setPassword.SetAction(async (parse, _) => await WithDatabaseAsync((sp, _) => SetPasswordAsync(
            sp, parse.GetValue(setEmail)!, parse.GetValue(setSecret) ?? Environment.GetEnvironmentVariable("DSS_PASSWORD"), Console.Out, Console.Error)));

        var link = new Command("password-link", "Print a link with which the account's owner chooses a password (valid 3 days, once).");
        var linkEmail = new Option<string>("--email") { Description = "The account's e-mail address.", Required = true };
        var linkBase = BaseUrlOption();
        link.Options.Add(linkEmail);
        link.Options.Add(linkBase);
        link.SetAction(async (parse, _) => await WithDatabaseAsync((sp, _) => PasswordLinkAsync(
            sp, parse.GetValue(linkEmail)!, parse.GetValue(linkBase), Console.Out, Console.Error)));

        admin.Subcommands.Add(create);
        admin.Subcommands.Add(setPassword);
        admin.Subcommands.Add(link);
        root.Subcommands.Add(admin);
    }

    private static Option<string?> BaseUrlOption() =>
        new("--base-url") { Description = "The application's public address (e.g. https://strategie.example.org) for links; defaults to the PublicBaseUrl setting." };

    /// <summary>dss admin create: a new system administrator, or an existing account promoted (its password set when one is given, never ignored).</summary>
    public static async Task<int> CreateAdminAsync(IServiceProvider services, string email, string? name, string? password, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(email);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        var address = email.Trim();
        var existing = await users.FindByEmailAsync(address);
        if (existing is not null)
        {
            if (!string.IsNullOrEmpty(password))
            {
                // The password first: when it is refused, nothing changes, not even the promotion.
                var set = await AccountPasswords.SetAsync(users, existing, password);
                if (!set.Succeeded)
                {
                    foreach (var e in set.Errors)
                    {
                        await error.WriteLineAsync(e.Description);
                    }

                    await error.WriteLineAsync(L["{0} already exists. Nothing was changed: its password was not set and it was not made a system administrator.", address]);
                    return 1;
                }
            }

            existing.IsSystemAdministrator = true;
            if (!string.IsNullOrWhiteSpace(name))
            {
                existing.DisplayName = name.Trim();
            }

            var updated = await users.UpdateAsync(existing);
            if (!updated.Succeeded)
            {
                foreach (var e in updated.Errors)
                {
                    await error.WriteLineAsync(e.Description);
                }

                return 1;
            }

            await output.WriteLineAsync(string.IsNullOrEmpty(password)
                ? L["{0} already exists and is now a system administrator. Its password was not changed (give --password to set it).", address]
                : L["{0} already exists and is now a system administrator. Its password was set.", address]);
            return 0;
        }

        if (string.IsNullOrEmpty(password))
        {
            await error.WriteLineAsync(L["Give a password with --password or DSS_ADMIN_PASSWORD."]);
            return 2;
        }

        var user = new ApplicationUser
        {
            UserName = address,
            Email = address,
            EmailConfirmed = true,
            DisplayName = string.IsNullOrWhiteSpace(name) ? address : name.Trim(),
            IsSystemAdministrator = true,
        };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
            {
                await error.WriteLineAsync(e.Description);
            }

            return 1;
        }

        await output.WriteLineAsync(L["System administrator {0} created.", address]);
        return 0;
    }

    /// <summary>dss admin set-password.</summary>
    public static async Task<int> SetPasswordAsync(IServiceProvider services, string email, string? password, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(email);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (string.IsNullOrEmpty(password))
        {
            await error.WriteLineAsync(L["Give the new password with --password or DSS_PASSWORD."]);
            return 2;
        }

        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        var address = email.Trim();
        var user = await users.FindByEmailAsync(address);
        if (user is null)
        {
            await error.WriteLineAsync(L["There is no account with the e-mail address {0}.", address]);
            return 1;
        }

        var result = await AccountPasswords.SetAsync(users, user, password);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
            {
                await error.WriteLineAsync(e.Description);
            }

            await error.WriteLineAsync(L["The password was not changed."]);
            return 1;
        }

        await output.WriteLineAsync(L["The password of {0} was set. Its other sessions end, and earlier set-password links no longer work.", address]);
        return 0;
    }

    /// <summary>dss admin password-link.</summary>
    public static async Task<int> PasswordLinkAsync(IServiceProvider services, string email, string? baseUrl, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(email);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (!TryBaseUrl(services, baseUrl, out var root))
        {
            await error.WriteLineAsync(L["\"{0}\" is not a web address (https://…).", baseUrl ?? ""]);
            return 2;
        }

        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        var address = email.Trim();
        var user = await users.FindByEmailAsync(address);
        if (user is null)
        {
            await error.WriteLineAsync(L["There is no account with the e-mail address {0}.", address]);
            return 1;
        }

        await output.WriteLineAsync(await AccountPasswords.LinkAsync(users, user, root));
        await output.WriteLineAsync(L["Valid for {0} days, once. Give it to {1} only.", Data.IdentityDefaults.PasswordLinkLifetime.TotalDays, address] + (root is null ? " " + L["It is a path: put the application's address in front of it, or pass --base-url."] : ""));
        return 0;
    }

    /// <summary>The base URL from the option, else the PublicBaseUrl setting; false when the option is not an http(s) address.</summary>
    private static bool TryBaseUrl(IServiceProvider services, string? option, out string? root)
    {
        var value = option ?? services.GetService<IConfiguration>()?["PublicBaseUrl"];
        root = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp) || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            return false;
        }

        root = uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
        return true;
    }
}
