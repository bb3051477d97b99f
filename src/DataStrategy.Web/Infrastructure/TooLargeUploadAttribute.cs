using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace DataStrategy.Web.Infrastructure;

/// <summary>
/// A POST larger than the page reads (its request size limit) is answered before a byte of it is read: a redirect to
/// the page with <c>?too-large=</c> and the handler's name, where the page shows its own message by the field.
/// Reading it would fail on the limit before the handler runs (the antiforgery check reads the form first), and the
/// person got a bare error page. Nothing is changed: the handler never runs. Runs before the page's request size
/// limit is applied, so the server may still drain the unread body and the browser receives the answer.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class TooLargeUploadAttribute(long maxBytes) : Attribute, IAuthorizationFilter, IOrderedFilter
{
    public const string QueryKey = "too-large";

    public long MaxBytes { get; } = maxBytes;

    /// <summary>Before the request size limit (900) and the antiforgery check (1000).</summary>
    public int Order => -1000;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.HttpContext.Request;
        if (!HttpMethods.IsPost(request.Method) || request.ContentLength is not { } length || length <= MaxBytes)
        {
            return;
        }

        var handler = request.Query["handler"].ToString();
        context.Result = new RedirectResult(request.PathBase + request.Path + "?" + QueryKey + "=" + Uri.EscapeDataString(handler));
    }
}
