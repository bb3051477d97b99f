using DataStrategy.Core.Strategy;

namespace DataStrategy.Core.Documents;

/// <summary>The keys of the strategy document's words; the words themselves are <see cref="DocumentTexts.Strategy"/>.</summary>
public static class StrategyLabels
{
    public const string DocumentTitle = "DocumentTitle";
    public const string Contents = "Contents";
    public const string Vision = "Vision";
    public const string Principles = "Principles";
    public const string Objectives = "Objectives";
    public const string Services = "Services";
    public const string Roles = "Roles";
    public const string Organisation = "Organisation";
    public const string GovernanceBodies = "GovernanceBodies";
    public const string Raci = "Raci";
    public const string Traceability = "Traceability";

    public const string Team = "Team";
    public const string Network = "Network";
    public const string Type = "Type";
    public const string OwnerDepartment = "OwnerDepartment";
    public const string HomeDepartment = "HomeDepartment";

    public const string Activity = "Activity";
    public const string Role = "Role";
    public const string Legend = "Legend";
    public const string RaciR = "Raci.R";
    public const string RaciA = "Raci.A";
    public const string RaciC = "Raci.C";
    public const string RaciI = "Raci.I";

    public const string ThematicPriorities = "ThematicPriorities";
    public const string CityPriorities = "CityPriorities";
    public const string TraceabilityIntro = "TraceabilityIntro";
    public const string NoObjective = "NoObjective";
    public const string NoService = "NoService";
    public const string ObjectivesWithoutPriority = "ObjectivesWithoutPriority";
    public const string ServicesWithoutObjective = "ServicesWithoutObjective";

    public const string Version = "Version";
    public const string VersionPublished = "VersionPublished";
    public const string Draft = "Draft";
    public const string Published = "Published";
    public const string NotTranslated = "NotTranslated";
    public const string Untitled = "Untitled";
    public const string AnonymisedPerson = "AnonymisedPerson";
    public const string Page = "Page";

    public const string Roadmap = "Roadmap";
    public const string NoWorkstream = "NoWorkstream";
    public const string Initiative = "Initiative";
    public const string ObjectivesServed = "ObjectivesServed";
    public const string Months = "Months";
    public const string Status = "Status";
    public const string Kpis = "Kpis";
    public const string Indicator = "Indicator";
    public const string Baseline = "Baseline";
    public const string Latest = "Latest";
    public const string Target = "Target";
    public const string NotMeasured = "NotMeasured";

    /// <summary>Prefix of the keys naming initiative statuses; see <see cref="StatusKey"/>.</summary>
    public const string StatusPrefix = "InitiativeStatus.";

    /// <summary>The language's own name ("Français", "Nederlands", "English"), for column headers.</summary>
    public const string LanguageName = "LanguageName";

    /// <summary>What separates a label from its value: French puts a (non-breaking) space before the colon.</summary>
    public const string Colon = "Colon";

    /// <summary>Prefix of the keys naming <see cref="StrategySchema"/> fields; see <see cref="FieldKey"/>.</summary>
    public const string FieldPrefix = "Field.";

    /// <summary>Prefix of the keys naming <see cref="StrategyRelation"/> relations; see <see cref="RelationKey"/>.</summary>
    public const string RelationPrefix = "Relation.";

    /// <summary>The key naming an initiative status ("InitiativeStatus.InProgress"); an unknown status falls back to Proposed.</summary>
    public static string StatusKey(string status) => DocumentTexts.Strategy.Contains(StatusPrefix + status) ? StatusPrefix + status : StatusPrefix + "Proposed";

    /// <summary>The key naming a <see cref="StrategySchema"/> field, e.g. "Field.outcomes".</summary>
    public static string FieldKey(string field) => FieldPrefix + field;

    /// <summary>The key naming a <see cref="StrategyRelation"/>, e.g. "Relation.reportsTo".</summary>
    public static string RelationKey(string relation) => RelationPrefix + relation;
}
