namespace DataStrategy.Core.Strategy;

/// <summary>What each kind of item holds: its text fields and its relations.</summary>
public static class StrategySchema
{
    public const string Description = "description";
    public const string Outcomes = "outcomes";
    public const string Indicators = "indicators";
    public const string Problem = "problem";
    public const string Users = "users";
    public const string DataNeeded = "data";
    public const string Benefits = "benefits";
    public const string Responsibilities = "responsibilities";
    public const string Purpose = "purpose";
    public const string Cadence = "cadence";
    public const string DecisionRights = "decisionRights";

    private static readonly Dictionary<StrategyItemKind, string[]> FieldTable = new()
    {
        [StrategyItemKind.Vision] = [Description],
        [StrategyItemKind.Principle] = [Description],
        [StrategyItemKind.Objective] = [Description, Outcomes, Indicators],
        [StrategyItemKind.Service] = [Problem, Users, DataNeeded, Benefits],
        [StrategyItemKind.Role] = [Responsibilities],
        [StrategyItemKind.Team] = [Description],
        [StrategyItemKind.Network] = [Description],
        [StrategyItemKind.GovernanceBody] = [Purpose, Cadence, DecisionRights],
        [StrategyItemKind.RaciActivity] = [Description],
    };

    private static readonly Dictionary<StrategyItemKind, string[]> RelationTable = new()
    {
        [StrategyItemKind.Vision] = [],
        [StrategyItemKind.Principle] = [],
        [StrategyItemKind.Objective] = [StrategyRelation.Priority, StrategyRelation.CityPriority],
        [StrategyItemKind.Service] = [StrategyRelation.Objective],
        [StrategyItemKind.Role] = [StrategyRelation.Holder],
        [StrategyItemKind.Team] = [StrategyRelation.ReportsTo, StrategyRelation.Member],
        [StrategyItemKind.Network] = [StrategyRelation.ReportsTo, StrategyRelation.Member],
        [StrategyItemKind.GovernanceBody] = [StrategyRelation.Chair, StrategyRelation.Member, StrategyRelation.EscalatesTo],
        [StrategyItemKind.RaciActivity] = [],
    };

    public static IReadOnlyList<string> Fields(StrategyItemKind kind) => FieldTable[kind];

    public static IReadOnlyList<string> Relations(StrategyItemKind kind) => RelationTable[kind];

    /// <summary>Whether the kind has an owner/home department.</summary>
    public static bool HasDepartment(StrategyItemKind kind) => kind is StrategyItemKind.Service or StrategyItemKind.Team;

    /// <summary>The item kinds a relation may point to; empty when it points outside the strategy.</summary>
    public static IReadOnlyList<StrategyItemKind> TargetKinds(string relation) => relation switch
    {
        StrategyRelation.Objective => [StrategyItemKind.Objective],
        StrategyRelation.ReportsTo => [StrategyItemKind.Team, StrategyItemKind.GovernanceBody, StrategyItemKind.Role],
        StrategyRelation.Member or StrategyRelation.Chair => [StrategyItemKind.Role],
        StrategyRelation.EscalatesTo => [StrategyItemKind.GovernanceBody],
        _ => [],
    };

    /// <summary>Whether one item may hold several targets of the relation.</summary>
    public static bool IsMany(string relation) => relation is not (StrategyRelation.Chair or StrategyRelation.ReportsTo or StrategyRelation.EscalatesTo);
}
