using DataStrategy.Data;
using DataStrategy.Web.Infrastructure;
using DataStrategy.Web.Pages.Organisations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Settings;

[RequirePermission(Permission.ManageOrganisation)]
public sealed partial class IndexModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    [BindProperty]
    public OrganisationForm Form { get; set; } = new();

    [BindProperty]
    public Guid Version { get; set; }

    /// <summary>Share anonymised theme scores with the peer benchmark.</summary>
    [BindProperty]
    public bool SharesBenchmark { get; set; }

    /// <summary>Publish the latest theme scores as open data on the public site.</summary>
    [BindProperty]
    public bool PublishesMaturity { get; set; }

    public async Task OnGetAsync()
    {
        ReportTooLargeUpload();
        await LoadBrandingAsync();
        Form = OrganisationForm.From(Organisation);
        Version = Organisation.Version;
        SharesBenchmark = Organisation.SharesBenchmark;
        PublishesMaturity = Organisation.PublishesMaturity;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadBrandingAsync();
        var organisation = await Db.Organisations.SingleAsync(o => o.Id == Organisation.Id);
        await Form.ValidateAsync(ModelState, "Form.", Db, L, organisation.Id);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        Db.Entry(organisation).Property(o => o.Version).OriginalValue = Version;
        Form.ApplyTo(organisation);
        var benchmarkChanged = organisation.SharesBenchmark != SharesBenchmark;
        organisation.SharesBenchmark = SharesBenchmark;
        organisation.PublishesMaturity = PublishesMaturity;
        if (!await TrySaveAsync())
        {
            return Page();
        }

        if (benchmarkChanged)
        {
            // Opting in publishes the latest analysed campaign's theme scores; opting out withdraws them.
            await Data.Analysis.PeerBenchmark.PublishAsync(Db, organisation.Id, HttpContext.RequestAborted);
        }

        Flash(L["Saved."]);
        return Redirect("/o/" + organisation.Slug + "/settings");
    }
}
