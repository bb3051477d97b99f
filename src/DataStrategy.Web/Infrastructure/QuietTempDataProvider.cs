using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace DataStrategy.Web.Infrastructure;

/// <summary>
/// The cookie TempData provider, except that a request that brought no TempData cookie and leaves no message gets no
/// Set-Cookie deleting it. The layout reads TempData on every page (for the one-time message), and the framework's
/// provider then answered every page with a deleted cookie: a header for nothing, and a page that could not be kept
/// by <see cref="PageCacheMiddleware"/>.
/// </summary>
public sealed class QuietTempDataProvider(CookieTempDataProvider inner) : ITempDataProvider
{
    public IDictionary<string, object> LoadTempData(HttpContext context) => inner.LoadTempData(context);

    public void SaveTempData(HttpContext context, IDictionary<string, object> values)
    {
        ArgumentNullException.ThrowIfNull(context);
        if ((values is null || values.Count == 0) && !context.Request.Cookies.ContainsKey(CookieTempDataProvider.CookieName))
        {
            return;
        }

        inner.SaveTempData(context, values!);
    }
}
