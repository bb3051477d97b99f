using System.Security.Claims;
using DataStrategy.Data.Entities;

namespace DataStrategy.Web.Api;

/// <summary>Makes and recognises personal access tokens (ADR 0017).</summary>
public static class ApiTokens
{
    public const string Scheme = "ApiToken";

    public const string OrganisationClaim = "dss:token-organisation";

    public const string ScopeClaim = "dss:token-scope";

    public const string TokenClaim = "dss:token";

    /// <summary>How many characters of a token are shown to tell tokens apart (and key the rate limit).</summary>
    public const int PrefixLength = ApiToken.PrefixLength;

    /// <summary>A new secret: "dss_" and 256 random bits in URL-safe Base64.</summary>
    public static string NewSecret() => ApiToken.NewSecret();

    public static string Hash(string secret) => ApiToken.HashOf(secret);

    /// <summary>The bearer token of a request, or null; only tokens of our form are considered.</summary>
    public static string? BearerOf(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.Authorization.ToString();
        const string bearer = "Bearer ";
        if (!header.StartsWith(bearer, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var token = header[bearer.Length..].Trim();
        return token.StartsWith(ApiToken.SecretPrefix, StringComparison.Ordinal) && token.Length is > 20 and < 200 ? token : null;
    }

    /// <summary>The scope the request's token carries, or null when it was not made with a token.</summary>
    public static ApiScope? ScopeOf(ClaimsPrincipal user) =>
        Enum.TryParse<ApiScope>(user?.FindFirstValue(ScopeClaim), out var scope) ? scope : null;
}
