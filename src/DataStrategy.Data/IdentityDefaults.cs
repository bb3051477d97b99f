using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DataStrategy.Data;

/// <summary>Account rules shared by the web app and the CLI, so both accept the same passwords and the same links.</summary>
public static class IdentityDefaults
{
    public const int MinimumPasswordLength = 12;

    /// <summary>The data-protection application name: the web app and the CLI protect with the same keys (kept in the database).</summary>
    public const string ApplicationName = "DataStrategyStudio";

    /// <summary>How long a set-password link stays valid (it also dies as soon as it is used, or the password changes).</summary>
    public static readonly TimeSpan PasswordLinkLifetime = TimeSpan.FromDays(3);

    public static void Apply(IdentityOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        // Length over composition rules (NIST SP 800-63B).
        o.Password.RequiredLength = MinimumPasswordLength;
        o.Password.RequireNonAlphanumeric = false;
        o.Password.RequireUppercase = false;
        o.Password.RequireLowercase = false;
        o.Password.RequireDigit = false;
        o.Lockout.MaxFailedAccessAttempts = 5;
        o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        o.User.RequireUniqueEmail = true;
        o.SignIn.RequireConfirmedAccount = false;
    }

    /// <summary>
    /// Data protection with its keys in the database, and Identity's token providers: a set-password link made by
    /// <c>dss</c> is read by every instance of the web app, and the other way round.
    /// </summary>
    public static IdentityBuilder AddDssTokens(this IdentityBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddDataProtection().SetApplicationName(ApplicationName).PersistKeysToDbContext<AppDbContext>();
        builder.Services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = PasswordLinkLifetime);
        return builder.AddDefaultTokenProviders();
    }
}
