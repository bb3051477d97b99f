using DataStrategy.Core.Frameworks;
using DataStrategy.Data.Messages;
using DataStrategy.Data;
using DataStrategy.Data.Assessment;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Frameworks;

/// <summary>Imports a translated sheet: texts change, structure and IDs never do.</summary>
[RequirePermission(Permission.ManageFrameworks)]
// Large enough to read a too-large file and say so clearly, instead of a bare 400 page.
[RequestSizeLimit(64 * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 64 * 1024 * 1024)]
public sealed class TranslateModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public Framework Row { get; private set; } = null!;

    public bool IsFrozen { get; private set; }

    public List<string> Issues { get; } = [];

    private async Task<bool> LoadAsync()
    {
        var row = await Db.Frameworks.AsNoTracking().SingleOrDefaultAsync(f => f.Id == Id);
        if (row is null)
        {
            return false;
        }

        Row = row;
        IsFrozen = await FrameworkLibrary.IsFrozenAsync(Db, Id);
        return true;
    }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(IFormFile? file)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", L["Choose a CSV or XLSX file."]);
            return Page();
        }

        if (file.Length > TranslationSheet.MaxBytes)
        {
            Issues.Add(L["The file is too large (at most {0} MB).", "10"]);
            return Page();
        }

        var content = await file.ReadAllBytesAsync();

        var result = TranslationSheet.Import(FrameworkLibrary.EditableCopy(Row), Path.GetFileName(file.FileName), content);
        if (!result.IsValid)
        {
            Issues.AddRange(result.Issues.Select(i => ImportMessages.Describe(L, i)));
            return Page();
        }

        if (result.ChangedTexts == 0)
        {
            Flash(L["The sheet changes no text."]);
            return Redirect(OrgUrl("/frameworks/" + Id));
        }

        var tracked = await Db.Frameworks.SingleAsync(f => f.Id == Id);
        var saved = await FrameworkLibrary.SaveEditAsync(Db, tracked, result.Framework!);
        await Db.SaveChangesAsync();
        Flash(saved.Id == Id
            ? L.Count(result.ChangedTexts, "{0} text was updated.", "{0} texts were updated.")
            : L["This version is used by a campaign, so the {0} changed texts were saved as version {1}.", result.ChangedTexts, saved.VersionNumber]);
        return Redirect(OrgUrl("/frameworks/" + saved.Id));
    }

}
