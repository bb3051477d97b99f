using Microsoft.AspNetCore.Authorization;

namespace DataStrategy.Web.Infrastructure;

public sealed class PermissionRequirement(Permission permission) : IAuthorizationRequirement
{
    public Permission Permission { get; } = permission;
}
