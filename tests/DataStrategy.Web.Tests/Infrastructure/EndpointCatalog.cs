using System.Reflection;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DataStrategy.Web.Tests.Infrastructure;

/// <summary>One request the application answers: a page handler (GET or POST, named or not).</summary>
public sealed record EndpointCase(string Template, string Verb, string? Handler, Permission? Permission, bool Anonymous, Type PageModel)
{
    public bool IsOrganisationScoped => Template.StartsWith("o/{org}", StringComparison.Ordinal);

    public override string ToString() => $"{Verb} /{Template}{(Handler is null ? "" : "?handler=" + Handler)}";

    /// <summary>Fills the route template; ids are chosen by the feature the route belongs to.</summary>
    public string Url(string org, EndpointIds ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var path = "/" + Template
            .Replace("{org}", org, StringComparison.Ordinal)
            .Replace("{code:int?}", "404", StringComparison.Ordinal)
            .Replace("{token}", "not-a-real-token", StringComparison.Ordinal)
            .Replace("{code}", "NOCODE", StringComparison.Ordinal)
            .Replace("{number:int}", "1", StringComparison.Ordinal)
            .Replace("{imageId:guid}", ids.CaseStudyImage.ToString(), StringComparison.Ordinal)
            .Replace("{size}", "small", StringComparison.Ordinal)
            .Replace("{slug}", Template.StartsWith("o/{org}/datasets", StringComparison.Ordinal) || Template.StartsWith("o/{org}/processing", StringComparison.Ordinal) ? ids.DatasetSlug : "{slug}", StringComparison.Ordinal);
        var id = Template.StartsWith("o/{org}/findings", StringComparison.Ordinal) ? ids.Finding
            : Template.StartsWith("o/{org}/sessions", StringComparison.Ordinal) ? ids.WorkingSession
            : Template.StartsWith("o/{org}/strategy", StringComparison.Ordinal) ? ids.StrategyItem
            : Template.StartsWith("o/{org}/roadmap/kpis", StringComparison.Ordinal) ? ids.Kpi
            : Template.StartsWith("o/{org}/roadmap", StringComparison.Ordinal) ? ids.Initiative
            : Template.StartsWith("o/{org}/workshops", StringComparison.Ordinal) ? ids.Workshop
            : Template.StartsWith("o/{org}/case-studies", StringComparison.Ordinal) ? ids.CaseStudy
            : Template.StartsWith("o/{org}/events", StringComparison.Ordinal) ? ids.Event
            : Template.Contains("/departments", StringComparison.Ordinal) ? ids.Department
            : Template.Contains("/frameworks", StringComparison.Ordinal) ? ids.Framework
            : Template.Contains("/campaigns", StringComparison.Ordinal) ? ids.Campaign
            : Template.Contains("/interviews", StringComparison.Ordinal) ? ids.Interview
            : ids.Stakeholder;
        path = path.Replace("{id:guid?}", id.ToString(), StringComparison.Ordinal).Replace("{id:guid}", id.ToString(), StringComparison.Ordinal);
        return Handler is null ? path : path + "?handler=" + Handler;
    }
}

/// <summary>One existing row per feature, so that every route with an ID reaches a real record.</summary>
public sealed record EndpointIds(Guid Department, Guid Stakeholder, Guid Framework, Guid Campaign, Guid Interview, Guid Finding, Guid Workshop, Guid WorkingSession, Guid StrategyItem, Guid Initiative, Guid Kpi, Guid CaseStudy, Guid CaseStudyImage, Guid Event, string DatasetSlug = EndpointIds.NoDataset)
{
    /// <summary>A dataset slug no organisation has.</summary>
    public const string NoDataset = "no-such-dataset";
}

public static class EndpointCatalog
{
    /// <summary>Every page handler the running app maps, read from its endpoint data source.</summary>
    public static IReadOnlyList<EndpointCase> All(IServiceProvider services)
    {
        var cases = new List<EndpointCase>();
        var webAssembly = typeof(Program).Assembly;
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var descriptor = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>();
            if (descriptor is null)
            {
                continue;
            }

            // "/Pages/Stakeholders/Edit.cshtml" → DataStrategy.Web.Pages.Stakeholders.EditModel
            var relative = descriptor.RelativePath.Replace(".cshtml", string.Empty, StringComparison.Ordinal).Trim('/').Replace('/', '.');
            var model = webAssembly.GetType("DataStrategy.Web." + relative + "Model")
                ?? throw new InvalidOperationException($"No page model type for {descriptor.RelativePath}");
            var permission = endpoint.Metadata.GetMetadata<RequirePermissionAttribute>()?.Permission;
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var template = endpoint.RoutePattern.RawText!.TrimStart('/');
            foreach (var method in model.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                var name = method.Name;
                if (!name.StartsWith("On", StringComparison.Ordinal))
                {
                    continue;
                }

                name = name.EndsWith("Async", StringComparison.Ordinal) ? name[2..^5] : name[2..];
                string verb;
                if (name.StartsWith("Get", StringComparison.Ordinal))
                {
                    verb = "GET";
                }
                else if (name.StartsWith("Post", StringComparison.Ordinal))
                {
                    verb = "POST";
                }
                else
                {
                    continue;
                }

                var handler = name[verb.Length..];
                cases.Add(new EndpointCase(template, verb, handler.Length == 0 ? null : handler, permission, anonymous, model));
            }

            if (!cases.Any(c => c.Template == template))
            {
                // A page without handler methods still answers GET.
                cases.Add(new EndpointCase(template, "GET", null, permission, anonymous, model));
            }
        }

        return cases;
    }
}
