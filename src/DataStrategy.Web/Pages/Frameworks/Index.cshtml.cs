using System.Text;
using DataStrategy.Core;
using DataStrategy.Core.Frameworks;
using DataStrategy.Data;
using DataStrategy.Data.Assessment;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Frameworks;

[RequirePermission(Permission.ViewFrameworks)]
public sealed class IndexModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    public sealed record Row(Framework Framework, int Campaigns);

    public List<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    private async Task LoadAsync()
    {
        var frameworks = await Db.Frameworks.AsNoTracking().OrderBy(f => f.Key).ThenByDescending(f => f.VersionNumber).ToListAsync();
        var usage = await Db.Campaigns.GroupBy(c => c.FrameworkId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count);
        Rows = frameworks.Select(f => new Row(f, usage.GetValueOrDefault(f.Id))).ToList();
    }
}
