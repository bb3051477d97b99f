using System.Globalization;
using DataStrategy.Core.Strategy;
using DataStrategy.Core.Text;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Data.Strategies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.CaseStudies;

/// <summary>What the case study pages share: texts in the reader's language and the things a case study links to.</summary>
public abstract class CaseStudyPageModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    /// <summary>The sections of a case study, in reading order, with their longest text.</summary>
    public static IReadOnlyList<(string Name, int Max)> Sections { get; } =
        [("Title", 200), ("Summary", 400), ("Problem", 8000), ("DataUsed", 8000), ("Approach", 8000), ("Outcome", 8000), ("Lessons", 8000)];

    public const int MaxFigures = 4;

    public string T(LocalizedText? text) => text?.Get(Lang) ?? "";

    /// <summary>What is on the public site changes only by the programme lead's hand (who publishes may edit it).</summary>
    public bool MayChange(CaseStudy study) => study is not null && (study.Status == CaseStudyStatus.Draft || Can(Infrastructure.Permission.PublishCaseStudies));

    protected void RefuseChangeToPublished() =>
        ModelState.AddModelError(string.Empty, L["This case study is on the public site: only the programme lead may change it, or withdraw it so that it can be edited."]);

    /// <summary>"in French", "in Dutch", "in English" in the reader's language.</summary>
    public static string InLanguage(IStringLocalizer l, string code) => Infrastructure.LanguageText.For(l, "in {language}", code);

    /// <summary>The first error of a field whose name is not a bound property (made up at run time), as the tag helper would render it.</summary>
    public Microsoft.AspNetCore.Html.IHtmlContent Error(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0
            ? new Microsoft.AspNetCore.Html.HtmlString("<span class=\"field-error\">" + System.Text.Encodings.Web.HtmlEncoder.Default.Encode(entry.Errors[0].ErrorMessage) + "</span>")
            : Microsoft.AspNetCore.Html.HtmlString.Empty;

    public List<Department> Departments { get; private set; } = [];

    public IReadOnlyList<PriorityOption> ThemeOptions { get; private set; } = [];

    public List<Finding> FindingOptions { get; private set; } = [];

    public List<StrategyItem> ObjectiveOptions { get; private set; } = [];

    public List<Initiative> InitiativeOptions { get; private set; } = [];

    public static LocalizedText Section(CaseStudy c, string name)
    {
        ArgumentNullException.ThrowIfNull(c);
        return name switch
        {
            "Title" => c.Title,
            "Summary" => c.Summary,
            "Problem" => c.Problem,
            "DataUsed" => c.DataUsed,
            "Approach" => c.Approach,
            "Outcome" => c.Outcome,
            "Lessons" => c.Lessons,
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
    }

    public string SectionLabel(string name) => L["CaseStudySection." + name];

    public string StatusLabel(CaseStudyStatus status) => L["CaseStudyStatus." + status];

    public string DateLabel(DateTimeOffset? at) => at?.ToLocalTime().ToString("d", CultureInfo.CurrentCulture) ?? "";

    public string DepartmentName(Guid? id) => Departments.FirstOrDefault(d => d.Id == id)?.Name.Get(Lang) ?? "";

    public string CaseStudyUrl(Guid id) => OrgUrl("/case-studies/" + id.ToString("D"));

    public string ImageUrl(Guid imageId, string size) => OrgUrl("/case-studies/images/" + imageId.ToString("D") + "/" + size);

    /// <summary>Loads everything a case study may link to (once per request).</summary>
    protected async Task LoadOptionsAsync()
    {
        var ct = HttpContext.RequestAborted;
        Departments = (await Db.Departments.AsNoTracking().ToListAsync(ct)).OrderBy(d => d.Name.Get(Lang), StringComparer.CurrentCulture).ToList();
        var campaign = await StrategyWorkspace.PriorityCampaignAsync(Db, ct);
        ThemeOptions = (await StrategyWorkspace.PrioritiesAsync(Db, campaign, ct)).OrderBy(p => p.ThemeName.Get(Lang), StringComparer.CurrentCulture).ToList();
        FindingOptions = await Db.Findings.AsNoTracking()
            .Where(f => f.Status == FindingStatus.Accepted && (f.Kind == Core.Analysis.FindingKind.Opportunity || f.Kind == Core.Analysis.FindingKind.Risk))
            .OrderBy(f => f.Kind).ThenBy(f => f.Position).ToListAsync(ct);
        ObjectiveOptions = await Db.StrategyItems.AsNoTracking().Where(i => i.Kind == StrategyItemKind.Objective).OrderBy(i => i.Position).ToListAsync(ct);
        InitiativeOptions = await Db.Initiatives.AsNoTracking().OrderBy(i => i.Position).ThenBy(i => i.Code).ToListAsync(ct);
    }

    public string ThemeName(string id) => ThemeOptions.FirstOrDefault(t => t.ThemeId == id)?.ThemeName.Get(Lang) ?? id;

    public string ObjectiveName(string id) => ObjectiveOptions.FirstOrDefault(o => o.Id.ToString("D") == id)?.Title.Get(Lang) ?? "";

    public string FindingKindLabel(Core.Analysis.FindingKind kind) => L["FindingKind." + kind];
}
