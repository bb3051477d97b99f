using DataStrategy.Data.Entities;
using Microsoft.AspNetCore.Authorization;

namespace DataStrategy.Web.Api;

public sealed class ScopeHandler : AuthorizationHandler<ScopeRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ScopeRequirement requirement)
    {
        if (ApiTokens.ScopeOf(context.User) is { } scope && (scope == ApiScope.Write || requirement.Scope == ApiScope.Read))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
