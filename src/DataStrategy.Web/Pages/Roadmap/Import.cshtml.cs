using System.Security.Claims;
using DataStrategy.Core.Imports;
using DataStrategy.Core.Roadmap.Exchange;
using DataStrategy.Data.Messages;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Data.Roadmaps;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Roadmap;

/// <summary>
/// Upload → preview → confirm, as the stakeholder import: the upload waits in PendingImports between the steps,
/// and confirming parses and validates again against the current roadmap, then applies every row or none.
/// </summary>
[RequirePermission(Permission.EditRoadmap)]
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class ImportModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : RoadmapPageModel(db, tenant, l)
{
    /// <summary>Larger requests than the file limit reach the page, so an oversized file gets a message instead of an error page.</summary>
    private const int MaxRequestBytes = 25 * 1024 * 1024;

    private const string Kind = "roadmap-initiatives";

    public RoadmapImportResult? Result { get; private set; }

    public List<string> Issues { get; } = [];

    public Guid? ImportId { get; private set; }

    public Dictionary<Guid, string> WorkstreamNames { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("File", L["Choose an XLSX file."]);
            return Page();
        }

        if (file.Length > RoadmapImport.MaxBytes)
        {
            Issues.Add(Describe(new ImportIssue(ImportErrorCode.FileTooLarge, Value: (RoadmapImport.MaxBytes / 1024 / 1024).ToString(System.Globalization.CultureInfo.InvariantCulture))));
            return Page();
        }

        var content = await file.ReadAllBytesAsync();
        var fileName = Path.GetFileName(file.FileName);
        Result = await ParseAsync(fileName, content);
        if (!Result.IsValid)
        {
            Issues.AddRange(Result.Issues.Select(Describe));
            return Page();
        }

        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        // One pending upload per person: a new upload replaces the previous one.
        await Db.PendingImports.Where(p => p.UserId == userId && p.Kind == Kind).ExecuteDeleteAsync();
        var pending = new PendingImport { UserId = userId, Kind = Kind, FileName = fileName.Length > 260 ? fileName[..260] : fileName, Content = content };
        Db.PendingImports.Add(pending);
        Db.SuppressAudit = true;
        await Db.SaveChangesAsync();
        Db.SuppressAudit = false;
        ImportId = pending.Id;
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(Guid importId)
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var pending = await Db.PendingImports.SingleOrDefaultAsync(p => p.Id == importId && p.UserId == userId && p.Kind == Kind);
        if (pending is null)
        {
            ModelState.AddModelError("File", L["This import is no longer available. Upload the file again."]);
            return Page();
        }

        var result = Result = await ParseAsync(pending.FileName, pending.Content);
        if (!result.IsValid)
        {
            Issues.AddRange(result.Issues.Select(Describe));
            return Page();
        }

        await RoadmapWorkspace.EnsureAsync(Db, HttpContext.RequestAborted);
        var (created, updated) = await RoadmapImporter.ApplyAsync(Db, result, Lang, HttpContext.RequestAborted);
        Db.PendingImports.Remove(pending);
        Db.Audit(Organisation.Id, AuditAction.Imported, nameof(Initiative), pending.Id.ToString(), new Dictionary<string, object?>
        {
            ["file"] = pending.FileName,
            ["created"] = created,
            ["updated"] = updated,
        });
        if (!await TrySaveAsync())
        {
            return Page();
        }

        Flash(L["Roadmap import: {0} initiatives created, {1} updated.", created, updated]);
        return Redirect(OrgUrl("/roadmap"));
    }

    private async Task<RoadmapImportResult> ParseAsync(string fileName, byte[] content)
    {
        WorkstreamNames = await Db.Workstreams.AsNoTracking().ToDictionaryAsync(w => w.Id, w => w.Name.Get(Lang));
        return await RoadmapImporter.ParseAsync(Db, fileName, content, HttpContext.RequestAborted);
    }

    public string Workstream(RoadmapImportRow row) =>
        row.NewWorkstream is { } name ? L["{0} (new)", name] : row.WorkstreamId is { } id && WorkstreamNames.TryGetValue(id, out var known) ? known : "";

    public string TitleOf(RoadmapImportRow row) =>
        row.Titles.TryGetValue(Lang, out var t) && t.Length > 0 ? t : row.Titles.Values.FirstOrDefault(v => v.Length > 0) ?? "";

    public string Describe(ImportIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        var value = issue.Value ?? string.Empty;
        string message = issue.Code switch
        {
            ImportErrorCode.FileEmpty => L["The file is empty."],
            ImportErrorCode.FileTooLarge => L["The file is too large (at most {0} MB).", issue.Value ?? "5"],
            ImportErrorCode.UnreadableFile => L["The file cannot be read. Save it as an Excel workbook (XLSX) and try again."],
            ImportErrorCode.UnclosedQuote => L["Line {0}: a value starts with a quotation mark (\") that is never closed. Add the closing quotation mark, or remove the opening one, and try again.", value],
            ImportErrorCode.UnsupportedFileType => L["Only XLSX and CSV files can be imported."],
            ImportErrorCode.TooManyRows => L["The file has more than {0} rows.", value],
            ImportErrorCode.MissingColumn => L["The first row must name the columns, including a \"{0}\" column.", issue.Column ?? string.Empty],
            ImportErrorCode.NoRows => L["The sheet has a header row but no initiatives."],
            ImportErrorCode.Required => L["A value is required."],
            ImportErrorCode.TooLong => L["The text is longer than {0} characters.", value],
            ImportErrorCode.DuplicateInFile => issue.Column == RoadmapSheets.Dependencies
                ? L["\"{0}\" is listed twice.", value]
                : L["This code is already used in row {0}.", value],
            ImportErrorCode.CodeInvalid => L["\"{0}\" is not a valid code: use letters, digits and dashes, at most 20 characters (for example I-07).", value],
            ImportErrorCode.NotANumber => L["\"{0}\" is not a number.", value],
            ImportErrorCode.OutOfRange => L["The value must be in the range {0}.", value],
            ImportErrorCode.MonthInvalid => L["\"{0}\" is not a month between 2000 and 2100: write it as 2027-03.", value],
            ImportErrorCode.UnknownValue => L["\"{0}\" is not one of the allowed values.", value],
            ImportErrorCode.DepartmentUnknown => L["There is no department \"{0}\".", value],
            ImportErrorCode.TeamUnknown => L["There is no team \"{0}\". Create it in the roadmap settings first.", value],
            ImportErrorCode.ObjectiveUnknown => L["There is no strategy objective \"{0}\".", value],
            ImportErrorCode.NameAmbiguous => L["Several objectives are called \"{0}\".", value],
            ImportErrorCode.ThemeUnknown => L["\"{0}\" is not a theme ID.", value],
            ImportErrorCode.DependencyInvalid => L["\"{0}\" is not a dependency: write a code, optionally followed by FS or SS and a lag, for example \"I-05 SS+1\".", value],
            ImportErrorCode.DependencyUnknown => L["There is no initiative \"{0}\" in the roadmap or in the file.", value],
            ImportErrorCode.DependencyCycle => L["The dependencies form a cycle: {0}.", value],
            ImportErrorCode.FormulaNotAllowed => L["The cell holds a formula. Paste values only."],
            _ => ImportMessages.Sentence(L, issue),
        };
        var column = issue.Column is null ? null : Result?.LetterOf(issue.Column) is { Length: > 0 } letter ? $"{letter} ({issue.Column})" : issue.Column;
        return (issue.Row, column) switch
        {
            ({ } row, { } c) => L["Sheet {0}, row {1}, column {2}: {3}", RoadmapSheets.InitiativesSheet, row, c, message],
            ({ } row, null) => L["Sheet {0}, row {1}: {2}", RoadmapSheets.InitiativesSheet, row, message],
            (null, { } c) => L["Sheet {0}, column {1}: {2}", RoadmapSheets.InitiativesSheet, c, message],
            _ => message,
        };
    }
}
