using DataStrategy.Core.Strategy;
using DataStrategy.Data;
using DataStrategy.Data.Strategies;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Strategies;

/// <summary>Two versions (or a version and the working draft) side by side, differences marked.</summary>
[RequirePermission(Permission.ViewStrategy)]
public sealed class CompareModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    public StrategySnapshot Before { get; private set; } = null!;

    public StrategySnapshot After { get; private set; } = null!;

    public StrategyComparison Comparison { get; private set; } = null!;

    public string FromName { get; private set; } = "";

    public string ToName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        if (From is null && To is null)
        {
            return Redirect(OrgUrl("/strategy/versions"));
        }

        var before = await LoadAsync(From);
        var after = await LoadAsync(To ?? "draft");
        if (before is null || after is null)
        {
            return NotFound();
        }

        (Before, FromName) = before.Value;
        (After, ToName) = after.Value;
        Comparison = StrategyDiff.Compare(Before, After);
        return Page();
    }

    private async Task<(StrategySnapshot, string)?> LoadAsync(string? which)
    {
        if (which == "draft")
        {
            var strategy = await StrategyWorkspace.EnsureAsync(Db, Organisation);
            return (await StrategyWorkspace.SnapshotAsync(Db, strategy), L["Working draft"]);
        }

        if (!int.TryParse(which, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        var row = await Db.StrategyVersions.AsNoTracking().SingleOrDefaultAsync(v => v.Number == number);
        return row is null ? null : (StrategySnapshot.FromJson(row.Snapshot), L["Strategy version {0}", number]);
    }

    public string Label(string target)
    {
        if (Guid.TryParse(target, out var id) && (After.Item(id) ?? Before.Item(id)) is { } item)
        {
            return item.Title.Get(Lang);
        }

        return After.Labels.TryGetValue(target, out var label) || Before.Labels.TryGetValue(target, out label) ? label.Get(Lang) : L["a person"];
    }
}
