namespace DataStrategy.Web.Infrastructure;

public static class PublicAddressExtensions
{
    /// <summary>The start of every absolute link (<see cref="PublicAddress"/>), without a trailing slash.</summary>
    public static string PublicBase(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.RequestServices.GetRequiredService<PublicAddress>().BaseFor(context.Request);
    }

    /// <summary>An absolute link to <paramref name="path"/> (which starts with a slash).</summary>
    public static string AbsoluteUrl(this HttpContext context, string path) => context.PublicBase() + path;

    /// <summary>The host name for identifiers such as calendar UIDs.</summary>
    public static string PublicHost(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.RequestServices.GetRequiredService<PublicAddress>().Host ?? context.Request.Host.Host;
    }
}
