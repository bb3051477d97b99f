using DataStrategy.Web.Infrastructure;
using DataStrategy.Core.Text;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Pages.Workshops;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using DataStrategy.Web.Infrastructure.Binding;

namespace DataStrategy.Web.Pages.Feedback;

/// <summary>
/// The attendees' feedback form: no account, no name, one answer per device (a cookie). The
/// event's code chooses the organisation; only published case studies and their titles are shown.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Workshop)]
public sealed class IndexModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : PageModel
{
    public const int MaxComment = 1000;

    [FromRoute]
    public string? Code { get; set; }

    [BindProperty]
    public int? Usefulness { get; set; }

    [BindProperty]
    public Guid? Favourite { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    public ShowAndTellEvent Event { get; private set; } = null!;

    public string OrganisationName { get; private set; } = "";

    public List<(Guid Id, LocalizedText Title)> CaseStudies { get; private set; } = [];

    public bool AlreadySent { get; private set; }

    public bool Sent { get; private set; }

    /// <summary>No event has the code: the page explains and offers to type it again (answer 404).</summary>
    public bool Unknown { get; private set; }

    public static string Lang => OrgPageModel.Lang;

    private string CookieName => "dss-feedback-" + Event.FeedbackCode;

    private async Task<bool> LoadAsync()
    {
        var code = Participation.NormaliseCode(Code);
        if (code.Length != 6)
        {
            return false;
        }

        var e = await db.ShowAndTellEvents.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(x => x.FeedbackCode == code);
        if (e is null)
        {
            return false;
        }

        tenant.SetOrganisation(e.OrganisationId);
        Event = e;
        OrganisationName = (await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == e.OrganisationId)).Name.Get(Lang);
        var agenda = await db.EventAgendaItems.AsNoTracking().Where(i => i.EventId == e.Id && i.CaseStudyId != null).OrderBy(i => i.Position).Select(i => i.CaseStudyId!.Value).ToListAsync();
        var studies = await db.CaseStudies.AsNoTracking().Where(c => agenda.Contains(c.Id) && c.Status == CaseStudyStatus.Published).ToDictionaryAsync(c => c.Id, c => c.Title);
        CaseStudies = agenda.Where(studies.ContainsKey).Distinct().Select(id => (id, studies[id])).ToList();
        AlreadySent = Request.Cookies.ContainsKey(CookieName);
        return true;
    }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : WrongCode();

    /// <summary>A mistyped code: the friendly page, with answer 404 (nothing is at this address).</summary>
    private PageResult WrongCode()
    {
        Unknown = true;
        return new PageResult { StatusCode = StatusCodes.Status404NotFound };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return WrongCode();
        }

        if (!Event.FeedbackOpen || AlreadySent)
        {
            return Page();
        }

        var unreadable = ModelState.ForgetBinderErrors();
        var usefulness = Usefulness ?? 0;
        if (usefulness is < 1 or > 5)
        {
            ModelState.AddModelError(nameof(Usefulness), l["Choose how useful it was, from 1 to 5."]);
        }

        Guid? favourite = null;
        if (Favourite is not null || unreadable.Contains(nameof(Favourite)))
        {
            if (Favourite is { } f && CaseStudies.Any(c => c.Id == f))
            {
                favourite = f;
            }
            else
            {
                ModelState.AddModelError(nameof(Favourite), l["Choose a case study from the list."]);
            }
        }

        var comment = Comment?.Trim() ?? "";
        if (comment.Length > MaxComment)
        {
            ModelState.AddModelError(nameof(Comment), l["The comment must be at most {0} characters long.", MaxComment]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.EventFeedback.Add(new EventFeedback { OrganisationId = Event.OrganisationId, EventId = Event.Id, Usefulness = usefulness, FavouriteCaseStudyId = favourite, Comment = comment, CommentLanguage = comment.Length == 0 ? null : LangHtml.PageLanguage });
        await db.SaveChangesAsync();
        Response.Cookies.Append(CookieName, "1", new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true, Expires = HttpContext.UtcNow().AddDays(30) });
        Sent = true;
        return Page();
    }
}
