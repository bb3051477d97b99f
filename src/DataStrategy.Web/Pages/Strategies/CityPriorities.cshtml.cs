using DataStrategy.Core.Strategy;
using DataStrategy.Core.Text;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Strategies;

/// <summary>The organisation's own priorities (e.g. its smart-city priorities), which objectives can answer.</summary>
[RequirePermission(Permission.EditStrategy)]
public sealed class CityPrioritiesModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    public const int MaxName = 300;
    public const int MaxPriorities = 100;

    /// <summary>The name, by language code, of the priority added or renamed.</summary>
    [BindProperty]
    public Dictionary<string, string?> Name { get; set; } = [];

    [BindProperty]
    public Guid Version { get; set; }

    public List<CityPriority> Priorities { get; private set; } = [];

    /// <summary>The objectives answering each priority, by priority ID.</summary>
    public Dictionary<Guid, List<StrategyItem>> Objectives { get; private set; } = [];

    /// <summary>The priority whose rename form came back with an error (its form opens with what was typed).</summary>
    public Guid? Renaming { get; private set; }

    /// <summary>Whether the add form came back with an error.</summary>
    public bool Adding { get; private set; }

    public string T(LocalizedText text) => text.Get(Lang);

    private async Task LoadAsync()
    {
        Priorities = await Db.CityPriorities.AsNoTracking().OrderBy(p => p.Position).ToListAsync(HttpContext.RequestAborted);
        var objectives = await Db.StrategyItems.AsNoTracking().Where(i => i.Kind == StrategyItemKind.Objective)
            .OrderBy(i => i.Position).ToListAsync(HttpContext.RequestAborted);
        Objectives = Priorities.ToDictionary(p => p.Id, p => objectives.Where(o => o.Links.Contains(new StrategyLink(StrategyRelation.CityPriority, p.Id.ToString("D")))).ToList());
    }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Page();
    }

    private LocalizedText? ValidName()
    {
        var name = LocalizedFields.Read(ModelState, nameof(Name), Name, MaxName, L["The name must be at most {0} characters long.", MaxName]);
        LocalizedFields.RequireAny(ModelState, nameof(Name), name, InputLanguages(Name), L["Give the priority a name in at least one language."]);
        return ModelState.IsValid ? name : null;
    }

    public async Task<IActionResult> OnPostAddAsync()
    {
        ModelState.Remove(nameof(Version));
        var name = ValidName();
        if (await Db.CityPriorities.CountAsync(HttpContext.RequestAborted) >= MaxPriorities)
        {
            ModelState.AddModelError(string.Empty, L["The organisation already has the maximum of {0} priorities.", MaxPriorities]);
        }

        if (name is null || !ModelState.IsValid)
        {
            Adding = true;
            await LoadAsync();
            return Page();
        }

        var position = await Db.CityPriorities.Select(p => (int?)p.Position).MaxAsync(HttpContext.RequestAborted) ?? 0;
        Db.CityPriorities.Add(new CityPriority { Name = name, Position = position + 1 });
        await Db.SaveChangesAsync(HttpContext.RequestAborted);
        Flash(L["The priority “{0}” was added.", name.Get(Lang)]);
        return Redirect(OrgUrl("/strategy/city-priorities"));
    }

    public async Task<IActionResult> OnPostRenameAsync(Guid id)
    {
        var priority = await Db.CityPriorities.SingleOrDefaultAsync(p => p.Id == id, HttpContext.RequestAborted);
        if (priority is null)
        {
            return NotFound();
        }

        var name = ValidName();
        if (name is not null)
        {
            Db.Entry(priority).Property(p => p.Version).OriginalValue = Version;
            priority.Name = name;
            if (await TrySaveAsync())
            {
                Flash(L["The priority was renamed “{0}”.", name.Get(Lang)]);
                return Redirect(OrgUrl("/strategy/city-priorities"));
            }
        }

        Renaming = id;
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostMoveAsync(Guid id, bool up)
    {
        var priorities = await Db.CityPriorities.OrderBy(p => p.Position).ToListAsync(HttpContext.RequestAborted);
        var index = priorities.FindIndex(p => p.Id == id);
        if (index < 0)
        {
            return NotFound();
        }

        var other = up ? index - 1 : index + 1;
        if (other >= 0 && other < priorities.Count)
        {
            (priorities[index], priorities[other]) = (priorities[other], priorities[index]);
            for (var i = 0; i < priorities.Count; i++)
            {
                // Renumbering everything also repairs positions two concurrent adds made equal.
                priorities[i].Position = i + 1;
            }

            await Db.SaveChangesAsync(HttpContext.RequestAborted);
        }

        return Redirect(OrgUrl("/strategy/city-priorities"));
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id)
    {
        var priority = await Db.CityPriorities.SingleOrDefaultAsync(p => p.Id == id, HttpContext.RequestAborted);
        if (priority is null)
        {
            return NotFound();
        }

        ModelState.Clear();
        await LoadAsync();
        var answering = Objectives.GetValueOrDefault(id) ?? [];
        if (answering.Count > 0)
        {
            ModelState.AddModelError(string.Empty, L["“{0}” cannot be deleted: these objectives answer it: {1}. Remove the link from those objectives first.", priority.Name.Get(Lang), string.Join(", ", answering.Select(o => o.Title.Get(Lang)))]);
            return Page();
        }

        Db.Entry(priority).Property(p => p.Version).OriginalValue = Version;
        Db.CityPriorities.Remove(priority);
        if (!await TrySaveAsync())
        {
            return Page();
        }

        Flash(L["The priority “{0}” was deleted.", priority.Name.Get(Lang)]);
        return Redirect(OrgUrl("/strategy/city-priorities"));
    }
}
