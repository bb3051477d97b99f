using DataStrategy.Core.Roadmap;
using DataStrategy.Core.Roadmap.Charts;

namespace DataStrategy.Core.Tests.Roadmap.Charts;

/// <summary>
/// A realistic two-year, 24-initiative roadmap and texts for every chart, shared by the tests and by
/// <see cref="ChartSampleTests"/>, which writes the sample SVGs (and HTML pages around them) to a folder
/// when DSS_CHART_SAMPLES is set, for looking at them in a browser.
/// </summary>
internal static class ChartSamples
{
    public static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public static GanttTexts GanttTexts { get; } = new()
    {
        Title = "Data strategy roadmap 2027–2028",
        SummaryFormat = "{0} initiatives from {1} to {2}; {3} on the critical path; {4} locked",
        Planned = "Planned",
        Progress = "Progress",
        Critical = "Critical",
        Locked = "Locked",
        Milestone = "Milestone",
        Baseline = "Baseline",
        Today = "Today",
        FinishToStart = "Finish → start",
        StartToStart = "Start → start",
        LagFormat = "lag {0}",
        RagGreen = "On track",
        RagAmber = "At risk",
        RagRed = "Off track",
    };

    /// <summary>Month labels "Jan 2027"… for <paramref name="count"/> months from January 2027.</summary>
    public static string[] MonthLabels(int count, bool withYear = false)
    {
        var labels = new string[count];
        for (var i = 0; i < count; i++)
        {
            labels[i] = withYear ? Months[i % 12] + " " + (2027 + (i / 12)) : Months[i % 12];
        }

        return labels;
    }

