using System.Globalization;
using DataStrategy.Core.Text;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using DataStrategy.Web.Infrastructure.Binding;

namespace DataStrategy.Web.Pages.Events;

/// <summary>One Show &amp; Tell: details, agenda, attendees and the feedback received.</summary>
[RequirePermission(Permission.RunShowAndTell)]
public sealed class EventModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    public const int MaxAttendees = 500;

    public const int MaxAgenda = 30;

    public const int MaxAudience = 300;

    [FromRoute]
    public Guid Id { get; set; }

    /// <summary>The event's title by language code.</summary>
    [BindProperty] public Dictionary<string, string?> Title { get; set; } = [];

    [BindProperty] public string? Date { get; set; }

    [BindProperty] public string? Time { get; set; }

    /// <summary>The event's place by language code.</summary>
    [BindProperty] public Dictionary<string, string?> Location { get; set; } = [];

    /// <summary>Who the event is for, by language code.</summary>
    [BindProperty] public Dictionary<string, string?> Audience { get; set; } = [];

    [BindProperty] public Guid Version { get; set; }

    [BindProperty] public string? Kind { get; set; }

    [BindProperty] public Guid? CaseStudyId { get; set; }

    [BindProperty] public string? Presenter { get; set; }

    [BindProperty] public int? Minutes { get; set; }

    [BindProperty] public string? ItemTitle { get; set; }

    [BindProperty] public Guid? ItemId { get; set; }

    [BindProperty] public string? AttendeeList { get; set; }

    public ShowAndTellEvent Event { get; private set; } = null!;

    public List<EventAgendaItem> Agenda { get; private set; } = [];

    public List<EventAttendee> Attendees { get; private set; } = [];

    public List<EventFeedback> Feedback { get; private set; } = [];

    public List<CaseStudy> CaseStudies { get; private set; } = [];

    /// <summary>The languages of the details form: title and audience are offered in the same ones.</summary>
    public IReadOnlyList<string> DetailLanguages => InputLanguages(Title, Location, Audience);

    public string FeedbackUrl => HttpContext.AbsoluteUrl("/f/" + Event.FeedbackCode);

    public string T(LocalizedText? text) => text?.Get(Lang) ?? "";

    public string ItemLabel(EventAgendaItem item) => item.Kind switch
    {
        AgendaItemKind.CaseStudy => CaseStudies.FirstOrDefault(c => c.Id == item.CaseStudyId) is { } c ? T(c.Title) : L["(case study removed)"],
        AgendaItemKind.Other => T(item.Title),
        _ => L["AgendaItemKind." + item.Kind],
    };

    public string CaseStudyTitle(Guid? id) => CaseStudies.FirstOrDefault(c => c.Id == id) is { } c ? T(c.Title) : "";

    private async Task<bool> LoadAsync(bool fill)
    {
        var e = await Db.ShowAndTellEvents.AsNoTracking().SingleOrDefaultAsync(x => x.Id == Id);
        if (e is null)
        {
            return false;
        }

        Event = e;
        Agenda = await Db.EventAgendaItems.AsNoTracking().Where(i => i.EventId == Id).OrderBy(i => i.Position).ToListAsync();
        Attendees = await Db.EventAttendees.AsNoTracking().Where(a => a.EventId == Id).OrderBy(a => a.Name).ToListAsync();
        Feedback = await Db.EventFeedback.AsNoTracking().Where(f => f.EventId == Id).OrderByDescending(f => f.CreatedAt).ToListAsync();
        CaseStudies = (await Db.CaseStudies.AsNoTracking().ToListAsync()).OrderBy(c => T(c.Title), StringComparer.CurrentCulture).ToList();
        if (fill)
        {
            (Title, Location, Audience) = (LocalizedFields.From(e.Title), LocalizedFields.From(e.Location), LocalizedFields.From(e.Audience));
            var local = e.HeldAt.ToLocalTime();
            (Date, Time, Version) = (local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), local.ToString("HH:mm", CultureInfo.InvariantCulture), e.Version);
            AttendeeList = string.Join('\n', Attendees.Select(a => a.Affiliation.Length == 0 ? a.Name : a.Name + "; " + a.Affiliation));
        }

        return true;
    }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync(fill: true) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync(fill: false))
        {
            return NotFound();
        }

        var title = EventForm.Title(ModelState, L, Title, DetailLanguages);
        var heldAt = EventForm.When(ModelState, L, Date, Time);
        var location = EventForm.Location(ModelState, L, Location);
        var audience = LocalizedFields.Read(ModelState, nameof(Audience), Audience, MaxAudience, L["The audience must be at most {0} characters long.", MaxAudience]);

        // The other forms on the page show what is stored, so saving one of them next loses nothing.
        AttendeeList = string.Join('\n', Attendees.Select(a => a.Affiliation.Length == 0 ? a.Name : a.Name + "; " + a.Affiliation));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var e = await Db.ShowAndTellEvents.SingleAsync(x => x.Id == Id);
        (e.Title, e.HeldAt, e.Location, e.Audience) = (title, heldAt!.Value, location, audience);
        Db.Entry(e).Property(x => x.Version).OriginalValue = Version;
        if (!await TrySaveAsync())
        {
            return Page();
        }

        Flash(L["The event was saved."]);
        return Redirect(OrgUrl("/events/" + Id.ToString("D")));
    }

    public async Task<IActionResult> OnPostAddItemAsync()
    {
        if (!await LoadAsync(fill: true))
        {
            return NotFound();
        }

        ModelState.ForgetBinderErrors();
        if (!Enum.TryParse<AgendaItemKind>(Kind, ignoreCase: false, out var kind) || !Enum.IsDefined(kind) || int.TryParse(Kind, out _))
        {
            ModelState.AddModelError(nameof(Kind), L["Choose what the item presents."]);
        }

        Guid? caseStudy = null;
        if (kind == AgendaItemKind.CaseStudy)
        {
            if (CaseStudyId is { } c && CaseStudies.Any(x => x.Id == c))
            {
                caseStudy = c;
            }
            else
            {
                ModelState.AddModelError(nameof(CaseStudyId), L["Choose a case study from the list."]);
            }
        }

        var title = ItemTitle?.Trim() ?? "";
        if (kind == AgendaItemKind.Other && title.Length == 0)
        {
            ModelState.AddModelError(nameof(ItemTitle), L["Give the item a title."]);
        }

        if (title.Length > 200)
        {
            ModelState.AddModelError(nameof(ItemTitle), L["The title must be at most {0} characters long.", 200]);
        }

        var presenter = Presenter?.Trim() ?? "";
        if (presenter.Length > 200)
        {
            ModelState.AddModelError(nameof(Presenter), L["The presenter's name must be at most {0} characters long.", 200]);
        }

        var minutes = Minutes ?? 0;
        if (minutes is < 1 or > 240)
        {
            ModelState.AddModelError(nameof(Minutes), L["Enter whole minutes between 1 and 240."]);
        }

        if (Agenda.Count >= MaxAgenda)
        {
            ModelState.AddModelError(nameof(Kind), L["An agenda has at most {0} items.", MaxAgenda]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var itemTitle = new LocalizedText();
        if (title.Length > 0)
        {
            itemTitle.Set(Lang, title);
        }

        Db.EventAgendaItems.Add(new EventAgendaItem
        {
            OrganisationId = Organisation.Id,
            EventId = Id,
            Kind = kind,
            CaseStudyId = caseStudy,
            Presenter = presenter,
            Minutes = minutes,
            Title = itemTitle,
            Position = Agenda.Count == 0 ? 0 : Agenda.Max(i => i.Position) + 1,
        });
        await Db.SaveChangesAsync();
        Flash(L["The item was added to the agenda."]);
        return Redirect(OrgUrl("/events/" + Id.ToString("D")) + "#agenda-h");
    }

    public async Task<IActionResult> OnPostRemoveItemAsync()
    {
        var item = ItemId is { } id ? await Db.EventAgendaItems.SingleOrDefaultAsync(i => i.Id == id && i.EventId == Id) : null;
        if (item is null)
        {
            return NotFound();
        }

        Db.EventAgendaItems.Remove(item);
        await Db.SaveChangesAsync();
        return Redirect(OrgUrl("/events/" + Id.ToString("D")) + "#agenda-h");
    }

    public async Task<IActionResult> OnPostMoveUpAsync()
    {
        var items = await Db.EventAgendaItems.Where(i => i.EventId == Id).OrderBy(i => i.Position).ToListAsync();
        var index = items.FindIndex(i => i.Id == ItemId);
        if (index < 0)
        {
            return NotFound();
        }

        if (index > 0)
        {
            (items[index].Position, items[index - 1].Position) = (items[index - 1].Position, items[index].Position);
            if (items[index].Position == items[index - 1].Position)
            {
                items[index].Position--;
            }

            await Db.SaveChangesAsync();
        }

        return Redirect(OrgUrl("/events/" + Id.ToString("D")) + "#agenda-h");
    }

    /// <summary>Replaces the attendee list with the lines posted ("Name; Department"), all or nothing.</summary>
    public async Task<IActionResult> OnPostAttendeesAsync()
    {
        if (!await LoadAsync(fill: false))
        {
            return NotFound();
        }

        var posted = AttendeeList;
        await LoadAsync(fill: true);
        AttendeeList = posted;
        ModelState.Clear();
        var lines = (posted ?? "").Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).ToList();
        var rows = new List<EventAttendee>();
        if (lines.Count > MaxAttendees)
        {
            ModelState.AddModelError(nameof(AttendeeList), L["At most {0} attendees; this list has {1}.", MaxAttendees, lines.Count]);
        }
        else
        {
            for (var n = 0; n < lines.Count; n++)
            {
                var parts = lines[n].Split(';', 2);
                var name = parts[0].Trim();
                var affiliation = parts.Length > 1 ? parts[1].Trim() : "";
                if (name.Length == 0 || name.Length > 200 || affiliation.Length > 200)
                {
                    ModelState.AddModelError(nameof(AttendeeList), L["Line {0}: write a name (at most 200 characters), then optionally a semicolon and the department.", n + 1]);
                    continue;
                }

                rows.Add(new EventAttendee { OrganisationId = Organisation.Id, EventId = Id, Name = name, Affiliation = affiliation });
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await Db.EventAttendees.Where(a => a.EventId == Id).ExecuteDeleteAsync();
        Db.EventAttendees.AddRange(rows);
        await Db.SaveChangesAsync();
        Flash(L["The attendee list was saved ({0}).", rows.Count]);
        return Redirect(OrgUrl("/events/" + Id.ToString("D")) + "#attendees-h");
    }

    public async Task<IActionResult> OnPostEraseAttendeesAsync()
    {
        if (!await Db.ShowAndTellEvents.AnyAsync(e => e.Id == Id))
        {
            return NotFound();
        }

        var erased = await Db.EventAttendees.Where(a => a.EventId == Id).ExecuteDeleteAsync();
        Flash(L.Count(erased, "{0} attendee was erased.", "{0} attendees were erased."));
        return Redirect(OrgUrl("/events/" + Id.ToString("D")) + "#attendees-h");
    }

    public async Task<IActionResult> OnPostFeedbackAsync(bool open)
    {
        var e = await Db.ShowAndTellEvents.SingleOrDefaultAsync(x => x.Id == Id);
        if (e is null)
        {
            return NotFound();
        }

        e.FeedbackOpen = open;
        await Db.SaveChangesAsync();
        Flash(open ? L["Feedback is open."] : L["Feedback is closed."]);
        return Redirect(OrgUrl("/events/" + Id.ToString("D")) + "#feedback-h");
    }

    public async Task<IActionResult> OnPostDeleteAsync()
    {
        var e = await Db.ShowAndTellEvents.SingleOrDefaultAsync(x => x.Id == Id);
        if (e is null)
        {
            return NotFound();
        }

        Db.ShowAndTellEvents.Remove(e);
        await Db.SaveChangesAsync();
        Flash(L["The event was deleted."]);
        return Redirect(OrgUrl("/events"));
    }
}
