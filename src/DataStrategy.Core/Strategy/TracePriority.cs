namespace DataStrategy.Core.Strategy;

/// <summary>A thematic priority and the objectives that answer it.</summary>
/// <param name="Target">"campaignId/themeId" (see <see cref="StrategySnapshot.PriorityTarget"/>).</param>
public sealed record TracePriority(string Target, IReadOnlyList<Guid> ObjectiveIds);
