using DataStrategy.Data.Entities;
using Microsoft.AspNetCore.Authorization;

namespace DataStrategy.Web.Api;

/// <summary>The token's scope must allow the endpoint (write endpoints need a write token).</summary>
public sealed class ScopeRequirement(ApiScope scope) : IAuthorizationRequirement
{
    public ApiScope Scope { get; } = scope;
}
