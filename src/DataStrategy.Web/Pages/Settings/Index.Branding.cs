using System.Text.RegularExpressions;
using DataStrategy.Core.Images;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using DataStrategy.Web.Pages.Organisations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Web.Pages.Settings;

/// <summary>
/// Branding on the settings page: the accent colour and the logo of documents and the public page.
/// A logo is recognised by its bytes only (PNG or JPEG, structure checked); anything else is refused
/// and nothing is stored. What is stored has no metadata (camera, GPS position, editor, comments).
/// </summary>
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
[TooLargeUpload(MaxRequestBytes)]
public sealed partial class IndexModel
{
    // Room for a 1 MB logo and the form fields: a file up to this size reaches the handler, which says it is too large;
    // a request beyond it is answered before it is read (TooLargeUpload), with the same message.
    private const int MaxRequestBytes = 2 * 1024 * 1024;

    [BindProperty]
    public string? AccentColour { get; set; }

    /// <summary>When the current logo was saved; null when there is none.</summary>
    public DateTimeOffset? LogoUpdatedAt { get; private set; }

    /// <summary>The public logo address, versioned so a new logo is not hidden by a cached one (it also answers members before anything is published).</summary>
    public string LogoUrl => "/p/" + Organisation.Slug + "/logo?v=" + LogoUpdatedAt?.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>"#1f4e79": the form value of an input of type color.</summary>
    public string ColourInputValue => "#" + (HexColour().IsMatch(AccentColour ?? string.Empty) ? AccentColour! : Organisation.AccentColour).ToLowerInvariant();

    [GeneratedRegex("^[0-9A-Fa-f]{6}$")]
    private static partial Regex HexColour();

    private async Task LoadBrandingAsync()
    {
        LogoUpdatedAt = await Db.OrganisationLogos.Where(l => l.OrganisationId == Organisation.Id)
            .Select(l => (DateTimeOffset?)l.UpdatedAt).SingleOrDefaultAsync(HttpContext.RequestAborted);
        AccentColour ??= Organisation.AccentColour;
        await LoadCatalogueAsync();
    }

    public async Task<IActionResult> OnPostColourAsync()
    {
        var value = (AccentColour ?? string.Empty).Trim();
        value = value.StartsWith('#') ? value[1..] : value;
        if (!HexColour().IsMatch(value))
        {
            ModelState.AddModelError(nameof(AccentColour), L["Enter the accent colour as six hexadecimal digits, for example 1F4E79."]);
            return await RedisplayAsync();
        }

        var organisation = await Db.Organisations.SingleAsync(o => o.Id == Organisation.Id);
        Db.Entry(organisation).Property(o => o.Version).OriginalValue = Version;
        organisation.AccentColour = value.ToUpperInvariant();
        if (!await TrySaveAsync())
        {
            return await RedisplayAsync();
        }

        Flash(L["Accent colour saved."]);
        return Redirect(OrgUrl("/settings"));
    }

    public async Task<IActionResult> OnPostLogoAsync(IFormFile? logo)
    {
        if (logo is null || logo.Length == 0)
        {
            return await LogoErrorAsync(L["Choose a PNG or JPEG image."]);
        }

        if (logo.Length > LogoImage.MaxBytes)
        {
            return await LogoErrorAsync(L["The logo must be at most 1 MB."]);
        }

        var bytes = await logo.ReadAllBytesAsync();
        var check = LogoImage.Inspect(bytes);
        switch (check.Problem)
        {
            case LogoProblem.None:
                break;
            case LogoProblem.TooManyPixels:
                return await LogoErrorAsync(L["The logo must be at most 4000 × 4000 pixels; this one is {0} × {1}.", check.Width, check.Height]);
            case LogoProblem.Damaged:
                return await LogoErrorAsync(L["The image is damaged or contains something other than the image. Export it again as PNG or JPEG."]);
            case LogoProblem.TooLarge:
                return await LogoErrorAsync(L["The logo must be at most 1 MB."]);
            default:
                return await LogoErrorAsync(L["The logo must be a PNG or JPEG image. Other formats, such as SVG or GIF, are not accepted."]);
        }

        var stored = await Db.OrganisationLogos.SingleOrDefaultAsync(l => l.OrganisationId == Organisation.Id);
        if (stored is null)
        {
            stored = new OrganisationLogo { OrganisationId = Organisation.Id };
            Db.OrganisationLogos.Add(stored);
        }

        stored.ContentType = check.ContentType!;
        stored.Data = LogoMetadata.Strip(bytes)!;
        stored.UpdatedAt = HttpContext.UtcNow();
        await Db.SaveChangesAsync();
        Flash(L["Logo saved."]);
        return Redirect(OrgUrl("/settings"));
    }

    public async Task<IActionResult> OnPostRemoveLogoAsync()
    {
        var stored = await Db.OrganisationLogos.SingleOrDefaultAsync(l => l.OrganisationId == Organisation.Id);
        if (stored is not null)
        {
            Db.OrganisationLogos.Remove(stored);
            await Db.SaveChangesAsync();
        }

        Flash(L["Logo removed."]);
        return Redirect(OrgUrl("/settings"));
    }

    /// <summary>After a logo upload too large to be read (<see cref="TooLargeUploadAttribute"/>), the form says so.</summary>
    private void ReportTooLargeUpload()
    {
        if (Request.Query[TooLargeUploadAttribute.QueryKey] == "Logo")
        {
            ModelState.AddModelError("Logo", L["The logo must be at most 1 MB."]);
        }
    }

    private async Task<IActionResult> LogoErrorAsync(string message)
    {
        ModelState.AddModelError("Logo", message);
        return await RedisplayAsync();
    }

    /// <summary>The page again after a refused branding change: the other forms show the stored values.</summary>
    private async Task<IActionResult> RedisplayAsync()
    {
        Form = OrganisationForm.From(Organisation);
        SharesBenchmark = Organisation.SharesBenchmark;
        if (Version == Guid.Empty)
        {
            Version = Organisation.Version;
        }

        await LoadBrandingAsync();
        return Page();
    }
}
