using DataStrategy.Web.Infrastructure;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Claims;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Pages.Members;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Web.Pages.Account;

[AllowAnonymous]
public sealed class InvitationModel(AppDbContext db, TenantContext tenant, UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn) : PageModel
{
    [FromRoute]
    public string Token { get; set; } = string.Empty;

    [BindProperty]
    [Required(ErrorMessage = "Enter your name.")]
    [StringLength(200, ErrorMessage = "{0} must be at most {1} characters long.")]
    [Display(Name = "Your name")]
    public string DisplayName { get; set; } = string.Empty;

    [BindProperty]
    [Required(ErrorMessage = "Enter a password.")]
    [StringLength(200, MinimumLength = 12, ErrorMessage = "The password must be at least {2} characters long.")]
    public string Password { get; set; } = string.Empty;

    [BindProperty]
    [Compare(nameof(Password), ErrorMessage = "The two passwords are not the same.")]
    public string ConfirmPassword { get; set; } = string.Empty;

    public bool Invalid { get; private set; }

    public bool AccountExists { get; private set; }

    public string OrganisationName { get; private set; } = string.Empty;

    public string Email { get; private set; } = string.Empty;

    public MemberRole Role { get; private set; }

    private Invitation? _invitation;

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostJoinAsync()
    {
        await LoadAsync();
        var user = await users.GetUserAsync(User);
        if (_invitation is null || user is null || !string.Equals(user.NormalizedEmail, _invitation.Email.ToUpperInvariant(), StringComparison.Ordinal))
        {
            Invalid = true;
            return Page();
        }

        return await AcceptAsync(user);
    }

    public async Task<IActionResult> OnPostRegisterAsync()
    {
        await LoadAsync();
        if (_invitation is null || AccountExists)
        {
            Invalid = _invitation is null;
            return Page();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = new ApplicationUser
        {
            UserName = _invitation.Email,
            Email = _invitation.Email,
            EmailConfirmed = true,
            DisplayName = DisplayName.Trim(),
            PreferredLanguage = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName,
        };
        var result = await users.CreateAsync(user, Password);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
            {
                ModelState.AddModelError(nameof(Password), e.Description);
            }

            return Page();
        }

        await signIn.SignInAsync(user, isPersistent: false);
        return await AcceptAsync(user);
    }

    private async Task<IActionResult> AcceptAsync(ApplicationUser user)
    {
        var invitation = _invitation!;
        tenant.SetOrganisation(invitation.OrganisationId);
        if (!await db.Memberships.AnyAsync(m => m.UserId == user.Id))
        {
            db.Memberships.Add(new Membership { OrganisationId = invitation.OrganisationId, UserId = user.Id, Role = invitation.Role });
        }

        invitation.AcceptedAt = HttpContext.UtcNow();
        await db.SaveChangesAsync();
        var slug = await db.Organisations.Where(o => o.Id == invitation.OrganisationId).Select(o => o.Slug).SingleAsync();
        return Redirect("/o/" + slug);
    }

    private async Task LoadAsync()
    {
        var hash = InvitationToken.Hash(Token ?? string.Empty);
        var now = HttpContext.UtcNow();
        var invitation = await db.Invitations.IgnoreQueryFilters().SingleOrDefaultAsync(i => i.TokenHash == hash && i.AcceptedAt == null && i.RevokedAt == null);
        if (invitation is null || invitation.ExpiresAt <= now)
        {
            Invalid = true;
            return;
        }

        _invitation = invitation;
        var organisation = await db.Organisations.SingleAsync(o => o.Id == invitation.OrganisationId);
        OrganisationName = organisation.Name.Get(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
        Email = invitation.Email;
        Role = invitation.Role;
        AccountExists = await users.FindByEmailAsync(invitation.Email) is not null;
    }
}
