using System.Text.Json;
using DataStrategy.Core.Strategy;
using DataStrategy.Core.Text;
using DataStrategy.Data.Assessment;
using DataStrategy.Data.Entities;
using DataStrategy.Data.Roadmaps;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Data.Demo;

/// <summary>
/// The demo organisation's two-year roadmap: 30 initiatives in four workstreams, delivered by three
/// teams (the data team grows from 2 to 3 FTE in month 7 with a hire), scheduled so that every
/// dependency holds and no team is ever over-allocated; a year of monthly check-ins (December 2025
/// to November 2026) with one initiative slipping against the initial baseline and one in the red;
/// six outcome KPIs with their measurements, one clearly behind target.
/// Everything is fixed (no clock, no random numbers), so screenshots and tests see the same roadmap.
/// </summary>
public static class DemoRoadmap
{
    /// <summary>First month of the roadmap (period 0).</summary>
    public static readonly DateOnly StartMonth = new(2025, 12, 1);

    /// <summary>Last month with check-ins: the history covers December 2025 to November 2026.</summary>
    public static readonly DateOnly LastCheckInMonth = new(2026, 11, 1);

    public const int HorizonMonths = 24;

    public static LocalizedText BaselineName => LocalizedText.Of(fr: "Plan initial (décembre 2025)", nl: "Oorspronkelijk plan (december 2025)", en: "Initial plan (December 2025)");

    /// <summary>The initiative that slipped against the baseline (still in progress, amber).</summary>
    public const string SlippedCode = "I-08";

    /// <summary>The initiative in the red.</summary>
    public const string RedCode = "I-23";

    private const int Sc = 0;
    private const int It = 1;
    private const int Data = 2;

