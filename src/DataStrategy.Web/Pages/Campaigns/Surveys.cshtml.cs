using DataStrategy.Core.Csv;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Data.Surveys;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Campaigns;

/// <summary>
/// Survey links: a personal link per stakeholder (one response each) and open links for groups; invitations and
/// reminders by e-mail when a mail server is configured (else the links as CSV for a mail merge); response rates
/// per department.
/// </summary>
[RequirePermission(Permission.ManageSurveys)]
public sealed class SurveysModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l, IEmailSender email, SurveyMailer mailer) : OrgPageModel(db, tenant, l)
{
    [FromRoute]
    public Guid Id { get; set; }

    public Campaign Campaign { get; private set; } = null!;

    public sealed record PersonalRow(CampaignResponse Response, string Name, string? Email, PendingRespondent? Pending, DateTimeOffset? InvitedAt, int Reminders);

    public List<PersonalRow> Personal { get; private set; } = [];

    public sealed record OpenRow(SurveyLink Link, int Responses);

    public List<OpenRow> Open { get; private set; } = [];

    public List<Stakeholder> Available { get; private set; } = [];

    [BindProperty]
    public List<Guid> StakeholderIds { get; set; } = [];

    public const int MaxLabel = 200;

    /// <summary>The open link's label (for whom it is) by language code.</summary>
    [BindProperty]
    public Dictionary<string, string?> Label { get; set; } = [];

    [BindProperty]
    public bool Anonymous { get; set; }

    public string Link(string path) => HttpContext.AbsoluteUrl(path);

    /// <summary>Whether e-mails can be sent; if not, the page offers the CSV for a mail merge.</summary>
    public bool EmailConfigured => email.IsConfigured;

    public SurveyResponseRateReport Rates { get; private set; } = null!;

    /// <summary>Reminders go to those whose last e-mail is at least this many days old.</summary>
    [BindProperty(SupportsGet = true)]
    public int AfterDays { get; set; } = SurveyResponseRates.DefaultReminderDays;

    public List<PersonalRow> DueForReminder => Personal.Where(p => p.Pending is { } pending && pending.DueForReminder(HttpContext.UtcNow(), AfterDays)).ToList();

    public int NotYetInvited => Personal.Count(p => p.InvitedAt is null && p.Reminders == 0 && p.Response.Status is not (ResponseStatus.Completed or ResponseStatus.Cancelled));

    public string DepartmentName(DepartmentResponseRate row) => row.Name is { } name ? name.Get(Lang) : L["No department"];

    private async Task<bool> LoadAsync()
    {
        var campaign = await Db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == Id);
        if (campaign is null)
        {
            return false;
        }

        Campaign = campaign;
        if (AfterDays is < 1 or > SurveyResponseRates.MaxReminderDays)
        {
            AfterDays = SurveyResponseRates.DefaultReminderDays;
        }

