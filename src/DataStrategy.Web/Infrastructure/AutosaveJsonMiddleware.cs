using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Infrastructure;

/// <summary>
/// The autosave endpoints (a POST to <c>?handler=Field</c>: interview capture and survey) answer JSON on every outcome,
/// so that the page's script can read each one and tell the person: <c>{"error": "…"}</c> in the reader's language. The
/// HTML error pages are switched off for them; an answer without a body (a missing antiforgery token, 403, 404, 429)
/// gets its message; the sign-in redirect of an ended session becomes 401; an unexpected exception is logged and
/// answered 500 (the script retries those).
/// </summary>
public sealed class AutosaveJsonMiddleware(RequestDelegate next, ILogger<AutosaveJsonMiddleware> logger)
{
    public static bool Applies(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return HttpMethods.IsPost(context.Request.Method) && string.Equals(context.Request.Query["handler"], "Field", StringComparison.OrdinalIgnoreCase);
    }

    public async Task InvokeAsync(HttpContext context, IStringLocalizer<SharedResource> l)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(l);
        if (context.Features.Get<IStatusCodePagesFeature>() is { } pages)
        {
            pages.Enabled = false;
        }

        try
        {
            await next(context);
        }
        catch (Exception exception) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            logger.LogError(exception, "Autosave of {Path} failed", context.Request.Path);
            context.Response.Clear();
            await WriteAsync(context, StatusCodes.Status500InternalServerError, l);
            return;
        }

        var status = context.Response.StatusCode;
        if (context.Response.HasStarted || context.Response.ContentType is not null || context.Response.ContentLength > 0 || status is < 300 or 304)
        {
            return;
        }

        // The only redirect a field save meets is the challenge of a session that has ended.
        await WriteAsync(context, status < 400 ? StatusCodes.Status401Unauthorized : status, l);
    }

    private static async Task WriteAsync(HttpContext context, int status, IStringLocalizer<SharedResource> l)
    {
        string error = status switch
        {
            StatusCodes.Status400BadRequest => l["This answer could not be saved: reload the page, then try again."],
            StatusCodes.Status401Unauthorized => l["Your session has ended: sign in again in another tab, then save again."],
            StatusCodes.Status403Forbidden => l["Your role no longer allows you to save these answers."],
            StatusCodes.Status404NotFound => l["This interview or survey no longer exists, or you no longer have access to it."],
            StatusCodes.Status429TooManyRequests => l["Too many saves at once. Wait a moment, then try again."],
            _ => l["The server could not save this answer. Try again in a moment."],
        };
        context.Response.Headers.Location = default;
        context.Response.StatusCode = status;
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsJsonAsync(new { error });
    }
}
