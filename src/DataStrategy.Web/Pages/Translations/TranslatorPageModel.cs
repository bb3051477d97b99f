using System.Globalization;
using DataStrategy.Core;
using DataStrategy.Core.Text;
using DataStrategy.Core.Translation;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Data.Translations;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Translations;

/// <summary>
/// The translator's view of one area: the source language on the left, the target language in textareas on the right,
/// a batch of texts per page; and the area's XLIFF 2.0 export and import. A save writes only the texts that changed and
/// is refused whole when a record changed since the page was shown (the translator's texts stay in the form).
/// </summary>
public abstract class TranslatorPageModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    public const int BatchSize = 50;

    public sealed class TextForm
    {
        public string Id { get; set; } = string.Empty;

        /// <summary>The concurrency token of the record the text belongs to, as the page showed it.</summary>
        public Guid Version { get; set; }

        public string? Value { get; set; }
    }

    /// <summary>One text as the page shows it: the source (with the language it is really in) and the target input.</summary>
    public sealed record Row(ContentText Text, int Index, ResolvedText Source, string? Target, Guid Version, string? Error);

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Missing { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Part { get; set; } = 1;

    [BindProperty]
    public List<TextForm> Texts { get; set; } = [];

    public ContentCatalog Catalog { get; private set; } = null!;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public int Parts { get; private set; } = 1;

    public int Shown { get; private set; }

    public List<string> ImportIssues { get; } = [];

    public List<string> ImportWarnings { get; } = [];

    public XliffImportPlan? Imported { get; private set; }

    public abstract TranslationArea Area { get; }

    /// <summary>The framework translated (its page only).</summary>
    public virtual Guid? FrameworkId => null;

    /// <summary>The page's address under the organisation ("/translations/roadmap").</summary>
    public abstract string Path { get; }

    public abstract string Heading { get; }

    /// <summary>The organisation's languages: the ones translated into.</summary>
    public IReadOnlyList<string> TargetLanguages => [.. Organisation.Languages.Where(Languages.IsSupported).Distinct()];

    public string FromLanguage => From!;

    public string ToLanguage => To!;

    /// <summary>The textarea of a text: its unit ID as the tag helpers would sanitise it, so that the error summary links to it.</summary>
    public static string InputId(string id) => "t-" + (id ?? string.Empty).Replace('.', '_').Replace(':', '_');

    public string ViewUrl(int? part = null, bool? missing = null, string? from = null, string? to = null) =>
        OrgUrl(Path) + $"?from={from ?? From}&to={to ?? To}" + ((missing ?? Missing) ? "&missing=true" : string.Empty) + ((part ?? Part) > 1 ? "&part=" + (part ?? Part).ToString(CultureInfo.InvariantCulture) : string.Empty);

    public string XliffUrl(string from, string to, bool onlyMissing) =>
        OrgUrl(Path) + $"?handler=Xliff&from={from}&to={to}" + (onlyMissing ? "&missing=true" : string.Empty);

    public string KindLabel(string kind) => TranslationText.KindLabel(L, kind);

    protected virtual bool MayChange(CaseStudy study) => true;

    private async Task<bool> LoadAsync()
    {
        var catalog = await ContentCatalog.LoadAsync(Db, Area, FrameworkId, MayChange, HttpContext.RequestAborted);
        if (catalog is null)
        {
            return false;
        }

        Catalog = catalog;
        var targets = TargetLanguages;
        To = targets.Contains(To ?? string.Empty) ? To : null;
        From = Languages.IsSupported(From) && From != To ? From : catalog.MostWrittenLanguage(Languages.All, Organisation.DefaultLanguage);
        To ??= targets.FirstOrDefault(t => t != From) ?? Languages.All.First(t => t != From);
        if (From == To)
        {
            From = Languages.All.First(x => x != To);
        }

        return true;
    }

    private void BuildRows(IReadOnlyDictionary<string, string>? errors = null)
    {
        var posted = Texts.Where(t => t is not null).GroupBy(t => t.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var wanted = Catalog.Texts.Where(t => posted.ContainsKey(t.Id) || !Missing || !t.Value.Has(ToLanguage)).ToList();
        Shown = wanted.Count;
        Parts = Math.Max(1, (wanted.Count + BatchSize - 1) / BatchSize);
        Part = Math.Clamp(Part, 1, Parts);
        var batch = posted.Count > 0 ? wanted.Where(t => posted.ContainsKey(t.Id)) : wanted.Skip((Part - 1) * BatchSize).Take(BatchSize);
        var preferred = new[] { FromLanguage }.Concat(TargetLanguages);
        Rows = [.. batch.Select((t, i) =>
        {
            var form = posted.GetValueOrDefault(t.Id);
            return new Row(t, i, t.Value.Resolve(FromLanguage, preferred), form is null ? t.Value[ToLanguage] : form.Value, form?.Version ?? t.OwnerVersion, errors?.GetValueOrDefault(t.Id));
        })];
    }

    public async Task<IActionResult> OnGetAsync()
    {
        Texts = [];
        if (!await LoadAsync())
        {
            return NotFound();
        }

        BuildRows();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Texts = [.. Texts.Where(t => t is not null)];
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var byId = Catalog.Texts.ToDictionary(t => t.Id, StringComparer.Ordinal);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var changes = new List<TranslationChange>();
        var expected = new Dictionary<string, Guid>(StringComparer.Ordinal);
        var stale = new List<ContentText>();
        if (Texts.Any(t => !byId.ContainsKey(t.Id)) || Texts.Select(t => t.Id).Distinct(StringComparer.Ordinal).Count() != Texts.Count)
        {
            ModelState.AddModelError(string.Empty, L["The form names a text that no longer exists. Nothing was saved: reload the page."]);
        }

        foreach (var form in Texts.Where(t => byId.ContainsKey(t.Id)))
        {
            var text = byId[form.Id];
            var value = Xliff.Normalise(form.Value ?? string.Empty);
            if (value == Xliff.Normalise(text.Value[ToLanguage] ?? string.Empty) || value.Length == 0)
            {
                // An emptied field keeps the translation: removing one is done where the record is edited.
                continue;
            }

            if (value.Length > text.Text.MaxLength)
            {
                errors[form.Id] = L["The text must be at most {0} characters long.", text.Text.MaxLength];
                ModelState.AddModelError(InputId(form.Id), errors[form.Id]);
                continue;
            }

            if (text.Text.ReadOnly)
            {
                ModelState.AddModelError(string.Empty, L["This case study is on the public site: only the programme lead may change it, or withdraw it so that it can be edited."]);
                continue;
            }

            if (form.Version != text.OwnerVersion)
            {
                stale.Add(text);
            }

            changes.Add(new TranslationChange(text.Id, value, text.Value.Has(ToLanguage)));
            expected[text.GroupKey] = form.Version;
        }

        foreach (var text in stale.DistinctBy(t => t.GroupKey))
        {
            ModelState.AddModelError(string.Empty, L["Someone else changed “{0}” while you were translating. Nothing was saved: reload the page to see their changes.", text.GroupTitle.Get(Lang)]);
        }

        if (!ModelState.IsValid)
        {
            BuildRows(errors);
            return Page();
        }

        if (changes.Count == 0)
        {
            Flash(L["Nothing was changed."]);
            return Redirect(ViewUrl());
        }

        var saved = await Catalog.ApplyAsync(Db, ToLanguage, changes, expected, HttpContext.UtcNow(), User.Identity?.Name);
        if (!await TrySaveAsync())
        {
            BuildRows(errors);
            return Page();
        }

        Flash(L.Count(changes.Count, "{0} translation was saved.", "{0} translations were saved."));
        return Redirect(saved is not null && saved.Id != FrameworkId ? ViewUrl().Replace(FrameworkId.ToString()!, saved.Id.ToString(), StringComparison.Ordinal) : ViewUrl());
    }

    public async Task<IActionResult> OnGetXliffAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var document = XliffExport.Build(Catalog.Texts.Select(t => t.ForExport(FromLanguage)), FromLanguage, ToLanguage, Catalog.FileId, "dss:" + Organisation.Slug + "/" + Catalog.FileId, Missing);
        return File(Xliff.Write(document), "application/xliff+xml", $"{Organisation.Slug}-{Catalog.FileId}-{FromLanguage}-{ToLanguage}.xlf");
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file)
    {
        Texts = [];
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (file is null || file.Length == 0)
        {
            ImportIssues.Add(L["Choose an XLIFF file."]);
        }
        else if (file.Length > Xliff.MaxBytes)
        {
            ImportIssues.Add(L["The file is too large (at most {0} MB).", Xliff.MaxBytes / 1024 / 1024]);
        }

        if (ImportIssues.Count > 0)
        {
            BuildRows();
            return Page();
        }

        var plan = XliffImport.Plan(await file!.ReadAllBytesAsync(), Catalog.FileId, Catalog.Current, TargetLanguages);
        if (!plan.IsValid)
        {
            ImportIssues.AddRange(plan.Issues.Select(i => TranslationText.Describe(L, i, Catalog.FileId)));
            BuildRows();
            return Page();
        }

        From = plan.SourceLanguage;
        To = plan.TargetLanguage;
        ImportWarnings.AddRange(plan.SourceChanged.Select(w => L["Line {0}: the source text of {1} changed since the export; check its translation.", w.Line, w.Id].Value));
        if (plan.Changes.Count > 0)
        {
            var saved = await Catalog.ApplyAsync(Db, plan.TargetLanguage, plan.Changes, null, HttpContext.UtcNow(), User.Identity?.Name);
            if (!await TrySaveAsync())
            {
                BuildRows();
                return Page();
            }

            if (saved is not null && saved.Id != FrameworkId)
            {
                ImportWarnings.Add(L["A campaign uses this version: your changes will be saved as a new version, and the campaign keeps this one."]);
            }

            // Shown as they now are.
            Db.ChangeTracker.Clear();
            await LoadAsync();
        }

        Imported = plan;
        BuildRows();
        return Page();
    }
}
