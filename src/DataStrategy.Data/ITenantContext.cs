using DataStrategy.Data.Entities;

namespace DataStrategy.Data;

/// <summary>The organisation and role of the current request, resolved once per request.</summary>
public interface ITenantContext
{
    Guid? OrganisationId { get; }

    MemberRole? Role { get; }
}

/// <summary>Who is acting, for the audit log.</summary>
public interface IActor
{
    string? UserId { get; }

    string UserName { get; }
}

public sealed class TenantContext : ITenantContext
{
    public Guid? OrganisationId { get; private set; }

    public MemberRole? Role { get; private set; }

    public Organisation? Organisation { get; private set; }

    public void Set(Organisation organisation, MemberRole role)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        Organisation = organisation;
        OrganisationId = organisation.Id;
        Role = role;
    }

    /// <summary>For tools (CLI, seeding) that act on one organisation explicitly.</summary>
    public void SetOrganisation(Guid organisationId) => OrganisationId = organisationId;
}

public sealed class SystemActor(string name = "system") : IActor
{
    public string? UserId => null;

    public string UserName { get; } = name;
}
