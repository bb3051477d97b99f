using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;

namespace DataStrategy.Web.Api;

/// <summary>Endpoint metadata: the permission (from <see cref="PermissionTable"/>) and scope an API endpoint needs.</summary>
public sealed record ApiPermission(Permission Permission, ApiScope Scope);
