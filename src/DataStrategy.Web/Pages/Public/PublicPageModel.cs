using System.Globalization;
using DataStrategy.Core;
using DataStrategy.Core.Text;
using DataStrategy.Data;
using DataStrategy.Web.Infrastructure;
using DataStrategy.Data.Entities;
using DataStrategy.Data.Publishing;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

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

    /// <summary>
    /// The language content is read in: the page's (<see cref="Lang"/>), or a content language of the organisation that
    /// is no interface language (German) when the reader asks for it: the interface then stays in fr, nl or en, and the
    /// content carries its lang.
    /// </summary>
    public string ContentLang { get; private set; } = Languages.English;

    /// <summary>The languages the public site is offered in (hreflang): the interface languages and the organisation's others.</summary>
    public IReadOnlyList<string> SiteLanguages => [.. Languages.Content.Where(l => Languages.IsSupported(l) || Organisation.Languages.Contains(l))];

    /// <summary>A text for this reader, with the language it is in (see <see cref="ResolvedText.LangFor"/>).</summary>
    public ResolvedText R(LocalizedText? text) => (text ?? new LocalizedText()).Resolve(ContentLang, Organisation.Languages);

    public string T(LocalizedText? text) => R(text).Text;

    /// <summary>The lang attribute a text needs on this page: null when it is in the page's language.</summary>
    public string? LangOf(LocalizedText? text) => R(text).LangFor(Lang);

    public string OrgName => Organisation.Name.Get(Lang);

    /// <summary>Whether the organisation has a logo (Settings › Branding): the public site's masthead shows it.</summary>
    public bool HasLogo { get; private set; }

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
        HasLogo = await Db.OrganisationLogos.AnyAsync(l => l.OrganisationId == organisation.Id, HttpContext.RequestAborted);
        ContentLang = ReaderContentLanguage(organisation);
        if (ContentLang != Lang)
        {
            HttpContext.Items[LangHtml.ContentLanguageItem] = ContentLang;
        }

        return true;
    }

    // ?culture=de (the hreflang links), else a browser whose first language is German; only a language the organisation writes in.
    private string ReaderContentLanguage(Organisation organisation)
    {
        var asked = Request.Query["culture"].FirstOrDefault();
        if (string.IsNullOrEmpty(asked))
        {
            var first = Request.GetTypedHeaders().AcceptLanguage.OrderByDescending(a => a.Quality ?? 1).FirstOrDefault()?.Value.Value;
            asked = first?.Split('-')[0].ToLowerInvariant();
        }

        return asked is not null && !Languages.IsSupported(asked) && Languages.IsContent(asked) && organisation.Languages.Contains(asked) ? asked : Lang;
    }

    public static string DateLabel(DateTimeOffset? at) => at?.ToLocalTime().ToString("d", CultureInfo.CurrentCulture) ?? "";

    public static string ImageUrl(string org, Guid imageId, string size) => "/p/" + org + "/images/" + imageId.ToString("D") + "/" + size;
}
