using System.Security.Claims;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Datasets;

/// <summary>
/// The data inventory: searchable, filterable, sortable, 50 to a page (a page query, and a count only when the first
/// page is full or another page is asked for, however many datasets). With status=due&amp;mine=1 it is the signed-in steward's list of datasets due for review.
/// </summary>
[RequirePermission(Permission.ViewInventory)]
public sealed class IndexModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    [BindProperty(SupportsGet = true)] public Guid? Department { get; set; }

    [BindProperty(SupportsGet = true)] public string? Theme { get; set; }

    [BindProperty(SupportsGet = true)] public string? Access { get; set; }

    [BindProperty(SupportsGet = true)] public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "mine")] public string? MineText { get; set; }

    /// <summary>"Mine" ticked: mine=1 or mine=true.</summary>
    public bool Mine => MineText is "1" or "true" or "on";

    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }

    [BindProperty(SupportsGet = true)] public int P { get; set; } = 1;

    public List<Department> Departments { get; private set; } = [];

    public Dictionary<Guid, string> People { get; private set; } = [];

    public List<DatasetRow> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public DateTimeOffset Now { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public bool IsFiltered => !string.IsNullOrWhiteSpace(Q) || Department is not null || !string.IsNullOrEmpty(Theme) || !string.IsNullOrEmpty(Access) || !string.IsNullOrEmpty(Status) || Mine;

    /// <summary>The steward's view: "my datasets due for review".</summary>
    public bool IsStewardView => Mine && Status == "due";

    /// <summary>The query string of the current filters (for the pager and the sort links), without the page and, when asked, the sort.</summary>
    public string QueryString(string? sort = null, int? page = null)
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add(name + "=" + Uri.EscapeDataString(value));
            }
        }

        Add("q", Q);
        Add("department", Department?.ToString());
        Add("theme", Theme);
        Add("access", Access);
        Add("status", Status);
        Add("mine", Mine ? "true" : null);
        Add("sort", sort ?? Sort);
        Add("p", page?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }

    public async Task OnGetAsync()
    {
        Now = HttpContext.UtcNow();
        Status = DatasetQuery.Statuses.Contains(Status) ? Status : null;
        Sort = DatasetQuery.Sorts.Contains(Sort) ? Sort : null;
        Departments = (await Db.Departments.AsNoTracking().ToListAsync()).OrderBy(d => d.Name.Get(Lang), StringComparer.CurrentCulture).ToList();
        var mine = Mine ? await DatasetQuery.MineAsync(Db, User.FindFirstValue(ClaimTypes.Email) ?? User.Identity?.Name, HttpContext.RequestAborted) : [];
        var query = DatasetQuery.Filter(Db, new DatasetFilter(Q, Department, Theme, Access, Status, Mine, Sort), mine, Now);
        if (P <= 1)
        {
            // The first page first: when it is not full it holds every match, and the count is not asked for.
            P = 1;
            Rows = await PageAsync(query, 1);
            Total = Rows.Count < PageSize ? Rows.Count : await query.CountAsync(HttpContext.RequestAborted);
        }
        else
        {
            Total = await query.CountAsync(HttpContext.RequestAborted);
            P = Math.Clamp(P, 1, PageCount);
            Rows = await PageAsync(query, P);
        }

        var people = Rows.SelectMany(r => new[] { r.OwnerId, r.StewardId }).OfType<Guid>().Distinct().ToList();
        People = people.Count == 0 ? [] : await Db.Stakeholders.AsNoTracking().Where(s => people.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.ErasedAt == null ? s.Name : "—");
    }

    private Task<List<DatasetRow>> PageAsync(IQueryable<Dataset> query, int page) =>
        DatasetQuery.Sort(query, Sort).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(d => new DatasetRow(d.Id, d.Slug, d.Title, d.DepartmentId, d.OwnerId, d.StewardId, d.Frequency, d.AccessRight, d.LastUpdatedAt, d.NextReviewOn, d.StaleAfter, d.Published, d.PersonalData, d.AuthenticSource))
            .ToListAsync(HttpContext.RequestAborted);
}
