using System.Security.Claims;
using DataStrategy.Data;
using System.Diagnostics;
using DataStrategy.Data.Saving;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Web.Infrastructure;

/// <summary>
/// Resolves the organisation named by the {org} route value for the signed-in user. A user who
/// is not a member gets 404 — the same answer as for an organisation that does not exist, so
/// nothing reveals which organisations exist.
/// </summary>
public sealed class TenantResolutionMiddleware(RequestDelegate next)
{
    public const string RouteKey = "org";

    /// <summary>
    /// Every signed-in request of an organisation asks this once: compiled once, not translated per request, and not
    /// tracked (a page that changes the organisation loads it from its context, as the settings pages do).
    /// </summary>
    private static readonly Func<AppDbContext, string, string, Task<TenantCache.Member?>> MembershipOf = EF.CompileAsyncQuery(
        (AppDbContext db, string userId, string slug) => db.Memberships.IgnoreQueryFilters().AsNoTracking()
            .Where(m => m.UserId == userId && m.Organisation!.Slug == slug)
            .Select(m => new TenantCache.Member(m.Organisation!, m.Role, m.DataProtectionOfficer))
            .SingleOrDefault());

    public async Task InvokeAsync(HttpContext context, TenantContext tenant, TenantCache members)
    {
        // Public pages (/p/{org}) are for everyone, members of other organisations included: they choose
        // their organisation themselves and show only what is published.
        if (context.GetRouteValue(RouteKey) is string slug && context.User.Identity?.IsAuthenticated == true && !context.Request.Path.StartsWithSegments("/p")
            && !context.Request.Path.StartsWithSegments(Api.ApiEndpoints.Prefix + "/public"))
        {
            var userId = context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty;
            if (!members.TryGet(userId, slug, out var match))
            {
                // The number is read before the query: a change committed meanwhile makes the answer unusable later.
                var generation = DataChanges.Generation;
                var readAt = Stopwatch.GetTimestamp();
                match = await MembershipOf(context.RequestServices.GetRequiredService<AppDbContext>(), userId, slug);
                if (match is not null)
                {
                    members.Set(userId, slug, match, generation, readAt);
                }
            }

            // A token is for one organisation only, even when its member belongs to several.
            var tokenOrganisation = context.User.FindFirstValue(Api.ApiTokens.OrganisationClaim);
            if (match?.Organisation is null || (tokenOrganisation is not null && tokenOrganisation != match.Organisation.Id.ToString("D")))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            tenant.Set(match.Organisation, match.Role, match.DataProtectionOfficer);
        }

        await next(context);
    }
}
