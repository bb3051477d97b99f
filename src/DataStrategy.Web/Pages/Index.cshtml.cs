using System.Globalization;
using System.Security.Claims;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Web.Pages;

public sealed class IndexModel(AppDbContext db) : PageModel
{
    public sealed record Row(string Slug, string Name, MemberRole Role);

    public List<Row> Organisations { get; private set; } = [];

    public bool CanCreate { get; private set; }

    /// <summary>Shows the list even to a member of one organisation (a system administrator's way to the others).</summary>
    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)]
    public bool All { get; set; }

    public async Task<Microsoft.AspNetCore.Mvc.IActionResult> OnGetAsync()
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        var lang = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var rows = await db.Memberships.IgnoreQueryFilters().Where(m => m.UserId == userId)
            .Select(m => new { m.Organisation!.Slug, m.Organisation.Name, m.Role }).ToListAsync();
        Organisations = rows.Select(r => new Row(r.Slug, r.Name.Get(lang), r.Role)).OrderBy(r => r.Name, StringComparer.CurrentCulture).ToList();
        CanCreate = await db.Users.AnyAsync(u => u.Id == userId && u.IsSystemAdministrator);

        // Most people belong to one organisation: take them straight to its cockpit (system administrators too; the
        // cockpit links back here with ?all=true).
        return Organisations.Count == 1 && !All ? Redirect("/o/" + Organisations[0].Slug) : Page();
    }
}
