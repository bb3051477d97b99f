using System.Globalization;
using DataStrategy.Core.Analysis;
using DataStrategy.Core.Frameworks;
using DataStrategy.Core.Text;
using DataStrategy.Data;
using DataStrategy.Data.Assessment;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Pages.Workshops;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Join;

/// <summary>
/// A workshop participant's phone: no account, one ballot per device (a random token in a
/// cookie, stored hashed), the current slide's finding, votes on priorities and comments.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Workshop)]
public sealed class IndexModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : PageModel
{
    [FromRoute]
    public string? Code { get; set; }

    [BindProperty(Name = "Ballot")]
    public Dictionary<string, int> Ballot { get; set; } = [];

    [BindProperty]
    public string? Comment { get; set; }

    public Workshop? Workshop { get; private set; }

    public WorkshopParticipant? Participant { get; private set; }

    public FrameworkDefinition Definition { get; private set; } = null!;

    public Slide? Current { get; private set; }

    public Dictionary<string, int> MyVotes { get; private set; } = [];

    public string? Message { get; private set; }

    /// <summary>No workshop has the code: the page explains and offers to type it again (answer 404).</summary>
    public bool Unknown { get; private set; }

    public static string Lang => OrgPageModel.Lang;

    public string T(LocalizedText text) => text.Get(Lang);

    public bool Accepting => Workshop is { Status: not WorkshopStatus.Ended };

    public bool VotingOpen => Workshop is { Status: WorkshopStatus.Live, VotingOpen: true };

    private async Task<bool> LoadAsync(bool createParticipant)
    {
        var code = Participation.NormaliseCode(Code);
        if (code.Length != 6)
        {
            return false;
        }

        var workshop = await db.Workshops.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(w => w.Code == code);
        if (workshop is null)
        {
            return false;
        }

        // From here on the request acts inside the workshop's organisation.
        tenant.SetOrganisation(workshop.OrganisationId);
        Workshop = workshop;
        Code = code;
        var campaign = await db.Campaigns.AsNoTracking().SingleAsync(c => c.Id == workshop.CampaignId);
        Definition = (await FrameworkLibrary.DefinitionAsync(db, campaign.FrameworkId))!;
        var slides = await Participation.SlidesAsync(db, workshop);
        Current = slides[Math.Clamp(workshop.CurrentSlide, 0, slides.Count - 1)];

        var token = Request.Cookies[Participation.CookieName];
        if (!Participation.IsValidToken(token))
        {
            if (!createParticipant)
            {
                return true;
            }

            token = Participation.NewDeviceToken();
            Response.Cookies.Append(Participation.CookieName, token, new CookieOptions
            {
                HttpOnly = true,
                IsEssential = true,
                SameSite = SameSiteMode.Lax,
                Secure = Request.IsHttps,
                Path = "/w",
                MaxAge = TimeSpan.FromDays(2),
            });
        }

        var hash = Participation.Hash(token!);
        Participant = await db.WorkshopParticipants.SingleOrDefaultAsync(p => p.WorkshopId == workshop.Id && p.DeviceHash == hash);
        if (Participant is null && createParticipant && Accepting)
        {
            if (await db.WorkshopParticipants.CountAsync(p => p.WorkshopId == workshop.Id) >= Participation.MaxParticipants)
            {
                Message = l["This workshop is full."];
                return true;
            }

            Participant = new WorkshopParticipant { WorkshopId = workshop.Id, DeviceHash = hash };
            db.WorkshopParticipants.Add(Participant);
            try
            {
                await db.SaveChangesAsync();
            }
            catch (DbUpdateException)
            {
                // The same device joined twice at once: use the row that won.
                db.ChangeTracker.Clear();
                Participant = await db.WorkshopParticipants.SingleAsync(p => p.WorkshopId == workshop.Id && p.DeviceHash == hash);
            }
        }

        if (Participant is not null)
        {
            MyVotes = await db.WorkshopVotes.Where(v => v.ParticipantId == Participant.Id).ToDictionaryAsync(v => v.ThemeId, v => v.Votes);
        }

        return true;
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync(createParticipant: true))
        {
            Unknown = true;
            return new PageResult { StatusCode = StatusCodes.Status404NotFound };
        }

        return Page();
    }

    /// <summary>What a participant's phone polls: the slide and whether voting is open.</summary>
    public async Task<IActionResult> OnGetStateAsync()
    {
        if (!await LoadAsync(createParticipant: false))
        {
            return NotFound();
        }

        return new JsonResult(new { slide = Workshop!.CurrentSlide, votingOpen = VotingOpen, status = Workshop.Status.ToString() });
    }

    public async Task<IActionResult> OnPostVoteAsync()
    {
        if (!await LoadAsync(createParticipant: true))
        {
            return NotFound();
        }

        if (Participant is null || !VotingOpen)
        {
            ModelState.AddModelError(string.Empty, l["Voting is closed."]);
            return Page();
        }

        var ballot = Ballot.Where(b => b.Value != 0).ToDictionary(b => b.Key, b => b.Value);
        if (!ModelState.IsValid)
        {
            // A value that is not a whole number never binds: say so instead of ignoring it.
            ModelState.Clear();
            ModelState.AddModelError(string.Empty, l["Enter whole numbers of votes."]);
            return Page();
        }

        if (Participation.CheckBallot(ballot, Definition.Themes.Select(t => t.Id).ToList(), Workshop!.VotesPerParticipant) is { } error)
        {
            ModelState.AddModelError(string.Empty, l[error, Workshop.VotesPerParticipant]);
            MyVotes = Ballot;
            return Page();
        }

        // The ballot replaces the device's previous one, in the request's transaction.
        var old = await db.WorkshopVotes.Where(v => v.ParticipantId == Participant.Id).ToListAsync();
        db.WorkshopVotes.RemoveRange(old);
        db.WorkshopVotes.AddRange(ballot.Select(b => new WorkshopVote { WorkshopId = Workshop.Id, ParticipantId = Participant.Id, ThemeId = b.Key, Votes = b.Value }));
        await db.SaveChangesAsync();
        TempData["Flash"] = l["Your votes are saved. You can change them while voting is open."].Value;
        return Redirect("/w/" + Code);
    }

    public async Task<IActionResult> OnPostCommentAsync()
    {
        if (!await LoadAsync(createParticipant: true))
        {
            return NotFound();
        }

        // A comment posts no ballot: whatever the ballot binder made of the form does not apply.
        ModelState.Clear();
        if (Participant is null || !Accepting)
        {
            ModelState.AddModelError(string.Empty, l["This workshop has ended."]);
            return Page();
        }

        var text = Comment?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            ModelState.AddModelError(nameof(Comment), l["Write a comment first."]);
        }
        else if (text.Length > Participation.MaxComment)
        {
            ModelState.AddModelError(nameof(Comment), l["The comment must be at most {0} characters long.", Participation.MaxComment]);
        }
        else if (await db.WorkshopComments.CountAsync(c => c.ParticipantId == Participant.Id) >= Participation.MaxCommentsPerParticipant)
        {
            ModelState.AddModelError(nameof(Comment), l["You have reached the number of comments one person can leave."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.WorkshopComments.Add(new WorkshopComment { WorkshopId = Workshop!.Id, ParticipantId = Participant.Id, Slide = Workshop.CurrentSlide, Text = text, Language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName });
        await db.SaveChangesAsync();
        TempData["Flash"] = l["Thank you: your comment is on the facilitator's screen."].Value;
        return Redirect("/w/" + Code);
    }
}
