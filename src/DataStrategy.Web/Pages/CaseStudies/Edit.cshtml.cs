using DataStrategy.Core.Publishing;
using System.Text.RegularExpressions;
using DataStrategy.Core.Text;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.CaseStudies;

/// <summary>Creates, edits or deletes a case study. Drafts may be incomplete; publishing checks completeness.</summary>
[RequirePermission(Permission.EditCaseStudies)]
public sealed partial class EditModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : CaseStudyPageModel(db, tenant, l)
{
    public const int MaxContacts = 1000;

    public const int MaxFigureValue = 24;

    public const int MaxFigureLabel = 120;

    [FromRoute]
    public Guid? Id { get; set; }

    /// <summary>The text of each section (<see cref="CaseStudyPageModel.Sections"/>) by language code: <c>Texts[Title][fr]</c>.</summary>
    [BindProperty]
    public Dictionary<string, Dictionary<string, string?>> Texts { get; set; } = [];

    [BindProperty]
    public string? Slug { get; set; }

    [BindProperty]
    public string? Contacts { get; set; }

    [BindProperty]
    public string? DepartmentId { get; set; }

    [BindProperty]
    public List<string?> FigureValues { get; set; } = [];

    /// <summary>The label of each key figure, by language code.</summary>
    [BindProperty]
    public List<Dictionary<string, string?>> FigureLabels { get; set; } = [];

    [BindProperty]
    public List<string> Themes { get; set; } = [];

    [BindProperty]
    public List<string> Findings { get; set; } = [];

    [BindProperty]
    public List<string> Objectives { get; set; } = [];

    [BindProperty]
    public List<string> Initiatives { get; set; } = [];

    [BindProperty]
    public Guid Version { get; set; }

    public bool IsNew => Id is null;

    public CaseStudyStatus Status { get; private set; }

    /// <summary>Published, and the reader may not change what is public.</summary>
    public bool Locked { get; private set; }

    public static string? At(List<string?> list, int index) => index < list.Count ? list[index] : null;

    /// <summary>The inputs of a section, empty when none were posted.</summary>
    public Dictionary<string, string?> Text(string section) => Texts.GetValueOrDefault(section) ?? [];

    /// <summary>The inputs of a key figure's label, empty when none were posted.</summary>
    public Dictionary<string, string?> FigureLabel(int index) => index < FigureLabels.Count ? FigureLabels[index] : [];

    /// <summary>The languages of the form: every section and figure is offered in the same ones.</summary>
    public IReadOnlyList<string> FormLanguages => InputLanguages([.. Sections.Select(s => Text(s.Name)), .. FigureLabels]);

    /// <summary>The name of a section's inputs: "Texts[Title]".</summary>
    public static string TextField(string section) => $"{nameof(Texts)}[{section}]";

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadOptionsAsync();
        if (Id is { } id)
        {
            var c = await Db.CaseStudies.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id);
            if (c is null)
            {
                return NotFound();
            }

            Fill(c);
            Locked = !MayChange(c);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        CaseStudy? c = null;
        if (Id is { } id)
        {
            c = await Db.CaseStudies.SingleOrDefaultAsync(x => x.Id == id);
            if (c is null)
            {
                return NotFound();
            }

            Status = c.Status;
        }

        await LoadOptionsAsync();
        if (c is not null && !MayChange(c))
        {
            RefuseChangeToPublished();
            return Page();
        }

        c ??= new CaseStudy { OrganisationId = Organisation.Id };
        if (!await ApplyAsync(c))
        {
            return Page();
        }

        if (IsNew)
        {
            Db.CaseStudies.Add(c);
        }
        else
        {
            Db.Entry(c).Property(x => x.Version).OriginalValue = Version;
            Db.Entry(c).State = EntityState.Modified;
        }

        c.UpdatedAt = HttpContext.UtcNow();
        if (!await TrySaveAsync())
        {
            return Page();
        }

