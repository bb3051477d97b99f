using System.Security.Claims;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Account;

/// <summary>
/// Return point of the OpenID Connect sign-in (a city's SSO). An identity already linked signs in; otherwise it is
/// linked by e-mail address only when the provider says that address is verified, and never to a system administrator
/// (ADR 0023).
/// </summary>
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
            return await RefuseAsync(l["Too many failed attempts: this account is locked for 15 minutes."]);
        }

        if (await signIn.UserManager.FindByLoginAsync(info.LoginProvider, info.ProviderKey) is not null)
        {
            // Linked, but not allowed to sign in now: never fall through to linking by e-mail.
            return await RefuseAsync(l["Single sign-on did not complete. Please try again."]);
        }

        var email = ExternalLogin.Email(info.Principal);
        if (email is null)
        {
            return await RefuseAsync(l["Your organisation's account did not share an e-mail address, so we cannot find your account."]);
        }

        // Checked before looking the address up, so that the answer says nothing about which accounts exist.
        if (!ExternalLogin.IsEmailVerified(info.Principal))
        {
            return await RefuseAsync(l["Your organisation's sign-in service has not confirmed that the e-mail address {0} is yours, so it cannot be used to sign you in here. Sign in with your e-mail address and password, or ask your IT department to confirm your e-mail address with the sign-in service.", email]);
        }

        // Link the SSO identity to the account with the same e-mail address, or create one
        // (with no organisation: an administrator still has to invite the person).
        var user = await signIn.UserManager.FindByEmailAsync(email);
        if (user is { IsSystemAdministrator: true })
        {
            return await RefuseAsync(l["The e-mail address {0} belongs to a system administrator, and a system administrator's account is never linked to single sign-on automatically. Sign in with your e-mail address and password.", email]);
        }

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
                return await RefuseAsync(string.Join(" ", created.Errors.Select(e => e.Description)));
            }
        }

        var linked = await signIn.UserManager.AddLoginAsync(user, info);
        if (!linked.Succeeded)
        {
            return await RefuseAsync(string.Join(" ", linked.Errors.Select(e => e.Description)));
        }

        await signIn.SignInAsync(user, isPersistent: false, info.LoginProvider);
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        return LocalRedirect(target);
    }

    /// <summary>Shows why, and forgets the provider's answer (the short-lived external cookie) so that nothing is left half done.</summary>
    private async Task<IActionResult> RefuseAsync(string error)
    {
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        Error = error;
        return Page();
    }
}
