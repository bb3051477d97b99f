namespace DataStrategy.Core.Roadmap.Charts;

/// <summary>A milestone date inside an initiative, drawn as a small diamond on its bar.</summary>
/// <param name="At">Period (may be fractional: 3.5 is the middle of period 3).</param>
/// <param name="Label">Localised name, shown as a tooltip and read by assistive technology.</param>
public sealed record GanttMilestone(double At, string Label);
