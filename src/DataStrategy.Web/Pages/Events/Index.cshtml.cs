using System.Globalization;
using DataStrategy.Core.Text;
using DataStrategy.Data;
using DataStrategy.Data.Analysis;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Events;

/// <summary>The organisation's Show &amp; Tell events, and a new one.</summary>
[RequirePermission(Permission.RunShowAndTell)]
public sealed class IndexModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    public const int MaxTitle = 200;

    /// <summary>The new event's title by language code.</summary>
    [BindProperty]
    public Dictionary<string, string?> Title { get; set; } = [];

    [BindProperty]
    public string? Date { get; set; }

    [BindProperty]
    public string? Time { get; set; }

    /// <summary>The new event's place by language code.</summary>
    [BindProperty]
    public Dictionary<string, string?> Location { get; set; } = [];

    public List<(ShowAndTellEvent Event, int Items, int Attendees, int Feedback)> Events { get; private set; } = [];

    public string T(LocalizedText text) => text.Get(Lang);

    public static string When(DateTimeOffset at) => at.ToLocalTime().ToString("f", CultureInfo.CurrentCulture);

    public async Task OnGetAsync() => await LoadAsync();

    private async Task LoadAsync()
    {
        var events = await Db.ShowAndTellEvents.AsNoTracking().ToListAsync();
        var items = await Db.EventAgendaItems.AsNoTracking().GroupBy(i => i.EventId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        var attendees = await Db.EventAttendees.AsNoTracking().GroupBy(i => i.EventId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        var feedback = await Db.EventFeedback.AsNoTracking().GroupBy(i => i.EventId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        Events = events.OrderByDescending(e => e.HeldAt)
            .Select(e => (e, items.GetValueOrDefault(e.Id), attendees.GetValueOrDefault(e.Id), feedback.GetValueOrDefault(e.Id))).ToList();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var title = EventForm.Title(ModelState, L, Title, InputLanguages(Title));
        var heldAt = EventForm.When(ModelState, L, Date, Time);
        var location = EventForm.Location(ModelState, L, Location);
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        string code;
        do
        {
            code = WorkshopCodes.New();
        }
        while (await Db.ShowAndTellEvents.IgnoreQueryFilters().AnyAsync(e => e.FeedbackCode == code) || await Db.Workshops.IgnoreQueryFilters().AnyAsync(w => w.Code == code));

        var e = new ShowAndTellEvent { OrganisationId = Organisation.Id, Title = title, HeldAt = heldAt!.Value, Location = location, FeedbackCode = code };
        Db.ShowAndTellEvents.Add(e);
        // A new event starts with the walk-through the issue asks for: results, strategy, roadmap; case studies are added next.
        var position = 0;
        foreach (var kind in new[] { AgendaItemKind.Assessment, AgendaItemKind.Strategy, AgendaItemKind.Roadmap })
        {
            Db.EventAgendaItems.Add(new EventAgendaItem { OrganisationId = Organisation.Id, EventId = e.Id, Kind = kind, Position = position++, Minutes = 10 });
        }

        await Db.SaveChangesAsync();
        Flash(L["The event was created."]);
        return Redirect(OrgUrl("/events/" + e.Id.ToString("D")));
    }
}
