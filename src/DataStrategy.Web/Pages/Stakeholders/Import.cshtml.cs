using System.Security.Claims;
using DataStrategy.Core.Csv;
using DataStrategy.Core.Imports;
using DataStrategy.Data.Messages;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Stakeholders;

/// <summary>
/// Upload → preview → confirm. The upload waits in the database (not in memory) between the
/// two steps, and the confirm step validates again: nothing is imported unless every row is valid.
/// </summary>
[RequirePermission(Permission.ManageStakeholders)]
public sealed class ImportModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    private const string Kind = "stakeholders";

    public StakeholderImportResult? Result { get; private set; }

    public List<string> Issues { get; } = [];

    public Guid? ImportId { get; private set; }

    /// <summary>"Urbanisme (URB)": how the preview shows the department a row was matched to.</summary>
    public Dictionary<Guid, string> DepartmentNames { get; private set; } = [];

    public void OnGet()
    {
    }

    public IActionResult OnGetTemplate()
    {
        var bytes = CsvSafe.ToBytes(
            ["name", "job_title", "department", "email", "notes"],
            [["Marie Dupont", "Cheffe de projet", "URB", "marie.dupont@example.org", ""]]);
        return File(bytes, "text/csv; charset=utf-8", "stakeholders-template.csv");
    }

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("File", L["Choose a CSV or XLSX file."]);
            return Page();
        }

        if (file.Length > StakeholderImport.MaxBytes)
        {
            Issues.Add(Describe(new ImportIssue(ImportErrorCode.FileTooLarge, Value: "5")));
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

        var result = await ParseAsync(pending.FileName, pending.Content);
        if (!result.IsValid)
        {
            Issues.AddRange(result.Issues.Select(Describe));
            return Page();
        }

        foreach (var row in result.Rows)
        {
            Db.Stakeholders.Add(new Stakeholder
            {
                Name = row.Name,
                JobTitle = row.JobTitle,
                DepartmentId = row.DepartmentId,
                Email = row.Email,
                Notes = row.Notes,
            });
        }

        Db.PendingImports.Remove(pending);
        Db.Audit(Organisation.Id, AuditAction.Imported, nameof(Stakeholder), pending.Id.ToString(), new Dictionary<string, object?>
        {
            ["file"] = pending.FileName,
            ["rows"] = result.Rows.Count,
        });
        await Db.SaveChangesAsync();
        Flash(L.Count(result.Rows.Count, "{0} stakeholder was imported.", "{0} stakeholders were imported."));
        return Redirect(OrgUrl("/stakeholders"));
    }

    private async Task<StakeholderImportResult> ParseAsync(string fileName, byte[] content)
    {
        var departments = await Db.Departments.AsNoTracking().ToListAsync();
        DepartmentNames = departments.ToDictionary(d => d.Id, d => $"{d.Name.Get(Lang)} ({d.Code})");
        var lookup = DepartmentLookup.For(departments);

        var emails = (await Db.Stakeholders.Where(s => s.Email != null).Select(s => s.Email!).ToListAsync())
            .Select(e => e.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
        return StakeholderImport.Parse(fileName, content, lookup, emails);
    }

    private string Column(string? column) => column switch
    {
        StakeholderImport.NameColumn => L["Name"],
        StakeholderImport.JobTitleColumn => L["Job title"],
        StakeholderImport.DepartmentColumn => L["Department"],
        StakeholderImport.EmailColumn => L["E-mail address"],
        StakeholderImport.NotesColumn => L["Notes"],
        _ => column ?? string.Empty,
    };

    public string Describe(ImportIssue issue)
    {
        string message = issue.Code switch
        {
            ImportErrorCode.FileEmpty => L["The file is empty."],
            ImportErrorCode.FileTooLarge => L["The file is too large (at most {0} MB).", issue.Value ?? "5"],
            ImportErrorCode.UnreadableFile => L["The file cannot be read. Save it as CSV or XLSX and try again."],
            ImportErrorCode.UnclosedQuote => L["Line {0}: a value starts with a quotation mark (\") that is never closed. Add the closing quotation mark, or remove the opening one, and try again.", issue.Value ?? string.Empty],
            ImportErrorCode.UnsupportedFileType => L["Only CSV and XLSX files can be imported."],
            ImportErrorCode.TooManyRows => L["The file has more than {0} rows.", issue.Value ?? string.Empty],
            ImportErrorCode.MissingColumn => L["The first row must name the columns, including a \"{0}\" column.", issue.Column ?? string.Empty],
            ImportErrorCode.NoRows => L["The file has a header row but no stakeholders."],
            ImportErrorCode.Required => L["{0} is required.", Column(issue.Column)],
            ImportErrorCode.TooLong => L["{0} is longer than {1} characters.", Column(issue.Column), issue.Value ?? string.Empty],
            ImportErrorCode.EmailInvalid => L["\"{0}\" is not a valid e-mail address.", issue.Value ?? string.Empty],
            ImportErrorCode.EmailDuplicateInFile => L["This e-mail address is already used in row {0}.", issue.Value ?? string.Empty],
            ImportErrorCode.EmailAlreadyExists => L["A stakeholder with the e-mail address \"{0}\" already exists.", issue.Value ?? string.Empty],
            ImportErrorCode.DepartmentUnknown => L["There is no department \"{0}\".", issue.Value ?? string.Empty],
            _ => ImportMessages.Sentence(L, issue),
        };
        return issue.Row is { } row ? L["Row {0}: {1}", row, message] : message;
    }
}
