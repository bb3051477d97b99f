using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Campaigns;

[RequirePermission(Permission.ViewCampaigns)]
public sealed class IndexModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    public sealed record Row(Campaign Campaign, int Responses, int Completed);

    public List<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var campaigns = await Db.Campaigns.AsNoTracking().Include(c => c.Framework).OrderByDescending(c => c.CreatedAt).ToListAsync();
        var counts = await Db.Responses.Where(r => r.Status != ResponseStatus.Cancelled)
            .GroupBy(r => r.CampaignId)
            .Select(g => new { g.Key, Total = g.Count(), Completed = g.Count(r => r.Status == ResponseStatus.Completed) })
            .ToDictionaryAsync(x => x.Key);
        Rows = campaigns.Select(c => counts.TryGetValue(c.Id, out var n) ? new Row(c, n.Total, n.Completed) : new Row(c, 0, 0)).ToList();
    }
}
