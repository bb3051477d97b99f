using DataStrategy.Core.Text;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Interviews;

/// <summary>Plans an interview: who, by whom, when; later its status.</summary>
[RequirePermission(Permission.RunInterviews)]
public sealed class EditModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    [FromRoute]
    public Guid? Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid Campaign { get; set; }

    [BindProperty]
    public Guid? StakeholderId { get; set; }

    [BindProperty]
    public string? InterviewerId { get; set; }

    [BindProperty]
    public DateTime? ScheduledAt { get; set; }

    [BindProperty]
    public ResponseStatus Status { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    public bool IsNew => Id is null;

    public LocalizedText CampaignName { get; private set; } = new();

    public List<Stakeholder> Stakeholders { get; private set; } = [];

    public List<(string Id, string Name)> Interviewers { get; private set; } = [];

    private async Task<bool> LoadListsAsync()
    {
        var campaign = await Db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == Campaign);
        if (campaign is null)
        {
            return false;
        }

        CampaignName = campaign.Name;
        Stakeholders = await Db.Stakeholders.AsNoTracking().Where(s => s.ErasedAt == null).OrderBy(s => s.Name).ToListAsync();
        Interviewers = (await Db.Memberships.AsNoTracking().Include(m => m.User)
                .Where(m => m.Role == MemberRole.Facilitator || m.Role == MemberRole.Administrator).ToListAsync())
            .Select(m => (m.UserId, m.User!.DisplayName.Length > 0 ? m.User.DisplayName : m.User.Email ?? m.UserId))
            .OrderBy(x => x.Item2, StringComparer.CurrentCulture).ToList();
        return true;
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (Id is not null)
        {
            var r = await Db.Responses.AsNoTracking().SingleOrDefaultAsync(x => x.Id == Id && x.Kind == ResponseKind.Interview);
            if (r is null)
            {
                return NotFound();
            }

            (Campaign, StakeholderId, InterviewerId, Status, Version) = (r.CampaignId, r.StakeholderId, r.InterviewerId, r.Status, r.Version);
            ScheduledAt = r.ScheduledAt?.ToLocalTime().DateTime;
        }
        else
        {
            InterviewerId = User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
        }

        return await LoadListsAsync() ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        CampaignResponse? response = null;
        if (Id is not null)
        {
            response = await Db.Responses.SingleOrDefaultAsync(x => x.Id == Id && x.Kind == ResponseKind.Interview);
            if (response is null)
            {
                return NotFound();
            }

            Campaign = response.CampaignId;
        }

        if (!await LoadListsAsync())
        {
            return NotFound();
        }

        var stakeholder = Stakeholders.Find(s => s.Id == StakeholderId);
        if (stakeholder is null && !(response is not null && response.StakeholderId is null && StakeholderId is null))
        {
            ModelState.AddModelError(nameof(StakeholderId), L["Choose the stakeholder to interview."]);
        }

        if (InterviewerId is not null && !Interviewers.Exists(i => i.Id == InterviewerId))
        {
            ModelState.AddModelError(nameof(InterviewerId), L["Choose an interviewer from the list."]);
        }

        if (!Enum.IsDefined(Status))
        {
            ModelState.AddModelError(nameof(Status), L["Choose a status."]);
        }

        var campaign = await Db.Campaigns.AsNoTracking().SingleAsync(c => c.Id == Campaign);
        if (!campaign.AcceptsAnswers)
        {
            ModelState.AddModelError(string.Empty, L["This campaign is closed: its answers are frozen."]);
        }

        if (ModelState.IsValid && stakeholder is not null && await Db.Responses.AnyAsync(r => r.CampaignId == Campaign && r.Kind == ResponseKind.Interview && r.StakeholderId == stakeholder.Id && r.Id != Id && r.Status != ResponseStatus.Cancelled))
        {
            ModelState.AddModelError(nameof(StakeholderId), L["This stakeholder already has an interview in this campaign."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (response is null)
        {
            response = new CampaignResponse { CampaignId = Campaign, Kind = ResponseKind.Interview };
            Db.Responses.Add(response);
        }
        else
        {
            Db.Entry(response).Property(x => x.Version).OriginalValue = Version;
        }

        if (stakeholder is not null)
        {
            response.StakeholderId = stakeholder.Id;
            response.DepartmentId = stakeholder.DepartmentId;
        }

        response.InterviewerId = InterviewerId;
        response.ScheduledAt = ScheduledAt is { } at ? new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Local)).ToUniversalTime() : null;
        response.Status = Status;
        response.CompletedAt = Status == ResponseStatus.Completed ? response.CompletedAt ?? HttpContext.UtcNow() : null;
        response.UpdatedAt = HttpContext.UtcNow();
        if (!await TrySaveAsync())
        {
            return Page();
        }

        Flash(IsNew ? L["The interview was planned."] : L["The interview was saved."]);
        return Redirect(OrgUrl("/campaigns/" + Campaign + "#interviews"));
    }
}
