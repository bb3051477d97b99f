using DataStrategy.Data;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Web.Infrastructure;

public sealed class SetupGateMiddleware(RequestDelegate next, SetupState state)
{
    public async Task InvokeAsync(HttpContext context, AppDbContext db)
    {
        if (!state.Done)
        {
            var path = context.Request.Path;
            var exempt = path.StartsWithSegments("/setup", StringComparison.OrdinalIgnoreCase)
                || path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
                || path.StartsWithSegments("/css", StringComparison.OrdinalIgnoreCase)
                || path.StartsWithSegments("/js", StringComparison.OrdinalIgnoreCase)
                || path.StartsWithSegments("/language", StringComparison.OrdinalIgnoreCase)
                || path.StartsWithSegments("/error", StringComparison.OrdinalIgnoreCase);
            if (!exempt)
            {
                if (await db.Users.AnyAsync(context.RequestAborted))
                {
                    state.Done = true;
                }
                else
                {
                    context.Response.Redirect("/setup");
                    return;
                }
            }
        }

        await next(context);
    }
}
