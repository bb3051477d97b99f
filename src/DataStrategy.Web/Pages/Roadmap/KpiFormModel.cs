using System.Globalization;
using DataStrategy.Core.Roadmap;
using DataStrategy.Core.Strategy;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Roadmap;

/// <summary>What the new and edit pages of an outcome indicator share: the fields, what may be linked, validation, saving.</summary>
public abstract class KpiFormModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : RoadmapPageModel(db, tenant, l)
{
    public const int MaxName = 200;

    public const int MaxUnit = 40;

    /// <summary>The indicator's name by language code.</summary>
    [BindProperty]
    public Dictionary<string, string?> Name { get; set; } = [];

    /// <summary>The unit by language code ("jeux de données", "datasets").</summary>
    [BindProperty]
    public Dictionary<string, string?> Unit { get; set; } = [];

    /// <summary>The languages of the form: name and unit are offered in the same ones.</summary>
    public IReadOnlyList<string> FormLanguages => InputLanguages(Name, Unit);

    [BindProperty]
    public string? Baseline { get; set; }

    [BindProperty]
    public string? BaselineOn { get; set; }

    [BindProperty]
    public string? Target { get; set; }

    [BindProperty]
    public string? TargetOn { get; set; }

    [BindProperty]
    public List<string> Objectives { get; set; } = [];

    [BindProperty]
    public List<string> Initiatives { get; set; } = [];

    [BindProperty]
    public bool Public { get; set; }

    /// <summary>The register's dataset the indicator's values come from (its id), or empty.</summary>
    [BindProperty]
    public string? SourceDataset { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    public abstract bool IsNew { get; }

    /// <summary>The strategy's objectives, offered as checkboxes.</summary>
    public List<StrategyItem> AvailableObjectives { get; private set; } = [];

    /// <summary>The roadmap's initiatives, offered as checkboxes.</summary>
    public List<Initiative> AvailableInitiatives { get; private set; } = [];

    /// <summary>The register's datasets, offered as the indicator's source.</summary>
    public List<Datasets.DatasetChoice> AvailableDatasets { get; private set; } = [];

    public static string Input(decimal value) => value.ToString("0.####", CultureInfo.CurrentCulture);

    public static string DateInput(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    protected async Task LoadChoicesAsync()
    {
        AvailableObjectives = await Db.StrategyItems.AsNoTracking().Where(s => s.Kind == StrategyItemKind.Objective).OrderBy(s => s.Position).ToListAsync();
        AvailableInitiatives = await Db.Initiatives.AsNoTracking().OrderBy(i => i.Position).ThenBy(i => i.Code).ToListAsync();
        AvailableDatasets = (await Db.Datasets.AsNoTracking().OrderBy(d => d.Slug).Select(d => new { d.Id, d.Title }).ToListAsync())
            .Select(d => new Datasets.DatasetChoice(d.Id, null, d.Title)).ToList();
    }

    protected void Fill(Kpi kpi)
    {
        ArgumentNullException.ThrowIfNull(kpi);
        (Name, Unit) = (LocalizedFields.From(kpi.Name), LocalizedFields.From(kpi.Unit));
        (Baseline, BaselineOn, Target, TargetOn) = (Input(kpi.Baseline), DateInput(kpi.BaselineOn), Input(kpi.Target), DateInput(kpi.TargetOn));
        (Objectives, Initiatives, Public, Version) = ([.. kpi.ObjectiveIds], [.. kpi.InitiativeIds], kpi.Public, kpi.Version);
        SourceDataset = kpi.SourceDatasetId?.ToString("D");
    }

    /// <summary>Reads a number field, adding the field's error when it is missing or wrong.</summary>
    protected decimal? Number(string field, string? text)
    {
        switch (Tracking.TryParseNumber(text, out var value))
        {
            case NumberParse.Ok:
                return value;
            case NumberParse.Empty:
                ModelState.AddModelError(field, L["Enter a number."]);
                return null;
            case NumberParse.OutOfRange:
                ModelState.AddModelError(field, L["Enter a number between minus and plus one thousand billion."]);
                return null;
            default:
                ModelState.AddModelError(field, L["Enter a number, such as 12,5 or 12.5."]);
                return null;
        }
    }

    /// <summary>Reads a date field (yyyy-MM-dd, as a date input sends it), adding the field's error when it is missing or wrong.</summary>
    protected DateOnly? Date(string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            ModelState.AddModelError(field, L["Enter a date."]);
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year is >= 2000 and <= 2100)
        {
            return date;
        }

        ModelState.AddModelError(field, L["Enter a real date between the years 2000 and 2100."]);
        return null;
    }

    /// <summary>Validates the posted fields and copies them to <paramref name="kpi"/> when they are all valid.</summary>
    protected bool Apply(Kpi kpi)
    {
        ArgumentNullException.ThrowIfNull(kpi);
        var name = LocalizedFields.Read(ModelState, nameof(Name), Name, MaxName, L["The name must be at most {0} characters long.", MaxName]);
        LocalizedFields.RequireAny(ModelState, nameof(Name), name, FormLanguages, L["Give the indicator a name in at least one language."]);
        var unit = LocalizedFields.Read(ModelState, nameof(Unit), Unit, MaxUnit, L["The unit must be at most {0} characters long.", MaxUnit]);

        var baseline = Number(nameof(Baseline), Baseline);
        var baselineOn = Date(nameof(BaselineOn), BaselineOn);
        var target = Number(nameof(Target), Target);
        var targetOn = Date(nameof(TargetOn), TargetOn);
        if (baselineOn is { } b && targetOn is { } t && t <= b)
        {
            ModelState.AddModelError(nameof(TargetOn), L["The target date must be after the baseline date."]);
        }

        // Links must be to what the form offered: anything else posted is refused, not ignored.
        Objectives = Objectives.Where(o => !string.IsNullOrEmpty(o)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        Initiatives = Initiatives.Where(o => !string.IsNullOrEmpty(o)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var objectiveIds = AvailableObjectives.ToDictionary(o => o.Id.ToString("D"), o => o.Id.ToString("D"), StringComparer.OrdinalIgnoreCase);
        var initiativeIds = AvailableInitiatives.ToDictionary(o => o.Id.ToString("D"), o => o.Id.ToString("D"), StringComparer.OrdinalIgnoreCase);
        if (Objectives.Any(o => !objectiveIds.ContainsKey(o)))
        {
            ModelState.AddModelError(nameof(Objectives), L["Choose objectives from the list."]);
        }

        if (Initiatives.Any(i => !initiativeIds.ContainsKey(i)))
        {
            ModelState.AddModelError(nameof(Initiatives), L["Choose initiatives from the list."]);
        }

        Guid? source = null;
        if (!string.IsNullOrEmpty(SourceDataset))
        {
            if (Guid.TryParse(SourceDataset, out var id) && AvailableDatasets.Any(d => d.Id == id))
            {
                source = id;
            }
            else
            {
                ModelState.AddModelError(nameof(SourceDataset), L["Choose from the list."]);
            }
        }

        if (!ModelState.IsValid)
        {
            return false;
        }

        kpi.SourceDatasetId = source;
        kpi.Name = name;
        kpi.Unit = unit;
        kpi.Public = Public;
        (kpi.Baseline, kpi.BaselineOn, kpi.Target, kpi.TargetOn) = (baseline!.Value, baselineOn!.Value, target!.Value, targetOn!.Value);
        kpi.ObjectiveIds = Objectives.Select(o => objectiveIds[o]).ToList();
        kpi.InitiativeIds = Initiatives.Select(i => initiativeIds[i]).ToList();
        return true;
    }
}
