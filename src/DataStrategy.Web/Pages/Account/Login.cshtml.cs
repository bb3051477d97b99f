using System.ComponentModel.DataAnnotations;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting(RateLimits.Login)]
public sealed class LoginModel(SignInManager<ApplicationUser> signIn, IAuthenticationSchemeProvider schemes, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter your e-mail address.")]
    [StringLength(254, ErrorMessage = "The e-mail address is too long.")]
    public string Email { get; set; } = string.Empty;

    [BindProperty]
    [Required(ErrorMessage = "Enter your password.")]
    [StringLength(200, ErrorMessage = "The password is too long.")]
    public string Password { get; set; } = string.Empty;

    [BindProperty]
    public bool RememberMe { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool SsoAvailable { get; private set; }

    public async Task OnGetAsync() => SsoAvailable = await schemes.GetSchemeAsync(ExternalLogin.Scheme) is not null;

    /// <remarks>
    /// Without the request-wide transaction: checking the password (100,000 rounds of PBKDF2) must not hold SQLite's
    /// single write lock, which made every other write, and every other sign-in, wait behind it. The account updates
    /// Identity makes (failed-attempt count, lockout) are each atomic.
    /// </remarks>
    [SingleSave]
    public async Task<IActionResult> OnPostAsync()
    {
        SsoAvailable = await schemes.GetSchemeAsync(ExternalLogin.Scheme) is not null;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await signIn.UserManager.FindByEmailAsync(Email.Trim());
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, Password, RememberMe, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            ModelState.AddModelError(string.Empty, l["Too many failed attempts: this account is locked for 15 minutes."]);
            return Page();
        }

        if (!result.Succeeded)
        {
            // Same message whether the account exists or not.
            ModelState.AddModelError(string.Empty, l["The e-mail address or password is not correct."]);
            return Page();
        }

        if (user!.PreferredLanguage is { } language)
        {
            CultureCookie.Write(Response, language);
        }

        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }

    public async Task<IActionResult> OnPostSsoAsync()
    {
        if (await schemes.GetSchemeAsync(ExternalLogin.Scheme) is null)
        {
            return NotFound();
        }

        var redirect = Url.Page("/Account/External", "Callback", new { returnUrl = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/" });
        var properties = signIn.ConfigureExternalAuthenticationProperties(ExternalLogin.Scheme, redirect);
        return Challenge(properties, ExternalLogin.Scheme);
    }
}
