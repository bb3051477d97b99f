using System.Net.Http.Headers;
using System.Text;
using DataStrategy.Data.Demo;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataStrategy.Web.Tests.Infrastructure;

/// <summary>One API route and method, with the permission and scope it declares.</summary>
public sealed record ApiCase(string Template, string Verb, ApiPermission? Needs, bool Anonymous)
{
    /// <summary>The register dataset the API fixture creates, reached by routes with {slug}.</summary>
    public const string FixtureDataset = "api-fixture-dataset";

    public override string ToString() => $"{Verb} /{Template}";

    /// <summary>Fills the template: {id} is the KPI for …/kpis/…, the initiative otherwise.</summary>
    public string Url(string org, Guid initiative, Guid kpi, string dataset = "case-studies", string datasetSlug = FixtureDataset) => "/" + Template
        .Replace("{org}", org, StringComparison.Ordinal)
        .Replace("{slug}", datasetSlug, StringComparison.Ordinal)
        .Replace("{dataset}", dataset, StringComparison.Ordinal)
        .Replace("{id:guid}", (Template.Contains("/kpis/", StringComparison.Ordinal) ? kpi : initiative).ToString(), StringComparison.Ordinal);
}

public static class ApiCatalog
{
    /// <summary>Every route the app maps under /api, read from its endpoint data source.</summary>
    public static IReadOnlyList<ApiCase> All(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.TrimStart('/').StartsWith("api/", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(verb => new ApiCase(
                e.RoutePattern.RawText!.TrimStart('/').TrimEnd('/'),
                verb,
                e.Metadata.GetMetadata<ApiPermission>(),
                e.Metadata.GetMetadata<IAllowAnonymous>() is not null)))
            .ToList();

    /// <summary>Makes a token for a user in an organisation directly in the database; returns the secret.</summary>
    public static async Task<string> MintAsync(this DssApp app, string email, Guid organisationId, ApiScope scope, DateTimeOffset? expires = null, DateTimeOffset? revoked = null)
    {
        var secret = ApiTokens.NewSecret();
        await app.DbAsync(
            async db =>
            {
                var user = await db.Users.SingleAsync(u => u.Email == email);
                db.ApiTokens.Add(new ApiToken
                {
                    OrganisationId = organisationId,
                    UserId = user.Id,
                    Name = "test " + scope,
                    Scope = scope,
                    Prefix = secret[..ApiTokens.PrefixLength],
                    TokenHash = ApiTokens.Hash(secret),
                    ExpiresAt = expires ?? DateTimeOffset.UtcNow.AddDays(30),
                    RevokedAt = revoked,
                });
                return await db.SaveChangesAsync();
            },
            organisationId);
        return secret;
    }

    public static Task<string> MintDemoAsync(this DssApp app, MemberRole role, ApiScope scope) =>
        app.DemoOrganisationIdAsync().ContinueWith(t => app.MintAsync(DemoSeeder.DemoUsers.Single(u => u.Role == role).Email, t.Result, scope), TaskScheduler.Default).Unwrap();

    /// <summary>A client that sends the token and asks for answers in a language.</summary>
    public static HttpClient ApiClient(this DssApp app, string? secret, string language = "en")
    {
        var client = app.Anonymous(language);
        if (secret is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        }

        return client;
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
