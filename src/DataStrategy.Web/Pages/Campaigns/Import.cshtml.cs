using System.Globalization;
using System.Security.Claims;
using DataStrategy.Core.Assessment;
using DataStrategy.Core.Frameworks;
using DataStrategy.Core.Imports;
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
/// steps; the mapping is remembered for the next file from the same tool.
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

    public Campaign Campaign { get; private set; } = null!;

    public FrameworkDefinition Definition { get; private set; } = null!;

    public string? FileName { get; private set; }

    public IReadOnlyList<string> Header { get; private set; } = [];

    public int RowCount { get; private set; }

    public AnswerImportResult? Result { get; private set; }

    public List<string> Issues { get; } = [];

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
        return true;
    }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

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
        Result = AnswerImport.Parse(data, Definition, mapping, await DepartmentLookup.LoadAsync(Db));
        foreach (var value in Result.UnknownValues.Keys.Where(v => !M.Values.Exists(r => r.From == v)))
        {
            M.Values.Add(new ValueRule { From = value });
        }

        Issues.AddRange(Result.Issues.Select(i => AssessmentMessages.Describe(L, i)));
        if (!commit || !Result.IsValid)
        {
            return Page();
        }

        var campaign = await Db.Campaigns.SingleAsync(c => c.Id == Id);
        var batch = await AnswerImportCommit.CommitAsync(Db, campaign, Result, mapping, pending.FileName, User.Identity?.Name ?? string.Empty);
        await Db.PendingImports.Where(p => p.Id == pending.Id).ExecuteDeleteAsync();
        Flash(L["{0} answers from {1} respondents were imported.", batch.Answers, batch.Respondents]);
        return Redirect(OrgUrl("/campaigns/" + Id + "#imports"));
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
            Issues.Add(AssessmentMessages.Describe(L, new ImportIssue(ex.Code, Value: ex.Code switch
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

        return mapping;
    }
}
