namespace DataStrategy.Core.Roadmap.Charts;

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
