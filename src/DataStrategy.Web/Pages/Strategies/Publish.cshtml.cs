using System.Security.Claims;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Strategies;

/// <summary>Publishes an approved version: it replaces the previous one on the public page.</summary>
[RequirePermission(Permission.PublishStrategy)]
public sealed class PublishModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    [FromRoute]
    public int Number { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    public StrategyVersion Row { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        var row = await Db.StrategyVersions.AsNoTracking().SingleOrDefaultAsync(v => v.Number == Number);
        if (row is null)
        {
            return NotFound();
        }

        Row = row;
        Version = row.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var row = await Db.StrategyVersions.SingleOrDefaultAsync(v => v.Number == Number);
        if (row is null)
        {
            return NotFound();
        }

        Row = row;
        if (row.Status != StrategyVersionStatus.Approved)
        {
            ModelState.AddModelError(string.Empty, L["Only an approved version can be published."]);
            return Page();
        }

        Db.Entry(row).Property(v => v.Version).OriginalValue = Version;
        foreach (var previous in await Db.StrategyVersions.Where(v => v.Status == StrategyVersionStatus.Published).ToListAsync())
        {
            previous.Status = StrategyVersionStatus.Superseded;
        }

        var user = await Db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == User.FindFirstValue(ClaimTypes.NameIdentifier));
        row.Status = StrategyVersionStatus.Published;
        row.PublishedAt = HttpContext.UtcNow();
        row.PublishedByName = user?.DisplayName is { Length: > 0 } name ? name : User.Identity?.Name;
        if (!await TrySaveAsync())
        {
            return Page();
        }

        Flash(L["Version {0} is published.", Number]);
        return Redirect(OrgUrl("/strategy/versions/" + Number));
    }
}
