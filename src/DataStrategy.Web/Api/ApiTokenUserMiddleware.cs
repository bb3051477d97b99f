using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;

namespace DataStrategy.Web.Api;

/// <summary>
/// Under /api/v1 the caller is whoever the token says — never the browser's sign-in cookie — before the organisation is
/// resolved, so the member's role in it is the token owner's.
/// </summary>
public sealed class ApiTokenUserMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var result = await context.AuthenticateAsync(ApiTokens.Scheme);
        context.User = result.Succeeded ? result.Principal : new ClaimsPrincipal(new ClaimsIdentity());
        await next(context);
    }
}
