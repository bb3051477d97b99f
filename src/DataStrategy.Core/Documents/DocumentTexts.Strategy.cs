using DataStrategy.Core.Strategy;

namespace DataStrategy.Core.Documents;

public sealed partial class DocumentTexts
{
    /// <summary>Every word the strategy document prints; the keys are <see cref="StrategyLabels"/>.</summary>
    public static DocumentTexts Strategy { get; } = new()
    {
        [StrategyLabels.DocumentTitle] = ("Data strategy", "Stratégie data", "Datastrategie"),
        [StrategyLabels.Contents] = ("Contents", "Table des matières", "Inhoudstafel"),
        [StrategyLabels.Vision] = ("Vision", "Vision", "Visie"),
        [StrategyLabels.Principles] = ("Principles", "Principes", "Principes"),
        [StrategyLabels.Objectives] = ("Objectives", "Objectifs", "Doelstellingen"),
        [StrategyLabels.Services] = ("New data-driven services", "Nouveaux services fondés sur les données", "Nieuwe datagedreven diensten"),
        [StrategyLabels.Roles] = ("Roles", "Rôles", "Rollen"),
        [StrategyLabels.Organisation] = ("Organisation", "Organisation", "Organisatie"),
        [StrategyLabels.GovernanceBodies] = ("Governance bodies", "Organes de gouvernance", "Governanceorganen"),
        [StrategyLabels.Raci] = ("RACI matrix", "Matrice RACI", "RACI-matrix"),
        [StrategyLabels.Traceability] = ("Traceability", "Traçabilité", "Traceerbaarheid"),

        [StrategyLabels.Team] = ("Team", "Équipe", "Team"),
        [StrategyLabels.Network] = ("Network", "Réseau", "Netwerk"),
        [StrategyLabels.Type] = ("Type", "Type", "Type"),
        [StrategyLabels.OwnerDepartment] = ("Owner department", "Département responsable", "Verantwoordelijk departement"),
        [StrategyLabels.HomeDepartment] = ("Department", "Département", "Departement"),

        [StrategyLabels.Activity] = ("Activity", "Activité", "Activiteit"),
        [StrategyLabels.Role] = ("Role", "Rôle", "Rol"),
        [StrategyLabels.Legend] = ("Legend", "Légende", "Legende"),
        [StrategyLabels.RaciR] = ("R = Responsible: carries out the activity", "R = Responsable\u00A0: réalise l'activité", "R = Verantwoordelijk: voert de activiteit uit"),
        [StrategyLabels.RaciA] = ("A = Accountable: answers for the result and approves it", "A = Approbateur\u00A0: rend compte du résultat et l'approuve", "A = Eindverantwoordelijk: legt verantwoording af over het resultaat en keurt het goed"),
        [StrategyLabels.RaciC] = ("C = Consulted: gives advice before the decision", "C = Consulté\u00A0: donne son avis avant la décision", "C = Geraadpleegd: geeft advies vóór de beslissing"),
        [StrategyLabels.RaciI] = ("I = Informed: is kept up to date on the result", "I = Informé\u00A0: est tenu au courant du résultat", "I = Geïnformeerd: wordt op de hoogte gehouden van het resultaat"),

        [StrategyLabels.ThematicPriorities] = ("Thematic priorities", "Priorités thématiques", "Thematische prioriteiten"),
        [StrategyLabels.CityPriorities] = ("City priorities", "Priorités de la ville", "Prioriteiten van de stad"),
        [StrategyLabels.TraceabilityIntro] = (
            "For each priority, the objectives that answer it and the services that deliver those objectives.",
            "Pour chaque priorité, les objectifs qui y répondent et les services qui réalisent ces objectifs.",
            "Per prioriteit de doelstellingen die eraan beantwoorden en de diensten die die doelstellingen realiseren."),
        [StrategyLabels.NoObjective] = ("No objective answers this priority.", "Aucun objectif ne répond à cette priorité.", "Geen enkele doelstelling beantwoordt aan deze prioriteit."),
        [StrategyLabels.NoService] = ("No service delivers this objective.", "Aucun service ne réalise cet objectif.", "Geen enkele dienst realiseert deze doelstelling."),
        [StrategyLabels.ObjectivesWithoutPriority] = ("Objectives answering no thematic priority", "Objectifs ne répondant à aucune priorité thématique", "Doelstellingen die aan geen enkele thematische prioriteit beantwoorden"),
        [StrategyLabels.ServicesWithoutObjective] = ("Services serving no objective", "Services ne servant aucun objectif", "Diensten die geen enkele doelstelling dienen"),

        [StrategyLabels.Version] = ("Version", "Version", "Versie"),
        [StrategyLabels.VersionPublished] = ("Version {0} — published on {1}", "Version {0} — publiée le {1}", "Versie {0} — gepubliceerd op {1}"),
        [StrategyLabels.Draft] = ("Draft", "Projet", "Ontwerp"),
        [StrategyLabels.Published] = ("Published", "Publiée", "Gepubliceerd"),
        [StrategyLabels.NotTranslated] = ("Not translated", "Non traduit", "Niet vertaald"),
        [StrategyLabels.Untitled] = ("Untitled", "Sans titre", "Zonder titel"),
        [StrategyLabels.AnonymisedPerson] = ("Anonymised person", "Personne anonymisée", "Geanonimiseerde persoon"),
        [StrategyLabels.Page] = ("Page", "Page", "Pagina"),
        [StrategyLabels.LanguageName] = ("English", "Français", "Nederlands"),
        [StrategyLabels.Colon] = (": ", "\u00A0: ", ": "),

        [StrategyLabels.Roadmap] = ("Roadmap", "Feuille de route", "Roadmap"),
        [StrategyLabels.NoWorkstream] = ("Other initiatives", "Autres initiatives", "Andere initiatieven"),
        [StrategyLabels.Initiative] = ("Initiative", "Initiative", "Initiatief"),
        [StrategyLabels.ObjectivesServed] = ("Objectives served", "Objectifs servis", "Gediende doelstellingen"),
        [StrategyLabels.Months] = ("Start – end", "Début – fin", "Begin – einde"),
        [StrategyLabels.Status] = ("Status", "Statut", "Status"),
        [StrategyLabels.Kpis] = ("Outcome indicators", "Indicateurs de résultat", "Resultaatindicatoren"),
        [StrategyLabels.Indicator] = ("Indicator", "Indicateur", "Indicator"),
        [StrategyLabels.Baseline] = ("Baseline", "Valeur de départ", "Beginwaarde"),
        [StrategyLabels.Latest] = ("Latest measurement", "Dernière mesure", "Laatste meting"),
        [StrategyLabels.Target] = ("Target", "Cible", "Streefwaarde"),
        [StrategyLabels.NotMeasured] = ("Not measured yet", "Pas encore mesuré", "Nog niet gemeten"),
        [StrategyLabels.StatusPrefix + "Proposed"] = ("Proposed", "Proposée", "Voorgesteld"),
        [StrategyLabels.StatusPrefix + "Planned"] = ("Planned", "Planifiée", "Gepland"),
        [StrategyLabels.StatusPrefix + "InProgress"] = ("In progress", "En cours", "Lopend"),
        [StrategyLabels.StatusPrefix + "Done"] = ("Done", "Terminée", "Afgerond"),
        [StrategyLabels.StatusPrefix + "OnHold"] = ("On hold", "Suspendue", "On hold"),
        [StrategyLabels.StatusPrefix + "Cancelled"] = ("Cancelled", "Annulée", "Geannuleerd"),

        [StrategyLabels.FieldPrefix + StrategySchema.Description] = ("Description", "Description", "Beschrijving"),
        [StrategyLabels.FieldPrefix + StrategySchema.Outcomes] = ("Intended outcomes", "Résultats attendus", "Beoogde resultaten"),
        [StrategyLabels.FieldPrefix + StrategySchema.Indicators] = ("Indicators", "Indicateurs", "Indicatoren"),
        [StrategyLabels.FieldPrefix + StrategySchema.Problem] = ("Problem to solve", "Problème à résoudre", "Op te lossen probleem"),
        [StrategyLabels.FieldPrefix + StrategySchema.Users] = ("Users", "Utilisateurs", "Gebruikers"),
        [StrategyLabels.FieldPrefix + StrategySchema.DataNeeded] = ("Data needed", "Données nécessaires", "Benodigde gegevens"),
        [StrategyLabels.FieldPrefix + StrategySchema.Benefits] = ("Expected benefits", "Bénéfices attendus", "Verwachte baten"),
        [StrategyLabels.FieldPrefix + StrategySchema.Responsibilities] = ("Responsibilities", "Responsabilités", "Verantwoordelijkheden"),
        [StrategyLabels.FieldPrefix + StrategySchema.Purpose] = ("Purpose", "Mission", "Opdracht"),
        [StrategyLabels.FieldPrefix + StrategySchema.Cadence] = ("Meeting frequency", "Fréquence des réunions", "Vergaderfrequentie"),
        [StrategyLabels.FieldPrefix + StrategySchema.DecisionRights] = ("Decision rights", "Pouvoirs de décision", "Beslissingsbevoegdheden"),

        [StrategyLabels.RelationPrefix + StrategyRelation.Priority] = ("Answers thematic priorities", "Répond aux priorités thématiques", "Beantwoordt aan de thematische prioriteiten"),
        [StrategyLabels.RelationPrefix + StrategyRelation.CityPriority] = ("Contributes to city priorities", "Contribue aux priorités de la ville", "Draagt bij aan de prioriteiten van de stad"),
        [StrategyLabels.RelationPrefix + StrategyRelation.Objective] = ("Serves objectives", "Sert les objectifs", "Dient de doelstellingen"),
        [StrategyLabels.RelationPrefix + StrategyRelation.Holder] = ("Held by", "Exercé par", "Opgenomen door"),
        [StrategyLabels.RelationPrefix + StrategyRelation.ReportsTo] = ("Reports to", "Rend compte à", "Rapporteert aan"),
        [StrategyLabels.RelationPrefix + StrategyRelation.Member] = ("Members", "Membres", "Leden"),
        [StrategyLabels.RelationPrefix + StrategyRelation.Chair] = ("Chair", "Présidence", "Voorzitter"),
        [StrategyLabels.RelationPrefix + StrategyRelation.EscalatesTo] = ("Escalates to", "Instance d'escalade", "Escaleert naar"),
    };
}
