using Microsoft.AspNetCore.Identity;

namespace DataStrategy.Data;

/// <summary>Account rules shared by the web app and the CLI, so both accept the same passwords.</summary>
public static class IdentityDefaults
{
    public const int MinimumPasswordLength = 12;

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
}