        Rates = (await SurveyResponseRates.ComputeAsync(Db, Id))!;
        var pending = Rates.Pending.ToDictionary(p => p.ResponseId);
        var sent = (await Db.RespondentMessages.AsNoTracking().Where(m => m.CampaignId == Id).ToListAsync()).ToLookup(m => m.ResponseId);
        var responses = await Db.Responses.AsNoTracking().Include(r => r.Stakeholder)
            .Where(r => r.CampaignId == Id && r.Kind == ResponseKind.Survey && r.SurveyLinkId == null && r.Token != null)
            .ToListAsync();
        Personal = responses.Select(r => new PersonalRow(r, r.Stakeholder is { ErasedAt: null } s ? s.Name : L["Anonymised respondent"], r.Stakeholder?.Email,
                pending.GetValueOrDefault(r.Id), sent[r.Id].Where(m => m.Round == 0).Select(m => (DateTimeOffset?)(m.SentAt ?? m.ClaimedAt)).FirstOrDefault(),
                sent[r.Id].Count(m => m.Round > 0)))
            .OrderBy(r => r.Name, StringComparer.CurrentCulture).ToList();
        var counts = await Db.Responses.Where(r => r.CampaignId == Id && r.SurveyLinkId != null).GroupBy(r => r.SurveyLinkId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key!.Value, x => x.Count);
        Open = (await Db.SurveyLinks.AsNoTracking().Where(x => x.CampaignId == Id).OrderBy(x => x.CreatedAt).ToListAsync())
            .Select(x => new OpenRow(x, counts.GetValueOrDefault(x.Id))).ToList();
        var taken = responses.Where(r => r.StakeholderId != null).Select(r => r.StakeholderId!.Value).ToHashSet();
        Available = (await Db.Stakeholders.AsNoTracking().Where(s => s.ErasedAt == null).OrderBy(s => s.Name).ToListAsync())
            .Where(s => !taken.Contains(s.Id)).ToList();
        return true;
    }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    /// <summary>The personal links as CSV, for a mail merge.</summary>
    public async Task<IActionResult> OnGetCsvAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        // Headers and statuses in the reader's language: the file is read by a person preparing a mail merge.
        var bytes = CsvSafe.ToBytes([L["Name"], L["E-mail address"], L["Status"], L["Link"]],
            Personal.Select(p => (IReadOnlyList<string?>)[p.Name, p.Email, L["ResponseStatus." + p.Response.Status], Link("/survey/" + p.Response.Token)]),
            CsvSafe.DelimiterFor(Lang));
        return File(bytes, "text/csv; charset=utf-8", "survey-links.csv");
    }

    /// <summary>The response rates per department as CSV (counts only; headers and numbers in the reader's language).</summary>
    public async Task<IActionResult> OnGetRatesCsvAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        string? Percent(double? rate) => CsvSafe.Number(rate * 100, "0.0", Lang);
        var rows = Rates.Departments.Select(d => (IReadOnlyList<string?>)[d.Code, DepartmentName(d), Count(d.Invited), Count(d.Responded), Count(d.Started), Count(d.StillToAnswer), Percent(d.Rate), Count(d.OpenLinkResponses)])
            .Append([null, L["Total"], Count(Rates.Total.Invited), Count(Rates.Total.Responded), Count(Rates.Total.Started), Count(Rates.Total.StillToAnswer), Percent(Rates.Total.Rate), Count(Rates.Total.OpenLinkResponses)]);
        var bytes = CsvSafe.ToBytes([L["Code"], L["Department"], L["Invited"], L["Answered"], L["Started"], L["Still to answer"], L["Response rate (%)"], L["Answers through open links"]], rows, CsvSafe.DelimiterFor(Lang));
        return File(bytes, "text/csv; charset=utf-8", "survey-response-rates.csv");

        static string Count(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Sends the invitation to every personal link not yet e-mailed. Not in a request-wide transaction: each e-mail is
    /// claimed by a save of its own before it leaves, so that 32 clicks at once send it once (<see cref="RespondentMessageClaims"/>).
    /// </summary>
    [SingleSave]
    public async Task<IActionResult> OnPostInviteAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (!CanSend())
        {
            return Page();
        }

        var outcome = await mailer.InviteAsync(Organisation, Campaign, HttpContext.PublicBase(), HttpContext.UtcNow(), HttpContext.RequestAborted);
        Flash(Describe(outcome, L.Count(outcome.Sent, "{0} invitation was sent.", "{0} invitations were sent.")));
        return Redirect(OrgUrl($"/campaigns/{Id}/surveys#email"));
    }

    /// <inheritdoc cref="OnPostInviteAsync"/>
    [SingleSave]
    public async Task<IActionResult> OnPostRemindAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (Request.Form.TryGetValue(nameof(AfterDays), out var days) && (!int.TryParse(days, out var n) || n is < 1 or > SurveyResponseRates.MaxReminderDays))
        {
            ModelState.AddModelError(nameof(AfterDays), L["Choose a number of days between 1 and {0}.", SurveyResponseRates.MaxReminderDays]);
        }

        if (!CanSend())
        {
            return Page();
        }

        var outcome = await mailer.RemindAsync(Organisation, Campaign, AfterDays, HttpContext.PublicBase(), HttpContext.UtcNow(), HttpContext.RequestAborted);
        Flash(Describe(outcome, L.Count(outcome.Sent, "{0} reminder was sent.", "{0} reminders were sent.")));
        return Redirect(OrgUrl($"/campaigns/{Id}/surveys?afterDays={AfterDays}#email"));
    }

    private bool CanSend()
    {
        if (!email.IsConfigured)
        {
            ModelState.AddModelError(string.Empty, L["No mail server is configured: download the links (CSV) for a mail merge instead."]);
        }

        if (!Campaign.AcceptsAnswers)
        {
            ModelState.AddModelError(string.Empty, L["This campaign is closed: its answers are frozen."]);
        }

        return ModelState.IsValid;
    }

    private string Describe(SurveyMailOutcome outcome, string sent)
    {
        var parts = new List<string> { sent };
        if (outcome.WithoutAddress > 0)
        {
            parts.Add(L.Count(outcome.WithoutAddress, "{0} person has no valid e-mail address: give them their link another way.", "{0} people have no valid e-mail address: give them their link another way."));
        }

        if (outcome.Failed > 0)
        {
            parts.Add(L.Count(outcome.Failed, "{0} e-mail could not be sent; try again later.", "{0} e-mails could not be sent; try again later."));
        }

        return string.Join(" ", parts);
    }

    public async Task<IActionResult> OnPostPersonalAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (!Campaign.AcceptsAnswers)
        {
            ModelState.AddModelError(string.Empty, L["This campaign is closed: its answers are frozen."]);
            return Page();
        }

        var chosen = Available.Where(s => StakeholderIds.Contains(s.Id)).ToList();
        if (chosen.Count == 0 || chosen.Count != StakeholderIds.Distinct().Count())
        {
            ModelState.AddModelError(nameof(StakeholderIds), L["Choose stakeholders from the list."]);
            return Page();
        }

        foreach (var s in chosen)
        {
            Db.Responses.Add(new CampaignResponse
            {
                CampaignId = Id,
                Kind = ResponseKind.Survey,
                Status = ResponseStatus.Planned,
                StakeholderId = s.Id,
                DepartmentId = s.DepartmentId,
                Token = Survey.IndexModel.NewToken(),
            });
        }

        await Db.SaveChangesAsync();
        Flash(L.Count(chosen.Count, "{0} personal link was created.", "{0} personal links were created."));
        return Redirect(OrgUrl($"/campaigns/{Id}/surveys"));
    }

    public async Task<IActionResult> OnPostOpenAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var label = LocalizedFields.Read(ModelState, nameof(Label), Label, MaxLabel, language => L["{0} must be at most {1} characters long.", LanguageText.For(L, "Label in {language}", language), MaxLabel]);
        // Respondents read the label in their language: required in the organisation's languages (English where it is the sole one).
        LocalizedFields.RequireIn(ModelState, nameof(Label), label, Organisation.Languages.Where(x => x != Core.Languages.English), language => LanguageText.For(L, "Give the link a label in {language}.", language));
        if (label.IsEmpty && ModelState.IsValid)
        {
            LocalizedFields.RequireAny(ModelState, nameof(Label), label, InputLanguages(Label), L["Give the link a label, such as the group it is for."]);
        }

        if (!Campaign.AcceptsAnswers)
        {
            ModelState.AddModelError(string.Empty, L["This campaign is closed: its answers are frozen."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Db.SurveyLinks.Add(new SurveyLink { CampaignId = Id, Label = label, Anonymous = Anonymous, Token = Survey.IndexModel.NewToken() });
        await Db.SaveChangesAsync();
        Flash(L["The open link was created."]);
        return Redirect(OrgUrl($"/campaigns/{Id}/surveys"));
    }

    public async Task<IActionResult> OnPostToggleAsync(Guid linkId)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var link = await Db.SurveyLinks.SingleOrDefaultAsync(x => x.Id == linkId && x.CampaignId == Id);
        if (link is null)
        {
            return NotFound();
        }

        link.IsActive = !link.IsActive;
        await Db.SaveChangesAsync();
        Flash(link.IsActive ? L["The link is open again."] : L["The link is closed: nobody can start a new response with it."]);
        return Redirect(OrgUrl($"/campaigns/{Id}/surveys"));
    }
}
