using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Data.Roadmaps;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Roadmap;

/// <summary>Saved baselines of the plan: take one before re-planning, and choose which one progress compares against.</summary>
[RequirePermission(Permission.EditRoadmap)]
public sealed class BaselinesModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : RoadmapPageModel(db, tenant, l)
{
    public const int MaxName = 200;

    /// <summary>The new baseline's name by language code.</summary>
    [BindProperty]
    public Dictionary<string, string?> Name { get; set; } = [];

    public List<(RoadmapBaseline Baseline, int Count)> Baselines { get; private set; } = [];

    private async Task LoadAsync()
    {
        var rows = await Db.RoadmapBaselines.AsNoTracking().ToListAsync();
        Baselines = rows.OrderByDescending(b => b.CreatedAt).Select(b => (b, BaselinePlan.Read(b).Count)).ToList();
    }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        Name = new() { [Lang] = L["Baseline of {0}", Core.Text.DateText.Abbreviated(HttpContext.UtcToday(), System.Globalization.CultureInfo.CurrentCulture)] };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        var name = LocalizedFields.Read(ModelState, nameof(Name), Name, MaxName, L["The name must be at most {0} characters long.", MaxName]);
        LocalizedFields.RequireAny(ModelState, nameof(Name), name, InputLanguages(Name), L["Give the baseline a name."]);

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var plan = await RoadmapPlan.LoadAsync(Db, HttpContext.RequestAborted);
        var baseline = new RoadmapBaseline { Name = name, Plan = BaselinePlan.Of(plan), CreatedBy = await WhoAsync() };
        Db.RoadmapBaselines.Add(baseline);
        await Db.SaveChangesAsync();
        Flash(L["The baseline was saved: progress now compares against it."]);
        return Redirect(OrgUrl("/roadmap/progress?baseline=" + baseline.Id));
    }
}
