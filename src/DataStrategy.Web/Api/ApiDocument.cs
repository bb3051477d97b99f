using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace DataStrategy.Web.Api;

/// <summary>The OpenAPI description of /api/v1 and its interactive reference page.</summary>
public static class ApiDocument
{
    public const string BearerScheme = "bearer";

    public static void Configure(OpenApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ShouldInclude = d => d.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true;
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "Data Strategy Studio API",
                Version = "v1",
                Description = "Published data of any organisation at /api/v1/public/{org} without a token; an organisation's own data at /api/v1/o/{org} "
                    + "with a personal access token (made on the API access page of the organisation). A token acts with its member's current role, "
                    + "for one organisation, and its scope: read, or write (roadmap check-ins and KPI measurements). Errors are RFC 9457 problem documents "
                    + "whose titles follow Accept-Language (fr, nl, en). Rate limits answer 429 with Retry-After.",
                License = new OpenApiLicense { Name = "Open data under CC BY 4.0", Url = new Uri(Core.Publishing.OpenData.LicenceUrl) },
            };
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "dss_…",
                Description = "A personal access token: Authorization: Bearer dss_…",
            };
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            if (context.Description.ActionDescriptor.EndpointMetadata.OfType<ApiPermission>().FirstOrDefault() is { } needs)
            {
                var roles = string.Join(", ", PermissionTable.Rows[needs.Permission]);
                operation.Description = (operation.Description is null ? "" : operation.Description + "\n\n")
                    + $"Needs the permission {needs.Permission} (roles: {roles}) and a token with the {needs.Scope.ToString().ToLowerInvariant()} scope.";
                operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] }];
            }

            return Task.CompletedTask;
        });
    }

    public static void ConfigureReference(ScalarOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.WithTitle("Data Strategy Studio API")
            .WithOpenApiRoutePattern("/api/{documentName}/openapi.json")
            .DisableDefaultFonts()
            .WithNonce()
            .AddPreferredSecuritySchemes([BearerScheme])
            .DisableAgent()
            .DisableMcp();
        options.Telemetry = false;
        options.ShowDeveloperTools = DeveloperToolsVisibility.Never;
        // Scalar's tertiary grey is below 4.5:1 on white; darker in light mode, lighter in dark mode (WCAG AA).
        options.CustomCss = ".light-mode { --scalar-color-3: #595959; } .dark-mode { --scalar-color-3: #b3b3b3; }";
    }

    /// <summary>
    /// Scalar's page has no language on its html element (axe: html-has-lang, serious); the reference is in English.
    /// Only the page itself is rewritten, not its script and style assets.
    /// </summary>
    public static async Task AddLanguageAsync(HttpContext context, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (!HttpMethods.IsGet(context.Request.Method) || context.Request.Path.Value is not ("/api/reference/" or "/api/reference/v1"))
        {
            await next(context);
            return;
        }

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        var html = System.Text.Encoding.UTF8.GetString(buffer.ToArray());
        if (context.Response.ContentType?.StartsWith("text/html", StringComparison.Ordinal) == true)
        {
            html = html.Replace("<html>", "<html lang=\"en\">", StringComparison.Ordinal);
        }

        var bytes = System.Text.Encoding.UTF8.GetBytes(html);
        context.Response.ContentLength = bytes.Length;
        await original.WriteAsync(bytes, context.RequestAborted);
    }
}