        Flash(L["The case study was saved."]);
        return Redirect(CaseStudyUrl(c.Id));
    }

    public async Task<IActionResult> OnPostDeleteAsync()
    {
        var c = Id is { } id ? await Db.CaseStudies.SingleOrDefaultAsync(x => x.Id == id) : null;
        if (c is null)
        {
            return NotFound();
        }

        ModelState.Clear();
        await LoadOptionsAsync();
        var posted = Version;
        Fill(c);
        Version = posted;
        if (c.Status == CaseStudyStatus.Published)
        {
            ModelState.AddModelError(string.Empty, L["Withdraw the case study from the public site before deleting it."]);
            return Page();
        }

        Db.Entry(c).Property(x => x.Version).OriginalValue = posted;
        Db.CaseStudies.Remove(c);
        if (!await TrySaveAsync())
        {
            return Page();
        }

        Flash(L["The case study was deleted."]);
        return Redirect(OrgUrl("/case-studies"));
    }

    private void Fill(CaseStudy c)
    {
        Status = c.Status;
        Texts = Sections.ToDictionary(s => s.Name, s => LocalizedFields.From(Section(c, s.Name)), StringComparer.Ordinal);

        (Slug, Contacts, DepartmentId, Version) = (c.Slug, c.Contacts, c.DepartmentId?.ToString("D"), c.Version);
        FigureValues = c.Figures.Select(f => (string?)f.Value).ToList();
        FigureLabels = c.Figures.Select(f => LocalizedFields.From(f.Label)).ToList();
        (Themes, Findings, Objectives, Initiatives) = ([.. c.ThemeIds], [.. c.FindingIds], [.. c.ObjectiveIds], [.. c.InitiativeIds]);
    }

    private async Task<bool> ApplyAsync(CaseStudy c)
    {
        var texts = Sections.ToDictionary(
            s => s.Name,
            s => LocalizedFields.Read(ModelState, TextField(s.Name), Text(s.Name), s.Max, L["{0} must be at most {1} characters long.", SectionLabel(s.Name), s.Max]),
            StringComparer.Ordinal);
        LocalizedFields.RequireAny(ModelState, TextField("Title"), texts["Title"], FormLanguages, L["Give the case study a title in at least one language."]);

        var slug = Slug?.Trim().ToLowerInvariant() ?? "";
        if (slug.Length == 0)
        {
            slug = Slugify(texts["Title"].Get(Organisation.DefaultLanguage));
        }

        if (!SlugPattern().IsMatch(slug))
        {
            ModelState.AddModelError(nameof(Slug), L["The web address may use lower-case letters, digits and hyphens (3 to 80), such as parking-sensors."]);
        }
        else if (await Db.CaseStudies.AnyAsync(x => x.Slug == slug && x.Id != c.Id))
        {
            ModelState.AddModelError(nameof(Slug), L["Another case study already uses the web address {0}.", slug]);
        }

        var contacts = Contacts?.Trim() ?? "";
        if (contacts.Length > MaxContacts)
        {
            ModelState.AddModelError(nameof(Contacts), L["{0} must be at most {1} characters long.", L["Contacts"], MaxContacts]);
        }

        Guid? department = null;
        if (!string.IsNullOrWhiteSpace(DepartmentId))
        {
            if (Guid.TryParse(DepartmentId, out var d) && Departments.Any(x => x.Id == d))
            {
                department = d;
            }
            else
            {
                ModelState.AddModelError(nameof(DepartmentId), L["Choose a department from the list."]);
            }
        }

        var figures = ReadFigures();
        // Links must be to what the form offered: anything else posted is refused, not ignored.
        Themes = Distinct(Themes);
        Findings = Distinct(Findings);
        Objectives = Distinct(Objectives);
        Initiatives = Distinct(Initiatives);
        if (Themes.Any(t => ThemeOptions.All(x => x.ThemeId != t)))
        {
            ModelState.AddModelError(nameof(Themes), L["Choose among the themes offered."]);
        }

        if (Findings.Any(f => FindingOptions.All(x => !x.Id.ToString("D").Equals(f, StringComparison.OrdinalIgnoreCase))))
        {
            ModelState.AddModelError(nameof(Findings), L["Choose among the findings offered."]);
        }

        if (Objectives.Any(o => ObjectiveOptions.All(x => !x.Id.ToString("D").Equals(o, StringComparison.OrdinalIgnoreCase))))
        {
            ModelState.AddModelError(nameof(Objectives), L["Choose objectives from the list."]);
        }

        if (Initiatives.Any(i => InitiativeOptions.All(x => !x.Id.ToString("D").Equals(i, StringComparison.OrdinalIgnoreCase))))
        {
            ModelState.AddModelError(nameof(Initiatives), L["Choose initiatives from the list."]);
        }

        if (c.Status == CaseStudyStatus.Published && ModelState.IsValid)
        {
            // A published case study stays complete: the same rules as for publishing.
            foreach (var missing in CaseStudyCompleteness.MissingTexts(name => texts[name], Organisation.Languages))
            {
                ModelState.AddModelError(string.Empty, L["A published case study needs {0} in {1}.", SectionLabel(missing.Section), L["LanguageInText." + missing.Language].Value]);
            }
        }

        if (!ModelState.IsValid)
        {
            return false;
        }

        (c.Title, c.Summary, c.Problem, c.DataUsed) = (texts["Title"], texts["Summary"], texts["Problem"], texts["DataUsed"]);
        (c.Approach, c.Outcome, c.Lessons) = (texts["Approach"], texts["Outcome"], texts["Lessons"]);
        (c.Slug, c.Contacts, c.DepartmentId, c.Figures) = (slug, contacts, department, figures);
        c.ThemeIds = Themes.ToList();
        c.FindingIds = Findings.Select(f => Guid.Parse(f).ToString("D")).ToList();
        c.ObjectiveIds = Objectives.Select(f => Guid.Parse(f).ToString("D")).ToList();
        c.InitiativeIds = Initiatives.Select(f => Guid.Parse(f).ToString("D")).ToList();
        return true;
    }

    private List<CaseStudyFigure> ReadFigures()
    {
        var count = Math.Max(FigureValues.Count, FigureLabels.Count);
        if (count > MaxFigures)
        {
            ModelState.AddModelError("Figures", L["A case study shows at most {0} key figures.", MaxFigures]);
            return [];
        }

        var figures = new List<CaseStudyFigure>();
        for (var i = 0; i < count; i++)
        {
            var value = At(FigureValues, i)?.Trim() ?? "";
            var label = LocalizedFields.Text(FigureLabel(i));
            if (value.Length == 0 && label.IsEmpty)
            {
                continue;
            }

            if (value.Length == 0 || label.IsEmpty)
            {
                ModelState.AddModelError("Figures", L["Key figure {0} needs both a value and a label.", i + 1]);
            }
            else if (value.Length > MaxFigureValue || label.Values.Values.Any(v => v.Length > MaxFigureLabel))
            {
                ModelState.AddModelError("Figures", L["Key figure {0}: the value may have at most {1} characters and the label at most {2}.", i + 1, MaxFigureValue, MaxFigureLabel]);
            }
            else
            {
                figures.Add(new CaseStudyFigure { Value = value, Label = label });
            }
        }

        return figures;
    }

    private static List<string> Distinct(List<string> values) =>
        values.Where(v => !string.IsNullOrEmpty(v)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>"Capteurs de stationnement !" → "capteurs-de-stationnement".</summary>
    public static string Slugify(string? title)
    {
        var normalized = (title ?? "").Normalize(System.Text.NormalizationForm.FormD);
        var builder = new System.Text.StringBuilder();
        foreach (var ch in normalized)
        {
            if (char.GetUnicodeCategory(ch) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(char.IsAsciiLetterOrDigit(ch) ? char.ToLowerInvariant(ch) : '-');
        }

        var slug = MultipleHyphens().Replace(builder.ToString(), "-").Trim('-');
        return slug.Length > 80 ? slug[..80].TrimEnd('-') : slug;
    }

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{1,78})[a-z0-9]$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("-{2,}")]
    private static partial Regex MultipleHyphens();
}
