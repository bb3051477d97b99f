using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Api;

/// <summary>
/// API answers are JSON: the HTML error pages are switched off under /api, and an error without a body (401, 403, 404,
/// 405, 429) gets an RFC 9457 problem document with a title in the reader's language.
/// </summary>
public sealed class ApiProblemMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IStringLocalizer<SharedResource> l)
    {
        if (context.Features.Get<IStatusCodePagesFeature>() is { } pages)
        {
            pages.Enabled = false;
        }

        await next(context);
        var status = context.Response.StatusCode;
        if (status < 400 || context.Response.HasStarted || context.Response.ContentLength > 0 || context.Response.ContentType is not null)
        {
            return;
        }

        var title = status switch
        {
            StatusCodes.Status401Unauthorized => l["Send a personal access token: Authorization: Bearer dss_…. Tokens are made on the API access page."],
            StatusCodes.Status403Forbidden => l["Your role or your token's scope does not allow this."],
            StatusCodes.Status404NotFound => l["Not found, or not yours to see."],
            StatusCodes.Status405MethodNotAllowed => l["This address does not accept this method."],
            StatusCodes.Status429TooManyRequests => l["Too many requests. Wait a moment and try again."],
            _ => l["The request could not be handled."],
        };
        await TypedResults.Problem(statusCode: status, title: title).ExecuteAsync(context);
    }
}
