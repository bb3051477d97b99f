using DataStrategy.Core.Analysis;
using DataStrategy.Core.Csv;
using DataStrategy.Core.Frameworks;
using DataStrategy.Core.Text;
using DataStrategy.Data;
using DataStrategy.Data.Analysis;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Analysis;

/// <summary>
/// A campaign's results: theme radar, department × theme heat map, question distributions,
/// disagreement, gap to target and change. Aggregates only, every group under k suppressed, so
/// every member may read it. Each chart has its table beside it and a CSV download.
/// </summary>
[RequirePermission(Permission.ViewCampaigns)]
[CachedPage]
public sealed class DashboardModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Department { get; set; }

    [BindProperty(SupportsGet = true)]
    public DepartmentKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public ResponseKind? Type { get; set; }

    public CampaignAnalysis Analysis { get; private set; } = null!;

    public FrameworkDefinition Definition => Analysis.Definition;

    public AnalysisResult Result => Analysis.Result;

    /// <summary>Heat map rows: the campaign's departments in scope (all departments without a scope).</summary>
    public List<(int Index, Department Department)> HeatRows { get; private set; } = [];

    public IReadOnlyList<PeerTheme> Peers { get; private set; } = [];

    public IReadOnlyList<NodeInsight> Disagreements { get; private set; } = [];

    public bool Filtered => Department is not null || Kind is not null || Type is not null;

    public string T(LocalizedText text) => text.Get(Lang);

    public string ThemeName(string id) => Definition.Theme(id) is { } t ? T(t.Name) : id;

    public string QuestionText(string id) => Definition.Question(id) is { } q ? T(q.Text) : id;

    public string DepartmentName(int index) => T(Analysis.Departments[index].Name);

    public string Query(string? extra = null)
    {
        var parts = new List<string>();
        if (Department is { } d)
        {
            parts.Add("department=" + d);
        }

        if (Kind is { } k)
        {
            parts.Add("kind=" + k);
        }

        if (Type is { } t)
        {
            parts.Add("type=" + t);
        }

        if (extra is not null)
        {
            parts.Add(extra);
        }

        return parts.Count == 0 ? string.Empty : "?" + string.Join('&', parts);
    }

    private async Task<bool> LoadAsync()
    {
        var departments = await Db.Departments.AsNoTracking().OrderBy(d => d.Code).Select(d => d.Id).ToListAsync();
        var filter = new RespondentFilter(
            Department is { } d ? departments.IndexOf(d) is var i and >= 0 ? i : int.MaxValue : null,
            Kind is { } k ? (int)k : null,
            Type is { } t ? (int)t : null);
        var analysis = await CampaignAnalyses.RunAsync(Db, Id, filter, HttpContext.RequestAborted);
        if (analysis is null)
        {
            return false;
        }

        Analysis = analysis;
        var scope = analysis.Campaign.DepartmentIds.Select(Guid.Parse).ToHashSet();
        HeatRows = analysis.Departments.Select((dep, index) => (index, dep))
            .Where(x => scope.Count == 0 || scope.Contains(x.dep.Id))
            .ToList();
        Disagreements = analysis.Questions
            .Where(q => q.StandardDeviation is not null)
            .OrderByDescending(q => q.StandardDeviation)
            .Take(8)
            .ToList();
        return true;
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Peers = await PeerBenchmark.ReadAsync(Db, Analysis.Framework.Key, Organisation.Id, HttpContext.RequestAborted);
        return Page();
    }

    /// <summary>One chart's table as CSV, with the same suppression as the page.</summary>
    public async Task<IActionResult> OnGetCsvAsync(string? chart)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        chart ??= "themes";
        var tooFew = L["Too few answers"].Value;
        var noTarget = L["No target set"].Value;
        // French and Dutch files (";" between cells) write "2,80", so French and Dutch Excel read numbers, not text.
        string N(double? v) => CsvSafe.Number(v, "0.00", Lang) ?? tooFew;
        var themes = Analysis.Structure();
        List<string> header;
        IEnumerable<IReadOnlyList<string?>> rows;
        switch (chart)
        {
            case "themes":
                header = [L["Theme"], L["Respondents"], L["Score"], L["Mean"], L["Median"], L["Standard deviation"], L["Interval low"], L["Interval high"], L["Target"], L["Gap"], L["Previous campaign"], L["Change"]];
                rows = Analysis.Themes.Select(t =>
                {
                    var node = Result.All.Themes[t.Index];
                    return (IReadOnlyList<string?>)[ThemeName(t.Id), node.Suppressed ? tooFew : node.Respondents.ToString(System.Globalization.CultureInfo.InvariantCulture), N(t.Score), N(node.Mean), N(node.Median), N(node.StandardDeviation), N(node.CiLow), N(node.CiHigh), t.Target?.ToString(System.Globalization.CultureInfo.InvariantCulture), t.Target is null ? noTarget : N(t.Gap), t.Previous is null ? null : N(t.Previous), t.Change is null ? null : N(t.Change)];
                });
                break;
            case "topics":
                header = [L["Topic"], L["Respondents"], L["Score"], L["Mean"], L["Median"], L["Standard deviation"], L["Interval low"], L["Interval high"]];
                rows = Result.Structure.TopicIds.Select((id, i) =>
                {
                    var node = Result.All.Topics[i];
                    return (IReadOnlyList<string?>)[Definition.Topic(id) is { } t ? T(t.Name) : id, node.Suppressed ? tooFew : node.Respondents.ToString(System.Globalization.CultureInfo.InvariantCulture), N(node.Score), N(node.Mean), N(node.Median), N(node.StandardDeviation), N(node.CiLow), N(node.CiHigh)];
                });
                break;
            case "heatmap":
                header = [L["Department"], .. themes.Select(ThemeName)];
                rows = HeatRows.Select(r => (IReadOnlyList<string?>)[T(r.Department.Name), .. Result.Departments[r.Index].Themes.Select(n => N(n.Score))]);
                break;
            case "questions":
                header = [L["Question ID"], L["Question"], L["Theme"], L["Respondents"], L["Score"], L["Mean"], L["Median"], L["Minimum"], L["Maximum"], L["Standard deviation"], L["Interquartile range"], L["Don't know (share)"], L["Interval low"], L["Interval high"], .. Definition.Levels.Select(lv => L["Level {0}", lv.Value].Value)];
                rows = Analysis.Questions.Select(q =>
                {
                    var node = Result.All.Questions[q.Index];
                    IEnumerable<string?> levels = node.Suppressed ? Definition.Levels.Select(_ => tooFew) : node.Distribution.Select(c => c.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    return (IReadOnlyList<string?>)[q.Id, QuestionText(q.Id), ThemeName(q.ThemeId), node.Suppressed ? tooFew : node.Respondents.ToString(System.Globalization.CultureInfo.InvariantCulture), N(node.Score), N(node.Mean), N(node.Median), N(node.Min), N(node.Max), N(node.StandardDeviation), N(node.InterquartileRange), N(node.DontKnowShare), N(node.CiLow), N(node.CiHigh), .. levels];
                });
                break;
            case "disagreement":
                header = [L["Question ID"], L["Question"], L["Standard deviation"], L["Interquartile range"], L["Lowest department"], L["Highest department"], L["Difference between departments"]];
                rows = Disagreements.Select(q => (IReadOnlyList<string?>)[q.Id, QuestionText(q.Id), N(q.StandardDeviation), N(q.InterquartileRange), q.Spread is { } s ? DepartmentName(s.Lowest) : null, q.Spread is { } h ? DepartmentName(h.Highest) : null, N(q.Spread?.Range)]);
                break;
            default:
                return NotFound();
        }

        var bytes = CsvSafe.ToBytes(header, rows, CsvSafe.DelimiterFor(Lang));
        return File(bytes, "text/csv; charset=utf-8", $"{Slug.From(Analysis.Campaign.Name.Get(Lang))}-{chart}.csv");
    }
}
