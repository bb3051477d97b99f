namespace DataStrategy.Web.Infrastructure;

/// <summary>
/// The address people reach the application at (setting <c>PublicBaseUrl</c>, such as
/// <c>https://data.example.brussels</c>): every absolute link the application writes — invitations, survey and
/// workshop links, the public feed, open data, the API — starts with it, whatever Host header a request carried.
/// Without the setting (a developer's machine) links follow the request.
/// </summary>
public sealed class PublicAddress
{
    public PublicAddress(string? configured)
    {
        if (string.IsNullOrWhiteSpace(configured))
        {
            return;
        }

        if (!Uri.TryCreate(configured.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment) || !string.IsNullOrEmpty(uri.UserInfo))
        {
            throw new InvalidOperationException($"PublicBaseUrl must be an absolute http:// or https:// address without query or fragment, such as https://data.example.org, not '{configured}'.");
        }

        Base = uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
        Host = uri.Host;
        IsHttps = uri.Scheme == Uri.UriSchemeHttps;
        HttpsPort = IsHttps ? uri.Port : null;
    }

    /// <summary>The configured address without a trailing slash, or null.</summary>
    public string? Base { get; }

    public string? Host { get; }

    public bool IsHttps { get; }

    public int? HttpsPort { get; }

    /// <summary>The start of an absolute link for this request.</summary>
    public string BaseFor(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Base ?? request.Scheme + "://" + request.Host.Value + request.PathBase.Value;
    }
}
