namespace DataStrategy.Core.Roadmap.Charts;

/// <summary>A workstream: a header row followed by its initiatives.</summary>
public sealed record GanttGroup(string Label, IReadOnlyList<GanttItem> Items);
