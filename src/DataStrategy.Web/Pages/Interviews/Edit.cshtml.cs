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
public sealed class EditModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l, IEmailSender email, ILogger<EditModel> logger) : OrgPageModel(db, tenant, l)
{
    /// <summary>Whether the invitation can be sent by e-mail (else it is offered as a file only).</summary>
    public bool EmailConfigured => email.IsConfigured;

    /// <summary>The saved interview's date (the calendar invitation needs one) and its stakeholder's address.</summary>
    public DateTimeOffset? SavedScheduledAt { get; private set; }

    public bool StakeholderHasEmail { get; private set; }

    public DateTimeOffset? InvitationSentAt { get; private set; }

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
            SavedScheduledAt = r.ScheduledAt;
            StakeholderHasEmail = r.StakeholderId is { } sid && await Db.Stakeholders.AnyAsync(s => s.Id == sid && s.ErasedAt == null && s.Email != null && s.Email != "");
            InvitationSentAt = await Db.RespondentMessages.Where(m => m.ResponseId == r.Id).OrderByDescending(m => m.ClaimedAt).Select(m => (DateTimeOffset?)(m.SentAt ?? m.ClaimedAt)).FirstOrDefaultAsync();
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

    /// <summary>The interview as an iCalendar file (RFC 5545) to add to a calendar or forward.</summary>
    public async Task<IActionResult> OnGetIcsAsync()
    {
        if (Id is not { } id || await InterviewCalendar.ForAsync(Db, L, Organisation, id, HttpContext.PublicHost(), HttpContext.UtcNow(), null, HttpContext.RequestAborted) is not { } invitation)
        {
            return NotFound();
        }

        return File(System.Text.Encoding.UTF8.GetBytes(Core.Calendar.IcsWriter.Write(invitation.Event)), Core.Calendar.IcsWriter.ContentType, "interview.ics");
    }

    /// <summary>
    /// Sends the interview to the stakeholder as a calendar invitation (METHOD:REQUEST). Once per revision of the
    /// interview: clicks at once, or again without a change, send nothing more; a changed interview can be sent again.
    /// </summary>
    [SingleSave]
    public async Task<IActionResult> OnPostSendInvitationAsync()
    {
        if (Id is not { } id || await Db.Responses.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id && r.Kind == ResponseKind.Interview) is not { } interview)
        {
            return NotFound();
        }

        var now = HttpContext.UtcNow();
        var invitation = await InterviewCalendar.ForAsync(Db, L, Organisation, id, HttpContext.PublicHost(), now, "REQUEST", HttpContext.RequestAborted);
        var back = OrgUrl("/interviews/edit/" + id);
        if (!email.IsConfigured)
        {
            Flash(L["No mail server is configured: download the invitation and send it yourself."]);
            return Redirect(back);
        }

        if (invitation is null || invitation.AttendeeEmail is not { } to || Core.Calendar.IcsWriter.Address(to) is null)
        {
            Flash(L["The interview needs a date and a stakeholder with a valid e-mail address before it can be sent."]);
            return Redirect(back);
        }

        var claim = await Data.Surveys.RespondentMessageClaims.ClaimAsync(Db, interview.CampaignId, id, invitation.Event.Sequence, invitation.Language, now, HttpContext.RequestAborted);
        if (claim is null)
        {
            Flash(L["This invitation was already sent; change the interview to send it again."]);
            return Redirect(back);
        }

        try
        {
            await email.SendCalendarAsync(to, invitation.Subject, invitation.Body, Core.Calendar.IcsWriter.Write(invitation.Event), HttpContext.RequestAborted);
        }
#pragma warning disable CA1031 // A mail failure frees the claim and says so; the file stays downloadable.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.LogWarning(ex, "Sending the interview invitation failed.");
            await Data.Surveys.RespondentMessageClaims.ReleaseAsync(Db, claim, CancellationToken.None);
            Flash(L["The invitation could not be sent; try again later, or download it and send it yourself."]);
            return Redirect(back);
        }

        await Data.Surveys.RespondentMessageClaims.ConfirmAsync(Db, claim, now, CancellationToken.None);
        Flash(L["The invitation was sent."]);
        return Redirect(back);
    }
}
