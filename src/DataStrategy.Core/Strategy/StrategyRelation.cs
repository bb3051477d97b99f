namespace DataStrategy.Core.Strategy;

/// <summary>The relations an item can have.</summary>
public static class StrategyRelation
{
    /// <summary>Objective → thematic priority of a campaign ("campaignId/themeId").</summary>
    public const string Priority = "priority";

    /// <summary>Objective → one of the organisation's own priorities (e.g. smart-city priorities).</summary>
    public const string CityPriority = "city";

    /// <summary>Service → objective it serves.</summary>
    public const string Objective = "objective";

    /// <summary>Role → stakeholder who holds it (the stakeholder's department says where).</summary>
    public const string Holder = "holder";

    /// <summary>Team or network → the team, body or role it reports to.</summary>
    public const string ReportsTo = "reportsTo";

    /// <summary>Team, network or body → role that is a member.</summary>
    public const string Member = "member";

    /// <summary>Body → role that chairs it.</summary>
    public const string Chair = "chair";

    /// <summary>Body → body that decides what it cannot.</summary>
    public const string EscalatesTo = "escalatesTo";
}
