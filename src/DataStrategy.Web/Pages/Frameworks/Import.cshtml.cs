using DataStrategy.Core;
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

[RequirePermission(Permission.ManageFrameworks)]
// Large enough to read a too-large file and say so clearly, instead of a bare 400 page.
[RequestSizeLimit(64 * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 64 * 1024 * 1024)]
public sealed class ImportModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    public List<string> Issues { get; } = [];

    public bool HasBuiltIn { get; private set; }

    [BindProperty]
    public string FileLanguage { get; set; } = Languages.English;

    /// <summary>For an ODI tool file: which level holds the themes (detected unless chosen).</summary>
    [BindProperty]
    public OdiThemeLevel ThemeLevel { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    private async Task LoadAsync() => HasBuiltIn = await Db.Frameworks.AnyAsync(f => f.Origin == FrameworkOrigin.BuiltIn);

    public async Task<IActionResult> OnPostBuiltInAsync()
    {
        var added = await FrameworkLibrary.InstallBuiltInAsync(Db);
        if (added is not null)
        {
            await Db.SaveChangesAsync();
            Flash(L["The City Data Maturity Framework was added."]);
        }

        return Redirect(OrgUrl("/frameworks"));
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", L["Choose a framework file (JSON)."]);
            await LoadAsync();
            return Page();
        }

        if (!Languages.IsContent(FileLanguage))
        {
            FileLanguage = Languages.English;
        }

        FrameworkParseResult result;
        if (file.Length > FrameworkJson.MaxBytes)
        {
            result = new FrameworkParseResult { Issues = [new FrameworkIssue(FrameworkErrorCode.FileTooLarge, "$", (FrameworkJson.MaxBytes / 1024 / 1024).ToString(System.Globalization.CultureInfo.InvariantCulture))] };
        }
        else
        {
            var content = await file.ReadAllBytesAsync();

            result = FrameworkFile.Read(content, FileLanguage, Enum.IsDefined(ThemeLevel) ? ThemeLevel : OdiThemeLevel.Auto);
        }

        if (!result.IsValid)
        {
            Issues.AddRange(ImportMessages.Summarise(L, result.Issues));
            await LoadAsync();
            return Page();
        }

        var row = await FrameworkLibrary.AddVersionAsync(Db, result.Framework!, FrameworkOrigin.Imported);
        Db.Audit(Organisation.Id, AuditAction.Imported, nameof(Framework), row.Id.ToString(), new Dictionary<string, object?>
        {
            ["file"] = Path.GetFileName(file.FileName),
            ["questions"] = row.QuestionCount,
        });
        await Db.SaveChangesAsync();
        var said = L["The framework {0} was imported: {1} themes, {2} questions.", row.Name.Get(Lang), row.ThemeCount, row.QuestionCount].Value;
        if (result.ThemeLevel is { } level)
        {
            said += " " + ImportMessages.ThemeLevel(L, level, result.ThemeLevelDetected);
        }

        Flash(said);
        return Redirect(OrgUrl("/frameworks/" + row.Id));
    }

}
