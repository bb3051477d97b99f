namespace DataStrategy.Data.Entities;

/// <summary>The default series of working sessions; Other for any further session.</summary>
public enum WorkingSessionTemplate
{
    VisionAndObjectives,
    Services,
    RolesAndOrganisation,
    Governance,
    Other,
}
