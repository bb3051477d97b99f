using DataStrategy.Data.Entities;

namespace DataStrategy.Web.Infrastructure;

/// <summary>
/// The permission table: one row per permission, the roles that hold it. The authorisation tests
/// read this same table, so a page that declares a permission is tested for every role.
/// </summary>
public static class PermissionTable
{
    private static readonly MemberRole[] Everyone = [MemberRole.Viewer, MemberRole.Contributor, MemberRole.Facilitator, MemberRole.Administrator];

    public static IReadOnlyDictionary<Permission, MemberRole[]> Rows { get; } = new Dictionary<Permission, MemberRole[]>
    {
        [Permission.ViewOrganisation] = Everyone,
        [Permission.ViewDepartments] = Everyone,
        [Permission.ManageDepartments] = [MemberRole.Administrator],
        // Stakeholders are personal data: only those who run the programme see them.
        [Permission.ViewStakeholders] = [MemberRole.Facilitator, MemberRole.Administrator],
        [Permission.ManageStakeholders] = [MemberRole.Facilitator, MemberRole.Administrator],
        [Permission.EraseStakeholders] = [MemberRole.Administrator],
        [Permission.ManageMembers] = [MemberRole.Administrator],
        [Permission.ManageOrganisation] = [MemberRole.Administrator],
        [Permission.ViewAuditLog] = [MemberRole.Administrator],
        [Permission.ViewFrameworks] = Everyone,
        [Permission.ManageFrameworks] = [MemberRole.Administrator],
        [Permission.ViewCampaigns] = Everyone,
        [Permission.ManageCampaigns] = [MemberRole.Administrator],
        // Interviews, respondents and their notes are personal data: those who run the programme.
        [Permission.RunInterviews] = [MemberRole.Facilitator, MemberRole.Administrator],
        [Permission.ViewRespondents] = [MemberRole.Facilitator, MemberRole.Administrator],
        [Permission.ManageSurveys] = [MemberRole.Facilitator, MemberRole.Administrator],
        [Permission.ImportAnswers] = [MemberRole.Facilitator, MemberRole.Administrator],
        // Findings, priorities and workshops are the facilitators' work; everyone reads the results.
        [Permission.ManageFindings] = [MemberRole.Facilitator, MemberRole.Administrator],
        [Permission.RunWorkshops] = [MemberRole.Facilitator, MemberRole.Administrator],
        // The strategy: everyone reads it, contributors comment, facilitators draft it, the programme lead decides.
        [Permission.ViewStrategy] = Everyone,
        [Permission.CommentStrategy] = [MemberRole.Contributor, MemberRole.Facilitator, MemberRole.Administrator],
        [Permission.EditStrategy] = [MemberRole.Facilitator, MemberRole.Administrator],
        [Permission.ApproveStrategy] = [MemberRole.Administrator],
        [Permission.PublishStrategy] = [MemberRole.Administrator],
        // Working sessions list participants and free notes (personal data): those who run them.
        [Permission.RunWorkingSessions] = [MemberRole.Facilitator, MemberRole.Administrator],
        // The roadmap: everyone reads it, facilitators plan it, contributors (initiative owners) record check-ins and measurements.
        [Permission.ViewRoadmap] = Everyone,
        [Permission.EditRoadmap] = [MemberRole.Facilitator, MemberRole.Administrator],
        [Permission.TrackRoadmap] = [MemberRole.Contributor, MemberRole.Facilitator, MemberRole.Administrator],
        // Case studies: departments (contributors) tell their projects; what reaches the public site is the programme lead's decision.
        [Permission.ViewCaseStudies] = Everyone,
        [Permission.EditCaseStudies] = [MemberRole.Contributor, MemberRole.Facilitator, MemberRole.Administrator],
        [Permission.PublishCaseStudies] = [MemberRole.Administrator],
        // Show & Tell events list presenters and attendees (personal data): those who organise them.
        [Permission.RunShowAndTell] = [MemberRole.Facilitator, MemberRole.Administrator],
        // Translating the strategy, the roadmap and the case studies (by hand or by XLIFF file) is the work of those who
        // edit all three; a framework's texts stay with those who manage frameworks.
        [Permission.TranslateContent] = [MemberRole.Facilitator, MemberRole.Administrator],
        // The data inventory: everyone reads the register (it says whom to ask); owners and stewards in the departments
        // (contributors) keep their entries and review them; facilitators import and remove; the programme lead publishes.
        [Permission.ViewInventory] = Everyone,
        [Permission.EditDatasets] = [MemberRole.Contributor, MemberRole.Facilitator, MemberRole.Administrator],
        [Permission.ManageInventory] = [MemberRole.Facilitator, MemberRole.Administrator],
        [Permission.PublishDatasets] = [MemberRole.Administrator],
        // Records of processing: whatever their role, only the members an administrator designated as data protection officer.
        [Permission.ManageProcessingRecords] = Everyone,
    };

    /// <summary>Permissions that need the data protection officer designation on top of the role.</summary>
    public static IReadOnlySet<Permission> DataProtectionOfficerOnly { get; } = new HashSet<Permission> { Permission.ManageProcessingRecords };

    /// <summary>Whether a member with <paramref name="role"/> and no designation may do it.</summary>
    public static bool Allows(MemberRole role, Permission permission) => Allows(role, false, permission);

    /// <summary>Whether a member with <paramref name="role"/>, designated as data protection officer or not, may do it.</summary>
    public static bool Allows(MemberRole role, bool dataProtectionOfficer, Permission permission) =>
        Rows[permission].Contains(role) && (dataProtectionOfficer || !DataProtectionOfficerOnly.Contains(permission));

    public static string PolicyName(Permission permission) => "perm:" + permission;
}
