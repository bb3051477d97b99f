using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using DataStrategy.Data;
using DataStrategy.Data.Saving;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace DataStrategy.Web.Infrastructure;

/// <summary>
/// Serves a <see cref="CachedPageAttribute"/> page's GET from memory when nothing it shows can have changed (ADR 0038).
/// It runs after authentication, tenant resolution and authorisation, so every request is still checked as strictly as
/// before (session, membership, role, permission); only the rendering is skipped. The key holds:
/// <list type="bullet">
/// <item>the organisation and its content stamp, which every committed write renews (any instance, the CLI);</item>
/// <item>the reader (user id, role, data-protection designation), so no reader ever gets another's page;</item>
/// <item>the antiforgery cookie, because the page's forms carry a token made for it;</item>
/// <item>the language, the full address (scheme, host, path, query) and the current minute of the app's clock.</item>
/// </list>
/// A response is kept only when it is a 200 HTML page that sets no cookie. A request carrying a one-time message
/// (TempData) or naming a handler is never served from memory.
/// </summary>
public sealed class PageCacheMiddleware(RequestDelegate next, PageCache cache, TenantCache organisations, TimeProvider clock)
{
    public const string StatusHeader = "X-Page-Cache";

    private const string TempDataCookie = ".AspNetCore.Mvc.CookieTempDataProvider";
    private const string AntiforgeryCookiePrefix = ".AspNetCore.Antiforgery.";

    private static readonly Func<AppDbContext, string, Task<TenantCache.PublicStamp?>> StampBySlug = EF.CompileAsyncQuery(
        (AppDbContext db, string slug) => db.Organisations.Where(o => o.Slug == slug).Select(o => new TenantCache.PublicStamp(o.Id, o.ContentStamp)).FirstOrDefault());

    public async Task InvokeAsync(HttpContext context, TenantContext tenant)
    {
        if (!cache.Enabled || !HttpMethods.IsGet(context.Request.Method) || context.GetEndpoint()?.Metadata.GetMetadata<CachedPageAttribute>() is null ||
            context.Request.Query.ContainsKey("handler") || context.Request.Cookies.ContainsKey(TempDataCookie))
        {
            await next(context);
            return;
        }

        var key = await KeyAsync(context, tenant);
        if (key is null)
        {
            await next(context);
            return;
        }

        if (cache.TryGet(key, out var kept) && kept is not null)
        {
            await ServeAsync(context, kept, "hit");
            return;
        }

        var rendered = new TaskCompletionSource<CachedPageEntry?>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!cache.Rendering.TryAdd(key, rendered.Task))
        {
            // The same page for the same reader is being rendered by another request: its result is this one's.
            if (cache.Rendering.TryGetValue(key, out var other) && await WaitAsync(other, context.RequestAborted) is { } shared)
            {
                await ServeAsync(context, shared, "shared");
                return;
            }

            await next(context);
            return;
        }

        CachedPageEntry? entry = null;
        try
        {
            entry = await RenderAsync(context, key);
        }
        finally
        {
            cache.Rendering.TryRemove(key, out _);
            rendered.SetResult(entry);
        }
    }

    private static async Task<CachedPageEntry?> WaitAsync(Task<CachedPageEntry?> rendering, CancellationToken cancellationToken)
    {
        try
        {
            return await rendering.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);
        }
        catch (TimeoutException)
        {
            return null;
        }
    }

    private static async Task ServeAsync(HttpContext context, CachedPageEntry kept, string status)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = kept.ContentType;
        if (kept.ContentLanguage is not null)
        {
            response.Headers.ContentLanguage = kept.ContentLanguage;
        }

        response.Headers[StatusHeader] = status;
        response.ContentLength = kept.Body.Length;
        await response.Body.WriteAsync(kept.Body, context.RequestAborted);
    }

    /// <summary>Renders the page into memory, keeps it when it may be kept, and sends it.</summary>
    private async Task<CachedPageEntry?> RenderAsync(HttpContext context, string key)
    {
        CachedPageEntry? entry = null;
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        context.Response.Headers[StatusHeader] = "miss";
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        var headers = context.Response.Headers;
        if (context.Response.StatusCode == StatusCodes.Status200OK && !headers.ContainsKey(HeaderNames.SetCookie) &&
            headers.ContentType.ToString() is { } type && type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase))
        {
            entry = new CachedPageEntry(buffer.ToArray(), type, headers.ContentLanguage.Count > 0 ? headers.ContentLanguage.ToString() : null);
            cache.Set(key, entry);
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
        return entry;
    }

    private async Task<string?> KeyAsync(HttpContext context, TenantContext tenant)
    {
        string scope;
        if (tenant.Organisation is { } organisation)
        {
            scope = FormattableString.Invariant($"{organisation.Id:N}/{organisation.ContentStamp}/{tenant.Role}/{tenant.DataProtectionOfficer}");
        }
        else if (context.Request.Path.StartsWithSegments("/p") && context.GetRouteValue(TenantResolutionMiddleware.RouteKey) is string slug)
        {
            if (!organisations.TryGetPublic(slug, out var stamp))
            {
                // As for members (TenantResolutionMiddleware): the number is read before the query.
                var generation = DataChanges.Generation;
                var readAt = Stopwatch.GetTimestamp();
                stamp = await StampBySlug(context.RequestServices.GetRequiredService<AppDbContext>(), slug);
                if (stamp is null)
                {
                    return null;
                }

                organisations.SetPublic(slug, stamp, generation, readAt);
            }

            scope = FormattableString.Invariant($"{stamp!.Id:N}/{stamp.ContentStamp}/public");
        }
        else
        {
            return null;
        }

        var user = context.User.Identity?.IsAuthenticated == true ? context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "?" : "-";
        var antiforgery = "-";
        foreach (var cookie in context.Request.Cookies)
        {
            if (cookie.Key.StartsWith(AntiforgeryCookiePrefix, StringComparison.Ordinal))
            {
                antiforgery = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(cookie.Key + "=" + cookie.Value)), 0, 16);
                break;
            }
        }

        var request = context.Request;
        var minute = clock.GetUtcNow().ToUnixTimeSeconds() / 60;
        return string.Create(CultureInfo.InvariantCulture,
            $"{scope}|{user}|{antiforgery}|{CultureInfo.CurrentUICulture.Name}|{minute}|{request.Scheme}://{request.Host}{request.PathBase}{request.Path}{request.QueryString}");
    }
}
