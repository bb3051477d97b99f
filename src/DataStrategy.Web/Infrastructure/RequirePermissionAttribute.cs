using Microsoft.AspNetCore.Authorization;

namespace DataStrategy.Web.Infrastructure;

/// <summary>Marks a page model with the one permission all its handlers need.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class RequirePermissionAttribute : AuthorizeAttribute
{
    public RequirePermissionAttribute(Permission permission)
        : base(PermissionTable.PolicyName(permission)) => Permission = permission;

    public Permission Permission { get; }
}
