using DataStrategy.Cli;
using DataStrategy.Data.Demo;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DataStrategy.Web.Tests;

/// <summary>dss admin create / set-password / password-link: a password given is set or refused, never ignored.</summary>
public sealed class AdminCommandTests : IDisposable
{
    private const string NewPassword = "Restored-password-2026";

    private readonly CliDatabases _databases = new();

    public void Dispose() => _databases.Dispose();

    private static Task<(int Code, string Output, string Error)> RunAsync(IServiceProvider services, Func<IServiceProvider, TextWriter, TextWriter, Task<int>> command) =>
        CliDatabases.InScopeAsync(services, async (sp, _) =>
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            var code = await command(sp, output, error);
            return (code, output.ToString(), error.ToString());
        });

    private static Task<(bool Old, bool New, bool Administrator)> AccountAsync(IServiceProvider services, string email) =>
        CliDatabases.InScopeAsync(services, async (sp, _) =>
        {
            var users = sp.GetRequiredService<UserManager<ApplicationUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            return (await users.CheckPasswordAsync(user, DemoSeeder.Password), await users.CheckPasswordAsync(user, NewPassword), user.IsSystemAdministrator);
        });

    [Fact]
    public async Task CreateAdmin_OnAnExistingAccountWithAPassword_SetsThePassword_AndSaysSo()
    {
        await using var services = _databases.Create(TestData.Demo);

        var (code, output, _) = await RunAsync(services, (sp, o, e) => Commands.CreateAdminAsync(sp, DemoSeeder.ViewerEmail, null, NewPassword, o, e));

        Assert.Equal(0, code);
        Assert.Contains("Its password was set.", output, StringComparison.Ordinal);
        Assert.Equal((false, true, true), await AccountAsync(services, DemoSeeder.ViewerEmail));
    }

    [Fact]
    public async Task CreateAdmin_OnAnExistingAccountWithATooShortPassword_RefusesAndChangesNothing()
    {
        await using var services = _databases.Create(TestData.Demo);

        var (code, _, error) = await RunAsync(services, (sp, o, e) => Commands.CreateAdminAsync(sp, DemoSeeder.ViewerEmail, null, "short", o, e));

        Assert.Equal(1, code);
        Assert.Contains("Nothing was changed", error, StringComparison.Ordinal);
        Assert.Equal((true, false, false), await AccountAsync(services, DemoSeeder.ViewerEmail));
    }

    [Fact]
    public async Task CreateAdmin_OnAnExistingAccountWithoutAPassword_PromotesIt_AndSaysThePasswordIsUnchanged()
    {
        await using var services = _databases.Create(TestData.Demo);

        var (code, output, _) = await RunAsync(services, (sp, o, e) => Commands.CreateAdminAsync(sp, DemoSeeder.ViewerEmail, null, null, o, e));

        Assert.Equal(0, code);
        Assert.Contains("Its password was not changed", output, StringComparison.Ordinal);
        Assert.Equal((true, false, true), await AccountAsync(services, DemoSeeder.ViewerEmail));
    }

    [Fact]
    public async Task SetPassword_SetsIt_EndsTheLockout_AndRefusesUnknownAccountsAndWeakPasswords()
    {
        await using var services = _databases.Create(TestData.Demo);
        await CliDatabases.InScopeAsync(services, async (sp, _) =>
        {
            var users = sp.GetRequiredService<UserManager<ApplicationUser>>();
            return await users.SetLockoutEndDateAsync((await users.FindByEmailAsync(DemoSeeder.ContributorEmail))!, DateTimeOffset.UtcNow.AddHours(1));
        });

        var unknown = await RunAsync(services, (sp, o, e) => Commands.SetPasswordAsync(sp, "nobody@example.org", NewPassword, o, e));
        var weak = await RunAsync(services, (sp, o, e) => Commands.SetPasswordAsync(sp, DemoSeeder.ContributorEmail, "short", o, e));
        var missing = await RunAsync(services, (sp, o, e) => Commands.SetPasswordAsync(sp, DemoSeeder.ContributorEmail, null, o, e));
        Assert.Equal((1, 1, 2), (unknown.Code, weak.Code, missing.Code));
        Assert.Contains("There is no account", unknown.Error, StringComparison.Ordinal);
        Assert.Contains("The password was not changed.", weak.Error, StringComparison.Ordinal);
        Assert.Equal((true, false, false), await AccountAsync(services, DemoSeeder.ContributorEmail));

        var set = await RunAsync(services, (sp, o, e) => Commands.SetPasswordAsync(sp, " " + DemoSeeder.ContributorEmail.ToUpperInvariant() + " ", NewPassword, o, e));

        Assert.Equal(0, set.Code);
        Assert.Contains("was set", set.Output, StringComparison.Ordinal);
        Assert.Equal((false, true, false), await AccountAsync(services, DemoSeeder.ContributorEmail));
        Assert.False(await CliDatabases.InScopeAsync(services, async (sp, _) =>
        {
            var users = sp.GetRequiredService<UserManager<ApplicationUser>>();
            return await users.IsLockedOutAsync((await users.FindByEmailAsync(DemoSeeder.ContributorEmail))!);
        }));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://files.example.org")]
    [InlineData("https://dss.example.org/?next=evil")]
    [InlineData("not a url")]
    public async Task PasswordLink_ABaseUrlThatIsNotAWebAddress_IsRefused(string baseUrl)
    {
        await using var services = _databases.Create(TestData.Demo);

        var (code, output, error) = await RunAsync(services, (sp, o, e) => Commands.PasswordLinkAsync(sp, DemoSeeder.ViewerEmail, baseUrl, o, e));

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("is not a web address", error, StringComparison.Ordinal);
    }
}
