using DataStrategy.Core;
using DataStrategy.Core.Strategy;
using DataStrategy.Core.Text;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Data.Strategies;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Strategies;

/// <summary>One editor for every kind of strategy item: title and the kind's texts in each language, its links, the sessions that shaped it.</summary>
[RequirePermission(Permission.EditStrategy)]
public sealed class EditModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    public const int MaxTitle = 300;
    public const int MaxText = 8000;

    [FromRoute]
    public Guid? Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public StrategyItemKind? Kind { get; set; }

    /// <summary>The working session the item is created from, if any.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Session { get; set; }

    /// <summary>Texts by "field_language", e.g. "title_fr", "outcomes_nl".</summary>
    [BindProperty]
    public Dictionary<string, string?> Texts { get; set; } = [];

    /// <summary>Links as "relation|target".</summary>
    [BindProperty]
    public List<string> Links { get; set; } = [];

    [BindProperty]
    public Guid? DepartmentId { get; set; }

    [BindProperty]
    public List<Guid> Sessions { get; set; } = [];

    [BindProperty]
    public Guid Version { get; set; }

    public bool IsNew => Id is null;

    public StrategyItem? Item { get; private set; }

    public List<(string Value, string Label)> Options(string relation) => RelationOptions.GetValueOrDefault(relation) ?? [];

    public Dictionary<string, List<(string Value, string Label)>> RelationOptions { get; } = [];

    public List<Department> Departments { get; private set; } = [];

    public List<WorkingSession> AllSessions { get; private set; } = [];

    public IReadOnlyList<string> Fields => ["title", .. StrategySchema.Fields(Kind!.Value)];

    public static string Key(string field, string language) => field + "_" + language;

    public string? Text(string field, string language) => Texts.GetValueOrDefault(Key(field, language));

    /// <summary>
    /// The languages the texts are offered in: every interface language, German when the organisation writes in it,
    /// and any content language a text is already written in, so that saving keeps it.
    /// </summary>
    public IReadOnlyList<string> TextLanguages => [.. Languages.Content.Where(l =>
        Languages.IsSupported(l) || Organisation.Languages.Contains(l) || Fields.Any(f => !string.IsNullOrEmpty(Text(f, l))))];

    public bool IsLinked(string relation, string target) => Links.Contains(relation + "|" + target);

    private async Task<IActionResult?> LoadAsync(bool tracked)
    {
        if (Id is not null)
        {
            Item = await (tracked ? Db.StrategyItems : Db.StrategyItems.AsNoTracking()).SingleOrDefaultAsync(i => i.Id == Id);
            if (Item is null)
            {
                return NotFound();
            }

            Kind = Item.Kind;
        }
        else if (Kind is null || !Enum.IsDefined(Kind.Value))
        {
            return Redirect(OrgUrl("/strategy"));
        }

        if (Session is not null && !await Db.WorkingSessions.AnyAsync(s => s.Id == Session))
        {
            return NotFound();
        }

        await LoadOptionsAsync();
        return null;
    }

    private async Task LoadOptionsAsync()
    {
        var kind = Kind!.Value;
        Departments = await Db.Departments.AsNoTracking().OrderBy(d => d.Code).ToListAsync();
        AllSessions = await Db.WorkingSessions.AsNoTracking().OrderBy(s => s.Position).ThenBy(s => s.HeldOn).ToListAsync();
        var items = await Db.StrategyItems.AsNoTracking().Where(i => i.Id != Id).OrderBy(i => i.Kind).ThenBy(i => i.Position)
            .Select(i => new { i.Id, i.Kind, i.Title }).ToListAsync();
        foreach (var relation in StrategySchema.Relations(kind))
        {
            var options = new List<(string, string)>();
            var targetKinds = StrategySchema.TargetKinds(relation);
            if (targetKinds.Count > 0)
            {
                options.AddRange(items.Where(i => targetKinds.Contains(i.Kind))
                    .Select(i => (i.Id.ToString("D"), (targetKinds.Count > 1 ? L["StrategyItemKind." + i.Kind] + ": " : "") + i.Title.Get(Lang))));
            }
            else if (relation == StrategyRelation.Priority)
            {
                var campaign = await StrategyWorkspace.PriorityCampaignAsync(Db);
                var ranked = await StrategyWorkspace.PrioritiesAsync(Db, campaign);
                options.AddRange(ranked.Select(p => (p.Target, $"{p.Rank}. {p.ThemeName.Get(Lang)} ({p.CampaignName.Get(Lang)})")));
                // Priorities of an earlier campaign the item already answers stay choosable.
                var current = Item?.Links.Where(k => k.Relation == relation).Select(k => k.Target).Where(t => ranked.All(p => p.Target != t)).ToList() ?? [];
                foreach (var (target, label) in await StrategyWorkspace.PriorityLabelsAsync(Db, current))
                {
                    options.Add((target, label.Get(Lang)));
                }
            }
            else if (relation == StrategyRelation.CityPriority)
            {
                options.AddRange((await Db.CityPriorities.AsNoTracking().OrderBy(c => c.Position).ToListAsync()).Select(c => (c.Id.ToString("D"), c.Name.Get(Lang))));
            }
            else if (relation == StrategyRelation.Holder)
            {
                var people = await Db.Stakeholders.AsNoTracking().Include(s => s.Department).Where(s => s.ErasedAt == null).OrderBy(s => s.Name).ToListAsync();
                options.AddRange(people.Select(s => (s.Id.ToString("D"), s.Name + (s.Department is null ? "" : " (" + s.Department.Name.Get(Lang) + ")"))));
            }

            RelationOptions[relation] = options;
        }
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync(false) is { } result)
        {
            return result;
        }

        if (Item is not null)
        {
            foreach (var (field, text) in StrategyWorkspace.Fields(Item.ToData()))
            {
                foreach (var language in Languages.Content)
                {
                    Texts[Key(field, language)] = text[language];
                }
            }

            Links = Item.Links.Select(k => k.Relation + "|" + k.Target).ToList();
            DepartmentId = Item.DepartmentId;
            Version = Item.Version;
            Sessions = await Db.StrategyItemSessions.Where(s => s.ItemId == Item.Id).Select(s => s.SessionId).ToListAsync();
        }
        else if (Session is not null)
        {
            Sessions = [Session.Value];
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync(true) is { } result)
        {
            return result;
        }

        var kind = Kind!.Value;
        var texts = new Dictionary<string, LocalizedText>();
        foreach (var field in Fields)
        {
            var text = new LocalizedText();
            var max = field == "title" ? MaxTitle : MaxText;
            foreach (var language in Languages.Content)
            {
                var value = Text(field, language);
                if (value?.Length > max)
                {
                    ModelState.AddModelError(Key(field, language), L["The text must be at most {0} characters long.", max]);
                }

                text.Set(language, value);
            }

            texts[field] = text;
        }

        if (texts["title"].IsEmpty)
        {
            ModelState.AddModelError(Key("title", Languages.French), L["Give a title in at least one language."]);
        }

        // Every link must be one the form offered: anything else is refused, not ignored.
        Links = Links.Where(k => !string.IsNullOrEmpty(k)).Distinct().ToList();
        var links = new List<StrategyLink>();
        foreach (var posted in Links)
        {
            var parts = posted.Split('|', 2);
            if (parts.Length != 2 || !RelationOptions.TryGetValue(parts[0], out var options) || options.All(o => o.Value != parts[1]))
            {
                ModelState.AddModelError(nameof(Links), L["Choose links from the lists offered."]);
                break;
            }

            links.Add(new StrategyLink(parts[0], parts[1]));
        }

        foreach (var relation in StrategySchema.Relations(kind).Where(r => !StrategySchema.IsMany(r)))
        {
            if (links.Count(k => k.Relation == relation) > 1)
            {
                ModelState.AddModelError(nameof(Links), L["Choose links from the lists offered."]);
            }
        }

        if (!StrategySchema.HasDepartment(kind))
        {
            DepartmentId = null;
        }
        else if (DepartmentId is not null && Departments.All(d => d.Id != DepartmentId))
        {
            ModelState.AddModelError(nameof(DepartmentId), L["Choose a department from the list."]);
        }

        Sessions = Sessions.Distinct().ToList();
        if (Sessions.Any(s => AllSessions.All(x => x.Id != s)))
        {
            ModelState.AddModelError(nameof(Sessions), L["Choose working sessions from the list."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var strategy = await StrategyWorkspace.EnsureAsync(Db, Organisation);
        var item = Item;
        if (item is null)
        {
            if (await Db.StrategyItems.CountAsync() >= StrategyWorkspace.MaxItems)
            {
                ModelState.AddModelError(string.Empty, L["A strategy holds at most {0} items.", StrategyWorkspace.MaxItems]);
                return Page();
            }

            item = new StrategyItem
            {
                StrategyId = strategy.Id,
                Kind = kind,
                Position = (await Db.StrategyItems.Where(i => i.Kind == kind).Select(i => (int?)i.Position).MaxAsync() ?? 0) + 1,
            };
            Db.StrategyItems.Add(item);
        }
        else
        {
            Db.Entry(item).Property(i => i.Version).OriginalValue = Version;
            Db.Entry(item).State = EntityState.Modified;
        }

        item.Title = texts["title"];
        item.Texts = texts.Where(t => t.Key != "title" && !t.Value.IsEmpty).ToDictionary(t => t.Key, t => t.Value);
        item.Links = links;
        item.DepartmentId = DepartmentId;
        item.UpdatedAt = HttpContext.UtcNow();
        strategy.UpdatedAt = item.UpdatedAt;

        var existing = IsNew ? [] : await Db.StrategyItemSessions.Where(s => s.ItemId == item.Id).ToListAsync();
        Db.StrategyItemSessions.RemoveRange(existing.Where(s => !Sessions.Contains(s.SessionId)));
        Db.StrategyItemSessions.AddRange(Sessions.Where(s => existing.All(x => x.SessionId != s)).Select(s => new StrategyItemSession { ItemId = item.Id, SessionId = s }));
        StrategyWorkspace.Record(Db, item, IsNew ? RevisionAction.Created : RevisionAction.Changed, User.Identity?.Name);
        if (!await TrySaveAsync())
        {
            return Page();
        }

        Flash(L["The item was saved."]);
        return Session is not null && IsNew ? Redirect(OrgUrl("/sessions/" + Session)) : Redirect(OrgUrl("/strategy/items/" + item.Id));
    }

    /// <summary>Moves the item one place up or down among the items of its kind.</summary>
    public async Task<IActionResult> OnPostMoveAsync(string? direction)
    {
        if (Id is null || await Db.StrategyItems.SingleOrDefaultAsync(i => i.Id == Id) is not { } item)
        {
            return NotFound();
        }

        var siblings = await Db.StrategyItems.Where(i => i.Kind == item.Kind).OrderBy(i => i.Position).ToListAsync();
        var index = siblings.IndexOf(item);
        var other = direction == "up" ? index - 1 : index + 1;
        if (other >= 0 && other < siblings.Count)
        {
            (siblings[index], siblings[other]) = (siblings[other], siblings[index]);
            for (var i = 0; i < siblings.Count; i++)
            {
                siblings[i].Position = i + 1;
            }

            StrategyWorkspace.Record(Db, item, RevisionAction.Changed, User.Identity?.Name);
            await Db.SaveChangesAsync();
        }

        return Redirect(OrgUrl("/strategy#kind-" + item.Kind));
    }

    public async Task<IActionResult> OnPostDeleteAsync()
    {
        if (await LoadAsync(true) is { } result)
        {
            return result;
        }

        if (Item is null)
        {
            return NotFound();
        }

        ModelState.Clear();
        Db.Entry(Item).Property(i => i.Version).OriginalValue = Version;
        var target = Item.Id.ToString("D");
        // Links from other items to this one go with it, each recorded in that item's history.
        foreach (var other in await Db.StrategyItems.Where(i => i.Id != Item.Id).ToListAsync())
        {
            if (other.Links.Any(k => k.Target == target))
            {
                other.Links = other.Links.Where(k => k.Target != target).ToList();
                StrategyWorkspace.Record(Db, other, RevisionAction.Changed, User.Identity?.Name);
            }
        }

        StrategyWorkspace.Record(Db, Item, RevisionAction.Deleted, User.Identity?.Name);
        Db.StrategyItems.Remove(Item);
        if (!await TrySaveAsync())
        {
            return Page();
        }

        Flash(L["The item was deleted."]);
        return Redirect(OrgUrl("/strategy"));
    }
}