    private static readonly DateTimeOffset BaselineAt = new(2025, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private static readonly (LocalizedText Name, string Department, decimal Fte, (int Month, decimal Fte)? Change)[] Teams =
    [
        (T("Cellule Smart City", "Smart City-cel", "Smart city unit"), "SCU", 4m, null),
        (T("Service informatique", "IT-dienst", "IT department"), "IT", 6m, null),

        // Month 7 (June 2026): the data analyst recruited by I-19 arrives.
        (T("Équipe data (bureau des données)", "Datateam (databureau)", "Data team (data office)"), "SCU", 2m, (6, 3m)),
    ];

    private static readonly LocalizedText[] Workstreams =
    [
        T("Gouvernance des données", "Datagovernance", "Data governance"),
        T("Plateforme de données", "Dataplatform", "Data platform"),
        T("Compétences et culture des données", "Datavaardigheden en datacultuur", "Data skills and culture"),
        T("Services fondés sur les données", "Datagedreven diensten", "Data-driven services"),
    ];

    /// <summary>The demo strategy's objectives, by their English title.</summary>
    private static readonly Dictionary<string, string> ObjectiveTitles = new(StringComparer.Ordinal)
    {
        ["GOV"] = "Establish clear data governance",
        ["REG"] = "Make the base registers reliable",
        ["STE"] = "Steer municipal action with data",
        ["SRV"] = "Develop data-driven public services",
        ["OPN"] = "Open up public data",
        ["PLT"] = "Consolidate a shared and secure data platform",
        ["CLI"] = "Support the climate plan with energy data",
    };

    /// <summary>The English title of a demo objective by its short code ("GOV"), for other demo content.</summary>
    public static string? ObjectiveTitle(string code) => ObjectiveTitles.GetValueOrDefault(code);

    /// <summary>The demo strategy's roles, by their English title.</summary>
    private static readonly Dictionary<string, string> RoleTitles = new(StringComparer.Ordinal)
    {
        ["CDO"] = "Chief data officer",
        ["OWN"] = "Data owner",
        ["STW"] = "Data steward",
        ["ANA"] = "Data analyst",
        ["DPO"] = "Data protection officer (DPO)",
        ["ARC"] = "Data architect",
    };

    /// <param name="Stream">Workstream index (0 governance, 1 platform, 2 skills, 3 services).</param>
    /// <param name="Start">Planned start, in months from <see cref="StartMonth"/>.</param>
    /// <param name="Effort">FTE of the smart city unit, IT and the data team in every month it runs.</param>
    private sealed record Plan(
        string Code,
        int Stream,
        string Department,
        string Role,
        string? Lead,
        string Objectives,
        string Themes,
        int Start,
        int Months,
        (decimal Sc, decimal It, decimal Data) Effort,
        int Priority,
        decimal? Budget,
        LocalizedText Title,
        LocalizedText Description)
    {
        public bool Locked { get; init; }

        public int? Earliest { get; init; }

        public int? Deadline { get; init; }

        /// <summary>Duration in the initial baseline when it differs (the slipped initiative).</summary>
        public int? BaselineMonths { get; init; }
    }

    private static readonly Plan[] Initiatives =
    [
        // Data governance
        new("I-01", 0, "SEC", "CDO", "Olivier Lemaire", "GOV", "governance leadership", 0, 3, (0.5m, 0m, 1m), 5, null,
            T("Désigner les propriétaires et les gestionnaires des domaines de données", "Eigenaars en databeheerders voor de datadomeinen aanstellen", "Appoint owners and stewards for the data domains"),
            T("Dresser la liste des domaines de données prioritaires (population, adresses, urbanisme, finances, mobilité…), désigner pour chacun une direction propriétaire et un gestionnaire, et faire acter ces désignations par le comité de direction.",
                "De lijst van de prioritaire datadomeinen opmaken (bevolking, adressen, stedenbouw, financiën, mobiliteit …), voor elk domein een verantwoordelijke directie en een databeheerder aanstellen en die aanstellingen laten bekrachtigen door het directiecomité.",
                "List the priority data domains (population, addresses, urban planning, finance, mobility…), designate an owning department and a steward for each, and have the management committee confirm the appointments.")),
        new("I-02", 0, "SEC", "CDO", null, "GOV", "governance leadership", 1, 2, (0.5m, 0m, 0.5m), 4, null,
            T("Installer le comité de gouvernance des données et le forum des gestionnaires", "Het datagovernancecomité en het forum van databeheerders oprichten", "Set up the data governance board and the stewards' forum"),
            T("Rédiger le mandat et le règlement d'ordre intérieur des deux organes, fixer le calendrier des réunions et tenir la première séance de chacun.",
                "Het mandaat en het huishoudelijk reglement van beide organen opstellen, de vergaderkalender vastleggen en de eerste vergadering van elk orgaan houden.",
                "Draft the terms of reference and rules of procedure of both bodies, set the meeting calendar and hold the first meeting of each.")),
        new("I-03", 0, "SEC", "CDO", null, "GOV", "governance ethics", 3, 4, (0.5m, 0m, 0.5m), 5, null,
            T("Rédiger et faire adopter la politique de données", "Het databeleid opstellen en laten goedkeuren", "Draft the data policy and have it adopted"),
            T("Politique commune de gestion, de partage, de classification et de publication des données, adoptée par le comité de gouvernance puis par le Collège, avec une exception documentée pour les données sensibles.",
                "Gemeenschappelijk beleid voor het beheer, het delen, de classificatie en de publicatie van data, goedgekeurd door het governancecomité en daarna door het College, met een gedocumenteerde uitzondering voor gevoelige data.",
                "A common policy for managing, sharing, classifying and publishing data, adopted by the governance board and then by the Board of Mayor and Aldermen, with a documented exception for sensitive data.")),
        new("I-04", 0, "SCU", "STW", "Sarah Maes", "GOV PLT", "data-management governance", 1, 6, (1m, 0.5m, 0.5m), 4, 18_000m,
            T("Inventorier les données et ouvrir le catalogue de données", "De data inventariseren en de datacatalogus openstellen", "Inventory the data and open the data catalogue"),
            T("Recenser les jeux de données de chaque service et les décrire dans un catalogue commun : propriétaire, définition, source, fréquence de mise à jour et niveau de confidentialité.",
                "De datasets van elke dienst in kaart brengen en ze beschrijven in een gemeenschappelijke catalogus: eigenaar, definitie, bron, bijwerkingsfrequentie en vertrouwelijkheidsniveau.",
                "Identify every department's datasets and describe them in a common catalogue: owner, definition, source, update frequency and confidentiality level.")),
        new("I-05", 0, "JUR", "DPO", "Hanne Jacobs", "GOV", "ethics governance", 8, 5, (0m, 0m, 0.5m), 4, null,
            T("Mettre à jour le registre des traitements et la procédure en cas de violation de données", "Het register van verwerkingsactiviteiten en de procedure bij datalekken bijwerken", "Update the record of processing activities and the data breach procedure"),
            T("Compléter le registre des traitements à partir du catalogue de données et rédiger une procédure de gestion des violations de données qui désigne clairement le responsable final.",
                "Het register van verwerkingsactiviteiten aanvullen op basis van de datacatalogus en een procedure voor het afhandelen van datalekken opstellen die duidelijk de eindverantwoordelijke aanwijst.",
                "Complete the record of processing activities from the data catalogue and write a data breach procedure that clearly names who is ultimately accountable.")),
        new("I-06", 0, "POP", "STW", "Koen De Smet", "REG GOV", "data-management", 7, 5, (0m, 0.5m, 0.5m), 3, null,
            T("Définir les règles de qualité et mesurer la qualité des registres", "Kwaliteitsregels vastleggen en de kwaliteit van de registers meten", "Define quality rules and measure register quality"),
            T("Fixer, avec les gestionnaires, des règles de qualité pour les registres de base et publier chaque mois des indicateurs de qualité par domaine.",
                "Samen met de databeheerders kwaliteitsregels voor de basisregisters vastleggen en elke maand kwaliteitsindicatoren per domein publiceren.",
                "Set quality rules for the base registers together with the stewards and publish quality indicators per domain every month.")),
        new("I-07", 0, "SOC", "DPO", "Fatima Ouali", "GOV", "ethics", 13, 3, (0.5m, 0m, 0.5m), 3, null,
            T("Réaliser les analyses d'impact des traitements de l'action sociale", "Effectbeoordelingen uitvoeren voor de verwerkingen van de sociale dienst", "Carry out impact assessments for social services processing"),
            T("Mener une analyse d'impact relative à la protection des données pour chaque traitement sensible de l'action sociale et mettre en œuvre les mesures recommandées par le DPO.",
                "Voor elke gevoelige verwerking van de sociale dienst een gegevensbeschermingseffectbeoordeling uitvoeren en de maatregelen nemen die de DPO aanbeveelt.",
                "Carry out a data protection impact assessment for every sensitive processing operation of the social services and put in place the measures the DPO recommends.")),
        new("I-08", 0, "POP", "STW", null, "REG", "data-management", 3, 9, (0.5m, 1.5m, 0m), 5, 45_000m,
            T("Nettoyer le registre des adresses et le relier à la source régionale", "Het adressenregister opschonen en koppelen aan de gewestelijke bron", "Clean the address register and link it to the regional source"),
            T("Résorber les doublons et les adresses incohérentes, puis aligner le registre communal sur le référentiel régional des adresses (UrbIS) pour que chaque correction se fasse une seule fois, à la source.",
                "Dubbels en inconsistente adressen wegwerken en het gemeentelijke register daarna afstemmen op het gewestelijke adressenreferentiebestand (UrbIS), zodat elke verbetering één keer gebeurt, aan de bron.",
                "Clear duplicates and inconsistent addresses, then align the municipal register with the regional address reference (UrbIS) so that every correction is made once, at the source."))
        {
            BaselineMonths = 5,
        },
        new("I-09", 0, "FIN", "STW", null, "REG", "data-management", 13, 4, (0m, 1m, 0.5m), 3, 20_000m,
            T("Aligner le registre des entreprises sur la Banque-Carrefour des Entreprises", "Het ondernemingsregister afstemmen op de Kruispuntbank van Ondernemingen", "Align the business register with the Crossroads Bank for Enterprises"),
            T("Rapprocher les fichiers des taxes, des autorisations et des marchés publics de la Banque-Carrefour des Entreprises pour n'utiliser qu'un seul numéro d'entreprise par organisation.",
                "De bestanden van belastingen, vergunningen en overheidsopdrachten vergelijken met de Kruispuntbank van Ondernemingen, zodat elke organisatie maar één ondernemingsnummer heeft.",
                "Match the tax, licensing and procurement files against the Crossroads Bank for Enterprises so that each organisation has a single business number.")),
        new("I-10", 0, "URB", "OWN", "Sophie Lambert", "REG CLI", "data-management", 15, 5, (1m, 0.5m, 0m), 3, null,
            T("Constituer le registre des bâtiments communaux", "Het register van de gemeentegebouwen samenstellen", "Build the municipal buildings register"),
            T("Rassembler dans un registre unique les bâtiments communaux, leurs surfaces, leurs usages et leurs compteurs, relié au registre des adresses.",
                "De gemeentegebouwen, hun oppervlakten, hun gebruik en hun meters samenbrengen in één register, gekoppeld aan het adressenregister.",
                "Bring the municipal buildings, their floor areas, uses and meters together in a single register linked to the address register.")),

        // Data platform
        new("I-11", 1, "IT", "ARC", "Marc Van den Bossche", "PLT", "tools", 0, 6, (0m, 2m, 0m), 5, 120_000m,
            T("Moderniser l'entrepôt de données et ses flux d'alimentation", "Het datawarehouse en de laadprocessen moderniseren", "Modernise the data warehouse and its loading processes"),
            T("Remplacer les extractions manuelles par des flux automatisés et documentés, et mettre à niveau l'entrepôt de données qui sert de base à la plateforme partagée.",
                "Manuele extracties vervangen door geautomatiseerde en gedocumenteerde datastromen, en het datawarehouse dat de basis vormt van het gedeelde platform upgraden.",
                "Replace manual extracts with automated, documented data flows, and upgrade the data warehouse on which the shared platform rests.")),
        new("I-12", 1, "IT", "ARC", null, "PLT GOV", "tools ethics", 2, 3, (0m, 1.5m, 0m), 4, 30_000m,
            T("Gérer les accès à la plateforme par rôle", "De toegang tot het platform per rol beheren", "Manage platform access by role"),
            T("Relier la plateforme à l'annuaire de l'administration et attribuer les droits d'accès par rôle et par domaine, selon les décisions des propriétaires de données.",
                "Het platform koppelen aan de gebruikersdirectory van het bestuur en toegangsrechten per rol en per domein toekennen, volgens de beslissingen van de data-eigenaars.",
                "Connect the platform to the administration's directory and grant access rights by role and domain, as the data owners decide.")),
        new("I-13", 1, "IT", "ARC", null, "PLT REG", "tools data-management", 6, 5, (0m, 1.5m, 0.5m), 5, 40_000m,
            T("Intégrer les registres de base dans la plateforme", "De basisregisters in het platform integreren", "Integrate the base registers into the platform"),
            T("Charger les registres de la population, des adresses et des entreprises dans la plateforme, avec un modèle de référence commun et des mises à jour quotidiennes.",
                "De registers van bevolking, adressen en ondernemingen in het platform laden, met een gemeenschappelijk referentiemodel en dagelijkse updates.",
                "Load the population, address and business registers into the platform, with a common reference model and daily updates.")),
        new("I-14", 1, "SCU", "ARC", "Olivier Lemaire", "PLT", "tools", 11, 6, (1m, 1.5m, 0m), 4, 180_000m,
            T("Déployer une plateforme pour les données des capteurs", "Een platform voor sensordata uitrollen", "Roll out a platform for sensor data"),
            T("Collecter dans la plateforme les mesures des capteurs de la ville (comptage vélo, qualité de l'air, compteurs d'énergie) au lieu de les laisser chez chaque fournisseur.",
                "De metingen van de sensoren van de stad (fietstellingen, luchtkwaliteit, energiemeters) in het platform verzamelen in plaats van ze bij elke leverancier te laten.",
                "Collect the measurements of the city's sensors (bicycle counts, air quality, energy meters) in the platform instead of leaving them with each supplier.")),
        new("I-15", 1, "IT", "ARC", "Marc Van den Bossche", "PLT", "tools", 17, 6, (0m, 3m, 0.5m), 3, 250_000m,
            T("Migrer la plateforme de données vers le cloud", "Het dataplatform naar de cloud migreren", "Move the data platform to the cloud"),
            T("Migrer l'entrepôt et les flux vers l'infrastructure cloud retenue par le service informatique, dans la fenêtre fixée par le contrat d'hébergement actuel.",
                "Het datawarehouse en de datastromen migreren naar de cloudinfrastructuur die de IT-dienst gekozen heeft, binnen het tijdvenster dat het huidige hostingcontract oplegt.",
                "Move the warehouse and the data flows to the cloud infrastructure chosen by the IT department, within the window set by the current hosting contract."))
        {
            Locked = true,
            Earliest = 13,
        },
        new("I-16", 1, "SCU", "STW", "Olivier Lemaire", "OPN PLT", "services tools", 6, 4, (1m, 1m, 0m), 4, 15_000m,
            T("Automatiser la publication des données ouvertes sur le portail régional", "De publicatie van open data op het gewestelijke portaal automatiseren", "Automate open data publication on the regional portal"),
            T("Publier les jeux de données ouverts directement depuis la plateforme, avec des mises à jour automatiques, au lieu de déposer des fichiers à la main.",
                "Open datasets rechtstreeks vanuit het platform publiceren, met automatische updates, in plaats van bestanden met de hand op te laden.",
                "Publish open datasets straight from the platform with automatic updates, instead of uploading files by hand.")),
        new("I-17", 1, "IT", "ARC", null, "PLT", "tools ethics", 5, 3, (0m, 1m, 0m), 3, 12_000m,
            T("Journaliser les accès et sauvegarder la plateforme", "De toegang loggen en het platform back-uppen", "Log access and back up the platform"),
            T("Mettre en place la journalisation des accès aux données sensibles, des sauvegardes quotidiennes et un test de restauration annuel.",
                "Logging van de toegang tot gevoelige data, dagelijkse back-ups en een jaarlijkse hersteltest invoeren.",
                "Introduce logging of access to sensitive data, daily backups and a yearly restore test.")),

        // Data skills and culture
        new("I-18", 2, "ORG", "CDO", "Nathalie Leclercq", "STE GOV", "skills-culture leadership", 3, 4, (0.5m, 0m, 0.5m), 4, 15_000m,
            T("Sensibiliser l'encadrement aux données (vague 1)", "Leidinggevenden sensibiliseren voor data (golf 1)", "Data awareness for managers (wave 1)"),
            T("Ateliers d'une demi-journée pour les directions et les chefs de service : lire un indicateur, poser une question aux données, connaître ses obligations en matière de protection des données.",
                "Workshops van een halve dag voor directies en diensthoofden: een indicator lezen, een vraag aan de data stellen, de eigen verplichtingen inzake gegevensbescherming kennen.",
                "Half-day workshops for directors and heads of department: reading an indicator, asking data a question, knowing one's data protection obligations.")),
        new("I-19", 2, "ORG", "CDO", null, "GOV STE", "skills-culture", 1, 5, (0.5m, 0m, 0m), 4, null,
            T("Recruter un analyste de données pour l'équipe data", "Een data-analist aanwerven voor het datateam", "Recruit a data analyst for the data team"),
            T("Rédiger le profil de fonction bilingue, publier l'offre, organiser la sélection et accueillir la nouvelle recrue, attendue en juin 2026.",
                "Het tweetalige functieprofiel opstellen, de vacature publiceren, de selectie organiseren en de nieuwe collega verwelkomen, die in juni 2026 verwacht wordt.",
                "Write the bilingual job profile, advertise the post, run the selection and welcome the new recruit, expected in June 2026.")),
        new("I-20", 2, "ORG", "ANA", "Wim Van Damme", "STE SRV", "skills-culture", 10, 6, (0.5m, 0m, 0.5m), 4, 25_000m,
            T("Former les agents à la culture des données (vague 2)", "Medewerkers opleiden in datageletterdheid (golf 2)", "Data literacy training for staff (wave 2)"),
            T("Parcours de formation en ligne et en présentiel, en français et en néerlandais, pour les agents de première ligne et les gestionnaires de dossiers ; sessions réservées auprès de l'école d'administration publique.",
                "Online en klassikaal opleidingstraject, in het Frans en het Nederlands, voor eerstelijnsmedewerkers en dossierbeheerders; sessies geboekt bij de bestuursschool.",
                "An online and classroom training path, in French and Dutch, for front-line staff and case officers; sessions booked with the public administration school."))
        {
            Locked = true,
        },
        new("I-21", 2, "SCU", "ANA", "Sarah Maes", "STE", "skills-culture", 7, 3, (0m, 0m, 0.5m), 2, null,
            T("Lancer une communauté de pratique des analystes", "Een praktijkgemeenschap van analisten opstarten", "Start an analysts' community of practice"),
            T("Réunir chaque mois les agents qui produisent des chiffres dans les services pour partager méthodes, modèles de tableaux de bord et définitions.",
                "Elke maand de medewerkers samenbrengen die in de diensten cijfers maken, om methoden, dashboardsjablonen en definities te delen.",
                "Bring together every month the staff who produce figures in the departments to share methods, dashboard templates and definitions.")),
        new("I-22", 2, "IT", "ANA", null, "STE SRV", "skills-culture tools", 12, 4, (0m, 0.5m, 0.5m), 3, 18_000m,
            T("Former les services métier à l'analyse en libre-service", "De vakdiensten opleiden in selfservice-analyse", "Train business departments in self-service analytics"),
            T("Formation pratique à l'outil de tableaux de bord sur les données de la plateforme, avec un accompagnement individuel pour les premiers tableaux de bord de chaque service.",
                "Praktijkopleiding in de dashboardtool op de data van het platform, met individuele begeleiding voor de eerste dashboards van elke dienst.",
                "Hands-on training in the dashboard tool on the platform's data, with one-to-one support for each department's first dashboards.")),
        new("I-23", 2, "ORG", "CDO", "Nathalie Leclercq", "GOV", "skills-culture governance", 8, 4, (0.5m, 0m, 0m), 4, null,
            T("Intégrer les rôles de données dans les profils de fonction", "De datarollen opnemen in de functieprofielen", "Build data roles into job profiles"),
            T("Décrire les rôles de gestionnaire de données et d'architecte de données dans les profils de fonction, en français et en néerlandais, et reconnaître le temps consacré à ces rôles.",
                "De rollen van databeheerder en data-architect beschrijven in de functieprofielen, in het Frans en het Nederlands, en de tijd die aan die rollen besteed wordt erkennen.",
                "Describe the data steward and data architect roles in job profiles, in French and Dutch, and recognise the time spent on these roles.")),
        new("I-24", 2, "ORG", "CDO", null, "GOV PLT", "skills-culture tools", 13, 4, (0.5m, 0m, 0.5m), 4, null,
            T("Recruter un architecte de données", "Een data-architect aanwerven", "Recruit a data architect"),
            T("Ouvrir le poste prévu au budget 2027, organiser la sélection et accueillir l'architecte de données qui portera les modèles de référence et la migration vers le cloud.",
                "De functie openstellen die in de begroting 2027 is opgenomen, de selectie organiseren en de data-architect verwelkomen die de referentiemodellen en de migratie naar de cloud zal trekken.",
                "Open the post provided for in the 2027 budget, run the selection and welcome the data architect who will lead the reference models and the move to the cloud."))
        {
            Locked = true,
            Earliest = 13,
        },

        // Data-driven services
        new("I-25", 3, "SPO", "ANA", "Youssef Benali", "SRV STE", "services", 7, 4, (0m, 0.5m, 1m), 4, 8_000m,
            T("Tableau de bord d'occupation des salles de sport", "Dashboard bezetting sportzalen", "Sports hall occupancy dashboard"),
            T("Croiser les réservations, les accès par badge et les horaires d'ouverture pour montrer, salle par salle et heure par heure, les créneaux réellement utilisés.",
                "Reservaties, badgetoegang en openingsuren combineren om per zaal en per uur te tonen welke uren echt gebruikt worden.",
                "Combine bookings, badge access and opening hours to show, hall by hall and hour by hour, which slots are actually used.")),
        new("I-26", 3, "URB", "OWN", "Pieter Janssens", "SRV REG", "services", 15, 7, (0.5m, 1.5m, 0.5m), 5, 95_000m,
            T("Suivi en ligne des demandes de permis d'urbanisme", "Online opvolging van stedenbouwkundige vergunningsaanvragen", "Online tracking of planning permit applications"),
            T("Permettre aux demandeurs de suivre chaque étape de leur dossier en ligne, dans leur langue, et mesurer les délais de traitement du service.",
                "Aanvragers elke stap van hun dossier online laten volgen, in hun taal, en de doorlooptijden van de dienst meten.",
                "Let applicants follow every step of their file online, in their language, and measure the department's processing times.")),
        new("I-27", 3, "FIN", "ANA", "Catherine Dupont", "STE", "leadership services", 16, 6, (0m, 1m, 1m), 5, 60_000m,
            T("Tableau de bord du Collège", "Dashboard van het College", "Board of Mayor and Aldermen dashboard"),
            T("Remplacer le rapport mensuel compilé à la main par un tableau de bord alimenté automatiquement (exécution budgétaire, effectifs, indicateurs de service), prêt pour la préparation du budget 2028.",
                "Het maandrapport dat met de hand wordt samengesteld vervangen door een automatisch gevoed dashboard (begrotingsuitvoering, personeelsbestand, dienstverleningsindicatoren), klaar voor de voorbereiding van de begroting 2028.",
                "Replace the hand-compiled monthly report with an automatically fed dashboard (budget execution, staffing, service indicators), ready for the preparation of the 2028 budget."))
        {
            Deadline = 21,
        },
        new("I-28", 3, "MOB", "ANA", "Julien Mertens", "SRV PLT", "services", 17, 4, (1m, 0m, 0.5m), 3, 20_000m,
            T("Analyser les flux cyclistes", "De fietsstromen analyseren", "Analyse cycle flows"),
            T("Exploiter les données des capteurs de comptage vélo, avec celles de la Région, pour orienter l'aménagement des pistes cyclables et des stationnements vélo.",
                "De data van de fietstelpalen, samen met die van het Gewest, gebruiken om de aanleg van fietspaden en fietsenstallingen te onderbouwen.",
                "Use the bicycle counter data, together with the Region's, to guide the design of cycle lanes and bicycle parking.")),
        new("I-29", 3, "SCU", "ANA", null, "CLI", "services data-management", 20, 4, (1m, 0.5m, 0.5m), 3, 35_000m,
            T("Cadastre énergétique des bâtiments communaux", "Energiekadaster van de gemeentegebouwen", "Energy register of municipal buildings"),
            T("Suivre chaque mois la consommation d'énergie de chaque bâtiment communal pour cibler les rénovations prioritaires du plan climat.",
                "Elke maand het energieverbruik van elk gemeentegebouw opvolgen om de prioritaire renovaties van het klimaatplan te bepalen.",
                "Track the energy use of every municipal building every month to target the climate plan's priority renovations.")),
        new("I-30", 3, "SCU", "STW", "Sarah Maes", "OPN", "services ethics", 11, 4, (1m, 0m, 0.5m), 4, 10_000m,
            T("Publier les jeux de données de forte valeur", "De datasets met hoge waarde publiceren", "Publish the high-value datasets"),
            T("Publier, dans les formats et sous les licences qu'exige la réglementation européenne, les jeux de données de forte valeur détenus par la commune : géographie, mobilité, statistiques.",
                "De datasets met hoge waarde die de gemeente beheert (geografie, mobiliteit, statistiek) publiceren in de formaten en onder de licenties die de Europese regelgeving vereist.",
                "Publish the high-value datasets the municipality holds (geospatial, mobility, statistics) in the formats and under the licences EU rules require."))
        {
            Deadline = 15,
        },
    ];

    /// <summary>Successor, predecessor, type, lag in months.</summary>
    private static readonly (string Successor, string Predecessor, DependencyType Type, int Lag)[] Dependencies =
    [
        ("I-02", "I-01", DependencyType.StartToStart, 1),
        ("I-03", "I-02", DependencyType.FinishToStart, 0),
        ("I-04", "I-01", DependencyType.StartToStart, 1),
        ("I-05", "I-03", DependencyType.FinishToStart, 1),
        ("I-06", "I-04", DependencyType.FinishToStart, 0),
        ("I-07", "I-05", DependencyType.FinishToStart, 0),
        ("I-08", "I-04", DependencyType.StartToStart, 2),
        ("I-09", "I-08", DependencyType.FinishToStart, 0),
        ("I-10", "I-08", DependencyType.FinishToStart, 1),
        ("I-12", "I-11", DependencyType.StartToStart, 2),
        ("I-13", "I-11", DependencyType.FinishToStart, 0),
        ("I-13", "I-12", DependencyType.FinishToStart, 0),
        ("I-14", "I-13", DependencyType.FinishToStart, 0),
        ("I-15", "I-13", DependencyType.FinishToStart, 2),
        ("I-16", "I-11", DependencyType.FinishToStart, 0),
        ("I-17", "I-12", DependencyType.FinishToStart, 0),
        ("I-20", "I-18", DependencyType.FinishToStart, 0),
        ("I-21", "I-19", DependencyType.FinishToStart, 1),
        ("I-22", "I-21", DependencyType.FinishToStart, 0),
        ("I-22", "I-13", DependencyType.FinishToStart, 0),
        ("I-23", "I-03", DependencyType.FinishToStart, 0),
        ("I-24", "I-23", DependencyType.FinishToStart, 0),
        ("I-25", "I-11", DependencyType.FinishToStart, 1),
        ("I-26", "I-08", DependencyType.FinishToStart, 0),
        ("I-27", "I-13", DependencyType.FinishToStart, 0),
        ("I-27", "I-22", DependencyType.StartToStart, 1),
        ("I-28", "I-14", DependencyType.FinishToStart, 0),
        ("I-29", "I-10", DependencyType.FinishToStart, 0),
        ("I-29", "I-14", DependencyType.FinishToStart, 2),
        ("I-30", "I-16", DependencyType.FinishToStart, 0),
    ];

    private static readonly (string Code, DateOnly Due, DateOnly? Achieved, LocalizedText Title)[] Milestones =
    [
        ("I-01", D(2026, 2, 17), D(2026, 2, 17), T("Liste des domaines et de leurs propriétaires approuvée par le comité de direction", "Lijst van de domeinen en hun eigenaars goedgekeurd door het directiecomité", "List of domains and their owners approved by the management committee")),
        ("I-02", D(2026, 2, 24), D(2026, 2, 24), T("Première réunion du comité de gouvernance des données", "Eerste vergadering van het datagovernancecomité", "First meeting of the data governance board")),
        ("I-03", D(2026, 5, 20), D(2026, 5, 20), T("Projet de politique approuvé par le comité de gouvernance", "Ontwerp van beleid goedgekeurd door het governancecomité", "Draft policy approved by the governance board")),
        ("I-03", D(2026, 6, 25), D(2026, 6, 25), T("Politique de données adoptée par le Collège", "Databeleid goedgekeurd door het College", "Data policy adopted by the Board")),
        ("I-04", D(2026, 5, 29), D(2026, 6, 3), T("Catalogue de données ouvert à tous les agents", "Datacatalogus opengesteld voor alle medewerkers", "Data catalogue open to all staff")),
        ("I-08", D(2026, 5, 29), D(2026, 9, 18), T("Doublons résorbés dans le registre des adresses", "Dubbels in het adressenregister weggewerkt", "Duplicates cleared from the address register")),
        ("I-08", D(2026, 7, 31), null, T("Registre des adresses relié au référentiel régional", "Adressenregister gekoppeld aan het gewestelijke referentiebestand", "Address register linked to the regional reference")),
        ("I-11", D(2026, 5, 29), D(2026, 5, 27), T("Nouveaux flux d'alimentation en production", "Nieuwe laadprocessen in productie", "New loading processes in production")),
        ("I-13", D(2026, 8, 31), D(2026, 9, 7), T("Registre de la population disponible dans la plateforme", "Bevolkingsregister beschikbaar in het platform", "Population register available in the platform")),
        ("I-13", D(2026, 10, 30), D(2026, 10, 28), T("Registres des adresses et des entreprises disponibles dans la plateforme", "Adressen- en ondernemingsregister beschikbaar in het platform", "Address and business registers available in the platform")),
        ("I-14", D(2027, 2, 26), null, T("Premiers capteurs raccordés à la plateforme", "Eerste sensoren aangesloten op het platform", "First sensors connected to the platform")),
        ("I-15", D(2027, 10, 29), null, T("Bascule de la plateforme dans le cloud", "Overschakeling van het platform naar de cloud", "Platform switched over to the cloud")),
        ("I-16", D(2026, 9, 30), D(2026, 9, 24), T("Premiers jeux de données publiés automatiquement", "Eerste datasets automatisch gepubliceerd", "First datasets published automatically")),
        ("I-20", D(2026, 10, 15), D(2026, 10, 15), T("Première session de formation", "Eerste opleidingssessie", "First training session")),
        ("I-20", D(2027, 3, 31), null, T("200 agents formés", "200 medewerkers opgeleid", "200 staff trained")),
        ("I-23", D(2026, 10, 30), null, T("Profils de fonction validés par le comité de concertation", "Functieprofielen gevalideerd door het overlegcomité", "Job profiles validated by the consultation committee")),
        ("I-25", D(2026, 8, 28), D(2026, 8, 28), T("Prototype présenté au service des sports", "Prototype voorgesteld aan de sportdienst", "Prototype presented to the sports department")),
        ("I-25", D(2026, 10, 30), D(2026, 10, 26), T("Tableau de bord en production", "Dashboard in productie", "Dashboard in production")),
        ("I-26", D(2027, 9, 24), null, T("Suivi en ligne ouvert aux demandeurs", "Online opvolging opengesteld voor aanvragers", "Online tracking open to applicants")),
        ("I-27", D(2027, 9, 16), null, T("Tableau de bord présenté au Collège", "Dashboard voorgesteld aan het College", "Dashboard presented to the Board")),
        ("I-30", D(2027, 2, 26), null, T("Jeux de données de forte valeur publiés", "Datasets met hoge waarde gepubliceerd", "High-value datasets published")),
    ];

    /// <summary>Check-ins that differ from steady, green progress: RAG, percent (null = on plan) and a note.</summary>
    private static readonly Dictionary<(string Code, int Month), (Rag Rag, int? Percent, string? Note, string? NoteLanguage)> CheckInStory = new()
    {
        [("I-03", 6)] = (Rag.Green, null, "Politique adoptée par le Collège le 25 juin.", "fr"),
        [("I-08", 6)] = (Rag.Amber, 55, "Veel meer dubbels dan verwacht in de oude adressen; de overname loopt door tot november.", "nl"),
        [("I-08", 7)] = (Rag.Amber, 60, null, null),
        [("I-08", 8)] = (Rag.Amber, 70, null, null),
        [("I-08", 9)] = (Rag.Amber, 75, null, null),
        [("I-08", 10)] = (Rag.Amber, 80, null, null),
        [("I-08", 11)] = (Rag.Amber, 85, "De laatste straten worden samen met het Gewest verbeterd; afronding verwacht in december.", "nl"),
        [("I-13", 8)] = (Rag.Amber, null, "Vertraging bij de levering van de connector met het Rijksregister.", "nl"),
        [("I-19", 5)] = (Rag.Green, null, "Analyste recrutée ; arrivée le 1er juin.", "fr"),
        [("I-23", 8)] = (Rag.Green, 15, null, null),
        [("I-23", 9)] = (Rag.Amber, 30, "Remarques des organisations syndicales sur la charge de travail des gestionnaires.", "fr"),
        [("I-23", 10)] = (Rag.Red, 40, "Avis du comité de concertation reporté ; les profils ne pourront pas être publiés à temps.", "fr"),
        [("I-23", 11)] = (Rag.Red, 45, "Nouvelle séance du comité de concertation demandée pour décembre.", "fr"),
        [("I-25", 10)] = (Rag.Green, null, "En production ; le service des sports demande d'y ajouter les piscines.", "fr"),
        [("I-14", 11)] = (Rag.Green, null, "Marché des capteurs attribué.", "fr"),
        [("I-20", 10)] = (Rag.Green, null, "Eerste sessies volzet, wachtlijst geopend.", "nl"),
    };

    private sealed record KpiData(LocalizedText Name, LocalizedText Unit, decimal Baseline, decimal Target, DateOnly TargetOn, string Objectives, string Initiatives, (DateOnly On, decimal Value, string? Note)[] Measurements);

    private static readonly KpiData[] Kpis =
    [
        new(T("Part des jeux de données avec un propriétaire désigné", "Aandeel datasets met een aangewezen eigenaar", "Share of datasets with a named owner"),
            LocalizedText.Of(fr: "%", nl: "%"), 12m, 80m, D(2027, 12, 31), "GOV", "I-01 I-04",
            [(D(2026, 2, 16), 18m, null), (D(2026, 5, 15), 34m, null), (D(2026, 8, 17), 45m, null), (D(2026, 11, 16), 52m, null)]),
        new(T("Jeux de données ouverts publiés", "Gepubliceerde open datasets", "Open datasets published"),
            LocalizedText.Of(fr: "jeux de données", nl: "datasets"), 12m, 50m, D(2027, 12, 31), "OPN", "I-16 I-30",
            [(D(2026, 2, 16), 12m, null), (D(2026, 5, 15), 14m, null), (D(2026, 8, 17), 19m, null), (D(2026, 11, 16), 31m, "Publication automatique depuis la plateforme.")]),
        new(T("Agents formés à la culture des données", "Medewerkers opgeleid in datageletterdheid", "Staff trained in data literacy"),
            LocalizedText.Of(fr: "agents", nl: "medewerkers"), 0m, 400m, D(2027, 12, 31), "STE GOV", "I-18 I-20 I-22",
            [(D(2026, 1, 26), 0m, null), (D(2026, 2, 23), 0m, null), (D(2026, 3, 30), 15m, null), (D(2026, 4, 27), 35m, null), (D(2026, 5, 26), 60m, null), (D(2026, 6, 29), 72m, "Fin de la vague 1 (encadrement)."), (D(2026, 7, 27), 72m, null), (D(2026, 8, 31), 72m, null), (D(2026, 9, 28), 72m, null), (D(2026, 10, 26), 110m, "Début de la vague 2."), (D(2026, 11, 23), 160m, null)]),
        new(T("Délai moyen de réponse à une demande de données", "Gemiddelde doorlooptijd van een dataverzoek", "Average time to answer a data request"),
            LocalizedText.Of(fr: "jours", nl: "dagen"), 20m, 5m, D(2027, 12, 31), "GOV PLT", "I-04 I-13",
            [(D(2026, 2, 16), 19m, null), (D(2026, 5, 15), 17m, null), (D(2026, 8, 17), 14m, null), (D(2026, 11, 16), 12m, null)]),
        new(T("Services qui utilisent la plateforme de données partagée", "Diensten die het gedeelde dataplatform gebruiken", "Departments using the shared data platform"),
            LocalizedText.Of(fr: "services", nl: "diensten"), 1m, 8m, D(2027, 12, 31), "PLT", "I-11 I-13 I-25",
            [(D(2026, 2, 16), 1m, null), (D(2026, 5, 15), 2m, null), (D(2026, 8, 17), 3m, null), (D(2026, 11, 16), 5m, "Le service des sports utilise son tableau de bord.")]),
        new(T("Taux de doublons dans le registre des adresses", "Percentage dubbels in het adressenregister", "Duplicate rate in the address register"),
            LocalizedText.Of(fr: "%", nl: "%"), 6.5m, 1m, D(2027, 6, 30), "REG", "I-08 I-06",
            [(D(2026, 2, 16), 6.4m, null), (D(2026, 5, 15), 6.1m, null), (D(2026, 8, 17), 5.3m, "Nettoyage plus lent que prévu (voir I-08)."), (D(2026, 11, 16), 4.8m, null)]),
    ];

    /// <summary>Seeds the roadmap once, after the demo strategy: nothing when the organisation already has roadmap content
    /// or when the demo strategy's objectives and roles are not all there.</summary>
    /// <returns>True when anything was added.</returns>
    public static async Task<bool> SeedAsync(AppDbContext db, Organisation organisation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(organisation);
        if (await db.Initiatives.AnyAsync(cancellationToken)
            || await db.Workstreams.AnyAsync(cancellationToken)
            || await db.DeliveryTeams.AnyAsync(cancellationToken)
            || await db.Kpis.AnyAsync(cancellationToken))
        {
            return false;
        }

        var items = await db.StrategyItems.AsNoTracking().Where(i => i.Kind == StrategyItemKind.Objective || i.Kind == StrategyItemKind.Role).ToListAsync(cancellationToken);
        string? ItemId(StrategyItemKind kind, string english) => items.Where(i => i.Kind == kind && i.Title.Get("en") == english).OrderBy(i => i.Position).Select(i => i.Id.ToString("D")).FirstOrDefault();
        var objectives = ObjectiveTitles.ToDictionary(p => p.Key, p => ItemId(StrategyItemKind.Objective, p.Value), StringComparer.Ordinal);
        var roles = RoleTitles.ToDictionary(p => p.Key, p => ItemId(StrategyItemKind.Role, p.Value), StringComparer.Ordinal);
        if (objectives.Values.Any(v => v is null) || roles.Values.Any(v => v is null))
        {
            // The strategy is not the demo's (or was edited): initiatives would serve nothing.
            return false;
        }

        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Name == DemoAssessment.CampaignNames, cancellationToken);
        var themes = campaign is null ? [] : await ThemeIdsAsync(db, campaign.FrameworkId, cancellationToken);
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Code, d => d.Id, cancellationToken);
        var people = (await db.Stakeholders.AsNoTracking().Where(s => s.ErasedAt == null).ToListAsync(cancellationToken))
            .GroupBy(s => s.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
        var names = DemoSeeder.DemoUsers.ToDictionary(u => u.Email, u => u.Name, StringComparer.OrdinalIgnoreCase);
        var facilitator = names[DemoSeeder.FacilitatorEmail];
        var contributor = names[DemoSeeder.ContributorEmail];
        var orgId = organisation.Id;

        db.SuppressAudit = true;
        var roadmap = await db.Roadmaps.SingleOrDefaultAsync(cancellationToken);
        if (roadmap is null)
        {
            roadmap = new Roadmap { OrganisationId = orgId };
            db.Roadmaps.Add(roadmap);
        }

        roadmap.StartMonth = StartMonth;
        roadmap.HorizonMonths = HorizonMonths;
        roadmap.Granularity = RoadmapGranularity.Month;
        roadmap.Objective = RoadmapObjective.EarliestFinish;

        var streams = Workstreams.Select((name, i) => new Workstream { OrganisationId = orgId, Name = name, Position = i + 1 }).ToList();
        db.Workstreams.AddRange(streams);
        var teams = new List<DeliveryTeam>();
        for (var i = 0; i < Teams.Length; i++)
        {
            var (name, department, fte, change) = Teams[i];
            var team = new DeliveryTeam { OrganisationId = orgId, Name = name, DepartmentId = departments.TryGetValue(department, out var d) ? d : null, Position = i + 1 };
            teams.Add(team);
            db.TeamCapacities.Add(new TeamCapacity { OrganisationId = orgId, TeamId = team.Id, FromMonth = StartMonth, Fte = fte });
            if (change is { } c)
            {
                db.TeamCapacities.Add(new TeamCapacity { OrganisationId = orgId, TeamId = team.Id, FromMonth = Months.At(StartMonth, c.Month), Fte = c.Fte });
            }
        }

        db.DeliveryTeams.AddRange(teams);

        var initiatives = new Dictionary<string, Initiative>(StringComparer.Ordinal);
        var checkIns = new List<CheckIn>();
        for (var n = 0; n < Initiatives.Length; n++)
        {
            var p = Initiatives[n];
            var initiative = new Initiative
            {
                OrganisationId = orgId,
                Code = p.Code,
                Title = p.Title,
                Description = p.Description,
                WorkstreamId = streams[p.Stream].Id,
                DepartmentId = departments.TryGetValue(p.Department, out var dept) ? dept : null,
                LeadRoleId = Guid.Parse(roles[p.Role]!),
                LeadStakeholderId = p.Lead is not null && people.TryGetValue(p.Lead, out var lead) ? lead : null,
                DurationMonths = p.Months,
                PlannedStart = Months.At(StartMonth, p.Start),
                LockedStart = p.Locked ? Months.At(StartMonth, p.Start) : null,
                EarliestStart = p.Earliest is { } e ? Months.At(StartMonth, e) : null,
                Deadline = p.Deadline is { } dl ? Months.At(StartMonth, dl) : null,
                Budget = p.Budget,
                Priority = p.Priority,
                ObjectiveIds = [.. p.Objectives.Split(' ').Select(o => objectives[o]!)],
                ThemeIds = [.. p.Themes.Split(' ').Where(t => themes.Count == 0 || themes.Contains(t))],
                Position = n + 1,
                Status = InitiativeStatus.Planned,
            };
            initiatives[p.Code] = initiative;
            AddEfforts(db, orgId, initiative.Id, teams, p.Effort);
            checkIns.AddRange(Track(initiative, p, n % 3 == 0 ? facilitator : contributor));
        }

        db.Initiatives.AddRange(initiatives.Values);
        db.CheckIns.AddRange(checkIns);
        db.InitiativeDependencies.AddRange(Dependencies.Select(d => new InitiativeDependency
        {
            OrganisationId = orgId,
            PredecessorId = initiatives[d.Predecessor].Id,
            SuccessorId = initiatives[d.Successor].Id,
            Type = d.Type,
            LagMonths = d.Lag,
        }));
        db.Milestones.AddRange(Milestones.Select(m => new Milestone { OrganisationId = orgId, InitiativeId = initiatives[m.Code].Id, Title = m.Title, DueOn = m.Due, AchievedOn = m.Achieved }));

        for (var k = 0; k < Kpis.Length; k++)
        {
            var data = Kpis[k];
            var kpi = new Kpi
            {
                OrganisationId = orgId,
                Name = data.Name,
                Unit = data.Unit,
                Baseline = data.Baseline,
                BaselineOn = StartMonth,
                Target = data.Target,
                TargetOn = data.TargetOn,
                ObjectiveIds = [.. data.Objectives.Split(' ').Select(o => objectives[o]!)],
                InitiativeIds = [.. data.Initiatives.Split(' ').Select(c => initiatives[c].Id.ToString("D"))],
                Position = k + 1,
                // Four of the six indicators are on the public site; two stay internal.
                Public = k < 4,
            };
            db.Kpis.Add(kpi);
            db.KpiMeasurements.AddRange(data.Measurements.Select(m => new KpiMeasurement
            {
                OrganisationId = orgId,
                KpiId = kpi.Id,
                MeasuredOn = m.On,
                Value = m.Value,
                Note = m.Note,
                NoteLanguage = m.Note is null ? null : "fr",
                RecordedBy = contributor,
                RecordedAt = new DateTimeOffset(m.On.ToDateTime(new TimeOnly(16, 0)), TimeSpan.Zero),
            }));
        }

        // The plan as it stood when the roadmap started: the slipped initiative was to take fewer months.
        var plan = Initiatives.Select(p => new BaselineEntry(initiatives[p.Code].Id, Months.At(StartMonth, p.Start), p.BaselineMonths ?? p.Months)).ToList();
        db.RoadmapBaselines.Add(new RoadmapBaseline
        {
            OrganisationId = orgId,
            Name = BaselineName,
            Plan = JsonSerializer.Serialize(plan, BaselineJson),
            CreatedBy = facilitator,
            CreatedAt = BaselineAt,
        });

        await db.SaveChangesAsync(cancellationToken);
        db.SuppressAudit = false;
        return true;
    }

