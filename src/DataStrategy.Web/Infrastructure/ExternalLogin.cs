using System.Security.Claims;

namespace DataStrategy.Web.Infrastructure;

/// <summary>Single sign-on (OpenID Connect): the scheme, and what the app reads from the identity provider's claims.</summary>
public static class ExternalLogin
{
    public const string Scheme = "oidc";

    /// <summary>The OpenID Connect claim by which the provider says that it checked the e-mail address belongs to the person.</summary>
    public const string EmailVerifiedClaim = "email_verified";

    /// <summary>The e-mail address the provider gave, from the ID token or the userinfo endpoint.</summary>
    public static string? Email(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var email = principal.FindFirstValue(ClaimTypes.Email) ?? principal.FindFirstValue("email");
        return string.IsNullOrWhiteSpace(email) ? null : email.Trim();
    }

    /// <summary>
    /// Whether the provider says the e-mail address is verified: an <c>email_verified</c> claim that is true (a JSON
    /// boolean, or the string "true"). Absent, false, or anything else ("1", "yes") is not verified; so is a
    /// provider that says true in one place and false in another.
    /// </summary>
    public static bool IsEmailVerified(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var values = principal.FindAll(EmailVerifiedClaim).Select(c => c.Value.Trim()).ToList();
        return values.Count > 0 && values.All(v => string.Equals(v, "true", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Whether the provider's metadata may be read over plain HTTP: only when it is on this machine (a test, or a
    /// provider reached through a local tunnel). Anyone on the network could otherwise hand the app their own keys.
    /// </summary>
    public static bool MayUsePlainHttp(string authority) =>
        Uri.TryCreate(authority, UriKind.Absolute, out var uri) && uri.IsLoopback;
}
