using DataStrategy.Data.Entities;

namespace DataStrategy.Data;

public sealed class TenantContext : ITenantContext
{
    public Guid? OrganisationId { get; private set; }

    public MemberRole? Role { get; private set; }

    public Organisation? Organisation { get; private set; }

    /// <summary>The member is designated as the organisation's data protection officer.</summary>
    public bool DataProtectionOfficer { get; private set; }

    public void Set(Organisation organisation, MemberRole role, bool dataProtectionOfficer = false)
    {
        DataProtectionOfficer = dataProtectionOfficer;
        ArgumentNullException.ThrowIfNull(organisation);
        Organisation = organisation;
        OrganisationId = organisation.Id;
        Role = role;
    }

    /// <summary>For tools (CLI, seeding) that act on one organisation explicitly.</summary>
    public void SetOrganisation(Guid organisationId) => OrganisationId = organisationId;
}
