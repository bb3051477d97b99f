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

    public const int MaxTitle = 200;

    /// <summary>The workshop's title by language code: participants see it in their language.</summary>
    [BindProperty]
    public Dictionary<string, string?> Title { get; set; } = [];

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

        // "Findings workshop" in each of the organisation's languages, as a starting point.
        Title = InputLanguages().ToDictionary(language => language, language => (string?)InLanguage(language, () => L["Findings workshop"].Value), StringComparer.Ordinal);
        HeldOn = HttpContext.UtcToday();
        return Page();
    }

    /// <summary>A resource text in another interface language than the reader's.</summary>
    private static string InLanguage(string language, Func<string> text)
    {
        var culture = System.Globalization.CultureInfo.CurrentUICulture;
        try
        {
            System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo(language);
            return text();
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = culture;
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var title = LocalizedFields.Read(ModelState, nameof(Title), Title, MaxTitle, language => L["{0} must be at most {1} characters long.", LanguageText.For(L, "Title in {language}", language), MaxTitle]);
        // Required in the organisation's languages, as other titles; English only where it is the sole language.
        LocalizedFields.RequireIn(ModelState, nameof(Title), title, Organisation.Languages.Where(x => x != Core.Languages.English), language => LanguageText.For(L, "Enter the title in {language}.", language));
        if (title.IsEmpty && ModelState.IsValid)
        {
            LocalizedFields.RequireAny(ModelState, nameof(Title), title, InputLanguages(Title), L["Enter a title."]);
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

        var workshop = new Workshop { CampaignId = Id, Title = title, VotesPerParticipant = VotesPerParticipant, HeldOn = HeldOn, Code = code, Status = WorkshopStatus.Planned };
        Db.Workshops.Add(workshop);
        await Db.SaveChangesAsync();
        return Redirect(OrgUrl($"/workshops/{workshop.Id}/present"));
    }
}
