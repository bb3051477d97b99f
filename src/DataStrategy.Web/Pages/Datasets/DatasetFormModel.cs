using System.Globalization;
using DataStrategy.Core.Inventory;
using DataStrategy.Core.Text;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Datasets;

/// <summary>What the new and edit pages of a dataset share: every field of the register, the choices offered, validation (<see cref="DatasetValidation"/>), copying to the entity.</summary>
public abstract class DatasetFormModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    /// <summary>Distribution rows the form offers (more when a dataset already has more, from an import).</summary>
    public const int FormDistributions = 5;

    [BindProperty] public Dictionary<string, string?> Title { get; set; } = [];

    [BindProperty] public Dictionary<string, string?> Description { get; set; } = [];

    [BindProperty] public Dictionary<string, string?> Keywords { get; set; } = [];

    [BindProperty] public Dictionary<string, string?> QualityNotes { get; set; } = [];

    [BindProperty] public string? Slug { get; set; }

    [BindProperty] public string? Department { get; set; }

    [BindProperty] public string? Owner { get; set; }

    [BindProperty] public string? Steward { get; set; }

    [BindProperty] public string? SourceSystem { get; set; }

    [BindProperty] public string? Frequency { get; set; } = "UNKNOWN";

    [BindProperty] public List<string> Themes { get; set; } = [];

    [BindProperty] public string? AccessRight { get; set; } = "NON_PUBLIC";

    [BindProperty] public string? Licence { get; set; }

    [BindProperty] public string? Spatial { get; set; }

    [BindProperty] public string? TemporalStart { get; set; }

    [BindProperty] public string? TemporalEnd { get; set; }

    [BindProperty] public bool HighValue { get; set; }

    [BindProperty] public string? HighValueCategory { get; set; }

    [BindProperty] public bool AuthenticSource { get; set; }

    [BindProperty] public string? Duplicates { get; set; }

    [BindProperty] public bool PersonalData { get; set; }

    [BindProperty] public string? ReviewMonths { get; set; } = DatasetRules.DefaultReviewMonths.ToString(CultureInfo.InvariantCulture);

    [BindProperty] public List<DistributionInput> Distributions { get; set; } = [];

    [BindProperty] public List<string> Initiatives { get; set; } = [];

    [BindProperty] public List<string> CaseStudies { get; set; } = [];

    [BindProperty] public Guid Version { get; set; }

    public abstract bool IsNew { get; }

    /// <summary>The dataset being edited (none for a new one): its own row is left out of the "duplicates" choices.</summary>
    protected Guid? EditedId { get; set; }

    public IReadOnlyList<string> FormLanguages => InputLanguages([Title, Description, Keywords, QualityNotes, .. Distributions.Select(d => d.Title)]);

    public List<DatasetChoice> AvailableDepartments { get; private set; } = [];

    public List<DatasetChoice> AvailablePeople { get; private set; } = [];

    public List<DatasetChoice> AvailableInitiatives { get; private set; } = [];

    public List<DatasetChoice> AvailableCaseStudies { get; private set; } = [];

    public List<DatasetChoice> AvailableSources { get; private set; } = [];

    public static string DateInput(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    protected async Task LoadChoicesAsync()
    {
        AvailableDepartments = (await Db.Departments.AsNoTracking().Select(d => new { d.Id, d.Code, d.Name }).ToListAsync())
            .Select(d => new DatasetChoice(d.Id, null, d.Name)).OrderBy(d => d.Label!.Get(Lang), StringComparer.CurrentCulture).ToList();
        AvailablePeople = (await Db.Stakeholders.AsNoTracking().Where(s => s.ErasedAt == null).OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync())
            .Select(s => new DatasetChoice(s.Id, s.Name)).ToList();
        AvailableInitiatives = (await Db.Initiatives.AsNoTracking().OrderBy(i => i.Position).ThenBy(i => i.Code).Select(i => new { i.Id, i.Code, i.Title }).ToListAsync())
            .Select(i => new DatasetChoice(i.Id, null, i.Title, i.Code)).ToList();
        AvailableCaseStudies = (await Db.CaseStudies.AsNoTracking().OrderBy(c => c.Slug).Select(c => new { c.Id, c.Title }).ToListAsync())
            .Select(c => new DatasetChoice(c.Id, null, c.Title)).ToList();
        AvailableSources = (await Db.Datasets.AsNoTracking().Where(d => d.AuthenticSource && d.Id != EditedId).OrderBy(d => d.Slug).Select(d => new { d.Id, d.Title }).ToListAsync())
            .Select(d => new DatasetChoice(d.Id, null, d.Title)).ToList();
    }

    /// <summary>Blank rows so that the form offers <see cref="FormDistributions"/> rows (or one more than there are).</summary>
    protected void PadDistributions()
    {
        Distributions = Distributions.Take(DatasetRules.MaxDistributions).ToList();
        while (Distributions.Count < FormDistributions)
        {
            Distributions.Add(new DistributionInput());
        }
    }

    protected void Fill(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        (Title, Description, Keywords, QualityNotes) = (LocalizedFields.From(dataset.Title), LocalizedFields.From(dataset.Description), LocalizedFields.From(dataset.Keywords), LocalizedFields.From(dataset.QualityNotes));
        (Slug, Department, Owner, Steward) = (dataset.Slug, dataset.DepartmentId?.ToString("D"), dataset.OwnerId?.ToString("D"), dataset.StewardId?.ToString("D"));
        (SourceSystem, Frequency, Themes, AccessRight, Licence, Spatial) = (dataset.SourceSystem, dataset.Frequency, [.. dataset.Themes], dataset.AccessRight, dataset.Licence, dataset.Spatial);
        (TemporalStart, TemporalEnd) = (DateInput(dataset.TemporalStart), DateInput(dataset.TemporalEnd));
        (HighValue, HighValueCategory, AuthenticSource, Duplicates, PersonalData) = (dataset.HighValue, dataset.HighValueCategory, dataset.AuthenticSource, dataset.DuplicatesId?.ToString("D"), dataset.PersonalData);
        ReviewMonths = dataset.ReviewMonths.ToString(CultureInfo.InvariantCulture);
        Distributions = dataset.Distributions.Select(d => new DistributionInput
        {
            Id = d.Id.ToString("D"),
            Title = LocalizedFields.From(d.Title),
            Format = d.Format,
            AccessUrl = d.AccessUrl,
            DownloadUrl = d.DownloadUrl,
        }).ToList();
        (Initiatives, CaseStudies, Version) = ([.. dataset.InitiativeIds], [.. dataset.CaseStudyIds], dataset.Version);
        PadDistributions();
    }

    /// <summary>Validates the posted fields and copies them to <paramref name="dataset"/> only when all are valid.</summary>
    protected async Task<bool> ApplyAsync(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var languages = FormLanguages;
        var rows = Distributions.Take(DatasetRules.MaxDistributions + 1).Select((d, i) => (Input: d, Index: i)).Where(r => !r.Input.IsBlank).ToList();
        var fields = new DatasetFields
        {
            Title = LocalizedFields.Text(Title),
            Description = LocalizedFields.Text(Description),
            Keywords = LocalizedFields.Text(Keywords),
            QualityNotes = LocalizedFields.Text(QualityNotes),
            Slug = Slug?.Trim(),
            SourceSystem = Clean(SourceSystem),
            Frequency = Frequency,
            Themes = Themes.Where(t => !string.IsNullOrEmpty(t)).Distinct(StringComparer.Ordinal).ToList(),
            AccessRight = AccessRight,
            Licence = Clean(Licence),
            Spatial = Clean(Spatial),
            TemporalStart = Date(nameof(TemporalStart), TemporalStart),
            TemporalEnd = Date(nameof(TemporalEnd), TemporalEnd),
            HighValue = HighValue,
            HighValueCategory = Clean(HighValueCategory),
            ReviewMonths = int.TryParse(ReviewMonths, NumberStyles.Integer, CultureInfo.InvariantCulture, out var months) ? months : -1,
            Distributions = rows.Select(r => new DistributionFields(LocalizedFields.Text(r.Input.Title), r.Input.Format, r.Input.AccessUrl?.Trim(), Clean(r.Input.DownloadUrl))).ToList(),
        };

        foreach (var problem in DatasetValidation.Check(fields))
        {
            var field = problem.Field;
            if (field.StartsWith("Distributions[", StringComparison.Ordinal))
            {
                // Rows are checked without the blank ones: name the row the reader sees.
                var n = int.Parse(field[14..field.IndexOf(']', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
                field = $"Distributions[{rows[n].Index}]" + field[field.IndexOf(']', StringComparison.Ordinal)..][1..];
            }

            var key = problem.Language is { } language ? LocalizedFields.Name(field, language) : field;
            if (problem is { Kind: DatasetProblemKind.Required, Field: "Title" })
            {
                LocalizedFields.AddError(ModelState, "Title", languages, L["Give the dataset a title in at least one language."]);
            }
            else
            {
                ModelState.AddModelError(key, Message(problem));
            }
        }

        var department = Choice(nameof(Department), Department, AvailableDepartments);
        var owner = Choice(nameof(Owner), Owner, AvailablePeople);
        var steward = Choice(nameof(Steward), Steward, AvailablePeople);
        var duplicates = Choice(nameof(Duplicates), Duplicates, AvailableSources);
        var initiatives = Choices(nameof(Initiatives), Initiatives, AvailableInitiatives);
        var caseStudies = Choices(nameof(CaseStudies), CaseStudies, AvailableCaseStudies);
        if (AuthenticSource && duplicates is not null)
        {
            ModelState.AddModelError(nameof(Duplicates), L["An authentic source does not duplicate another one: leave this empty or untick \"authentic source\"."]);
        }

        var slug = string.IsNullOrEmpty(fields.Slug)
            ? (dataset.Slug.Length > 0 ? dataset.Slug : await FreeSlugAsync(DatasetValidation.SlugFrom(FirstTitle(fields.Title)), dataset.Id))
            : fields.Slug;
        if (!string.IsNullOrEmpty(fields.Slug) && DatasetValidation.IsSlug(slug) && await Db.Datasets.AnyAsync(d => d.Slug == slug && d.Id != dataset.Id))
        {
            ModelState.AddModelError(nameof(Slug), L["Another dataset already has this address name: choose another."]);
        }

        if (!ModelState.IsValid)
        {
            PadDistributions();
            return false;
        }

        var existing = dataset.Distributions.ToDictionary(d => d.Id.ToString("D"), StringComparer.OrdinalIgnoreCase);
        dataset.Title = fields.Title;
        dataset.Description = fields.Description;
        dataset.Keywords = fields.Keywords;
        dataset.QualityNotes = fields.QualityNotes;
        dataset.Slug = slug;
        (dataset.DepartmentId, dataset.OwnerId, dataset.StewardId, dataset.DuplicatesId) = (department, owner, steward, duplicates);
        (dataset.SourceSystem, dataset.Frequency, dataset.Themes, dataset.AccessRight) = (fields.SourceSystem, fields.Frequency!, [.. fields.Themes], fields.AccessRight!);
        (dataset.Licence, dataset.Spatial, dataset.TemporalStart, dataset.TemporalEnd) = (fields.Licence, fields.Spatial, fields.TemporalStart, fields.TemporalEnd);
        (dataset.HighValue, dataset.HighValueCategory) = (fields.HighValue, fields.HighValue ? fields.HighValueCategory : null);
        (dataset.AuthenticSource, dataset.PersonalData, dataset.ReviewMonths) = (AuthenticSource, PersonalData, fields.ReviewMonths);
        dataset.Distributions = rows.Select(r => new DatasetDistribution
        {
            Id = r.Input.Id is { } id && existing.TryGetValue(id, out var kept) ? kept.Id : Guid.NewGuid(),
            Title = LocalizedFields.Text(r.Input.Title),
            Format = r.Input.Format!,
            AccessUrl = r.Input.AccessUrl!.Trim(),
            DownloadUrl = Clean(r.Input.DownloadUrl),
        }).ToList();
        (dataset.InitiativeIds, dataset.CaseStudyIds) = (initiatives, caseStudies);
        if (dataset.Published && dataset.AccessRight != "PUBLIC")
        {
            // Only public data may stay on the public site and in the catalogue.
            dataset.Published = false;
        }

        return true;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private string FirstTitle(LocalizedText title) =>
        title[Organisation.DefaultLanguage] is { Length: > 0 } preferred ? preferred : title.Values.Values.FirstOrDefault() ?? "";

    private async Task<string> FreeSlugAsync(string wanted, Guid self)
    {
        var prefix = wanted[..Math.Min(wanted.Length, DatasetRules.MaxSlug - 4)];
        var taken = (await Db.Datasets.AsNoTracking().Where(d => d.Slug.StartsWith(prefix) && d.Id != self).Select(d => d.Slug).ToListAsync()).ToHashSet(StringComparer.Ordinal);
        return DatasetValidation.Unique(wanted, taken.Contains);
    }

    private DateOnly? Date(string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        ModelState.AddModelError(field, L["Enter a date as yyyy-mm-dd."]);
        return null;
    }

    private Guid? Choice(string field, string? value, List<DatasetChoice> offered)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (Guid.TryParse(value, out var id) && offered.Any(o => o.Id == id))
        {
            return id;
        }

        ModelState.AddModelError(field, L["Choose from the list."]);
        return null;
    }

    private List<string> Choices(string field, List<string> values, List<DatasetChoice> offered)
    {
        var ids = offered.ToDictionary(o => o.Value, StringComparer.OrdinalIgnoreCase);
        var chosen = values.Where(v => !string.IsNullOrEmpty(v)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (chosen.Any(v => !ids.ContainsKey(v)))
        {
            ModelState.AddModelError(field, L["Choose from the list."]);
        }

        return chosen.Where(ids.ContainsKey).Select(v => ids[v].Value).ToList();
    }

    private string Message(DatasetProblem problem) => problem.Kind switch
    {
        DatasetProblemKind.Required => L["Enter the address where the data can be accessed."],
        DatasetProblemKind.TooLong => L["At most {0} characters.", problem.Limit],
        DatasetProblemKind.UnknownCode => L["Choose from the list."],
        DatasetProblemKind.NotAnAddress => L["Enter a full web address starting with http:// or https://."],
        DatasetProblemKind.BadSlug => L["Use lower-case letters without accents, digits and single hyphens (at most {0} characters), and not a word the register uses itself (new, import, export…).", problem.Limit],
        DatasetProblemKind.OutOfRange when problem.Field == "ReviewMonths" => L["Enter a whole number of months between {0} and {1}.", DatasetRules.MinReviewMonths, DatasetRules.MaxReviewMonths],
        DatasetProblemKind.OutOfRange => L["Enter a date as yyyy-mm-dd."],
        DatasetProblemKind.TooMany => L["At most {0} distributions.", problem.Limit],
        DatasetProblemKind.EndBeforeStart => L["The end of the period cannot be before its start."],
        DatasetProblemKind.CategoryRequired => L["Choose the high-value category."],
        _ => L["Choose from the list."],
    };
}
