namespace DataStrategy.Core.Roadmap.Charts;

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

    /// <summary>
    /// Width of one period in chart units, to zoom out (a 24-month plan in quarters fits a 1366 px screen); null lets the
    /// chart choose from its labels. With a width given, each non-empty period label is drawn from its period's left edge
    /// up to the next label (quarter labels on the first month of each quarter).
    /// </summary>
    public double? PeriodWidth { get; init; }
}
