using System.Globalization;
using DataStrategy.Core.Analysis;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Frameworks;

/// <summary>Chooses how a framework's question scores roll up to topics and themes (every version of the framework).</summary>
[RequirePermission(Permission.ManageFrameworks)]
public sealed class RuleModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public RollUpKind Kind { get; set; }

    /// <summary>Percentage of questions for the share rule (1–100).</summary>
    [BindProperty]
    public int Threshold { get; set; } = 80;

    [BindProperty]
    public Guid Version { get; set; }

    public Framework Framework { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        var framework = await Db.Frameworks.AsNoTracking().SingleOrDefaultAsync(f => f.Id == Id);
        if (framework is null)
        {
            return NotFound();
        }

        Framework = framework;
        var rule = RollUpRule.Parse(framework.RollUpRule);
        (Kind, Version) = (rule.Kind, framework.Version);
        Threshold = (int)Math.Round(rule.Threshold * 100);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var framework = await Db.Frameworks.SingleOrDefaultAsync(f => f.Id == Id);
        if (framework is null)
        {
            return NotFound();
        }

        Framework = framework;
        if (!Enum.IsDefined(Kind))
        {
            ModelState.AddModelError(nameof(Kind), L["Choose a roll-up rule."]);
        }

        if (Kind == RollUpKind.ShareAtLevel && Threshold is < 1 or > 100)
        {
            ModelState.AddModelError(nameof(Threshold), L["The share must be a whole percentage from 1 to 100."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var rule = new RollUpRule(Kind, Kind == RollUpKind.ShareAtLevel ? Threshold / 100.0 : 0.8).Format();
        Db.Entry(framework).Property(f => f.Version).OriginalValue = Version;
        framework.RollUpRule = rule;
        // The rule belongs to the framework family: its other versions follow.
        foreach (var sibling in await Db.Frameworks.Where(f => f.Key == framework.Key && f.Id != framework.Id).ToListAsync())
        {
            sibling.RollUpRule = rule;
        }

        if (!await TrySaveAsync())
        {
            return Page();
        }

        Flash(L["The roll-up rule was saved."]);
        return Redirect(OrgUrl("/frameworks/" + Id));
    }

    public static string Percent(double value) => value.ToString("0%", CultureInfo.CurrentCulture);
}
