using System.Globalization;

namespace DataStrategy.Core.Roadmap.Charts;

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
