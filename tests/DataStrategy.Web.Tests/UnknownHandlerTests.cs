using System.Net;
using System.Text.RegularExpressions;
using DataStrategy.Data.Demo;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DataStrategy.Web.Tests;

/// <summary>Every page, asked for a handler it does not have (a POST to a page that only reads, an unknown ?handler=): 404, never 500.</summary>
public sealed partial class UnknownHandlerTests : IDisposable
{
    private readonly DssApp _app = new();

    public void Dispose() => _app.Dispose();

    /// <summary>Every page's route with its parameters filled in: the demo organisation, unknown IDs, short texts.</summary>
    private List<string> PageUrls()
    {
        var endpoints = _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null);
        return endpoints
            .Select(e => "/" + Parameter().Replace(e.RoutePattern.RawText ?? "", m => m.Groups[1].Value switch
            {
                "org" => DemoSeeder.Slug,
                var name when m.Value.Contains(":guid", StringComparison.Ordinal) || name.EndsWith("id", StringComparison.OrdinalIgnoreCase) => Guid.NewGuid().ToString("D"),
                var name when m.Value.Contains(":int", StringComparison.Ordinal) || name is "version" or "number" => "1",
                _ => "x",
            }).TrimStart('/'))
            .Distinct()
            // Signing out would turn every later request into a redirect to the sign-in page.
            .Where(url => !url.Contains("logout", StringComparison.OrdinalIgnoreCase))
            .ToList();
    }

    [GeneratedRegex(@"\{\*?([A-Za-z]+)[^}]*\}")]
    private static partial Regex Parameter();

    [Fact]
    public async Task EveryPage_PostOrGetWithAnUnknownHandler_AnswersNotFoundOrRefuses_NeverAnError()
    {
        var client = await _app.LeadAsync();
        var home = await client.GetDocumentAsync("/o/" + DemoSeeder.Slug);
        var token = home.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
        Assert.False(string.IsNullOrEmpty(token));
        var urls = PageUrls();
        Assert.True(urls.Count > 80, $"Only {urls.Count} pages found.");

        var errors = new List<string>();
        foreach (var url in urls)
        {
            foreach (var target in new[] { url, url + "?handler=NoSuchHandler" })
            {
                var post = await client.PostAsync(target, new FormUrlEncodedContent([new("__RequestVerificationToken", token!)]));
                if ((int)post.StatusCode >= 500)
                {
                    errors.Add($"POST {target}: {(int)post.StatusCode}");
                }
            }

            var get = await client.GetAsync(url + "?handler=NoSuchHandler");
            if ((int)get.StatusCode >= 500)
            {
                errors.Add($"GET {url}?handler=NoSuchHandler: {(int)get.StatusCode}");
            }
        }

        Assert.True(errors.Count == 0, $"{errors.Count} of {urls.Count} pages:\n" + string.Join("\n", errors));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/o/" + DemoSeeder.Slug)).StatusCode);
    }

    [Fact]
    public async Task ReadOnlyPage_Post_AnswersNotFound()
    {
        var client = await _app.LeadAsync();
        var home = await client.GetDocumentAsync("/o/" + DemoSeeder.Slug);
        var token = home.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await client.PostAsync("/o/" + DemoSeeder.Slug + "/roadmap/dependencies", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
