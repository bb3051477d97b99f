using System.ComponentModel.DataAnnotations;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Account;

/// <summary>
/// Change one's own password. The new password changes the account's security stamp: this browser stays signed in
/// (its cookie is issued again), every other session of the account ends within a minute.
/// </summary>
[EnableRateLimiting(RateLimits.Login)]
public sealed class PasswordModel(SignInManager<ApplicationUser> signIn, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter your current password.")]
    [StringLength(200, ErrorMessage = "The password is too long.")]
    public string CurrentPassword { get; set; } = string.Empty;

    [BindProperty]
    [Required(ErrorMessage = "Enter a new password.")]
    [StringLength(200, ErrorMessage = "The password is too long.")]
    public string NewPassword { get; set; } = string.Empty;

    [BindProperty]
    [Required(ErrorMessage = "Enter the new password again.")]
    [StringLength(200, ErrorMessage = "The password is too long.")]
    public string ConfirmPassword { get; set; } = string.Empty;

    public bool Changed { get; private set; }

    public void OnGet() => Changed = TempData.ContainsKey(nameof(Changed));

    [SingleSave]
    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.IsValid && NewPassword != ConfirmPassword)
        {
            ModelState.AddModelError(nameof(ConfirmPassword), l["The two new passwords are not the same."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await signIn.UserManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!await signIn.UserManager.HasPasswordAsync(user))
        {
            ModelState.AddModelError(string.Empty, l["This account signs in with single sign-on and has no password here."]);
            return Page();
        }

        var result = await signIn.UserManager.ChangePasswordAsync(user, CurrentPassword, NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var key = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(CurrentPassword) : nameof(NewPassword);
                ModelState.AddModelError(key, error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? l["The current password is not correct."] : error.Description);
            }

            return Page();
        }

        await signIn.RefreshSignInAsync(user);
        TempData[nameof(Changed)] = true;
        return RedirectToPage();
    }
}
