using System.Globalization;
using System.Security.Claims;
using DataStrategy.Core.Text;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Data.Roadmaps;
using DataStrategy.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Roadmap;

/// <summary>What every roadmap page shares: the roadmap's months, texts in the reader's language, enum labels.</summary>
public abstract class RoadmapPageModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    public string T(LocalizedText? text) => text?.Get(Lang) ?? "";

    /// <summary>"janv. 2027", "jan. 2027", "Jan 2027".</summary>
    public static string MonthLabel(DateOnly month) =>
        month.ToString("MMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>"T1 2027", "K1 2027", "Q1 2027" for quarter views.</summary>
    public string QuarterLabel(DateOnly month) =>
        L["Q{0} {1}", ((month.Month - 1) / 3) + 1, month.Year.ToString(CultureInfo.InvariantCulture)];

    public string StatusLabel(InitiativeStatus status) => L["InitiativeStatus." + status];

    public string RagLabel(Rag rag) => L["Rag." + rag];

    public static string RagClass(Rag rag) => "rag rag-" + rag.ToString().ToLowerInvariant();

    public static string Fte(decimal value) => value.ToString("0.##", CultureInfo.CurrentCulture);

    /// <summary>The month after an initiative planned at <paramref name="start"/> for <paramref name="months"/> months ends, shown as its last month.</summary>
    public static DateOnly LastMonth(DateOnly start, int months) => start.AddMonths(Math.Max(months, 1) - 1);

    public string InitiativeUrl(Guid id) => OrgUrl("/roadmap/initiatives/" + id.ToString("D"));

    /// <summary>The signed-in user as others should see them: display name, else e-mail.</summary>
    protected async Task<string> WhoAsync()
    {
        var id = User.FindFirstValue(ClaimTypes.NameIdentifier);
        var user = id is null ? null : await Db.Users.FindAsync([id], HttpContext.RequestAborted);
        return user is null ? User.Identity?.Name ?? "" : string.IsNullOrWhiteSpace(user.DisplayName) ? user.Email ?? "" : user.DisplayName;
    }
}
