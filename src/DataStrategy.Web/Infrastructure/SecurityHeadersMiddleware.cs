namespace DataStrategy.Web.Infrastructure;

public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    // No inline script or style at all: everything is served from our own origin.
    private const string Csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    /// <summary>The API reference page (Scalar) runs its bundled script with a per-request nonce and sets inline styles.</summary>
    public const string ReferencePath = "/api/reference";

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = Csp;
        if (context.Request.Path.StartsWithSegments(ReferencePath))
        {
            context.Response.OnStarting(() =>
            {
                var nonce = context.Items["Scalar.Nonce"] as string;
                context.Response.Headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'" + (nonce is null ? "" : " 'nonce-" + nonce + "'")
                    + "; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";
                return Task.CompletedTask;
            });
        }

        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";

        // What a signed-in person sees (stakeholders, interview notes, exports) is not kept by the browser or a proxy:
        // the next person at a shared computer cannot bring it back from the disk cache.
        context.Response.OnStarting(() =>
        {
            // A response that chose its own caching (public documents, case-study pictures) keeps it.
            if (context.User.Identity?.IsAuthenticated == true && string.IsNullOrEmpty(context.Response.Headers.CacheControl))
            {
                context.Response.Headers.CacheControl = "no-store";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
