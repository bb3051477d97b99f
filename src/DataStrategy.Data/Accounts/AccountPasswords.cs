using System.Text;
using DataStrategy.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace DataStrategy.Data.Accounts;

/// <summary>
/// Setting an account's password outside the sign-in form: by <c>dss admin set-password</c>, and through a
/// set-password link (an ASP.NET Identity password-reset token) that <c>dss</c> gives after a restore. Both go through
/// Identity's reset, so the password rules apply, the security stamp changes (other sessions and earlier links end)
/// and a lockout is lifted.
/// </summary>
public static class AccountPasswords
{
    /// <summary>The page a set-password link opens.</summary>
    public const string LinkPath = "/account/set-password";

    /// <summary>Sets the password if it follows the rules; otherwise changes nothing and says why.</summary>
    public static async Task<IdentityResult> SetAsync(UserManager<ApplicationUser> users, ApplicationUser user, string password)
    {
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(user);
        var token = await users.GeneratePasswordResetTokenAsync(user);
        return await ResetAsync(users, user, token, password);
    }

    /// <summary>Sets the password with a set-password link's token; refused when the token is not valid for this account (any more).</summary>
    public static async Task<IdentityResult> ResetAsync(UserManager<ApplicationUser> users, ApplicationUser user, string token, string password)
    {
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(user);
        var result = await users.ResetPasswordAsync(user, token, password);
        if (result.Succeeded)
        {
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
        }

        return result;
    }

    /// <summary>A link that lets the account's owner choose a password, valid <see cref="IdentityDefaults.PasswordLinkLifetime"/>, once.</summary>
    /// <param name="baseUrl">The application's public address (https://…); without it the link is a path on that address.</param>
    public static async Task<string> LinkAsync(UserManager<ApplicationUser> users, ApplicationUser user, string? baseUrl)
    {
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(user);
        var token = await users.GeneratePasswordResetTokenAsync(user);
        return (baseUrl ?? string.Empty).TrimEnd('/') + LinkPath + "?user=" + Uri.EscapeDataString(user.Id)
            + "&token=" + WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
    }

    /// <summary>The token a link carries, or null when the text is not one.</summary>
    public static string? ReadToken(string? encoded)
    {
        if (string.IsNullOrEmpty(encoded) || encoded.Length > 4096)
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(encoded));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>Whether the token is (still) a valid set-password token for the account.</summary>
    public static Task<bool> IsValidAsync(UserManager<ApplicationUser> users, ApplicationUser user, string token)
    {
        ArgumentNullException.ThrowIfNull(users);
        return users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<ApplicationUser>.ResetPasswordTokenPurpose, token);
    }
}
