using DataStrategy.Web.Infrastructure;
using System.Globalization;
using DataStrategy.Core.Roadmap;
using DataStrategy.Core.Roadmap.Charts;
using DataStrategy.Data.Entities;
using DataStrategy.Data.Roadmaps;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Roadmap;

/// <summary>Turns the plan into the Core chart inputs, with every visible word in the reader's language.</summary>
public static class RoadmapCharts
{
    private static string Lang => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    /// <summary>Chart units a zoomed-out (quarter) Gantt gives its periods, so that with its label column it fits a 1366 px screen.</summary>
    public const double QuarterPlotWidth = 720;

    /// <summary>Plans longer than this open in quarters (the month view of a 24-month plan does not fit a 1366 px screen).</summary>
    public const int MonthViewUpTo = 18;

    public static string[] PeriodLabels(RoadmapPlan plan, int months, bool quarters = false)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var quarter = quarters || plan.Roadmap.Granularity == RoadmapGranularity.Quarter;
        return Enumerable.Range(0, months).Select(m =>
        {
            var month = Months.At(plan.Start, m);
            return quarter
                ? month.Month % 3 == 1 ? "Q" + (((month.Month - 1) / 3) + 1).ToString(CultureInfo.InvariantCulture) : ""
                : month.ToString("MMM", CultureInfo.CurrentCulture);
        }).ToArray();
    }

    public static PeriodBand[] YearBands(RoadmapPlan plan, int months)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var bands = new List<PeriodBand>();
        var m = 0;
        while (m < months)
        {
            var month = Months.At(plan.Start, m);
            var length = Math.Min(13 - month.Month, months - m);
            bands.Add(new PeriodBand(m, length, month.Year.ToString(CultureInfo.InvariantCulture)));
            m += length;
        }

        return [.. bands];
    }

    private static RagStatus Rag(Rag rag) => rag switch
    {
        Data.Entities.Rag.Green => RagStatus.Green,
        Data.Entities.Rag.Amber => RagStatus.Amber,
        Data.Entities.Rag.Red => RagStatus.Red,
        _ => RagStatus.None,
    };

    /// <param name="baseline">Start period and months per initiative in the compared baseline, if any.</param>
    /// <param name="quarters">Zoomed out to quarters: narrow months, one label per quarter, the whole plan on one screen.</param>
    public static string Gantt(RoadmapPlan plan, RoadmapAnalysis analysis, IStringLocalizer l, Func<Guid, string> url, DateOnly today, IReadOnlyDictionary<Guid, (int Start, int Months)>? baseline = null, string prefix = "gantt", bool quarters = false)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(url);
        var months = Math.Max(plan.Roadmap.HorizonMonths, analysis.Finish);
        var milestones = plan.Milestones.ToLookup(m => m.InitiativeId);
        var groups = plan.Scheduled.GroupBy(i => i.WorkstreamId)
            .OrderBy(g => plan.Workstreams.FirstOrDefault(w => w.Id == g.Key)?.Position ?? int.MaxValue)
            .Select(g => new GanttGroup(
                plan.Workstreams.FirstOrDefault(w => w.Id == g.Key)?.Name.Get(Lang) ?? l["No workstream"],
                g.Select(i => new GanttItem(i.Id.ToString("N"), i.Code + " " + i.Title.Get(Lang), plan.PlannedPeriod(i), i.DurationMonths)
                {
                    Href = url(i.Id),
                    Progress = i.PercentComplete / 100.0,
                    Rag = Rag(i.Rag),
                    Locked = i.LockedStart is not null,
                    Critical = analysis.Critical.Contains(i.Id),
                    Baseline = baseline is not null && baseline.TryGetValue(i.Id, out var b) ? new PeriodSpan(b.Start, b.Months) : null,
                    Milestones = milestones[i.Id].Select(m => new GanttMilestone(Months.Index(plan.Start, m.DueOn) + 0.5, m.Title.Get(Lang))).ToList(),
                }).ToList()))
            .ToList();
        var scheduled = plan.Scheduled.Select(i => i.Id).ToHashSet();
        var links = plan.Dependencies.Where(d => scheduled.Contains(d.PredecessorId) && scheduled.Contains(d.SuccessorId))
            .Select(d => new GanttLink(d.PredecessorId.ToString("N"), d.SuccessorId.ToString("N"), Kind(d.Type), d.LagMonths)
            {
                Critical = analysis.Critical.Contains(d.PredecessorId) && analysis.Critical.Contains(d.SuccessorId),
            }).ToList();
        var todayPeriod = Months.Index(plan.Start, today) + ((today.Day - 1) / (double)DateTime.DaysInMonth(today.Year, today.Month));
        var texts = new GanttTexts
        {
            Title = l["Roadmap"],
            SummaryFormat = l["{0} initiatives from {1} to {2}; {3} on the critical path; {4} locked; {5} milestones"],
            Planned = l["Planned"],
            Progress = l["Progress"],
            Critical = l["Critical"],
            Locked = l["Locked"],
            Milestone = l["Milestone"],
            Baseline = l["Baseline"],
            Today = l["Today"],
            FinishToStart = l["DependencyType.FinishToStart"],
            StartToStart = l["DependencyType.StartToStart"],
            LagFormat = l["lag {0}"],
            RagGreen = l["Rag.Green"],
            RagAmber = l["Rag.Amber"],
            RagRed = l["Rag.Red"],
            Culture = CultureInfo.CurrentCulture,
        };
        return GanttSvg.Render(new GanttChart(prefix, PeriodLabels(plan, months, quarters), groups, texts)
        {
            PeriodWidth = quarters ? Math.Min(42, QuarterPlotWidth / Math.Max(months, 1)) : null,
            Bands = YearBands(plan, months),
            Links = links,
            Today = todayPeriod >= 0 && todayPeriod <= months ? todayPeriod : null,
        });
    }

    private static DependencyKind Kind(DependencyType type) =>
        type == DependencyType.StartToStart ? DependencyKind.StartToStart : DependencyKind.FinishToStart;

    /// <summary>One chart per team: demand of the current plan, stacked by initiative, against capacity.</summary>
    public static IReadOnlyList<(DeliveryTeam Team, string Svg, IReadOnlyList<CapacityOverload> Overloads)> Capacity(RoadmapPlan plan, RoadmapAnalysis analysis, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(l);
        var months = Math.Max(plan.Roadmap.HorizonMonths, analysis.Finish);
        var labels = Enumerable.Range(0, months).Select(m => Months.At(plan.Start, m).ToString("MMM yy", CultureInfo.CurrentCulture)).ToArray();
        var result = new List<(DeliveryTeam, string, IReadOnlyList<CapacityOverload>)>();
        for (var t = 0; t < plan.Teams.Count; t++)
        {
            var team = plan.Teams[t];
            var demand = new List<CapacityDemand>();
            for (var n = 0; n < plan.Scheduled.Count; n++)
            {
                var effort = plan.Efforts.FirstOrDefault(e => e.InitiativeId == plan.Scheduled[n].Id && e.TeamId == team.Id);
                if (effort is null || effort.Fte <= 0)
                {
                    continue;
                }

                var values = new double[months];
                var start = analysis.Starts[n] ?? 0;
                for (var m = Math.Max(0, start); m < Math.Min(months, start + plan.Scheduled[n].DurationMonths); m++)
                {
                    values[m] = (double)effort.Fte;
                }

                demand.Add(new CapacityDemand(plan.Scheduled[n].Code + " " + plan.Scheduled[n].Title.Get(Lang), values));
            }

            var name = team.Name.Get(Lang);
            var texts = new CapacityTexts
            {
                Title = l["{0}: demand and capacity", name],
                Unit = l["FTE"],
                Capacity = l["Capacity"],
                Over = l["Over capacity"],
                SummaryFormat = l["Demand against capacity from {0} to {1}, in {2}; peak demand {3}."],
                OverFormat = l["Over capacity in {0}."],
                OverItemFormat = l["{0} (+{1} {2})"],
                Within = l["Demand stays within capacity in every month."],
                Culture = CultureInfo.CurrentCulture,
            };
            var capacity = plan.CapacityOf(team.Id, months).Select(c => (double)c).ToList();
            var svg = CapacitySvg.Render(new CapacityChart("cap" + t.ToString(CultureInfo.InvariantCulture), labels, demand, capacity, texts));
            result.Add((team, svg, analysis.Overloads.Where(o => o.Resource == t).ToList()));
        }

        return result;
    }

    public static string Dependencies(RoadmapPlan plan, RoadmapAnalysis analysis, IStringLocalizer l, Func<Guid, string> url)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(url);
        var scheduled = plan.Scheduled.Select(i => i.Id).ToHashSet();
        var nodes = plan.Scheduled.Select(i =>
        {
            var start = Months.At(plan.Start, plan.PlannedPeriod(i));
            return new DependencyNode(i.Id.ToString("N"), i.Code + " " + i.Title.Get(Lang))
            {
                Critical = analysis.Critical.Contains(i.Id),
                Href = url(i.Id),
                Detail = start.ToString("MMM yy", CultureInfo.CurrentCulture) + " – " + RoadmapPageModel.LastMonth(start, i.DurationMonths).ToString("MMM yy", CultureInfo.CurrentCulture),
            };
        }).ToList();
        var edges = plan.Dependencies.Where(d => scheduled.Contains(d.PredecessorId) && scheduled.Contains(d.SuccessorId))
            .Select(d => new DependencyEdge(d.PredecessorId.ToString("N"), d.SuccessorId.ToString("N"), Kind(d.Type), d.LagMonths)
            {
                Critical = analysis.Critical.Contains(d.PredecessorId) && analysis.Critical.Contains(d.SuccessorId),
            }).ToList();
        var texts = new DependencyTexts
        {
            Title = l["Dependencies between initiatives"],
            SummaryFormat = l["{0} initiatives and {1} dependencies; {2} on the critical path; {3} columns"],
            Cycle = l["Some dependencies form a cycle."],
            Empty = l["The roadmap has no initiatives yet."],
            Critical = l["Critical"],
            FinishToStart = l["DependencyType.FinishToStart"],
            StartToStart = l["DependencyType.StartToStart"],
            LagFormat = l["lag {0}"],
            Culture = CultureInfo.CurrentCulture,
        };
        return DependencySvg.Render(new DependencyGraph("deps", nodes, edges, texts));
    }

    public static string Kpi(Kpi kpi, IReadOnlyList<KpiMeasurement> measurements, IStringLocalizer l, string prefix = "kpi")
    {
        ArgumentNullException.ThrowIfNull(kpi);
        ArgumentNullException.ThrowIfNull(measurements);
        ArgumentNullException.ThrowIfNull(l);
        static string D(DateOnly d) => Core.Text.DateText.Abbreviated(d, CultureInfo.CurrentCulture);
        var texts = new KpiTexts
        {
            Title = kpi.Name.Get(Lang),
            Unit = kpi.Unit.Get(Lang),
            Measured = l["Measured"],
            Baseline = l["Baseline"],
            Target = l["Target"],
            MeasurementsFormat = l["{0} measurements; latest {1} {2} on {3}"],
            NoMeasurements = l["No measurements yet"],
            BaselineFormat = l["baseline {0} {1} on {2}"],
            TargetFormat = l["target {0} {1} by {2}"],
            Culture = CultureInfo.CurrentCulture,
        };
        return KpiSvg.Render(new KpiChart(prefix, measurements.OrderBy(m => m.MeasuredOn).Select(m => new KpiPoint(m.MeasuredOn, (double)m.Value, D(m.MeasuredOn))).ToList(), texts)
        {
            Baseline = new KpiPoint(kpi.BaselineOn, (double)kpi.Baseline, D(kpi.BaselineOn)),
            Target = new KpiPoint(kpi.TargetOn, (double)kpi.Target, D(kpi.TargetOn)),
        });
    }
}
