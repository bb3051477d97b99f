using System.Globalization;

namespace DataStrategy.Core.Roadmap.Charts;

/// <summary>Delivery status shown beside an initiative; drawn as a shape (circle, triangle, octagon), never by colour alone.</summary>
public enum RagStatus
{
    None,
    Green,
    Amber,
    Red,
}

/// <summary>An upper header band spanning several periods, e.g. a year over its months or a quarter.</summary>
/// <param name="Start">First period of the band (0-based).</param>
/// <param name="Length">Periods it spans, ≥ 1.</param>
/// <param name="Label">Localised text, e.g. "2027".</param>
public sealed record PeriodBand(int Start, int Length, string Label);

/// <summary>A milestone date inside an initiative, drawn as a small diamond on its bar.</summary>
/// <param name="At">Period (may be fractional: 3.5 is the middle of period 3).</param>
/// <param name="Label">Localised name, shown as a tooltip and read by assistive technology.</param>
public sealed record GanttMilestone(double At, string Label);

/// <summary>A start and duration in periods, e.g. the baseline an initiative was first planned at.</summary>
public sealed record PeriodSpan(int Start, int Duration);

/// <summary>One initiative row of a Gantt chart.</summary>
/// <param name="Key">Stable identity used by <see cref="GanttLink"/>; unique within the chart.</param>
/// <param name="Label">Localised name shown in the row header.</param>
/// <param name="Start">First period (0-based).</param>
/// <param name="Duration">Periods; 0 draws a milestone diamond at <paramref name="Start"/>.</param>
public sealed record GanttItem(string Key, string Label, int Start, int Duration)
{
    /// <summary>Site-relative link ("/…") to the initiative; anything else (javascript:, https:, //host) is dropped.</summary>
    public string? Href { get; init; }

    /// <summary>Fraction complete, 0…1 (clamped); null draws no progress bar.</summary>
    public double? Progress { get; init; }

    public RagStatus Rag { get; init; }

    /// <summary>The start is locked (the scheduler does not move it).</summary>
    public bool Locked { get; init; }

    /// <summary>The initiative is on the critical path.</summary>
    public bool Critical { get; init; }

    /// <summary>Where the initiative was planned before re-planning; drawn as a thin ghost bar below the bar.</summary>
    public PeriodSpan? Baseline { get; init; }

    public IReadOnlyList<GanttMilestone> Milestones { get; init; } = [];
}

/// <summary>A workstream: a header row followed by its initiatives.</summary>
public sealed record GanttGroup(string Label, IReadOnlyList<GanttItem> Items);

/// <summary>A dependency arrow between two items, by <see cref="GanttItem.Key"/>; unknown keys are skipped.</summary>
public sealed record GanttLink(string From, string To, DependencyKind Kind = DependencyKind.FinishToStart, int Lag = 0)
{
    /// <summary>The link drives the critical path (drawn highlighted).</summary>
    public bool Critical { get; init; }
}

/// <summary>Every visible word of a Gantt chart, localised by the caller.</summary>
public sealed record GanttTexts
{
    /// <summary>Accessible name, e.g. "Roadmap 2027–2028".</summary>
    public required string Title { get; init; }

    /// <summary>
    /// Composite format of the accessible description: {0} number of initiatives (milestones included),
    /// {1} first period label, {2} last period label, {3} on the critical path, {4} locked, {5} milestones.
    /// E.g. "{0} initiatives from {1} to {2}; {3} on the critical path; {4} locked".
    /// </summary>
    public required string SummaryFormat { get; init; }

    /// <summary>Legend entry of an ordinary bar, e.g. "Planned".</summary>
    public required string Planned { get; init; }

    /// <summary>Legend entry and tooltip word of the inner progress bar, e.g. "Progress".</summary>
    public required string Progress { get; init; }

    /// <summary>Legend entry and the short tag written after critical bars, e.g. "Critical".</summary>
    public required string Critical { get; init; }

    public required string Locked { get; init; }

    public required string Milestone { get; init; }

    /// <summary>Legend entry of the ghost bar, e.g. "Baseline".</summary>
    public required string Baseline { get; init; }

    /// <summary>Label of the today line, e.g. "Today".</summary>
    public required string Today { get; init; }

    /// <summary>Legend entry of a finish-to-start arrow, e.g. "Finish → start".</summary>
    public required string FinishToStart { get; init; }

    /// <summary>Legend entry of a start-to-start arrow (dashed), e.g. "Start → start".</summary>
    public required string StartToStart { get; init; }

    /// <summary>Lag as shown in a tooltip; {0} is the signed number of periods, e.g. "lag {0}".</summary>
    public required string LagFormat { get; init; }

    public required string RagGreen { get; init; }

    public required string RagAmber { get; init; }

    public required string RagRed { get; init; }

    /// <summary>Culture of the numbers inside visible text (percentages, counts); coordinates are always invariant.</summary>
    public CultureInfo Culture { get; init; } = CultureInfo.InvariantCulture;
}

/// <summary>A roadmap Gantt chart. Time is in whole periods from 0.</summary>
/// <param name="IdPrefix">Unique per page; every id in the markup starts with it (made XML-safe).</param>
/// <param name="PeriodLabels">Localised label of each period ("Jan", "Q1"); the chart spans at least these periods.</param>
public sealed record GanttChart(string IdPrefix, IReadOnlyList<string> PeriodLabels, IReadOnlyList<GanttGroup> Groups, GanttTexts Texts)
{
    /// <summary>Upper header row (years or quarters); optional.</summary>
    public IReadOnlyList<PeriodBand> Bands { get; init; } = [];

    public IReadOnlyList<GanttLink> Links { get; init; } = [];

    /// <summary>Fractional period of the today line (3.5 = middle of period 3); null or outside the chart draws none.</summary>
    public double? Today { get; init; }
}
