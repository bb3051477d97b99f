using System.Globalization;
using System.Security.Claims;
using DataStrategy.Core.Assessment;
using DataStrategy.Core.Frameworks;
using DataStrategy.Core.Imports;
using DataStrategy.Data.Messages;
using DataStrategy.Data;
using DataStrategy.Data.Assessment;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Campaigns;

/// <summary>
/// Imports answers exported by a survey tool: upload → map columns and values → preview every
/// problem by row and column → commit all or nothing. The upload waits in the database between
/// steps; the mapping is remembered for the next file from the same tool. A file already imported, or
/// respondents already in the campaign, are shown before anything is written, and the person chooses to skip
/// them or to replace their answers. The campaign's imports are listed here, and each can be undone.
/// </summary>
[RequirePermission(Permission.ImportAnswers)]
// Large enough to read a too-large file and say so clearly, instead of a bare 400 page.
[RequestSizeLimit(64 * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 64 * 1024 * 1024)]
public sealed class ImportModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    public const int MaxUploadBytes = AnswerImport.MaxBytes;

    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public Guid? ImportId { get; set; }

    [BindProperty]
    public MappingForm M { get; set; } = new();

    /// <summary>What to do with respondents already there; null until the person chooses.</summary>
    [BindProperty]
    public ExistingRespondents? Existing { get; set; }

    /// <summary>What the campaign already holds of the previewed file.</summary>
    public AnswerImportOverlap? Overlap { get; private set; }

    /// <summary>The campaign's imports, newest first.</summary>
    public List<AnswerImportBatch> Batches { get; } = [];

    /// <summary>A person's name for an import (the account's display name, else the name recorded).</summary>
    public Dictionary<string, string> People { get; } = new(StringComparer.Ordinal);

    public Campaign Campaign { get; private set; } = null!;

    public FrameworkDefinition Definition { get; private set; } = null!;

    public string? FileName { get; private set; }

    public IReadOnlyList<string> Header { get; private set; } = [];

    public int RowCount { get; private set; }

    public AnswerImportResult? Result { get; private set; }

    public List<string> Issues { get; } = [];

    /// <summary>The organisation's departments, offered for the file's department values that match none.</summary>
    public IReadOnlyList<Department> ExistingDepartments { get; private set; } = [];

    /// <summary>Whether the file's department values all find a department (mapped or created): the import needs it.</summary>
    public bool DepartmentsMapped { get; private set; } = true;

    public sealed class MappingForm
    {
        public AnswerLayout Layout { get; set; }

        public string? RespondentColumn { get; set; }

        public string? NameColumn { get; set; }

        public string? DepartmentColumn { get; set; }

        public string? QuestionColumn { get; set; }

        public string? ValueColumn { get; set; }

        public string? TargetColumn { get; set; }

        public string? EvidenceColumn { get; set; }

        /// <summary>Wide: per header column (same order), the question ID or empty.</summary>
        public List<string?> Columns { get; set; } = [];

        public List<ValueRule> Values { get; set; } = [];

        /// <summary>Department values of the file that match no department → a department code, or "new".</summary>
        public List<ValueRule> Departments { get; set; } = [];
    }

    public sealed class ValueRule
    {
        public string From { get; set; } = string.Empty;

        public string? To { get; set; }
    }

    private string Kind => "answers:" + Id.ToString("N");

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    private async Task<bool> LoadAsync()
    {
        var campaign = await Db.Campaigns.AsNoTracking().Include(c => c.Framework).SingleOrDefaultAsync(c => c.Id == Id);
        if (campaign is null)
        {
            return false;
        }

        Campaign = campaign;
        Definition = FrameworkLibrary.Definition(campaign.Framework!);
        var batches = (await Db.AnswerImportBatches.AsNoTracking().Where(b => b.CampaignId == Id).ToListAsync()).OrderByDescending(b => b.ImportedAt).ToList();
        var ids = batches.Where(b => b.UserId != null).Select(b => b.UserId!).Distinct().ToList();
        foreach (var person in await Db.Users.Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName }).ToListAsync())
        {
            People[person.Id] = person.DisplayName;
        }

        Batches.Clear();
        Batches.AddRange(batches);
        return true;
    }

    /// <summary>Who imported a batch: the account's display name when it still exists, else the name recorded then.</summary>
    public string Person(AnswerImportBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return batch.UserId is { } id && People.TryGetValue(id, out var name) && name.Length > 0 ? name : batch.UserName;
    }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    /// <summary>Undoes one import of this campaign: the responses it created go, the batch stays listed as undone.</summary>
    public async Task<IActionResult> OnPostUndoAsync(Guid batchId)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var batch = await Db.AnswerImportBatches.SingleOrDefaultAsync(b => b.Id == batchId && b.CampaignId == Id);
        if (batch is null)
        {
            return NotFound();
        }

        if (!Campaign.AcceptsAnswers)
        {
            ModelState.AddModelError(string.Empty, L["This campaign is closed: its answers are frozen."]);
            return Page();
        }

        if (batch.UndoneAt is not null)
        {
            ModelState.AddModelError(string.Empty, L["This import was already undone."]);
            return Page();
        }

        var removed = await AnswerImportUndo.UndoAsync(Db, batch, HttpContext.UtcNow(), HttpContext.RequestAborted);
        Flash(L["The import of {0} was undone: {1} respondents and their answers were removed.", batch.FileName, removed]);
        return Redirect(OrgUrl("/campaigns/" + Id + "/import#imports"));
    }

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (!Campaign.AcceptsAnswers)
        {
            ModelState.AddModelError(string.Empty, L["This campaign is closed: its answers are frozen."]);
            return Page();
        }

        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", L["Choose a CSV or XLSX file."]);
            return Page();
        }

        if (file.Length > MaxUploadBytes)
        {
            Issues.Add(L["The file is too large (at most {0} MB).", MaxUploadBytes / 1024 / 1024]);
            return Page();
        }

        var content = await file.ReadAllBytesAsync();

        var name = Path.GetFileName(file.FileName);
        FileName = name.Length > 260 ? name[..260] : name;
        var data = Read(FileName, content);
        if (data is null)
        {
            return Page();
        }

        await Db.PendingImports.Where(p => p.UserId == UserId && p.Kind == Kind).ExecuteDeleteAsync();
        var pending = new PendingImport { UserId = UserId, Kind = Kind, FileName = FileName, Content = content };
        Db.PendingImports.Add(pending);
        Db.SuppressAudit = true;
        await Db.SaveChangesAsync();
        ImportId = pending.Id;
        Show(data);
        var suggested = AnswerMapping.Suggest(data.Header, Definition, AnswerMapping.FromJson(Campaign.AnswerMapping));
        M = ToForm(suggested, data.Header);
        // Remembered department choices are shown for the values this file holds only.
        var present = DepartmentValues(data, suggested.DepartmentColumn);
        M.Departments = [.. M.Departments.Where(r => present.Contains(StakeholderImport.Normalize(r.From))).Take(AnswerImport.MaxUnknownDepartments)];
        ExistingDepartments = await Db.Departments.AsNoTracking().OrderBy(d => d.Code).ToListAsync();
        ModelState.Clear();
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync() => await ParseStepAsync(commit: false);

    public async Task<IActionResult> OnPostCommitAsync() => await ParseStepAsync(commit: true);

    private async Task<IActionResult> ParseStepAsync(bool commit)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var pending = ImportId is null ? null : await Db.PendingImports.SingleOrDefaultAsync(p => p.Id == ImportId && p.UserId == UserId && p.Kind == Kind);
        if (pending is null)
        {
            ImportId = null;
            ModelState.AddModelError(string.Empty, L["This import is no longer available. Upload the file again."]);
            return Page();
        }

        if (!Campaign.AcceptsAnswers)
        {
            ModelState.AddModelError(string.Empty, L["This campaign is closed: its answers are frozen."]);
            return Page();
        }

        FileName = pending.FileName;
        var data = Read(pending.FileName, pending.Content);
        if (data is null)
        {
            return Page();
        }

        Show(data);
        var mapping = FromForm(M, data.Header);
        var plan = await AnswerDepartmentPlan.LoadAsync(Db, mapping, Organisation.Id, Organisation.DefaultLanguage, HttpContext.RequestAborted);
        ExistingDepartments = [.. plan.Existing.OrderBy(d => d.Code, StringComparer.Ordinal)];
        Result = AnswerImport.Parse(data, Definition, mapping, plan.Lookup);
        foreach (var value in Result.UnknownValues.Keys.Where(v => !M.Values.Exists(r => r.From == v)))
        {
            M.Values.Add(new ValueRule { From = value });
        }

        // The mapping step: each department value that matches nothing gets a choice; only the file's values are kept.
        var unknown = Result.UnknownDepartments.Keys.ToList();
        var present = DepartmentValues(data, mapping.DepartmentColumn);
        M.Departments = [.. M.Departments.Where(r => present.Contains(StakeholderImport.Normalize(r.From))).DistinctBy(r => StakeholderImport.Normalize(r.From)).Take(AnswerImport.MaxUnknownDepartments)];
        foreach (var value in unknown.Where(v => !M.Departments.Exists(r => r.From == v)))
        {
            M.Departments.Add(new ValueRule { From = value });
        }

        DepartmentsMapped = unknown.Count == 0;
        // Values offered in the mapping step are asked there, not listed as errors; a choice that cannot be followed is.
        var planIssues = plan.IssuesFor(Result);
        List<ImportIssue> issues = [.. planIssues, .. Result.Issues.Where(i => i.Code != ImportErrorCode.DepartmentUnknown)];
        var departmentIssues = Result.Issues.Count(i => i.Code == ImportErrorCode.DepartmentUnknown);
        Issues.AddRange(ImportMessages.Summarise(L, issues, planIssues.Count + Result.IssueCount - departmentIssues));
        if (!Result.IsValid || !DepartmentsMapped)
        {
            return Page();
        }

        var sha256 = AnswerImport.Sha256(pending.Content);
        if (!commit)
        {
            Overlap = await AnswerImportOverlap.FindAsync(Db, Id, Result, sha256, HttpContext.RequestAborted);
            return Page();
        }

        // Only a choice the form offers counts; anything else is no choice, and nothing is written.
        var existing = Existing is ExistingRespondents.Skip or ExistingRespondents.Replace ? Existing.Value : ExistingRespondents.Refuse;
        var campaign = await Db.Campaigns.SingleAsync(c => c.Id == Id);
        var created = plan.NewDepartmentsFor(Result);
        var outcome = await AnswerImportCommit.CommitAsync(Db, campaign, Result, mapping,
            new AnswerImportSource(pending.FileName, sha256, UserId, User.Identity?.Name ?? string.Empty) { NewDepartments = created }, existing, HttpContext.RequestAborted);
        switch (outcome.Status)
        {
            case AnswerImportStatus.ChoiceNeeded:
                Overlap = outcome.Overlap;
                ModelState.AddModelError(nameof(Existing), L["Choose whether to skip the respondents already there or to replace their answers."]);
                return Page();
            case AnswerImportStatus.Conflict:
                ModelState.AddModelError(string.Empty, L["Another import added some of these respondents at the same moment. Nothing was imported: preview again."]);
                return Page();
            case AnswerImportStatus.NothingToImport:
                await Db.PendingImports.Where(p => p.Id == pending.Id).ExecuteDeleteAsync();
                Flash(L["Every respondent of this file is already in the campaign: nothing was imported."]);
                return Redirect(OrgUrl("/campaigns/" + Id + "/import#imports"));
        }

        var batch = outcome.Batch!;
        await Db.PendingImports.Where(p => p.Id == pending.Id).ExecuteDeleteAsync();
        var message = L["{0} answers from {1} respondents were imported.", batch.Answers, batch.Respondents].Value;
        if (batch.Skipped > 0)
        {
            message += " " + L.Count(batch.Skipped, "{0} respondent already there was skipped.", "{0} respondents already there were skipped.");
        }

        if (batch.Replaced > 0)
        {
            message += " " + L.Count(batch.Replaced, "The answers of {0} respondent already there were replaced.", "The answers of {0} respondents already there were replaced.");
        }

        if (created.Count > 0)
        {
            message += " " + L.Count(created.Count, "{0} department was created:", "{0} departments were created:") + " " + string.Join(", ", created.Select(d => d.Name.Get(Organisation.DefaultLanguage)));
        }

        Flash(message);
        return Redirect(OrgUrl("/campaigns/" + Id + "/import#imports"));
    }

    /// <summary>The file's department values, normalised: the mapping step lists rules for these only.</summary>
    private static HashSet<string> DepartmentValues(TabularData data, string? column)
    {
        var values = new HashSet<string>(StringComparer.Ordinal);
        var index = column is null ? -1 : data.Header.ToList().IndexOf(column);
        if (index < 0)
        {
            return values;
        }

        foreach (var row in data.Rows)
        {
            if (index < row.Count && row[index].Length > 0 && values.Count <= AnswerImport.MaxUnknownDepartments * 10)
            {
                values.Add(StakeholderImport.Normalize(row[index]));
            }
        }

        return values;
    }

    private void Show(TabularData data)
    {
        Header = data.Header;
        RowCount = data.Rows.Count;
    }

    private TabularData? Read(string fileName, byte[] content)
    {
        try
        {
            var data = AnswerImport.Read(fileName, content);
            if (data.Header.Count == 0)
            {
                Issues.Add(L["The file is empty."]);
                return null;
            }

            return data;
        }
        catch (TabularFileException ex)
        {
            if (ex.Code is ImportErrorCode.UnsupportedFileType or ImportErrorCode.UnreadableFile && AnswerFileShape.Sniff(content) is { } shape)
            {
                Issues.Add(ImportMessages.Describe(L, shape));
                return null;
            }

            Issues.Add(ImportMessages.Describe(L, new ImportIssue(ex.Code, Value: ex.Code switch
            {
                ImportErrorCode.FileTooLarge => (MaxUploadBytes / 1024 / 1024).ToString(CultureInfo.InvariantCulture),
                ImportErrorCode.TooManyRows => AnswerImport.MaxRows.ToString("N0", CultureInfo.CurrentCulture),
                _ => ex.Detail,
            })));
            return null;
        }
    }

    private static MappingForm ToForm(AnswerMapping mapping, IReadOnlyList<string> header) => new()
    {
        Layout = mapping.Layout,
        RespondentColumn = mapping.RespondentColumn,
        NameColumn = mapping.NameColumn,
        DepartmentColumn = mapping.DepartmentColumn,
        QuestionColumn = mapping.QuestionColumn,
        ValueColumn = mapping.ValueColumn,
        TargetColumn = mapping.TargetColumn,
        EvidenceColumn = mapping.EvidenceColumn,
        Columns = header.Select(h => mapping.Columns.TryGetValue(h, out var q) ? q : null).ToList(),
        Values = mapping.Values.Select(kv => new ValueRule { From = kv.Key, To = kv.Value }).ToList(),
        Departments = mapping.Departments.Select(kv => new ValueRule { From = kv.Key, To = kv.Value }).ToList(),
    };

    /// <summary>Only header names from the file and question IDs from the framework survive.</summary>
    private AnswerMapping FromForm(MappingForm form, IReadOnlyList<string> header)
    {
        var headers = header.ToHashSet(StringComparer.Ordinal);
        string? Col(string? c) => c is not null && headers.Contains(c) ? c : null;
        var mapping = new AnswerMapping
        {
            Layout = Enum.IsDefined(form.Layout) ? form.Layout : AnswerLayout.Wide,
            RespondentColumn = Col(form.RespondentColumn),
            NameColumn = Col(form.NameColumn),
            DepartmentColumn = Col(form.DepartmentColumn),
            QuestionColumn = Col(form.QuestionColumn),
            ValueColumn = Col(form.ValueColumn),
            TargetColumn = Col(form.TargetColumn),
            EvidenceColumn = Col(form.EvidenceColumn),
        };
        for (var i = 0; i < header.Count && i < form.Columns.Count; i++)
        {
            if (form.Columns[i] is { Length: > 0 } q && Definition.Question(q) is not null)
            {
                mapping.Columns[header[i]] = q;
            }
        }

        foreach (var rule in form.Values.Where(r => !string.IsNullOrEmpty(r.From) && !string.IsNullOrEmpty(r.To)))
        {
            var to = rule.To!;
            if (to is AnswerMapping.DontKnow or AnswerMapping.NotApplicable or AnswerMapping.Skip ||
                (int.TryParse(to, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= Definition.MaxLevel))
            {
                mapping.Values[rule.From] = to;
            }
        }

        // A department rule needs a value and a choice; the plan checks the code and the new name.
        foreach (var rule in form.Departments.Where(r => !string.IsNullOrWhiteSpace(r.From) && !string.IsNullOrWhiteSpace(r.To)).Take(AnswerImport.MaxUnknownDepartments))
        {
            mapping.Departments[rule.From.Trim()] = rule.To!.Trim();
        }

        return mapping;
    }
}
