using DataStrategy.Core;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace DataStrategy.Web.Infrastructure;

/// <summary>Model-binding messages ("not a number", "required") in the reader's language.</summary>
public sealed class ValidationMessages(IStringLocalizerFactory factory) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var l = factory.Create(typeof(SharedResource));
        var p = options.ModelBindingMessageProvider;
        p.SetValueIsInvalidAccessor(v => l["The value '{0}' is not valid.", v]);
        p.SetAttemptedValueIsInvalidAccessor((v, f) => l["The value '{0}' is not valid for {1}.", v, f]);
        p.SetMissingBindRequiredValueAccessor(f => l["A value for {0} is required.", f]);
        p.SetMissingKeyOrValueAccessor(() => l["A value is required."]);
        p.SetMissingRequestBodyRequiredValueAccessor(() => l["A value is required."]);
        p.SetNonPropertyAttemptedValueIsInvalidAccessor(v => l["The value '{0}' is not valid.", v]);
        p.SetNonPropertyUnknownValueIsInvalidAccessor(() => l["The value is not valid."]);
        p.SetNonPropertyValueMustBeANumberAccessor(() => l["The value must be a number."]);
        p.SetUnknownValueIsInvalidAccessor(f => l["The value for {0} is not valid.", f]);
        p.SetValueMustBeANumberAccessor(f => l["{0} must be a number.", f]);
        p.SetValueMustNotBeNullAccessor(f => l["A value for {0} is required.", f]);
    }
}

public sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<SharedResource> l) : IdentityErrorDescriber
{
    private static IdentityError E(string code, string message) => new() { Code = code, Description = message };

    public override IdentityError DefaultError() => E(nameof(DefaultError), l["Something went wrong. Please try again."]);

    public override IdentityError DuplicateEmail(string email) => E(nameof(DuplicateEmail), l["The e-mail address {0} already has an account.", email]);

    public override IdentityError DuplicateUserName(string userName) => E(nameof(DuplicateUserName), l["The e-mail address {0} already has an account.", userName]);

    public override IdentityError InvalidEmail(string? email) => E(nameof(InvalidEmail), l["Enter a valid e-mail address."]);

    public override IdentityError InvalidUserName(string? userName) => E(nameof(InvalidUserName), l["Enter a valid e-mail address."]);

    public override IdentityError PasswordMismatch() => E(nameof(PasswordMismatch), l["The password is not correct."]);

    public override IdentityError PasswordTooShort(int length) => E(nameof(PasswordTooShort), l["The password must be at least {0} characters long.", length]);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => E(nameof(PasswordRequiresUniqueChars), l["The password must use at least {0} different characters.", uniqueChars]);

    public override IdentityError ConcurrencyFailure() => E(nameof(ConcurrencyFailure), l["Someone else changed this record while you were editing it."]);

    public override IdentityError InvalidToken() => E(nameof(InvalidToken), l["This link is not valid or has expired."]);
}

public static class CultureCookie
{
    public static void Write(HttpResponse response, string language)
    {
        if (!Languages.IsSupported(language))
        {
            return;
        }

        response.Cookies.Append(
            Microsoft.AspNetCore.Localization.CookieRequestCultureProvider.DefaultCookieName,
            Microsoft.AspNetCore.Localization.CookieRequestCultureProvider.MakeCookieValue(new Microsoft.AspNetCore.Localization.RequestCulture(language)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
    }
}

public static class ExternalLogin
{
    public const string Scheme = "oidc";
}
