namespace DataStrategy.Core.Strategy;

/// <summary>The kinds of content a strategy is made of, in the order the document presents them.</summary>
public enum StrategyItemKind
{
    Vision,
    Principle,
    Objective,
    Service,
    Role,
    Team,
    Network,
    GovernanceBody,
    RaciActivity,
}
