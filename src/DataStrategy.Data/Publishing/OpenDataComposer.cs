using DataStrategy.Core;
using DataStrategy.Core.Analysis;
using DataStrategy.Core.Publishing;
using DataStrategy.Core.Roadmap;
using DataStrategy.Core.Strategy;
using DataStrategy.Core.Text;
using DataStrategy.Data.Analysis;
using DataStrategy.Data.Entities;
using DataStrategy.Data.Roadmaps;
using DataStrategy.Data.Strategies;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Data.Publishing;

/// <summary>
/// The organisation's open datasets, built only from what its public site shows: published case studies,
/// the published strategy's objectives, the roadmap's initiatives and the indicators it chose to publish,
/// and — only when it opts in — its latest theme scores. Texts come in one column per language.
/// </summary>
public static class OpenDataComposer
{
    public static IReadOnlyList<string> Names { get; } = ["case-studies", "objectives", "initiatives", "kpis", "kpi-measurements", "maturity"];

    /// <summary>The languages texts have a column in: the interface languages, and German when the organisation writes in it.</summary>
    public static IReadOnlyList<string> ColumnLanguages(Organisation organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        return [.. Languages.Content.Where(l => Languages.IsSupported(l) || organisation.Languages.Contains(l))];
    }

    /// <summary>The dataset by name, or null when it does not exist or is not published (maturity without opt-in).</summary>
    public static async Task<OpenDataset?> ComposeAsync(AppDbContext db, Organisation organisation, string name, string baseUrl, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(organisation);
        var languages = ColumnLanguages(organisation);
        IEnumerable<string> PerLanguage(string column) => languages.Select(l => column + "_" + l);
        IEnumerable<object?> Texts(LocalizedText? text) => languages.Select(l => (object?)(text?[l]));
        IEnumerable<object?> Entries(IReadOnlyDictionary<string, string> text) => languages.Select(l => (object?)(text.TryGetValue(l, out var v) ? v : null));
        switch (name)
        {
            case "case-studies":
                {
                    var studies = await db.CaseStudies.AsNoTracking().Where(c => c.Status == CaseStudyStatus.Published).OrderByDescending(c => c.PublishedAt).ToListAsync(cancellationToken);
                    var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, cancellationToken);
                    string Figures(CaseStudy c, string l) => string.Join(" | ", c.Figures.Select(f => f.Value + " " + f.Label.Get(l)));
                    return new OpenDataset(name,
                        ["slug", .. PerLanguage("title"), .. PerLanguage("summary"), .. PerLanguage("department"), .. PerLanguage("key_figures"), "themes", "published_at", "url"],
                        studies.Select(c => (IReadOnlyList<object?>)[
                            c.Slug, .. Texts(c.Title), .. Texts(c.Summary),
                        .. Texts(c.DepartmentId is { } d && departments.TryGetValue(d, out var n) ? n : null),
                        .. languages.Select(l => (object?)Figures(c, l)),
                        string.Join(' ', c.ThemeIds), c.PublishedAt, baseUrl + "/case-studies/" + c.Slug]).ToList());
                }

            case "objectives":
                {
                    var version = await StrategyWorkspace.PublishedAsync(db, cancellationToken);
                    if (version is null)
                    {
                        return null;
                    }

                    var objectives = StrategySnapshot.FromJson(version.Snapshot).OfKind(StrategyItemKind.Objective).ToList();
                    return new OpenDataset(name,
                        ["id", .. PerLanguage("title"), .. PerLanguage("description"), "strategy_version"],
                        objectives.Select(o => (IReadOnlyList<object?>)[o.Id.ToString("D"), .. Texts(o.Title), .. Texts(o.Text(StrategySchema.Description)), version.Number]).ToList());
                }

            case "initiatives":
            case "kpis":
            case "kpi-measurements":
                {
                    // The roadmap is public alongside a published strategy, as on the public home page; not before.
                    if (await StrategyWorkspace.PublishedAsync(db, cancellationToken) is null)
                    {
                        return null;
                    }

                    var roadmap = await RoadmapExchangeComposer.ComposeAsync(db, organisation.Slug, new RoadmapExportOptions(Languages.English, LeadNames: false, Confidential: false), DateTimeOffset.UtcNow, cancellationToken);
                    if (name == "initiatives")
                    {
                        return new OpenDataset(name,
                            ["code", .. PerLanguage("title"), "workstream", "status", "percent_complete", "rag", "planned_start", "planned_end"],
                            roadmap.Initiatives.Where(i => i.Status != "Cancelled").Select(i => (IReadOnlyList<object?>)[
                                i.Code, .. Entries(i.Title), i.Workstream, i.Status, i.PercentComplete, i.Rag, i.PlannedStart, i.PlannedEnd]).ToList());
                    }

                    if (name == "kpis")
                    {
                        return new OpenDataset(name,
                            ["id", .. PerLanguage("name"), .. PerLanguage("unit"), "baseline", "baseline_on", "target", "target_on", "latest", "latest_on", "status"],
                            roadmap.Kpis.Select(k =>
                            {
                                var status = Tracking.Status(k.Baseline, DateOnly.Parse(k.BaselineOn, System.Globalization.CultureInfo.InvariantCulture), k.Target, DateOnly.Parse(k.TargetOn, System.Globalization.CultureInfo.InvariantCulture),
                                    k.Latest, k.LatestOn is null ? null : DateOnly.Parse(k.LatestOn, System.Globalization.CultureInfo.InvariantCulture));
                                return (IReadOnlyList<object?>)[k.Id, .. Entries(k.Name), .. Entries(k.Units), k.Baseline, k.BaselineOn, k.Target, k.TargetOn, k.Latest, k.LatestOn, status.ToString()];
                            }).ToList());
                    }

                    return new OpenDataset(name, ["kpi_id", "measured_on", "value"],
                        roadmap.Kpis.SelectMany(k => k.Measurements.Select(m => (IReadOnlyList<object?>)[k.Id, m.MeasuredOn, m.Value])).ToList());
                }

            case "maturity" when organisation.PublishesMaturity:
                {
                    var campaigns = await db.Campaigns.AsNoTracking().Include(c => c.Framework)
                        .Where(c => c.Status == CampaignStatus.Analysing || c.Status == CampaignStatus.Closed).ToListAsync(cancellationToken);
                    var rows = new List<IReadOnlyList<object?>>();
                    foreach (var latest in campaigns.GroupBy(c => c.Framework!.Key).Select(g => g.OrderByDescending(c => c.StartsOn).ThenByDescending(c => c.CreatedAt).First()))
                    {
                        var analysis = await CampaignAnalyses.RunAsync(db, latest.Id, RespondentFilter.All, cancellationToken);
                        if (analysis is null)
                        {
                            continue;
                        }

                        foreach (var theme in analysis.Themes)
                        {
                            var definition = analysis.Definition.Theme(theme.Id);
                            rows.Add([latest.Framework!.Key, latest.Name, latest.StartsOn, theme.Id, .. Texts(definition?.Name), theme.Score, theme.Target, analysis.Definition.MaxLevel]);
                        }
                    }

                    return new OpenDataset(name, ["framework", "campaign", "campaign_start", "theme_id", .. PerLanguage("theme"), "score", "target", "max_level"], rows);
                }

            default:
                return null;
        }
    }
}
