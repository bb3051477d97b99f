using DataStrategy.Data;
using Microsoft.AspNetCore.Authorization;

namespace DataStrategy.Web.Infrastructure;

public sealed class PermissionHandler(TenantContext tenant) : AuthorizationHandler<PermissionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (tenant.Role is { } role && PermissionTable.Allows(role, tenant.DataProtectionOfficer, requirement.Permission))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
