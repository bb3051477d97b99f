using DataStrategy.Data.Entities;

namespace DataStrategy.Data;

/// <summary>The organisation and role of the current request, resolved once per request.</summary>
public interface ITenantContext
{
    Guid? OrganisationId { get; }

    MemberRole? Role { get; }
}
