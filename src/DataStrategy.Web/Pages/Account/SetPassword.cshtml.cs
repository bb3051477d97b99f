using System.ComponentModel.DataAnnotations;
using DataStrategy.Data.Accounts;
using DataStrategy.Data.Entities;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Account;

/// <summary>
/// A set-password link (an ASP.NET Identity password-reset token, made by <c>dss import</c> for the members of a
/// restored organisation, or by <c>dss admin password-link</c>): its owner chooses a password, then signs in. The
/// link works once and for <see cref="Data.IdentityDefaults.PasswordLinkLifetime"/>; a wrong, used or expired link
/// and an unknown account get the same answer.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Login)]
public sealed class SetPasswordModel(UserManager<ApplicationUser> users, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter a password.")]
    [StringLength(200, MinimumLength = 12, ErrorMessage = "The password must be at least {2} characters long.")]
    public string Password { get; set; } = string.Empty;

    [BindProperty]
    [Compare(nameof(Password), ErrorMessage = "The two passwords are not the same.")]
    public string ConfirmPassword { get; set; } = string.Empty;

    public bool Invalid { get; private set; }

    public string Email { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var (user, token) = await LoadAsync();
        if (user is null || token is null || !ModelState.IsValid)
        {
            return Page();
        }

        var result = await AccountPasswords.ResetAsync(users, user, token, Password);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
            {
                ModelState.AddModelError(nameof(Password), e.Description);
            }

            return Page();
        }

        TempData["Flash"] = l["Your password is set. Sign in with it."].Value;
        return Redirect("/account/login");
    }

    private async Task<(ApplicationUser? User, string? Token)> LoadAsync()
    {
        var token = AccountPasswords.ReadToken(Token);
        var user = token is null || string.IsNullOrEmpty(UserId) || UserId.Length > 450 ? null : await users.FindByIdAsync(UserId);
        if (user is null || !await AccountPasswords.IsValidAsync(users, user, token!))
        {
            Invalid = true;
            return (null, null);
        }

        Email = user.Email ?? string.Empty;
        return (user, token);
    }
}
