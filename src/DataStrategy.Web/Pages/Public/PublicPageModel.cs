using System.Globalization;
using DataStrategy.Core;
using DataStrategy.Core.Text;
using DataStrategy.Data;
using DataStrategy.Web.Infrastructure;
using DataStrategy.Data.Entities;
using DataStrategy.Data.Publishing;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DataStrategy.Web.Pages.Public;

/// <summary>
/// Base of the public site's pages: the organisation found by its slug, for anyone. Only what is
/// published is read here, and only the fields a citizen may see are shown.
/// </summary>
public abstract class PublicPageModel(AppDbContext db, TenantContext tenant) : PageModel
{
    protected AppDbContext Db { get; } = db;

    public Organisation Organisation { get; private set; } = null!;

    public static string Lang => Languages.IsSupported(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName) ? CultureInfo.CurrentUICulture.TwoLetterISOLanguageName : Languages.English;

    public string T(LocalizedText? text) => text?.Get(Lang) ?? "";

    public string OrgName => Organisation.Name.Get(Lang);

    /// <summary>A public address in the reader's language, so links shared and followed keep it.</summary>
    public string PublicUrl(string rest = "", string? language = null) => "/p/" + Organisation.Slug + rest + "?culture=" + (language ?? Lang);

    public string Absolute(string relative) => HttpContext.AbsoluteUrl(relative);

    /// <summary>
    /// Finds the organisation and makes it the tenant. False (answer 404) when the slug is unknown and equally when
    /// the organisation publishes nothing (<see cref="PublicSite"/>): both look the same from outside.
    /// </summary>
    protected async Task<bool> FindOrganisationAsync(string slug)
    {
        var organisation = await PublicSite.FindAsync(Db, tenant, slug, HttpContext.RequestAborted);
        if (organisation is null)
        {
            return false;
        }

        Organisation = organisation;
        return true;
    }

    public static string DateLabel(DateTimeOffset? at) => at?.ToLocalTime().ToString("d", CultureInfo.CurrentCulture) ?? "";

    public static string ImageUrl(string org, Guid imageId, string size) => "/p/" + org + "/images/" + imageId.ToString("D") + "/" + size;
}
