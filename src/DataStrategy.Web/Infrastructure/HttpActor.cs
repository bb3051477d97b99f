using System.Security.Claims;
using DataStrategy.Data;

namespace DataStrategy.Web.Infrastructure;

/// <summary>The acting user, for the audit log.</summary>
public sealed class HttpActor(IHttpContextAccessor accessor) : IActor
{
    public string? UserId => accessor.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);

    public string UserName => accessor.HttpContext is null ? "system" : accessor.HttpContext.User.Identity?.Name ?? "anonymous";
}
