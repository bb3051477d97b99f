using System.Security.Claims;
using DataStrategy.Core.Inventory;
using DataStrategy.Core.Programme;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Data.Inventory;
using DataStrategy.Data.Programme;
using DataStrategy.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Overview;

/// <summary>
/// The programme cockpit, every member's landing page: the six phases with their state, dates and progress; the
/// guided set-up while a new organisation is not set up; the next tasks of those who run the programme; and the
/// summary every reader may see (aggregates only). The figures come from <see cref="ProgrammeCockpit"/>.
/// </summary>
[RequirePermission(Permission.ViewOrganisation)]
public sealed class IndexModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    public IReadOnlyList<PhaseStatus> Phases { get; private set; } = [];

    /// <summary>The set-up steps, for those who can take them; null once every step is done or for other roles.</summary>
    public IReadOnlyList<SetupItem>? Setup { get; private set; }

    /// <summary>The next tasks, for those who run the programme; null for readers.</summary>
    public CockpitTasks? Tasks { get; private set; }

    public CockpitSummary Summary { get; private set; } = null!;

    /// <summary>The data inventory's indicators, for those who may see the register; null for others.</summary>
    public InventoryFigures? Inventory { get; private set; }

    /// <summary>Datasets due for review or stale, as a next task of those who manage the inventory (0 for others).</summary>
    public int InventoryTask => Inventory is { } i && Can(Permission.ManageInventory) ? i.DueOrStale : 0;

    public Campaign? Focus { get; private set; }

    public bool IsSystemAdministrator { get; private set; }

    /// <summary>Whether the member runs the programme (and so sees its next tasks).</summary>
    public bool RunsProgramme => Can(Permission.RunInterviews) || Can(Permission.ManageFindings) || Can(Permission.EditRoadmap);

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var now = HttpContext.UtcNow();
        Focus = await ProgrammeCockpit.FocusCampaignAsync(Db, ct);
        Phases = await ProgrammeCockpit.PhasesAsync(Db, now, ct);
        if (Can(Permission.ManageOrganisation))
        {
            var setup = await ProgrammeCockpit.SetupAsync(Db, ct);
            Setup = setup.All(s => s.Done) ? null : setup;
        }

        if (RunsProgramme)
        {
            Tasks = await ProgrammeCockpit.TasksAsync(Db, now, [.. Organisation.Languages.Where(DataStrategy.Core.Languages.IsSupported).Distinct()], ct);
        }

        Summary = await ProgrammeCockpit.SummaryAsync(Db, now, ct);
        if (Can(Permission.ViewInventory))
        {
            Inventory = await InventoryIndicators.ComposeAsync(Db, now, ct);
        }

        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        IsSystemAdministrator = await Db.Users.AnyAsync(u => u.Id == userId && u.IsSystemAdministrator, ct);
    }

    /// <summary>Where a phase's work is done, or null when the reader may not open it.</summary>
    public string? PhaseUrl(ProgrammePhase phase) => phase switch
    {
        ProgrammePhase.Assessment => Can(Permission.ViewCampaigns) ? OrgUrl(Focus is null ? "/campaigns" : "/campaigns/" + Focus.Id) : null,
        ProgrammePhase.FindingsWorkshop => Focus is null ? null
            : Can(Permission.RunWorkshops) ? OrgUrl($"/campaigns/{Focus.Id}/workshops")
            : Can(Permission.ViewCampaigns) ? OrgUrl($"/campaigns/{Focus.Id}/findings") : null,
        ProgrammePhase.WorkingSessions => Can(Permission.RunWorkingSessions) ? OrgUrl("/sessions") : null,
        ProgrammePhase.Strategy => Can(Permission.ViewStrategy) ? OrgUrl("/strategy") : null,
        ProgrammePhase.Roadmap => Can(Permission.ViewRoadmap) ? OrgUrl("/roadmap") : null,
        _ => Can(Permission.RunShowAndTell) ? OrgUrl("/events") : Can(Permission.ViewCaseStudies) ? OrgUrl("/case-studies") : null,
    };

    /// <summary>Where a set-up step is taken.</summary>
    public string SetupUrl(SetupStep step) => step switch
    {
        SetupStep.Departments => OrgUrl("/departments/edit"),
        SetupStep.Stakeholders => OrgUrl("/stakeholders/import"),
        SetupStep.Framework => OrgUrl("/frameworks/import"),
        SetupStep.Campaign => OrgUrl("/campaigns/edit"),
        SetupStep.Members => OrgUrl("/members/invite"),
        _ => Focus is null ? OrgUrl("/campaigns") : OrgUrl("/interviews/edit?campaign=" + Focus.Id),
    };

    /// <summary>The progress line of a phase: what is counted, done out of total.</summary>
    public string ProgressText(PhaseStatus p) => p.Phase switch
    {
        ProgrammePhase.Assessment => L["Responses completed: {0} of {1}", p.Done, p.Total],
        ProgrammePhase.FindingsWorkshop => L["Workshops held: {0} of {1}", p.Done, p.Total],
        ProgrammePhase.WorkingSessions => L["Sessions held: {0} of {1}", p.Done, p.Total],
        ProgrammePhase.Strategy => L["Step {0} of {1}: {2}", p.Done, p.Total, L["StrategyStep." + p.Done]],
        ProgrammePhase.Roadmap => L["Initiatives done: {0} of {1}", p.Done, p.Total],
        _ => L["Events held: {0} of {1}", p.Done, p.Total],
    };

    /// <summary>A fraction as a whole percentage in the reader's culture.</summary>
    public static string Percent(int part, int whole) => InventoryFigures.Share(part, whole).ToString("P0", System.Globalization.CultureInfo.CurrentCulture);

    public string DateText(DateOnly? date) => date is { } d ? Core.Text.DateText.Abbreviated(d, System.Globalization.CultureInfo.CurrentCulture) : "";

    public static string Score(double? value) => value?.ToString("0.0", System.Globalization.CultureInfo.CurrentCulture) ?? "–";

    public static string Change(double? value) => value is { } v ? (v >= 0 ? "+" : "−") + Math.Abs(v).ToString("0.0", System.Globalization.CultureInfo.CurrentCulture) : "–";
}
