using System.Security.Claims;
using DataStrategy.Data;
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

    public async Task InvokeAsync(HttpContext context, TenantContext tenant, AppDbContext db)
    {
        // Public pages (/p/{org}) are for everyone, members of other organisations included: they choose
        // their organisation themselves and show only what is published.
        if (context.GetRouteValue(RouteKey) is string slug && context.User.Identity?.IsAuthenticated == true && !context.Request.Path.StartsWithSegments("/p")
            && !context.Request.Path.StartsWithSegments(Api.ApiEndpoints.Prefix + "/public"))
        {
            var userId = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
            var match = await db.Memberships.IgnoreQueryFilters()
                .Where(m => m.UserId == userId && m.Organisation!.Slug == slug)
                .Select(m => new { m.Organisation, m.Role, m.DataProtectionOfficer })
                .SingleOrDefaultAsync(context.RequestAborted);
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
