using System.ComponentModel.DataAnnotations;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Workshops;

/// <summary>A campaign's findings workshops: plan one, then present it.</summary>
[RequirePermission(Permission.RunWorkshops)]
public sealed class IndexModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter a title.")]
    [StringLength(200, ErrorMessage = "{0} must be at most {1} characters long.")]
    [Display(Name = "Title")]
    public string Title { get; set; } = string.Empty;

    [BindProperty]
    [Range(1, 20, ErrorMessage = "{0} must be between {1} and {2}.")]
    [Display(Name = "Votes per participant")]
    public int VotesPerParticipant { get; set; } = 3;

    [BindProperty]
    [Display(Name = "Date")]
    public DateOnly? HeldOn { get; set; }

    public Campaign Campaign { get; private set; } = null!;

    public sealed record Row(Workshop Workshop, int Participants, int Votes);

    public List<Row> Workshops { get; private set; } = [];

    private async Task<bool> LoadAsync()
    {
        var campaign = await Db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == Id);
        if (campaign is null)
        {
            return false;
        }

        Campaign = campaign;
        var workshops = await Db.Workshops.AsNoTracking().Where(w => w.CampaignId == Id).OrderByDescending(w => w.CreatedAt).ToListAsync();
        var ids = workshops.Select(w => w.Id).ToList();
        var participants = await Db.WorkshopParticipants.Where(p => ids.Contains(p.WorkshopId)).GroupBy(p => p.WorkshopId).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N);
        var votes = await Db.WorkshopVotes.Where(v => ids.Contains(v.WorkshopId)).GroupBy(v => v.WorkshopId).Select(g => new { g.Key, N = g.Sum(v => v.Votes) }).ToDictionaryAsync(x => x.Key, x => x.N);
        Workshops = workshops.Select(w => new Row(w, participants.GetValueOrDefault(w.Id), votes.GetValueOrDefault(w.Id))).ToList();
        return true;
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Title = L["Findings workshop"];
        HeldOn = HttpContext.UtcToday();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        string code;
        do
        {
            code = Participation.NewCode();
        }
        while (await Db.Workshops.IgnoreQueryFilters().AnyAsync(w => w.Code == code));

        var workshop = new Workshop { CampaignId = Id, Title = Title.Trim(), VotesPerParticipant = VotesPerParticipant, HeldOn = HeldOn, Code = code, Status = WorkshopStatus.Planned };
        Db.Workshops.Add(workshop);
        await Db.SaveChangesAsync();
        return Redirect(OrgUrl($"/workshops/{workshop.Id}/present"));
    }
}
