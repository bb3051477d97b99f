using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using DataStrategy.Core.Imports;
using DataStrategy.Core.Inventory;
using DataStrategy.Core.Inventory.Exchange;
using DataStrategy.Core.Text;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Data.Messages;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Datasets;

/// <summary>
/// Import of an existing inventory: upload (CSV or XLSX) → map the file's columns to the register's fields and the
/// values that match nothing → import, all rows or none. The upload waits in <c>PendingImports</c> (ADR 0004); the
/// mappings travel in the form, so every step checks the file again against the register as it is. Rows whose slug
/// exists update that dataset. A file already imported is recognised by its hash (ADR 0033).
/// </summary>
[RequirePermission(Permission.ManageInventory)]
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes, ValueCountLimit = 5000)]
public sealed class ImportModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    public const string Kind = "datasets";
    public const string AuditType = "DatasetImport";

    /// <summary>A file a little over the limit still reaches the page, which says the limit; a far larger request is cut off by the server.</summary>
    private const long MaxRequestBytes = DatasetImport.MaxBytes + (1024 * 1024);

    public Guid? ImportId { get; private set; }

    public string? FileName { get; private set; }

    public IReadOnlyList<string> Header { get; private set; } = [];

    public DatasetImportResult? Result { get; private set; }

    public List<string> Issues { get; } = [];

    /// <summary>When and by whom this very file was imported before, when it was.</summary>
    public AuditEntry? ImportedBefore { get; private set; }

    [BindProperty]
    public List<string?> Columns { get; set; } = [];

    [BindProperty]
    public List<string> MapField { get; set; } = [];

    [BindProperty]
    public List<string> MapValue { get; set; } = [];

    [BindProperty]
    public List<string?> MapTo { get; set; } = [];

    public List<Department> Departments { get; private set; } = [];

    public List<Stakeholder> People { get; private set; } = [];

    public IReadOnlyList<string> Fields => DatasetColumns.All(Organisation.Languages);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("File", L["Choose a CSV or XLSX file."]);
            return Page();
        }

        if (file.Length > DatasetImport.MaxBytes)
        {
            Issues.Add(ImportMessages.Describe(L, new ImportIssue(ImportErrorCode.FileTooLarge, Value: (DatasetImport.MaxBytes / 1024 / 1024).ToString(CultureInfo.InvariantCulture))));
            return Page();
        }

        var content = await file.ReadAllBytesAsync();
        var fileName = Path.GetFileName(file.FileName);
        fileName = fileName.Length > 260 ? fileName[..260] : fileName;
        Columns = [];
        if (!await CheckAsync(fileName, content))
        {
            return Page();
        }

        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        await Db.PendingImports.Where(p => p.UserId == userId && p.Kind == Kind).ExecuteDeleteAsync();
        var pending = new PendingImport { UserId = userId, Kind = Kind, FileName = fileName, Content = content };
        Db.PendingImports.Add(pending);
        Db.SuppressAudit = true;
        await Db.SaveChangesAsync();
        Db.SuppressAudit = false;
        ImportId = pending.Id;
        return Page();
    }

    /// <summary>The mapping step: the file checked again with the columns and values the user chose.</summary>
    public async Task<IActionResult> OnPostCheckAsync(Guid importId)
    {
        var pending = await PendingAsync(importId);
        if (pending is null)
        {
            return Page();
        }

        await CheckAsync(pending.FileName, pending.Content);
        ImportId = pending.Id;
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(Guid importId)
    {
        var pending = await PendingAsync(importId);
        if (pending is null)
        {
            return Page();
        }

        ImportId = pending.Id;
        if (!await CheckAsync(pending.FileName, pending.Content) || Result is not { IsValid: true } result)
        {
            return Page();
        }

        var slugs = result.Rows.Select(r => r.Slug).ToList();
        var existing = await Db.Datasets.Where(d => slugs.Contains(d.Slug)).ToDictionaryAsync(d => d.Slug, StringComparer.Ordinal);
        var created = 0;
        foreach (var row in result.Rows)
        {
            if (!existing.TryGetValue(row.Slug, out var dataset))
            {
                dataset = new Dataset { Slug = row.Slug, CreatedAt = HttpContext.UtcNow() };
                Db.Datasets.Add(dataset);
                existing[row.Slug] = dataset;
                created++;
            }

            Apply(dataset, row.Values);
        }

        Db.ChangeTracker.DetectChanges();
        var updated = Db.ChangeTracker.Entries<Dataset>().Count(e => e.State == EntityState.Modified);
        Db.PendingImports.Remove(pending);
        if (created + updated > 0)
        {
            Db.Audit(Organisation.Id, AuditAction.Imported, AuditType, Hash(pending.Content), new Dictionary<string, object?>
            {
                ["file"] = pending.FileName,
                ["rows"] = result.Rows.Count,
                ["created"] = created,
                ["updated"] = updated,
            });
        }

        try
        {
            await Db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Someone imported or edited the same datasets at the same moment (a slug taken, a version changed), or
            // confirmed this very upload twice: the transaction rolled back, nothing was imported.
            Db.ChangeTracker.Clear();
            ImportId = null;
            Result = null;
            Issues.Add(L["Someone else changed the register while this file was being imported. Nothing was imported; upload the file again."]);
            return Page();
        }

        Flash(created + updated == 0
            ? L["Every row of this file is already in the register: nothing changed."]
            : L["Import done: {0} new datasets, {1} updated.", created, updated]);
        return Redirect(OrgUrl("/datasets/import"));
    }

    public IActionResult OnGetTemplate()
    {
        var bytes = Core.Csv.CsvSafe.ToBytes(Fields, [], Core.Csv.CsvSafe.DelimiterFor(Lang));
        return File(bytes, "text/csv; charset=utf-8", "datasets-template.csv");
    }

    private async Task<PendingImport?> PendingAsync(Guid importId)
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var pending = await Db.PendingImports.SingleOrDefaultAsync(p => p.Id == importId && p.UserId == userId && p.Kind == Kind);
        if (pending is null)
        {
            Issues.Add(L["This import is no longer available. Upload the file again."]);
        }

        return pending;
    }

    /// <summary>Reads and checks the file with the posted mappings (or guessed columns at first); false when it cannot be read at all.</summary>
    private async Task<bool> CheckAsync(string fileName, byte[] content)
    {
        FileName = fileName;
        TabularData table;
        IReadOnlyList<(int Row, int Column)> formulas = [];
        try
        {
            table = TabularFile.Read(fileName, content, DatasetImport.MaxRows);
            formulas = DatasetImport.Formulas(content);
        }
        catch (TabularFileException ex)
        {
            var value = ex.Code == ImportErrorCode.FileTooLarge ? (DatasetImport.MaxBytes / 1024 / 1024).ToString(CultureInfo.InvariantCulture) : ex.Detail;
            Issues.Add(ImportMessages.Describe(L, new ImportIssue(ex.Code, Value: value)));
            return false;
        }

        Header = table.Header;
        var languages = Organisation.Languages;
        var fields = Fields;
        if (Columns.Count != Header.Count)
        {
            Columns = Header.Select(h => DatasetColumns.Guess(h, languages)).ToList();
        }

        var columns = new Dictionary<int, string>();
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i] is { Length: > 0 } f && fields.Contains(f))
            {
                columns[i] = f;
            }
        }

        Departments = await Db.Departments.AsNoTracking().OrderBy(d => d.Code).ToListAsync();
        People = await Db.Stakeholders.AsNoTracking().Where(s => s.Email != null && s.ErasedAt == null).OrderBy(s => s.Name).ToListAsync();
        var valueMap = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < Math.Min(MapField.Count, Math.Min(MapValue.Count, MapTo.Count)); i++)
        {
            if (MapTo[i] is { Length: > 0 } to && IsChoice(MapField[i], to))
            {
                valueMap[DatasetImport.MapKey(MapField[i], MapValue[i] ?? "")] = to;
            }
        }

        var context = new DatasetImportContext(
            languages,
            DepartmentLookup.For(Departments),
            People.GroupBy(p => p.Email!.ToUpperInvariant()).ToDictionary(g => g.Key, g => g.First().Id),
            (await Db.Datasets.AsNoTracking().Select(d => d.Slug).ToListAsync()).ToHashSet(StringComparer.Ordinal),
            valueMap);
        Result = DatasetImport.Parse(table, columns, context, formulas);
        Issues.AddRange(Result.Issues.Take(500).Select(Describe));
        var hash = Hash(content);
        ImportedBefore = await Db.AuditEntries.AsNoTracking().Where(a => a.EntityType == AuditType && a.EntityId == hash).OrderByDescending(a => a.Id).FirstOrDefaultAsync();
        return true;
    }

    /// <summary>What an unknown value of a field may be mapped to.</summary>
    public IReadOnlyList<(string Value, string Label, string? Lang)> Choices(string field)
    {
        var list = new List<(string, string, string?)> { (DatasetImport.LeaveEmpty, L["Leave empty"], null) };
        IEnumerable<VocabularyTerm>? vocabulary = field switch
        {
            DatasetColumns.Frequency => EuVocabularies.Frequencies.Select(f => f.Term),
            DatasetColumns.Themes => EuVocabularies.DataThemes,
            DatasetColumns.AccessRight => EuVocabularies.AccessRights,
            DatasetColumns.Licence => EuVocabularies.Licences,
            DatasetColumns.HighValueCategory => EuVocabularies.HighValueCategories,
            _ => null,
        };
        if (vocabulary is not null)
        {
            list.AddRange(vocabulary.Select(t => (t.Code, t.Label.Get(Lang), (string?)null)));
        }
        else if (field == DatasetColumns.Department)
        {
            list.AddRange(Departments.Select(d => (d.Id.ToString(), $"{d.Name.Get(Lang)} ({d.Code})", (string?)null)));
        }
        else if (field is DatasetColumns.Owner or DatasetColumns.Steward)
        {
            list.AddRange(People.Select(p => (p.Id.ToString(), $"{p.Name} <{p.Email}>", (string?)null)));
        }
        else
        {
            list.Add(("true", L["Yes"], null));
            list.Add(("false", L["No"], null));
        }

        return list;
    }

    private bool IsChoice(string field, string value) =>
        value == DatasetImport.LeaveEmpty || field switch
        {
            DatasetColumns.Frequency => EuVocabularies.FrequencyOf(value) is not null,
            DatasetColumns.Themes => EuVocabularies.Find(EuVocabularies.DataThemes, value) is not null,
            DatasetColumns.AccessRight => EuVocabularies.Find(EuVocabularies.AccessRights, value) is not null,
            DatasetColumns.Licence => EuVocabularies.Find(EuVocabularies.Licences, value) is not null,
            DatasetColumns.HighValueCategory => EuVocabularies.Find(EuVocabularies.HighValueCategories, value) is not null,
            DatasetColumns.Department => Guid.TryParse(value, out var d) && Departments.Any(x => x.Id == d),
            DatasetColumns.Owner or DatasetColumns.Steward => Guid.TryParse(value, out var p) && People.Any(x => x.Id == p),
            DatasetColumns.HighValue or DatasetColumns.AuthenticSource or DatasetColumns.PersonalData => value is "true" or "false",
            _ => false,
        };

    public string FieldLabel(string field) => field switch
    {
        DatasetColumns.Slug => L["Identifier (slug)"],
        DatasetColumns.Department => L["Department"],
        DatasetColumns.Owner => L["Owner (e-mail)"],
        DatasetColumns.Steward => L["Steward (e-mail)"],
        DatasetColumns.SourceSystem => L["Source system"],
        DatasetColumns.Frequency => L["Update frequency"],
        DatasetColumns.Themes => L["Themes"],
        DatasetColumns.AccessRight => L["Access right"],
        DatasetColumns.Licence => L["Licence"],
        DatasetColumns.Spatial => L["Spatial coverage"],
        DatasetColumns.TemporalStart => L["Temporal coverage: start"],
        DatasetColumns.TemporalEnd => L["Temporal coverage: end"],
        DatasetColumns.HighValue => L["High-value dataset"],
        DatasetColumns.HighValueCategory => L["High-value category"],
        DatasetColumns.AuthenticSource => L["Authentic source"],
        DatasetColumns.PersonalData => L["Personal data"],
        DatasetColumns.ReviewMonths => L["Review cycle (months)"],
        _ when Split(field) is ({ } prefix, { } lang) => L["{0} ({1})", prefix switch
        {
            DatasetColumns.TitlePrefix => L["Title"],
            DatasetColumns.DescriptionPrefix => L["Description"],
            DatasetColumns.KeywordsPrefix => L["Keywords"],
            _ => L["Quality notes"],
        }, L["Language." + lang]],
        _ => field,
    };

    private static (string?, string?) Split(string field)
    {
        foreach (var prefix in new[] { DatasetColumns.TitlePrefix, DatasetColumns.DescriptionPrefix, DatasetColumns.KeywordsPrefix, DatasetColumns.QualityNotesPrefix })
        {
            if (field.StartsWith(prefix, StringComparison.Ordinal))
            {
                return (prefix, field[prefix.Length..]);
            }
        }

        return (null, null);
    }

    private string Describe(ImportIssue issue)
    {
        var column = issue.Column is null ? "" : FieldLabel(issue.Column);
        string message = issue.Code switch
        {
            ImportErrorCode.MissingColumn => L["Map a column to {0} or to the identifier: without either, no row can be matched or created.", column],
            ImportErrorCode.NoRows => L["The file has a header row but no datasets."],
            ImportErrorCode.Required => L["{0} is required.", column],
            ImportErrorCode.TooLong => L["{0} is longer than {1} characters.", column, issue.Value ?? ""],
            ImportErrorCode.CodeInvalid => L["\"{0}\" is not a valid identifier (lower-case letters, digits and dashes, at most {1} characters).", issue.Value ?? "", DatasetRules.MaxSlug],
            ImportErrorCode.DuplicateInFile => issue.Row is null ? L["Two columns are mapped to {0}.", column] : L["The same dataset is already in row {0}.", issue.Value ?? ""],
            ImportErrorCode.OutOfRange => L["{0}: \"{1}\" is not a valid value.", column, issue.Value ?? ""],
            ImportErrorCode.FormulaNotAllowed => L["{0} holds a formula; only values can be imported.", column],
            _ => ImportMessages.Sentence(L, issue),
        };
        return issue.Row is { } row ? L["Row {0}: {1}", row, message] : message;
    }

    private static string Hash(byte[] content) => Convert.ToHexString(SHA256.HashData(content));

    private static void Apply(Dataset d, IReadOnlyDictionary<string, string?> values)
    {
        foreach (var (field, value) in values)
        {
            switch (field)
            {
                case DatasetColumns.Slug:
                    break;
                case DatasetColumns.Department:
                    d.DepartmentId = value is null ? null : Guid.Parse(value);
                    break;
                case DatasetColumns.Owner:
                    d.OwnerId = value is null ? null : Guid.Parse(value);
                    break;
                case DatasetColumns.Steward:
                    d.StewardId = value is null ? null : Guid.Parse(value);
                    break;
                case DatasetColumns.SourceSystem:
                    d.SourceSystem = value;
                    break;
                case DatasetColumns.Frequency:
                    d.Frequency = value ?? "UNKNOWN";
                    break;
                case DatasetColumns.Themes:
                    var themes = value?.Split(DatasetColumns.ListSeparator, StringSplitOptions.RemoveEmptyEntries).ToList() ?? [];
                    if (!themes.SequenceEqual(d.Themes))
                    {
                        d.Themes = themes;
                    }

                    break;
                case DatasetColumns.AccessRight:
                    d.AccessRight = value ?? "NON_PUBLIC";
                    break;
                case DatasetColumns.Licence:
                    d.Licence = value;
                    break;
                case DatasetColumns.Spatial:
                    d.Spatial = value;
                    break;
                case DatasetColumns.TemporalStart:
                    d.TemporalStart = value is null ? null : DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                    break;
                case DatasetColumns.TemporalEnd:
                    d.TemporalEnd = value is null ? null : DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                    break;
                case DatasetColumns.HighValue:
                    d.HighValue = value == "true";
                    break;
                case DatasetColumns.HighValueCategory:
                    d.HighValueCategory = value;
                    break;
                case DatasetColumns.AuthenticSource:
                    d.AuthenticSource = value == "true";
                    break;
                case DatasetColumns.PersonalData:
                    d.PersonalData = value == "true";
                    break;
                case DatasetColumns.ReviewMonths:
                    d.ReviewMonths = value is null ? DatasetRules.DefaultReviewMonths : int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case var f when f.StartsWith(DatasetColumns.TitlePrefix, StringComparison.Ordinal):
                    d.Title = With(d.Title, f[DatasetColumns.TitlePrefix.Length..], value);
                    break;
                case var f when f.StartsWith(DatasetColumns.DescriptionPrefix, StringComparison.Ordinal):
                    d.Description = With(d.Description, f[DatasetColumns.DescriptionPrefix.Length..], value);
                    break;
                case var f when f.StartsWith(DatasetColumns.KeywordsPrefix, StringComparison.Ordinal):
                    d.Keywords = With(d.Keywords, f[DatasetColumns.KeywordsPrefix.Length..], value);
                    break;
                case var f when f.StartsWith(DatasetColumns.QualityNotesPrefix, StringComparison.Ordinal):
                    d.QualityNotes = With(d.QualityNotes, f[DatasetColumns.QualityNotesPrefix.Length..], value);
                    break;
            }
        }
    }

    /// <summary>A copy with one language set (a new object, so the change tracker sees it; the same object when nothing changes).</summary>
    private static LocalizedText With(LocalizedText text, string language, string? value)
    {
        if (text[language] == value)
        {
            return text;
        }

        return new LocalizedText(text.Values).Set(language, value);
    }
}
