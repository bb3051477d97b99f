using System.Security.Claims;
using DataStrategy.Data.Entities;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Account;

/// <summary>Return point of the OpenID Connect sign-in (a city's SSO).</summary>
[AllowAnonymous]
public sealed class ExternalModel(SignInManager<ApplicationUser> signIn, IStringLocalizer<SharedResource> l) : PageModel
{
    public string? Error { get; private set; }

    public IActionResult OnGet() => Redirect("/account/login");

    public async Task<IActionResult> OnGetCallbackAsync(string? returnUrl)
    {
        var info = await signIn.GetExternalLoginInfoAsync();
        if (info is null)
        {
            Error = l["Single sign-on did not complete. Please try again."];
            return Page();
        }

        var target = Url.IsLocalUrl(returnUrl) ? returnUrl! : "/";
        var result = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false, bypassTwoFactor: true);
        if (result.Succeeded)
        {
            return LocalRedirect(target);
        }

        if (result.IsLockedOut)
        {
            Error = l["Too many failed attempts: this account is locked for 15 minutes."];
            return Page();
        }

        var email = info.Principal.FindFirstValue(ClaimTypes.Email) ?? info.Principal.FindFirstValue("email");
        if (string.IsNullOrWhiteSpace(email))
        {
            Error = l["Your organisation's account did not share an e-mail address, so we cannot find your account."];
            return Page();
        }

        // Link the SSO identity to the account with the same e-mail address, or create one
        // (with no organisation: an administrator still has to invite the person).
        var user = await signIn.UserManager.FindByEmailAsync(email);
        if (user is null)
        {
            user = new ApplicationUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = info.Principal.FindFirstValue(ClaimTypes.Name) ?? info.Principal.FindFirstValue("name") ?? email,
            };
            var created = await signIn.UserManager.CreateAsync(user);
            if (!created.Succeeded)
            {
                Error = string.Join(" ", created.Errors.Select(e => e.Description));
                return Page();
            }
        }

        var linked = await signIn.UserManager.AddLoginAsync(user, info);
        if (!linked.Succeeded)
        {
            Error = string.Join(" ", linked.Errors.Select(e => e.Description));
            return Page();
        }

        await signIn.SignInAsync(user, isPersistent: false, info.LoginProvider);
        return LocalRedirect(target);
    }
}
