using System.Security.Claims;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Organisations;

/// <summary>System administrators create organisations and become their first administrator.</summary>
public sealed class CreateModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public OrganisationForm Form { get; set; } = OrganisationForm.New();

    public async Task<IActionResult> OnGetAsync() => await IsSystemAdministratorAsync() ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await IsSystemAdministratorAsync())
        {
            return Forbid();
        }

        await Form.ValidateAsync(ModelState, "Form.", db, l, null);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var organisation = new Organisation();
        Form.ApplyTo(organisation);
        db.Organisations.Add(organisation);
        tenant.SetOrganisation(organisation.Id);
        db.Memberships.Add(new Membership { OrganisationId = organisation.Id, UserId = User.FindFirstValue(ClaimTypes.NameIdentifier)!, Role = MemberRole.Administrator });
        await db.SaveChangesAsync();
        TempData["Flash"] = (string)l["The organisation was created."];
        return Redirect("/o/" + organisation.Slug);
    }

    private Task<bool> IsSystemAdministratorAsync()
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        return db.Users.AnyAsync(u => u.Id == userId && u.IsSystemAdministrator);
    }
}
