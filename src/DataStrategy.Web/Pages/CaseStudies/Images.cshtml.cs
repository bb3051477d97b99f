using DataStrategy.Core.Images;
using DataStrategy.Core.Text;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.CaseStudies;

/// <summary>A case study's photos: upload (checked, stripped of metadata, resized), text alternatives, order, removal.</summary>
[RequirePermission(Permission.EditCaseStudies)]
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class ImagesModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : CaseStudyPageModel(db, tenant, l)
{
    public const int MaxRequestBytes = PhotoImage.MaxBytes + (64 * 1024);

    public const int MaxImages = 12;

    public const int MaxAlt = 300;

    [FromRoute]
    public Guid Id { get; set; }

    /// <summary>The text alternative of the image uploaded or edited, by language code.</summary>
    [BindProperty]
    public Dictionary<string, string?> Alt { get; set; } = [];

    [BindProperty]
    public Guid? ImageId { get; set; }

    public CaseStudy Study { get; private set; } = null!;

    public List<CaseStudyImage> Images { get; private set; } = [];

    private async Task<bool> LoadAsync()
    {
        var study = await Db.CaseStudies.AsNoTracking().SingleOrDefaultAsync(c => c.Id == Id);
        if (study is null)
        {
            return false;
        }

        Study = study;
        Images = await Db.CaseStudyImages.AsNoTracking().Where(i => i.CaseStudyId == Id).OrderBy(i => i.Position).ToListAsync();
        return true;
    }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(IFormFile? photo)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (!MayChange(Study))
        {
            RefuseChangeToPublished();
            return Page();
        }

        var alt = ReadAlt();
        if (Images.Count >= MaxImages)
        {
            ModelState.AddModelError("photo", L["A case study has at most {0} images.", MaxImages]);
        }

        PhotoResult? processed = null;
        if (photo is null || photo.Length == 0)
        {
            ModelState.AddModelError("photo", L["Choose a JPEG, PNG or WebP photo."]);
        }
        else if (photo.Length > PhotoImage.MaxBytes)
        {
            ModelState.AddModelError("photo", L["The photo must be at most 10 MB."]);
        }
        else if (ModelState.IsValid)
        {
            processed = PhotoImage.Process(await photo.ReadAllBytesAsync());
            var problem = processed.Problem switch
            {
                PhotoProblem.None => null,
                PhotoProblem.TooLarge => L["The photo must be at most 10 MB."].Value,
                PhotoProblem.TooManyPixels => L["The photo must be at most {0} pixels on a side and {1} megapixels.", PhotoImage.MaxSide, PhotoImage.MaxPixels / 1_000_000].Value,
                PhotoProblem.TooSmall => L["The photo must be at least {0} × {0} pixels.", PhotoImage.MinSide].Value,
                PhotoProblem.Damaged => L["The photo is damaged or is not what its first bytes say. Export it again as JPEG or PNG."].Value,
                _ => L["The file is not a JPEG, PNG or WebP photo. Other formats, such as SVG, GIF, HEIC or PDF, are not accepted."].Value,
            };
            if (problem is not null)
            {
                ModelState.AddModelError("photo", problem);
            }
        }

        if (!ModelState.IsValid || processed is null)
        {
            return Page();
        }

        var image = new CaseStudyImage
        {
            OrganisationId = Organisation.Id,
            CaseStudyId = Id,
            Position = Images.Count == 0 ? 0 : Images.Max(i => i.Position) + 1,
            AltText = alt,
            Width = processed.Width,
            Height = processed.Height,
        };
        Db.CaseStudyImages.Add(image);
        foreach (var r in processed.Renditions)
        {
            Db.CaseStudyImageRenditions.Add(new CaseStudyImageRendition { OrganisationId = Organisation.Id, ImageId = image.Id, Size = r.Size, Width = r.Width, Height = r.Height, Data = r.Jpeg });
        }

        await TouchAsync();
        await Db.SaveChangesAsync();
        Flash(L["The image was added."]);
        return Redirect(CaseStudyUrl(Id) + "/images");
    }

    public async Task<IActionResult> OnPostAltAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (!MayChange(Study))
        {
            RefuseChangeToPublished();
            return Page();
        }

        var image = ImageId is { } imageId ? await Db.CaseStudyImages.SingleOrDefaultAsync(i => i.Id == imageId && i.CaseStudyId == Id) : null;
        if (image is null)
        {
            return NotFound();
        }

        var alt = ReadAlt();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        image.AltText = alt;
        await TouchAsync();
        await Db.SaveChangesAsync();
        Flash(L["The text alternative was saved."]);
        return Redirect(CaseStudyUrl(Id) + "/images");
    }

    public async Task<IActionResult> OnPostDeleteAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (!MayChange(Study))
        {
            RefuseChangeToPublished();
            return Page();
        }

        var image = ImageId is { } imageId ? await Db.CaseStudyImages.SingleOrDefaultAsync(i => i.Id == imageId && i.CaseStudyId == Id) : null;
        if (image is null)
        {
            return NotFound();
        }

        Db.CaseStudyImages.Remove(image);
        await TouchAsync();
        await Db.SaveChangesAsync();
        Flash(L["The image was removed."]);
        return Redirect(CaseStudyUrl(Id) + "/images");
    }

    /// <summary>Moves an image to the front: the first image is the one shown on cards and in link previews.</summary>
    public async Task<IActionResult> OnPostFirstAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (!MayChange(Study))
        {
            RefuseChangeToPublished();
            return Page();
        }

        var image = ImageId is { } imageId ? await Db.CaseStudyImages.SingleOrDefaultAsync(i => i.Id == imageId && i.CaseStudyId == Id) : null;
        if (image is null)
        {
            return NotFound();
        }

        image.Position = Images.Min(i => i.Position) - 1;
        await TouchAsync();
        await Db.SaveChangesAsync();
        return Redirect(CaseStudyUrl(Id) + "/images");
    }

    /// <summary>An image change is a change of the case study: editors holding an older form are told.</summary>
    private async Task TouchAsync()
    {
        var study = await Db.CaseStudies.SingleAsync(c => c.Id == Id);
        study.UpdatedAt = HttpContext.UtcNow();
        study.Version = Guid.NewGuid();
    }

    private LocalizedText ReadAlt()
    {
        var alt = LocalizedFields.Read(ModelState, nameof(Alt), Alt, MaxAlt, L["The text alternative must be at most {0} characters long.", MaxAlt]);
        LocalizedFields.RequireIn(ModelState, nameof(Alt), alt, Organisation.Languages, language => L["Describe the image {0}, for readers who cannot see it.", InLanguage(L, language)]);
        return alt;
    }
}
