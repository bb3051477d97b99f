using System.Text.Json;
using System.Text.Json.Serialization;
using DataStrategy.Core.Text;

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

/// <summary>Responsible, Accountable, Consulted, Informed.</summary>
public enum RaciLetter
{
    R,
    A,
    C,
    I,
}

/// <summary>A typed link from an item to another item or to something outside the strategy.</summary>
/// <param name="Relation">One of <see cref="StrategyRelation"/>.</param>
/// <param name="Target">An item ID, a city priority ID, a stakeholder ID, or "campaignId/themeId" for a thematic priority.</param>
public sealed record StrategyLink(string Relation, string Target);

/// <summary>One vision, principle, objective, service, role, team, network, body or RACI activity.</summary>
public sealed class StrategyItemData
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public StrategyItemKind Kind { get; init; }

    public int Position { get; init; }

    public LocalizedText Title { get; init; } = new();

    /// <summary>The kind's text fields (see <see cref="StrategySchema.Fields"/>), by field key.</summary>
    public Dictionary<string, LocalizedText> Texts { get; init; } = [];

    public List<StrategyLink> Links { get; init; } = [];

    /// <summary>Owner department (services) or home department (teams).</summary>
    public Guid? DepartmentId { get; init; }

    public LocalizedText Text(string field) => Texts.TryGetValue(field, out var t) ? t : new LocalizedText();

    public IEnumerable<string> Targets(string relation) => Links.Where(l => l.Relation == relation).Select(l => l.Target);
}

/// <summary>One cell of the RACI matrix: a role's letter for an activity.</summary>
public sealed record RaciCell(Guid ActivityId, Guid RoleId, RaciLetter Letter);

/// <summary>
/// The whole strategy at one moment: what a version freezes, what the document, the public page,
/// the comparison and the traceability view read. Labels name what lives outside the strategy
/// (thematic priorities, city priorities, departments) as they were when the snapshot was taken;
/// people (role holders) are only referenced by ID so that erasing a person reaches old versions too.
/// </summary>
public sealed class StrategySnapshot
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Converters = { new LocalizedTextJsonConverter(), new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public LocalizedText Title { get; init; } = new();

    public List<StrategyItemData> Items { get; init; } = [];

    public List<RaciCell> Raci { get; init; } = [];

    /// <summary>Names of link targets outside the strategy, by target (see <see cref="StrategyLink.Target"/>) or department ID.</summary>
    public Dictionary<string, LocalizedText> Labels { get; init; } = [];

    public IEnumerable<StrategyItemData> OfKind(StrategyItemKind kind) => Items.Where(i => i.Kind == kind).OrderBy(i => i.Position);

    public StrategyItemData? Item(Guid id) => Items.Find(i => i.Id == id);

    public LocalizedText Label(string target) => Labels.TryGetValue(target, out var t) ? t : new LocalizedText();

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    public static StrategySnapshot FromJson(string json) =>
        JsonSerializer.Deserialize<StrategySnapshot>(json, JsonOptions) ?? throw new JsonException("Empty strategy snapshot.");

    /// <summary>The thematic priority target for a campaign's theme.</summary>
    public static string PriorityTarget(Guid campaignId, string themeId) => campaignId.ToString("D") + "/" + themeId;
}

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
