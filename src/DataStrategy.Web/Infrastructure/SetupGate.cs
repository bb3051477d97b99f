using DataStrategy.Data;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Web.Infrastructure;

/// <summary>
/// Until the first account exists, every page leads to /setup. Once an account exists the answer
/// never changes back, so it is remembered per process (a cache, not state: every instance
/// reaches the same answer from the database).
/// </summary>
public sealed class SetupState
{
    private volatile bool _done;

    public bool Done
    {
        get => _done;
        set => _done = value;
    }
}

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
