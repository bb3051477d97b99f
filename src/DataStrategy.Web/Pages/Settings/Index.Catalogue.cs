using DataStrategy.Core.Catalogue;
using DataStrategy.Data.Publishing;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Web.Pages.Settings;

/// <summary>
/// The public data catalogue on the settings page: its contact address and the organisation's homepage (both given to
/// harvesters), the Belgian federal profile, and the public datasets that profile leaves out with what each lacks.
/// </summary>
public sealed partial class IndexModel
{
    public const int MaxHomepage = 500;

    public const int MaxEmail = 254;

    [BindProperty]
    public bool BelgianCatalogueProfile { get; set; }

    [BindProperty]
    public string? CatalogueContactEmail { get; set; }

    [BindProperty]
    public string? Homepage { get; set; }

    /// <summary>Public datasets the Belgian profile leaves out, with what to fill (at most <see cref="MaxListed"/>).</summary>
    public List<(string Slug, Core.Text.LocalizedText Title, IReadOnlyList<BelgianGap> Gaps)> CatalogueLeftOut { get; private set; } = [];

    public int CatalogueLeftOutCount { get; private set; }

    public const int MaxListed = 100;

    private bool _catalogueFromForm;

    public async Task<IActionResult> OnPostCatalogueAsync()
    {
        _catalogueFromForm = true;
        CatalogueContactEmail = string.IsNullOrWhiteSpace(CatalogueContactEmail) ? null : CatalogueContactEmail.Trim();
        Homepage = string.IsNullOrWhiteSpace(Homepage) ? null : Homepage.Trim();
        if (CatalogueContactEmail is not null && (CatalogueContactEmail.Length > MaxEmail || !CatalogueGraph.IsEmailAddress(CatalogueContactEmail)))
        {
            ModelState.AddModelError(nameof(CatalogueContactEmail), L["Enter one e-mail address, for example opendata@example.be."]);
        }

        if (Homepage is not null && (Homepage.Length > MaxHomepage || !Rdf.IsWebAddress(Homepage)))
        {
            ModelState.AddModelError(nameof(Homepage), L["Enter a web address starting with https:// or http://."]);
        }

        if (!ModelState.IsValid)
        {
            return await RedisplayAsync();
        }

        var organisation = await Db.Organisations.SingleAsync(o => o.Id == Organisation.Id);
        Db.Entry(organisation).Property(o => o.Version).OriginalValue = Version;
        organisation.BelgianCatalogueProfile = BelgianCatalogueProfile;
        organisation.CatalogueContactEmail = CatalogueContactEmail;
        organisation.Homepage = Homepage;
        if (!await TrySaveAsync())
        {
            return await RedisplayAsync();
        }

        Flash(L["Catalogue settings saved."]);
        return Redirect(OrgUrl("/settings"));
    }

    private async Task LoadCatalogueAsync()
    {
        if (!_catalogueFromForm)
        {
            BelgianCatalogueProfile = Organisation.BelgianCatalogueProfile;
            CatalogueContactEmail = Organisation.CatalogueContactEmail;
            Homepage = Organisation.Homepage;
        }

        // What the Belgian profile would leave out, shown whether it is on or not, so it can be prepared before.
        var info = DatasetCatalogue.Info(Organisation, HttpContext.AbsoluteUrl("/p/" + Organisation.Slug), new CatalogueStamp(0, null)) with { BelgianProfile = true };
        var (_, left) = DatasetCatalogue.Split(info, await DatasetCatalogue.AllAsync(Db, HttpContext.RequestAborted));
        CatalogueLeftOutCount = left.Count;
        CatalogueLeftOut = [.. left.Take(MaxListed).Select(x => (x.Dataset.Slug, x.Dataset.Title, x.Gaps))];
    }
}
