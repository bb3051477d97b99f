using DataStrategy.Web.Infrastructure;
using System.Security.Claims;
using System.Text.Encodings.Web;
using DataStrategy.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DataStrategy.Web.Api;

/// <summary>Authenticates API requests by personal access token: the member's account, limited to one organisation and scope.</summary>
public sealed class ApiTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AppDbContext db)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var secret = ApiTokens.BearerOf(Request);
        if (secret is null)
        {
            return Request.Headers.Authorization.Count == 0 ? AuthenticateResult.NoResult() : AuthenticateResult.Fail("Not a Data Strategy Studio token.");
        }

        var hash = ApiTokens.Hash(secret);
        var now = Context.UtcNow();
        var found = await db.ApiTokens.IgnoreQueryFilters().AsNoTracking()
            .Where(t => t.TokenHash == hash)
            .Join(db.Users, t => t.UserId, u => u.Id, (t, u) => new { Token = t, u.Email, u.DisplayName })
            .SingleOrDefaultAsync(Context.RequestAborted);
        if (found is null || !found.Token.IsActive(now))
        {
            return AuthenticateResult.Fail("Unknown, expired or revoked token.");
        }

        var token = found.Token;
        if (token.LastUsedAt is null || token.LastUsedAt < now.AddMinutes(-1))
        {
            // At most one write a minute per token, whatever the request rate.
            // Best effort: a busy database (SQLite held by a page's transaction) must not fail the request itself.
            var stale = now.AddMinutes(-1);
            try
            {
                await db.ApiTokens.IgnoreQueryFilters().Where(t => t.Id == token.Id && (t.LastUsedAt == null || t.LastUsedAt < stale))
                    .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), Context.RequestAborted);
            }
            catch (System.Data.Common.DbException ex)
            {
                Logger.LogWarning(ex, "Could not record when token {Token} was last used.", token.Prefix);
            }
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, token.UserId),
                new Claim(ClaimTypes.Name, string.IsNullOrWhiteSpace(found.DisplayName) ? found.Email ?? token.UserId : found.DisplayName),
                new Claim(ApiTokens.OrganisationClaim, token.OrganisationId.ToString("D")),
                new Claim(ApiTokens.ScopeClaim, token.Scope.ToString()),
                new Claim(ApiTokens.TokenClaim, token.Id.ToString("D")),
            ],
            Scheme.Name);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer realm=\"Data Strategy Studio API\"";
        return Task.CompletedTask;
    }
}
