using DataStrategy.Core.Strategy;
using DataStrategy.Data;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace DataStrategy.Web.Pages.Strategies;

/// <summary>The RACI matrix of the working draft, read-only, with its problems; exported as XLSX.</summary>
[RequirePermission(Permission.ViewStrategy)]
public sealed class RaciModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    public RaciMatrix Matrix { get; private set; } = new();

    public bool CanEdit => Tenant.Role is { } role && PermissionTable.Allows(role, Permission.EditStrategy);

    public string ProblemText(RaciProblem problem) => StrategyToolText.Problem(L, problem, id => Matrix.RoleName(id, Lang));

    private async Task LoadAsync() =>
        Matrix = await RaciMatrix.LoadAsync(Db, await Db.Strategies.AsNoTracking().SingleOrDefaultAsync(HttpContext.RequestAborted), HttpContext.RequestAborted);

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnGetXlsxAsync()
    {
        await LoadAsync();
        var activityHeader = (string)L["Activity"];
        var problemsHeader = (string)L["Problems"];
        // Column titles are dictionary keys: two roles with the same name must still get two columns.
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { activityHeader, problemsHeader };
        var roleHeaders = new List<string>();
        foreach (var role in Matrix.Roles)
        {
            var name = role.Title.Get(Lang);
            var header = string.IsNullOrWhiteSpace(name) ? "?" : name;
            for (var n = 2; !used.Add(header); n++)
            {
                header = $"{name} ({n})";
            }

            roleHeaders.Add(header);
        }

        var rows = new List<Dictionary<string, object?>>();
        foreach (var activity in Matrix.Activities)
        {
            var row = new Dictionary<string, object?> { [activityHeader] = activity.Title.Get(Lang) };
            for (var i = 0; i < Matrix.Roles.Count; i++)
            {
                row[roleHeaders[i]] = Matrix.Letter(activity.Id, Matrix.Roles[i].Id)?.ToString() ?? string.Empty;
            }

            row[problemsHeader] = string.Join("; ", Matrix.ProblemsOf(activity.Id).Select(ProblemText));
            rows.Add(row);
        }

        if (rows.Count == 0)
        {
            // An empty sheet still carries its header row.
            var header = new Dictionary<string, object?> { [activityHeader] = null };
            foreach (var h in roleHeaders)
            {
                header[h] = null;
            }

            header[problemsHeader] = null;
            rows.Add(header);
        }

        var letterHeader = (string)L["Letter"];
        var meaningHeader = (string)L["Meaning"];
        var legend = Enum.GetValues<RaciLetter>()
            .Select(letter => new Dictionary<string, object?> { [letterHeader] = letter.ToString(), [meaningHeader] = StrategyToolText.LetterName(L, letter) })
            .ToList();
        var sheets = new Dictionary<string, object> { ["RACI"] = rows, [(string)L["Legend"]] = legend };
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheets, cancellationToken: HttpContext.RequestAborted);
        var stamp = HttpContext.UtcNow().ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        return File(stream.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"raci-{Organisation.Slug}-{stamp}.xlsx");
    }
}
