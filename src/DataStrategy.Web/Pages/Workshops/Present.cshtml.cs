using DataStrategy.Core.Analysis;
using DataStrategy.Core.Text;
using DataStrategy.Data;
using DataStrategy.Data.Analysis;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Workshops;

/// <summary>
/// The facilitator's presentation: one slide per screen, keyboard navigation, live votes and
/// comments. Moving to a slide moves every participant's phone to it.
/// </summary>
[RequirePermission(Permission.RunWorkshops)]
public sealed class PresentModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public int Slide { get; set; }

    public Workshop Workshop { get; private set; } = null!;

    public CampaignAnalysis Analysis { get; private set; } = null!;

    public IReadOnlyList<Slide> Slides { get; private set; } = [];

    public Slide Current => Slides[Math.Clamp(Workshop.CurrentSlide, 0, Slides.Count - 1)];

    public WorkshopState State { get; private set; } = null!;

    public IReadOnlyList<RankedPriority> Ranking { get; private set; } = [];

    public string JoinUrl => HttpContext.AbsoluteUrl("/w");

    public string T(LocalizedText text) => text.Get(Lang);

    public string ThemeName(string id) => Analysis.Definition.Theme(id) is { } t ? T(t.Name) : id;

    private async Task<Workshop?> LoadAsync(bool tracked = false)
    {
        var workshop = await (tracked ? Db.Workshops : Db.Workshops.AsNoTracking()).SingleOrDefaultAsync(w => w.Id == Id);
        if (workshop is null)
        {
            return null;
        }

        Workshop = workshop;
        Slides = await Participation.SlidesAsync(Db, workshop);
        return workshop;
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is null)
        {
            return NotFound();
        }

        Analysis = (await CampaignAnalyses.RunAsync(Db, Workshop.CampaignId, null, HttpContext.RequestAborted))!;
        State = await Participation.StateAsync(Db, Workshop, true);
        Ranking = Participation.Ranking(Analysis.Themes, State.Votes);
        return Page();
    }

    /// <summary>Live results for the presenter's script: votes, participants, comments on the current slide.</summary>
    public async Task<IActionResult> OnGetLiveAsync()
    {
        if (await LoadAsync() is null)
        {
            return NotFound();
        }

        return new JsonResult(await Participation.StateAsync(Db, Workshop, true));
    }

    public async Task<IActionResult> OnPostGoAsync() => await ChangeAsync(w => w.CurrentSlide = Math.Clamp(Slide, 0, Slides.Count - 1));

    public async Task<IActionResult> OnPostStartAsync() => await ChangeAsync(w => w.Status = WorkshopStatus.Live);

    public async Task<IActionResult> OnPostOpenVotingAsync() => await ChangeAsync(w =>
    {
        w.Status = WorkshopStatus.Live;
        w.VotingOpen = true;
        w.CurrentSlide = Slides.First(s => s.Kind == SlideKind.Vote).Number;
    });

    public async Task<IActionResult> OnPostCloseVotingAsync() => await ChangeAsync(w => w.VotingOpen = false);

    public async Task<IActionResult> OnPostEndAsync() => await ChangeAsync(w =>
    {
        w.VotingOpen = false;
        w.Status = WorkshopStatus.Ended;
    });

    private async Task<IActionResult> ChangeAsync(Action<Workshop> change)
    {
        var workshop = await LoadAsync(tracked: true);
        if (workshop is null)
        {
            return NotFound();
        }

        // An ended workshop stays ended: a stale presenter tab cannot reopen voting.
        if (workshop.Status != WorkshopStatus.Ended)
        {
            change(workshop);
            await Db.SaveChangesAsync();
        }

        return Redirect(OrgUrl($"/workshops/{Id}/present"));
    }
}
