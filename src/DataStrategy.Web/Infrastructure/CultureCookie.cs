using DataStrategy.Core;

namespace DataStrategy.Web.Infrastructure;

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
            new CookieOptions { Expires = response.HttpContext.UtcNow().AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
    }
}