    private static readonly JsonSerializerOptions BaselineJson = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private sealed record BaselineEntry(Guid Id, DateOnly Start, int Months);

    private static void AddEfforts(AppDbContext db, Guid orgId, Guid initiativeId, List<DeliveryTeam> teams, (decimal Sc, decimal It, decimal Data) effort)
    {
        foreach (var (team, fte) in new[] { (Sc, effort.Sc), (It, effort.It), (Data, effort.Data) })
        {
            if (fte > 0)
            {
                db.InitiativeEfforts.Add(new InitiativeEffort { OrganisationId = orgId, InitiativeId = initiativeId, TeamId = teams[team].Id, Fte = fte });
            }
        }
    }

    /// <summary>
    /// Monthly check-ins from the planned start to November 2026 (or to the finish): steady progress,
    /// done in its last planned month, except where <see cref="CheckInStory"/> says otherwise. The
    /// initiative's status, RAG, progress and actual dates follow its latest check-in.
    /// </summary>
    private static List<CheckIn> Track(Initiative initiative, Plan plan, string recordedBy)
    {
        var result = new List<CheckIn>();
        var last = Months.Index(StartMonth, LastCheckInMonth);
        var finish = plan.Start + plan.Months - 1;
        for (var month = plan.Start; month <= Math.Min(finish, last); month++)
        {
            var done = month == finish && finish < last;
            var steady = (int)Math.Round(100.0 * (month - plan.Start + 1) / plan.Months / 5, MidpointRounding.AwayFromZero) * 5;
            var story = CheckInStory.GetValueOrDefault((plan.Code, month), (Rag.Green, null, null, null));
            var at = Months.At(StartMonth, month);
            result.Add(new CheckIn
            {
                OrganisationId = initiative.OrganisationId,
                InitiativeId = initiative.Id,
                Month = at,
                Status = done ? InitiativeStatus.Done : InitiativeStatus.InProgress,
                Rag = story.Rag,
                PercentComplete = done ? 100 : story.Percent ?? Math.Clamp(steady, 5, 95),
                Note = story.Note,
                NoteLanguage = story.NoteLanguage,
                RecordedBy = recordedBy,
                RecordedAt = new DateTimeOffset(at.AddMonths(1).AddDays(-5).ToDateTime(new TimeOnly(15, 30)), TimeSpan.Zero),
            });
        }

        if (result.Count > 0)
        {
            var latest = result[^1];
            initiative.Status = latest.Status;
            initiative.Rag = latest.Rag;
            initiative.PercentComplete = latest.PercentComplete;
            initiative.ActualStart = result[0].Month;
            initiative.ActualFinish = latest.Status == InitiativeStatus.Done ? latest.Month : null;
        }

        return result;
    }

    private static async Task<HashSet<string>> ThemeIdsAsync(AppDbContext db, Guid frameworkId, CancellationToken cancellationToken)
    {
        var framework = await db.Frameworks.AsNoTracking().SingleOrDefaultAsync(f => f.Id == frameworkId, cancellationToken);
        return framework is null ? [] : [.. FrameworkLibrary.Definition(framework).Themes.Select(t => t.Id)];
    }

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static LocalizedText T(string fr, string nl, string en) => LocalizedText.Of(fr, nl, en);
}
