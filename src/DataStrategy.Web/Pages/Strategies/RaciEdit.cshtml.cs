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

/// <summary>
/// Edits the whole RACI matrix in one form. The strategy row's Version guards the matrix as a
/// whole: two people editing the matrix at once cannot overwrite each other's letters.
/// </summary>
[RequirePermission(Permission.EditStrategy)]
[RequestFormLimits(ValueCountLimit = 20_000)]
public sealed class RaciEditModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    public const int MaxTitle = 300;

    /// <summary>Posted letters by activity then role; "" for no letter.</summary>
    [BindProperty]
    public Dictionary<Guid, Dictionary<Guid, string?>> Cells { get; set; } = [];

    [BindProperty]
    public Guid Version { get; set; }

    /// <summary>The title of the activity added, by language code.</summary>
    [BindProperty]
    public Dictionary<string, string?> NewTitle { get; set; } = [];

    public RaciMatrix Matrix { get; private set; } = new();

    public string ProblemText(RaciProblem problem) => StrategyToolText.Problem(L, problem, id => Matrix.RoleName(id, Lang));

    /// <summary>The letter the select shows: what was posted when the form comes back with an error, else what is stored.</summary>
    public string Selected(Guid activity, Guid role) =>
        Cells.TryGetValue(activity, out var row) && row.TryGetValue(role, out var posted)
            ? posted ?? string.Empty
            : Matrix.Letter(activity, role)?.ToString() ?? string.Empty;

    private async Task<Data.Entities.Strategy> LoadAsync()
    {
        var strategy = await StrategyWorkspace.EnsureAsync(Db, Organisation, HttpContext.RequestAborted);
        Matrix = await RaciMatrix.LoadAsync(Db, strategy, HttpContext.RequestAborted);
        return strategy;
    }

    public async Task<IActionResult> OnGetAsync()
    {
        var strategy = await LoadAsync();
        Version = strategy.Version;
        Cells = [];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var strategy = await LoadAsync();
        var activityIds = Matrix.Activities.Select(a => a.Id).ToHashSet();
        var roleIds = Matrix.Roles.Select(r => r.Id).ToHashSet();

        // IDs that are not this strategy's activities and roles are refused, not ignored.
        if (!ModelState.IsValid || Cells.Keys.Any(a => !activityIds.Contains(a)) || Cells.Values.SelectMany(r => r.Keys).Any(r => !roleIds.Contains(r)))
        {
            ModelState.AddModelError(string.Empty, L["The matrix names an activity or a role that is not part of this strategy. Nothing was saved."]);
            Cells = [];
            return Page();
        }

        var wanted = new Dictionary<(Guid Activity, Guid Role), RaciLetter?>();
        foreach (var (activity, row) in Cells)
        {
            foreach (var (role, value) in row)
            {
                if (string.IsNullOrEmpty(value))
                {
                    wanted[(activity, role)] = null;
                }
                else if (value.Length == 1 && Enum.TryParse<RaciLetter>(value, ignoreCase: false, out var letter) && Enum.IsDefined(letter))
                {
                    wanted[(activity, role)] = letter;
                }
                else
                {
                    ModelState.AddModelError(string.Empty, L["Choose R, A, C, I or nothing in each cell."]);
                    return Page();
                }
            }
        }

        if (Version != strategy.Version)
        {
            ModelState.AddModelError(string.Empty, L["Someone else changed this record while you were editing it. Reload the page to see their changes."]);
            return Page();
        }

        var stored = await Db.RaciAssignments.Where(r => activityIds.Contains(r.ActivityId)).ToListAsync(HttpContext.RequestAborted);
        var changes = 0;
        foreach (var ((activity, role), letter) in wanted)
        {
            var existing = stored.Find(r => r.ActivityId == activity && r.RoleId == role);
            if (existing is null && letter is { } added)
            {
                Db.RaciAssignments.Add(new RaciAssignment { ActivityId = activity, RoleId = role, Letter = added });
                changes++;
            }
            else if (existing is not null && letter is null)
            {
                Db.RaciAssignments.Remove(existing);
                changes++;
            }
            else if (existing is not null && letter is { } changed && existing.Letter != changed)
            {
                existing.Letter = changed;
                changes++;
            }
        }

        if (changes == 0)
        {
            Flash(L["The RACI matrix was not changed."]);
            return Redirect(OrgUrl("/strategy/raci/edit"));
        }

        // Writing the strategy row checks its Version against the one the form was built from.
        Db.Entry(strategy).Property(s => s.Version).OriginalValue = Version;
        strategy.UpdatedAt = HttpContext.UtcNow();
        if (!await TrySaveAsync())
        {
            return Page();
        }

        var problems = RaciMatrix.From(await StrategyWorkspace.SnapshotAsync(Db, strategy, HttpContext.RequestAborted)).Problems.Count;
        Flash(problems == 0
            ? L["{0} saved the RACI matrix: {1} cells changed.", User.Identity?.Name ?? string.Empty, changes]
            : L["{0} saved the RACI matrix: {1} cells changed. {2} problems remain: see below.", User.Identity?.Name ?? string.Empty, changes, problems]);
        return Redirect(OrgUrl("/strategy/raci/edit"));
    }

    public async Task<IActionResult> OnPostAddActivityAsync()
    {
        var strategy = await LoadAsync();
        Cells = [];
        Version = strategy.Version;
        ModelState.Clear();
        var title = LocalizedFields.Read(ModelState, nameof(NewTitle), NewTitle, MaxTitle, L["The text must be at most {0} characters long.", MaxTitle]);
        LocalizedFields.RequireAny(ModelState, nameof(NewTitle), title, InputLanguages(NewTitle), L["Give the activity a title in at least one language."]);

        if (await Db.StrategyItems.CountAsync(i => i.StrategyId == strategy.Id, HttpContext.RequestAborted) >= StrategyWorkspace.MaxItems)
        {
            ModelState.AddModelError(string.Empty, L["The strategy already has the maximum of {0} items.", StrategyWorkspace.MaxItems]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var position = await Db.StrategyItems.Where(i => i.StrategyId == strategy.Id && i.Kind == StrategyItemKind.RaciActivity)
            .Select(i => (int?)i.Position).MaxAsync(HttpContext.RequestAborted) ?? 0;
        var item = new StrategyItem { StrategyId = strategy.Id, Kind = StrategyItemKind.RaciActivity, Position = position + 1, Title = title };
        Db.StrategyItems.Add(item);
        StrategyWorkspace.Record(Db, item, RevisionAction.Created, User.Identity?.Name);
        strategy.UpdatedAt = HttpContext.UtcNow();
        if (!await TrySaveAsync())
        {
            return Page();
        }

        Flash(L["The activity “{0}” was added.", title.Get(Lang)]);
        return Redirect(OrgUrl("/strategy/raci/edit"));
    }
}
