using DataStrategy.Core.Inventory;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Processing;

/// <summary>
/// A dataset's record of processing (GDPR Art. 30(1)), for data protection officers only. Saving a form read before
/// someone else's save is refused (the record's version), and two first saves at once make one record (its unique
/// index), the other told.
/// </summary>
[RequirePermission(Permission.ManageProcessingRecords)]
public sealed class EditModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    public Dataset Dataset { get; private set; } = null!;

    public IReadOnlyList<string> Missing { get; private set; } = [];

    [BindProperty]
    public Guid? Version { get; set; }

    [BindProperty]
    public string? Controller { get; set; }

    [BindProperty]
    public string? ProtectionOfficer { get; set; }

    [BindProperty]
    public string? Purposes { get; set; }

    [BindProperty]
    public List<string> LegalBases { get; set; } = [];

    [BindProperty]
    public List<string> SpecialCategoryConditions { get; set; } = [];

    [BindProperty]
    public string? DataSubjects { get; set; }

    [BindProperty]
    public string? PersonalDataCategories { get; set; }

    [BindProperty]
    public string? Recipients { get; set; }

    [BindProperty]
    public string? TransfersOutsideEu { get; set; }

    [BindProperty]
    public string? Retention { get; set; }

    [BindProperty]
    public string? SecurityMeasures { get; set; }

    public static ProcessingRecordFields FieldsOf(ProcessingRecord r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.Controller, r.ProtectionOfficer, r.Purposes, r.LegalBases, r.SpecialCategoryConditions, r.DataSubjects,
            r.PersonalDataCategories, r.Recipients, r.TransfersOutsideEu, r.Retention, r.SecurityMeasures);
    }

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        if (!await LoadDatasetAsync(slug))
        {
            return NotFound();
        }

        var record = await Db.ProcessingRecords.AsNoTracking().SingleOrDefaultAsync(r => r.DatasetId == Dataset.Id);
        if (record is not null)
        {
            Version = record.Version;
            Controller = record.Controller;
            ProtectionOfficer = record.ProtectionOfficer;
            Purposes = record.Purposes;
            LegalBases = record.LegalBases;
            SpecialCategoryConditions = record.SpecialCategoryConditions;
            DataSubjects = record.DataSubjects;
            PersonalDataCategories = record.PersonalDataCategories;
            Recipients = record.Recipients;
            TransfersOutsideEu = record.TransfersOutsideEu;
            Retention = record.Retention;
            SecurityMeasures = record.SecurityMeasures;
        }

        Missing = ProcessingRecordRules.Missing(Fields());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug)
    {
        if (!await LoadDatasetAsync(slug))
        {
            return NotFound();
        }

        ModelState.Clear();
        var fields = Fields();
        foreach (var issue in ProcessingRecordRules.Validate(fields))
        {
            ModelState.AddModelError(issue.Field, Describe(issue));
        }

        Missing = ProcessingRecordRules.Missing(fields);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var record = await Db.ProcessingRecords.SingleOrDefaultAsync(r => r.DatasetId == Dataset.Id);
        if (record is null)
        {
            if (Version is not null)
            {
                // The record this form was read from has gone since.
                ModelState.AddModelError(string.Empty, L["Someone else changed this record while you were editing it. Reload the page to see their changes."]);
                return Page();
            }

            record = new ProcessingRecord { DatasetId = Dataset.Id };
            Db.ProcessingRecords.Add(record);
        }
        else
        {
            Db.Entry(record).Property(r => r.Version).OriginalValue = Version ?? Guid.Empty;
        }

        record.Controller = fields.Controller ?? "";
        record.ProtectionOfficer = fields.ProtectionOfficer ?? "";
        record.Purposes = fields.Purposes ?? "";
        record.LegalBases = [.. fields.LegalBases];
        record.SpecialCategoryConditions = [.. fields.SpecialCategoryConditions];
        record.DataSubjects = fields.DataSubjects ?? "";
        record.PersonalDataCategories = fields.PersonalDataCategories ?? "";
        record.Recipients = fields.Recipients ?? "";
        record.TransfersOutsideEu = fields.TransfersOutsideEu ?? "";
        record.Retention = fields.Retention ?? "";
        record.SecurityMeasures = fields.SecurityMeasures ?? "";
        record.UpdatedAt = HttpContext.UtcNow();
        try
        {
            if (!await TrySaveAsync())
            {
                return Page();
            }
        }
        catch (DbUpdateException)
        {
            // Another first save of this dataset's record won the unique index.
            ModelState.AddModelError(string.Empty, L["Someone else changed this record while you were editing it. Reload the page to see their changes."]);
            return Page();
        }

        Flash(L["The record of processing was saved."]);
        return Redirect(OrgUrl("/processing/" + Dataset.Slug));
    }

    private ProcessingRecordFields Fields() => new(
        Trim(Controller), Trim(ProtectionOfficer), Trim(Purposes),
        Codes(LegalBases, ProcessingRecordRules.LegalBases),
        Codes(SpecialCategoryConditions, ProcessingRecordRules.SpecialCategoryConditions),
        Trim(DataSubjects), Trim(PersonalDataCategories), Trim(Recipients), Trim(TransfersOutsideEu), Trim(Retention), Trim(SecurityMeasures));

    /// <summary>Known codes in the article's order; a posted code that is none of them is kept so the rules refuse it.</summary>
    private static List<string> Codes(List<string> posted, IReadOnlyList<(string Code, Core.Text.LocalizedText Name)> known) =>
        posted.All(c => known.Any(k => k.Code == c?.Trim().ToLowerInvariant())) ? ProcessingRecordRules.Normalise(posted, known) : posted;

    private static string? Trim(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private async Task<bool> LoadDatasetAsync(string slug)
    {
        var dataset = await Db.Datasets.AsNoTracking().SingleOrDefaultAsync(d => d.Slug == slug && d.PersonalData);
        if (dataset is null)
        {
            return false;
        }

        Dataset = dataset;
        return true;
    }

    public string Label(string field) => field switch
    {
        nameof(Controller) => L["Controller (name and contact details, joint controllers)"],
        nameof(ProtectionOfficer) => L["Data protection officer (contact details)"],
        nameof(Purposes) => L["Purposes of the processing"],
        nameof(LegalBases) => L["Legal basis (GDPR Art. 6(1))"],
        nameof(SpecialCategoryConditions) => L["Special categories of personal data: condition (GDPR Art. 9(2))"],
        nameof(DataSubjects) => L["Categories of data subjects"],
        nameof(PersonalDataCategories) => L["Categories of personal data"],
        nameof(Recipients) => L["Categories of recipients"],
        nameof(TransfersOutsideEu) => L["Transfers outside the EU and their safeguards"],
        nameof(Retention) => L["Retention periods"],
        nameof(SecurityMeasures) => L["Technical and organisational security measures"],
        _ => field,
    };

    private string Describe(ProcessingRecordIssue issue) => issue.Error switch
    {
        ProcessingRecordError.Required => L["{0}: required.", Label(issue.Field)],
        ProcessingRecordError.TooLong => L["{0}: at most {1} characters.", Label(issue.Field), DatasetRules.MaxProcessingText],
        ProcessingRecordError.LegalBasisRequired => L["Choose at least one legal basis."],
        ProcessingRecordError.ControlCharacters => L["{0}: contains characters that cannot be saved.", Label(issue.Field)],
        _ => L["{0}: choose from the list.", Label(issue.Field)],
    };
}
