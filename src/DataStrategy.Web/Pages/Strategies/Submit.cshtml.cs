using System.Security.Claims;
using DataStrategy.Core.Strategy;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Data.Strategies;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Strategies;

/// <summary>Freezes the working draft as a new version and sends it for review.</summary>
[RequirePermission(Permission.EditStrategy)]
public sealed class SubmitModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    public const int MaxSummary = 4000;

    [BindProperty]
    public string? Summary { get; set; }

    public StrategyVersion? Latest { get; private set; }

    public StrategyComparison? Changes { get; private set; }

    public int ItemCount { get; private set; }

    public int RaciProblems { get; private set; }

    public Dictionary<string, int> Missing { get; private set; } = [];

    private async Task<StrategySnapshot> LoadAsync()
    {
        var strategy = await StrategyWorkspace.EnsureAsync(Db, Organisation);
        var draft = await StrategyWorkspace.SnapshotAsync(Db, strategy);
        Latest = await Db.StrategyVersions.AsNoTracking().OrderByDescending(v => v.Number).FirstOrDefaultAsync();
        Changes = Latest is null ? null : StrategyDiff.Compare(StrategySnapshot.FromJson(Latest.Snapshot), draft);
        ItemCount = draft.Items.Count;
        RaciProblems = RaciValidation.Validate(draft).Count;
        Missing = StrategyWorkspace.MissingTranslations(draft, Organisation.Languages.Count > 0 ? Organisation.Languages : ["fr", "nl"]).ToDictionary(m => m.Key, m => m.Value.Count);
        return draft;
    }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var draft = await LoadAsync();
        Summary = Summary?.Trim();
        if (Summary?.Length > MaxSummary)
        {
            ModelState.AddModelError(nameof(Summary), L["The text must be at most {0} characters long.", MaxSummary]);
        }

        if (draft.Items.Count == 0)
        {
            ModelState.AddModelError(string.Empty, L["The strategy is empty: add a vision, objectives and the rest first."]);
        }
        else if (Changes is { HasChanges: false })
        {
            ModelState.AddModelError(string.Empty, L["Nothing changed since version {0}.", Latest!.Number]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var strategy = await StrategyWorkspace.EnsureAsync(Db, Organisation);
        // Only one version waits for a decision at a time: a newer submission replaces it.
        foreach (var pending in await Db.StrategyVersions.Where(v => v.Status == StrategyVersionStatus.InReview || v.Status == StrategyVersionStatus.Approved || v.Status == StrategyVersionStatus.ChangesRequested).ToListAsync())
        {
            pending.Status = StrategyVersionStatus.Withdrawn;
        }

        var user = await Db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == User.FindFirstValue(ClaimTypes.NameIdentifier));
        var version = new StrategyVersion
        {
            StrategyId = strategy.Id,
            Number = (Latest?.Number ?? 0) + 1,
            Status = StrategyVersionStatus.InReview,
            Snapshot = draft.ToJson(),
            Summary = string.IsNullOrEmpty(Summary) ? null : Summary,
            SummaryLanguage = string.IsNullOrEmpty(Summary) ? null : Lang,
            SubmittedById = user?.Id,
            SubmittedByName = user?.DisplayName is { Length: > 0 } name ? name : User.Identity?.Name ?? "",
        };
        Db.StrategyVersions.Add(version);
        try
        {
            await Db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Two submissions at once: the unique version number lets one through.
            ModelState.AddModelError(string.Empty, L["Someone else changed this record while you were editing it. Reload the page to see their changes."]);
            return Page();
        }

        Flash(L["Version {0} was submitted for review.", version.Number]);
        return Redirect(OrgUrl("/strategy/versions/" + version.Number));
    }
}
