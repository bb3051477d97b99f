using DataStrategy.Core;
using DataStrategy.Core.Strategy;
using DataStrategy.Core.Text;
using DataStrategy.Data.Entities;

namespace DataStrategy.Web.Pages.Sessions;

/// <summary>
/// The default series of four working sessions and what each template is for. Titles and agendas
/// are content (stored with the session and edited afterwards), not interface strings.
/// </summary>
public static class SessionSeries
{
    public const int MaxTitle = 200;
    public const int MaxAgenda = 8000;
    public const int MaxNotes = 40000;
    public const int MaxOutcomeText = 2000;

    public sealed record Planned(WorkingSessionTemplate Template, LocalizedText Title, LocalizedText Agenda);

    public static IReadOnlyList<Planned> Default { get; } =
    [
        new(
            WorkingSessionTemplate.VisionAndObjectives,
            LocalizedText.Of("Vision et objectifs", "Visie en doelstellingen", "Vision and objectives"),
            LocalizedText.Of(
                "1. Rappel des constats et des priorités de l'évaluation\n2. Vision\u00A0: où voulons-nous être dans cinq ans\u00A0?\n3. Principes directeurs\n4. Objectifs stratégiques, reliés aux priorités\n5. Décisions et actions",
                "1. Terugblik op de bevindingen en prioriteiten van de evaluatie\n2. Visie: waar willen we over vijf jaar staan?\n3. Leidende principes\n4. Strategische doelstellingen, gekoppeld aan de prioriteiten\n5. Beslissingen en acties",
                "1. Recap of the assessment's findings and priorities\n2. Vision: where do we want to be in five years?\n3. Guiding principles\n4. Strategic objectives, traced to the priorities\n5. Decisions and actions")),
        new(
            WorkingSessionTemplate.Services,
            LocalizedText.Of("Nouveaux services basés sur les données", "Nieuwe datagedreven diensten", "New data-driven services"),
            LocalizedText.Of(
                "1. Rappel de la vision et des objectifs\n2. Idées de services basés sur les données, par département\n3. Valeur, faisabilité et données nécessaires\n4. Choix des services à développer\n5. Décisions et actions",
                "1. Terugblik op de visie en de doelstellingen\n2. Ideeën voor datagedreven diensten, per departement\n3. Waarde, haalbaarheid en benodigde data\n4. Keuze van de uit te werken diensten\n5. Beslissingen en acties",
                "1. Recap of the vision and objectives\n2. Ideas for data-driven services, by department\n3. Value, feasibility and the data needed\n4. Choosing the services to develop\n5. Decisions and actions")),
        new(
            WorkingSessionTemplate.RolesAndOrganisation,
            LocalizedText.Of("Rôles et organisation", "Rollen en organisatie", "Roles and organisation"),
            LocalizedText.Of(
                "1. Rôles data\u00A0: chief data officer, data owner, data steward…\n2. Équipes et réseaux (communauté de data stewards)\n3. Qui occupe quel rôle, dans quel département\n4. Compétences et formation\n5. Décisions et actions",
                "1. Datarollen: chief data officer, data owner, data steward…\n2. Teams en netwerken (gemeenschap van data stewards)\n3. Wie neemt welke rol op, in welk departement\n4. Competenties en opleiding\n5. Beslissingen en acties",
                "1. Data roles: chief data officer, data owner, data steward…\n2. Teams and networks (a data stewards' community)\n3. Who takes which role, in which department\n4. Skills and training\n5. Decisions and actions")),
        new(
            WorkingSessionTemplate.Governance,
            LocalizedText.Of("Gouvernance", "Governance", "Governance"),
            LocalizedText.Of(
                "1. Organes de gouvernance\u00A0: mandat, composition, fréquence\n2. Activités clés et matrice RACI\n3. Circuit de décision et d'escalade\n4. Suivi de la stratégie\n5. Décisions et actions",
                "1. Governance-organen: mandaat, samenstelling, frequentie\n2. Kernactiviteiten en RACI-matrix\n3. Beslissings- en escalatiecircuit\n4. Opvolging van de strategie\n5. Beslissingen en acties",
                "1. Governance bodies: mandate, membership, frequency\n2. Key activities and the RACI matrix\n3. Decision and escalation path\n4. Following up the strategy\n5. Decisions and actions")),
    ];

    /// <summary>The kinds of strategy item a session of this template mostly shapes, offered first.</summary>
    public static IReadOnlyList<StrategyItemKind> PrimaryKinds(WorkingSessionTemplate template) => template switch
    {
        WorkingSessionTemplate.VisionAndObjectives => [StrategyItemKind.Vision, StrategyItemKind.Principle, StrategyItemKind.Objective],
        WorkingSessionTemplate.Services => [StrategyItemKind.Service],
        WorkingSessionTemplate.RolesAndOrganisation => [StrategyItemKind.Role, StrategyItemKind.Team, StrategyItemKind.Network],
        WorkingSessionTemplate.Governance => [StrategyItemKind.GovernanceBody, StrategyItemKind.RaciActivity],
        _ => Enum.GetValues<StrategyItemKind>(),
    };

    public static IReadOnlyList<StrategyItemKind> OtherKinds(WorkingSessionTemplate template) =>
        Enum.GetValues<StrategyItemKind>().Except(PrimaryKinds(template)).ToList();

    /// <summary>
    /// The agenda in each of the organisation's languages the series is written in; with none of them, the English
    /// text, so that the session is never planned without an agenda.
    /// </summary>
    public static LocalizedText AgendaIn(Planned planned, IEnumerable<string> languages, string defaultLanguage)
    {
        ArgumentNullException.ThrowIfNull(planned);
        ArgumentNullException.ThrowIfNull(languages);
        var agenda = new LocalizedText();
        foreach (var language in languages.Append(defaultLanguage).Where(planned.Agenda.Has))
        {
            agenda.Set(language, planned.Agenda[language]);
        }

        return agenda.IsEmpty ? agenda.Set(Languages.English, planned.Agenda.Get(Languages.English)) : agenda;
    }
}
