using System.ComponentModel.DataAnnotations;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using DataStrategy.Web.Pages.Organisations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages;

/// <summary>First run without the demo: creates the first administrator. Gone (404) once any account exists.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Login)]
public sealed class SetupModel(AppDbContext db, UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, TenantContext tenant, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter your name.")]
    [StringLength(200, ErrorMessage = "{0} must be at most {1} characters long.")]
    [Display(Name = "Your name")]
    public string DisplayName { get; set; } = string.Empty;

    [BindProperty]
    [Required(ErrorMessage = "Enter your e-mail address.")]
    [StringLength(254, ErrorMessage = "The e-mail address is too long.")]
    public string Email { get; set; } = string.Empty;

    [BindProperty]
    [Required(ErrorMessage = "Enter a password.")]
    [StringLength(200, MinimumLength = 12, ErrorMessage = "The password must be at least {2} characters long.")]
    public string Password { get; set; } = string.Empty;

    [BindProperty]
    [Compare(nameof(Password), ErrorMessage = "The two passwords are not the same.")]
    public string ConfirmPassword { get; set; } = string.Empty;

    [BindProperty]
    public OrganisationForm Form { get; set; } = OrganisationForm.New();

    public async Task<IActionResult> OnGetAsync() => await db.Users.AnyAsync() ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await db.Users.AnyAsync())
        {
            return NotFound();
        }

        if (!Core.Imports.StakeholderImport.IsValidEmail(Email.Trim()))
        {
            ModelState.AddModelError(nameof(Email), l["Enter a valid e-mail address."]);
        }

        await Form.ValidateAsync(ModelState, "Form.", db, l, null);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = new ApplicationUser { UserName = Email.Trim(), Email = Email.Trim(), EmailConfirmed = true, DisplayName = DisplayName.Trim(), IsSystemAdministrator = true };
        var result = await users.CreateAsync(user, Password);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
            {
                ModelState.AddModelError(nameof(Password), e.Description);
            }

            return Page();
        }

        var organisation = new Organisation();
        Form.ApplyTo(organisation);
        db.Organisations.Add(organisation);
        tenant.SetOrganisation(organisation.Id);
        db.Memberships.Add(new Membership { OrganisationId = organisation.Id, UserId = user.Id, Role = MemberRole.Administrator });
        await db.SaveChangesAsync();
        await signIn.SignInAsync(user, isPersistent: false);
        return Redirect("/o/" + organisation.Slug);
    }
}
