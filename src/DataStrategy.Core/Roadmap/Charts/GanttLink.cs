namespace DataStrategy.Core.Roadmap.Charts;

/// <summary>A dependency arrow between two items, by <see cref="GanttItem.Key"/>; unknown keys are skipped.</summary>
public sealed record GanttLink(string From, string To, DependencyKind Kind = DependencyKind.FinishToStart, int Lag = 0)
{
    /// <summary>The link drives the critical path (drawn highlighted).</summary>
    public bool Critical { get; init; }
}
