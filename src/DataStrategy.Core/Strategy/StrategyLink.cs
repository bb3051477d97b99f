namespace DataStrategy.Core.Strategy;

/// <summary>A typed link from an item to another item or to something outside the strategy.</summary>
/// <param name="Relation">One of <see cref="StrategyRelation"/>.</param>
/// <param name="Target">An item ID, a city priority ID, a stakeholder ID, or "campaignId/themeId" for a thematic priority.</param>
public sealed record StrategyLink(string Relation, string Target);
