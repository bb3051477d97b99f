namespace DataStrategy.Core.Analysis;

/// <summary>A theme to rank: its gap to target (null without a target or with too few answers), its votes, its importance set by hand.</summary>
/// <param name="HasTarget">Whether the theme has a target; a theme without one is listed after the ranked themes, not ranked on a gap of 0.</param>
public sealed record PriorityInput(string ThemeId, double? Gap, int Votes, int? ManualImportance, bool HasTarget = true);