    public static PeriodBand[] YearBands(int months)
    {
        var bands = new List<PeriodBand>();
        for (var start = 0; start < months; start += 12)
        {
            bands.Add(new PeriodBand(start, Math.Min(12, months - start), (2027 + (start / 12)).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return [.. bands];
    }

    public static GanttChart Roadmap(string prefix = "gantt")
    {
        GanttItem I(string key, string label, int start, int duration) => new(key, label, start, duration) { Href = "/roadmap/initiatives/" + key };
        var groups = new GanttGroup[]
        {
            new("Governance & ownership",
            [
                I("G1", "Data governance council", 0, 3) with { Progress = 1, Rag = RagStatus.Green, Critical = true, Locked = true },
                I("G2", "Data ownership model", 3, 4) with { Progress = 0.6, Rag = RagStatus.Green, Critical = true, Milestones = [new GanttMilestone(5, "Owners named")] },
                I("G3", "Data policies and standards", 4, 6) with { Progress = 0.3, Rag = RagStatus.Amber, Baseline = new PeriodSpan(3, 5) },
                I("G4", "Policy sign-off", 10, 0) with { Critical = false },
                I("G5", "Stewardship network", 7, 9) with { Progress = 0.05 },
            ]),
            new("Platform & architecture",
            [
                I("P1", "Cloud data platform selection", 1, 3) with { Progress = 1, Rag = RagStatus.Green, Locked = true },
                I("P2", "Landing zone and security baseline", 4, 4) with { Progress = 0.5, Rag = RagStatus.Red, Critical = true, Baseline = new PeriodSpan(3, 3) },
                I("P3", "Lakehouse foundation", 8, 6) with { Progress = 0, Critical = true },
                I("P4", "Platform go-live", 14, 0) with { Critical = true },
                I("P5", "Legacy warehouse decommissioning", 15, 8),
            ]),
            new("Data quality & master data",
            [
                I("Q1", "Data quality framework", 2, 4) with { Progress = 0.8, Rag = RagStatus.Green },
                I("Q2", "Customer master data", 6, 8) with { Progress = 0.2, Rag = RagStatus.Amber },
                I("Q3", "Product master data", 12, 7),
                I("Q4", "Data quality dashboards", 9, 4) with { Progress = 0.1 },
            ]),
            new("Analytics & AI",
            [
                I("A1", "Self-service BI rollout", 9, 6) with { Progress = 0.15, Rag = RagStatus.Amber },
                I("A2", "Sales forecasting model", 14, 5) with { Critical = true },
                I("A3", "Responsible AI guidelines", 5, 3) with { Progress = 0.9, Rag = RagStatus.Green, Locked = true },
                I("A4", "Churn prediction pilot", 16, 4),
                I("A5", "AI use-case portfolio review", 20, 0),
            ]),
            new("People & literacy",
            [
                I("L1", "Data literacy programme", 2, 12) with { Progress = 0.35, Rag = RagStatus.Green, Milestones = [new GanttMilestone(6, "Wave 1 trained"), new GanttMilestone(10, "Wave 2 trained")] },
                I("L2", "Analytics community of practice", 6, 18),
                I("L3", "Chief data officer hire", 0, 2) with { Progress = 1, Rag = RagStatus.Green },
                I("L4", "Data product owner roles", 12, 4),
                I("L5", "Strategy refresh", 22, 2) with { Critical = true },
            ]),
        };
        var links = new GanttLink[]
        {
            new("G1", "G2") { Critical = true },
            new("G1", "G3"),
            new("G3", "G4"),
            new("G2", "G5"),
            new("P1", "P2"),
            new("G2", "P2") { Critical = true },
            new("P2", "P3") { Critical = true },
            new("P3", "P4") { Critical = true },
            new("P4", "P5", DependencyKind.FinishToStart, 1),
            new("Q1", "Q2"),
            new("Q2", "Q3", DependencyKind.StartToStart, 6),
            new("Q1", "Q4", DependencyKind.StartToStart, 7),
            new("P3", "A1", DependencyKind.StartToStart, 1),
            new("P4", "A2") { Critical = true },
            new("A2", "A4", DependencyKind.StartToStart, 2),
            new("A2", "L5") { Critical = true, Lag = 3 },
            new("L1", "L4", DependencyKind.StartToStart, 10),
        };
        return new GanttChart(prefix, MonthLabels(24), groups, GanttTexts)
        {
            Bands = YearBands(24),
            Links = links,
            Today = 7.4,
        };
    }

    public static CapacityTexts CapacityTexts { get; } = new()
    {
        Title = "Data engineering: demand and capacity",
        Unit = "FTE",
        Capacity = "Capacity",
        Over = "Over capacity",
        SummaryFormat = "Demand against capacity from {0} to {1}, in {2}; peak demand {3}.",
        OverFormat = "Over capacity in {0}.",
        OverItemFormat = "{0} (+{1} {2})",
        Within = "Demand stays within capacity in every period.",
    };

    public static CapacityChart Capacity(string prefix = "cap") => new(
        prefix,
        MonthLabels(24),
        [
            new("Lakehouse foundation", [0, 0, 0, 0, 0, 0, 0, 0, 2, 2.5, 3, 3, 3, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
            new("Landing zone", [0, 0, 0, 0, 1.5, 2, 2, 1.5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
            new("Customer master data", [0, 0, 0, 0, 0, 0, 1, 1, 1.5, 1.5, 1.5, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
            new("Legacy decommissioning", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1.5, 2, 2, 2, 1.5, 1, 1, 0.5, 0]),
            new("Cloud platform selection", [0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
        ],
        [3, 3, 3, 3, 3, 3, 4],
        CapacityTexts);

    public static KpiTexts KpiTexts { get; } = new()
    {
        Title = "Share of critical data elements with an owner",
        Unit = "%",
        Measured = "Measured",
        Baseline = "Baseline",
        Target = "Target",
        MeasurementsFormat = "{0} measurements; latest {1} {2} on {3}",
        NoMeasurements = "No measurements yet",
        BaselineFormat = "baseline {0} {1} on {2}",
        TargetFormat = "target {0} {1} by {2}",
    };

    public static KpiChart Kpi(string prefix = "kpi")
    {
        static KpiPoint P(int year, int month, double value) => new(new DateOnly(year, month, 1), value, Months[month - 1] + " " + year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return new KpiChart(prefix, [P(2027, 3, 41), P(2027, 6, 48), P(2027, 9, 55), P(2027, 12, 61), P(2028, 3, 63)], KpiTexts)
        {
            Baseline = P(2027, 1, 35),
            Target = P(2028, 12, 90),
        };
    }

    public static DependencyTexts DependencyTexts { get; } = new()
    {
        Title = "Dependencies between initiatives",
        SummaryFormat = "{0} initiatives and {1} dependencies; {2} on the critical path",
        Cycle = "Some dependencies form a cycle.",
        Empty = "No initiatives yet",
        Critical = "Critical",
        FinishToStart = "Finish → start",
        StartToStart = "Start → start (dashed)",
        LagFormat = "{0} mo",
    };

    public static DependencyGraph Dependencies(string prefix = "deps")
    {
        var roadmap = Roadmap();
        var nodes = new List<DependencyNode>();
        foreach (var group in roadmap.Groups)
        {
            foreach (var item in group.Items)
            {
                nodes.Add(new DependencyNode(item.Key, item.Label)
                {
                    Critical = item.Critical,
                    Href = item.Href,
                    Detail = roadmap.PeriodLabels[item.Start] + " – " + roadmap.PeriodLabels[Math.Min(item.Start + Math.Max(item.Duration, 1), 24) - 1] + " " + (item.Start + Math.Max(item.Duration, 1) > 12 ? "2028" : "2027"),
                });
            }
        }

        var edges = roadmap.Links.Select(l => new DependencyEdge(l.From, l.To, l.Kind, l.Lag) { Critical = l.Critical }).ToList();
        return new DependencyGraph(prefix, nodes, edges, DependencyTexts);
    }
}
