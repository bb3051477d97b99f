using System.Globalization;
using DataStrategy.Core.Strategy;

namespace DataStrategy.Core.Documents;

/// <summary>
/// Every word the strategy document prints, in French, Dutch and English. Kept in Core (not in
/// the web application's resources) so that the CLI and the web application print the same document.
/// </summary>
public static class StrategyTexts
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

    private static readonly Dictionary<string, (string En, string Fr, string Nl)> Texts = new(StringComparer.Ordinal)
    {
        [DocumentTitle] = ("Data strategy", "Stratégie data", "Datastrategie"),
        [Contents] = ("Contents", "Table des matières", "Inhoudstafel"),
        [Vision] = ("Vision", "Vision", "Visie"),
        [Principles] = ("Principles", "Principes", "Principes"),
        [Objectives] = ("Objectives", "Objectifs", "Doelstellingen"),
        [Services] = ("New data-driven services", "Nouveaux services fondés sur les données", "Nieuwe datagedreven diensten"),
        [Roles] = ("Roles", "Rôles", "Rollen"),
        [Organisation] = ("Organisation", "Organisation", "Organisatie"),
        [GovernanceBodies] = ("Governance bodies", "Organes de gouvernance", "Governanceorganen"),
        [Raci] = ("RACI matrix", "Matrice RACI", "RACI-matrix"),
        [Traceability] = ("Traceability", "Traçabilité", "Traceerbaarheid"),

        [Team] = ("Team", "Équipe", "Team"),
        [Network] = ("Network", "Réseau", "Netwerk"),
        [Type] = ("Type", "Type", "Type"),
        [OwnerDepartment] = ("Owner department", "Département responsable", "Verantwoordelijk departement"),
        [HomeDepartment] = ("Department", "Département", "Departement"),

        [Activity] = ("Activity", "Activité", "Activiteit"),
        [Role] = ("Role", "Rôle", "Rol"),
        [Legend] = ("Legend", "Légende", "Legende"),
        [RaciR] = ("R = Responsible: carries out the activity", "R = Responsable : réalise l'activité", "R = Verantwoordelijk: voert de activiteit uit"),
        [RaciA] = ("A = Accountable: answers for the result and approves it", "A = Approbateur : rend compte du résultat et l'approuve", "A = Eindverantwoordelijk: legt verantwoording af over het resultaat en keurt het goed"),
        [RaciC] = ("C = Consulted: gives advice before the decision", "C = Consulté : donne son avis avant la décision", "C = Geraadpleegd: geeft advies vóór de beslissing"),
        [RaciI] = ("I = Informed: is kept up to date on the result", "I = Informé : est tenu au courant du résultat", "I = Geïnformeerd: wordt op de hoogte gehouden van het resultaat"),

        [ThematicPriorities] = ("Thematic priorities", "Priorités thématiques", "Thematische prioriteiten"),
        [CityPriorities] = ("City priorities", "Priorités de la ville", "Prioriteiten van de stad"),
        [TraceabilityIntro] = (
            "For each priority, the objectives that answer it and the services that deliver those objectives.",
            "Pour chaque priorité, les objectifs qui y répondent et les services qui réalisent ces objectifs.",
            "Per prioriteit de doelstellingen die eraan beantwoorden en de diensten die die doelstellingen realiseren."),
        [NoObjective] = ("No objective answers this priority.", "Aucun objectif ne répond à cette priorité.", "Geen enkele doelstelling beantwoordt aan deze prioriteit."),
        [NoService] = ("No service delivers this objective.", "Aucun service ne réalise cet objectif.", "Geen enkele dienst realiseert deze doelstelling."),
        [ObjectivesWithoutPriority] = ("Objectives answering no thematic priority", "Objectifs ne répondant à aucune priorité thématique", "Doelstellingen die aan geen enkele thematische prioriteit beantwoorden"),
        [ServicesWithoutObjective] = ("Services serving no objective", "Services ne servant aucun objectif", "Diensten die geen enkele doelstelling dienen"),

        [Version] = ("Version", "Version", "Versie"),
        [VersionPublished] = ("Version {0} — published on {1}", "Version {0} — publiée le {1}", "Versie {0} — gepubliceerd op {1}"),
        [Draft] = ("Draft", "Projet", "Ontwerp"),
        [Published] = ("Published", "Publiée", "Gepubliceerd"),
        [NotTranslated] = ("Not translated", "Non traduit", "Niet vertaald"),
        [Untitled] = ("Untitled", "Sans titre", "Zonder titel"),
        [AnonymisedPerson] = ("Anonymised person", "Personne anonymisée", "Geanonimiseerde persoon"),
        [Page] = ("Page", "Page", "Pagina"),
        [LanguageName] = ("English", "Français", "Nederlands"),
        [Colon] = (": ", "\u00A0: ", ": "),

        [Roadmap] = ("Roadmap", "Feuille de route", "Roadmap"),
        [NoWorkstream] = ("Other initiatives", "Autres initiatives", "Andere initiatieven"),
        [Initiative] = ("Initiative", "Initiative", "Initiatief"),
        [ObjectivesServed] = ("Objectives served", "Objectifs servis", "Gediende doelstellingen"),
        [Months] = ("Start – end", "Début – fin", "Begin – einde"),
        [Status] = ("Status", "Statut", "Status"),
        [Kpis] = ("Outcome indicators", "Indicateurs de résultat", "Resultaatindicatoren"),
        [Indicator] = ("Indicator", "Indicateur", "Indicator"),
        [Baseline] = ("Baseline", "Valeur de départ", "Beginwaarde"),
        [Latest] = ("Latest measurement", "Dernière mesure", "Laatste meting"),
        [Target] = ("Target", "Cible", "Streefwaarde"),
        [NotMeasured] = ("Not measured yet", "Pas encore mesuré", "Nog niet gemeten"),
        [StatusPrefix + "Proposed"] = ("Proposed", "Proposée", "Voorgesteld"),
        [StatusPrefix + "Planned"] = ("Planned", "Planifiée", "Gepland"),
        [StatusPrefix + "InProgress"] = ("In progress", "En cours", "Lopend"),
        [StatusPrefix + "Done"] = ("Done", "Terminée", "Afgerond"),
        [StatusPrefix + "OnHold"] = ("On hold", "Suspendue", "On hold"),
        [StatusPrefix + "Cancelled"] = ("Cancelled", "Annulée", "Geannuleerd"),

        [FieldPrefix + StrategySchema.Description] = ("Description", "Description", "Beschrijving"),
        [FieldPrefix + StrategySchema.Outcomes] = ("Intended outcomes", "Résultats attendus", "Beoogde resultaten"),
        [FieldPrefix + StrategySchema.Indicators] = ("Indicators", "Indicateurs", "Indicatoren"),
        [FieldPrefix + StrategySchema.Problem] = ("Problem to solve", "Problème à résoudre", "Op te lossen probleem"),
        [FieldPrefix + StrategySchema.Users] = ("Users", "Utilisateurs", "Gebruikers"),
        [FieldPrefix + StrategySchema.DataNeeded] = ("Data needed", "Données nécessaires", "Benodigde gegevens"),
        [FieldPrefix + StrategySchema.Benefits] = ("Expected benefits", "Bénéfices attendus", "Verwachte baten"),
        [FieldPrefix + StrategySchema.Responsibilities] = ("Responsibilities", "Responsabilités", "Verantwoordelijkheden"),
        [FieldPrefix + StrategySchema.Purpose] = ("Purpose", "Mission", "Opdracht"),
        [FieldPrefix + StrategySchema.Cadence] = ("Meeting frequency", "Fréquence des réunions", "Vergaderfrequentie"),
        [FieldPrefix + StrategySchema.DecisionRights] = ("Decision rights", "Pouvoirs de décision", "Beslissingsbevoegdheden"),

        [RelationPrefix + StrategyRelation.Priority] = ("Answers thematic priorities", "Répond aux priorités thématiques", "Beantwoordt aan de thematische prioriteiten"),
        [RelationPrefix + StrategyRelation.CityPriority] = ("Contributes to city priorities", "Contribue aux priorités de la ville", "Draagt bij aan de prioriteiten van de stad"),
        [RelationPrefix + StrategyRelation.Objective] = ("Serves objectives", "Sert les objectifs", "Dient de doelstellingen"),
        [RelationPrefix + StrategyRelation.Holder] = ("Held by", "Exercé par", "Opgenomen door"),
        [RelationPrefix + StrategyRelation.ReportsTo] = ("Reports to", "Rend compte à", "Rapporteert aan"),
        [RelationPrefix + StrategyRelation.Member] = ("Members", "Membres", "Leden"),
        [RelationPrefix + StrategyRelation.Chair] = ("Chair", "Présidence", "Voorzitter"),
        [RelationPrefix + StrategyRelation.EscalatesTo] = ("Escalates to", "Instance d'escalade", "Escaleert naar"),
    };

    public static IReadOnlyCollection<string> Keys => Texts.Keys;

    /// <summary>The key naming an initiative status ("InitiativeStatus.InProgress"); an unknown status falls back to Proposed.</summary>
    public static string StatusKey(string status) => Texts.ContainsKey(StatusPrefix + status) ? StatusPrefix + status : StatusPrefix + "Proposed";

    /// <summary>The key naming a <see cref="StrategySchema"/> field, e.g. "Field.outcomes".</summary>
    public static string FieldKey(string field) => FieldPrefix + field;

    /// <summary>The key naming a <see cref="StrategyRelation"/>, e.g. "Relation.reportsTo".</summary>
    public static string RelationKey(string relation) => RelationPrefix + relation;

    /// <summary>The text in a language (fr, nl; anything else is English), formatted with the language's culture.</summary>
    public static string Get(string key, string language, params object?[] args)
    {
        var (en, fr, nl) = Texts[key];
        var text = language switch
        {
            Languages.French => fr,
            Languages.Dutch => nl,
            _ => en,
        };
        return args.Length == 0 ? text : string.Format(Culture(language), text, args);
    }

    public static bool IsComplete(string key) => Texts.TryGetValue(key, out var t) && t.En.Length > 0 && t.Fr.Length > 0 && t.Nl.Length > 0;

    /// <summary>fr-BE, nl-BE or en-GB; the invariant culture for a language the product does not ship.</summary>
    public static CultureInfo Culture(string language) => ReportTexts.Culture(language);

    /// <summary>Every text in a language, by key.</summary>
    public static IReadOnlyDictionary<string, string> For(string language) =>
        Texts.Keys.ToDictionary(k => k, k => Get(k, language), StringComparer.Ordinal);
}
