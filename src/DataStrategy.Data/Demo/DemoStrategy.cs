using DataStrategy.Core.Strategy;
using DataStrategy.Core.Text;
using DataStrategy.Data.Entities;
using DataStrategy.Data.Strategies;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Data.Demo;

/// <summary>
/// The demo organisation's strategy phase: four working sessions after the findings workshop,
/// its city priorities, the strategy they produced (vision, principles, objectives, services,
/// roles, teams, bodies, RACI), a published version 1, and a version 2 in review with the
/// changes made since — so that every strategy page has something real to show, including two
/// deliberate gaps: one thematic priority no objective answers, one RACI activity with no A.
/// All dates are fixed and follow the analysis dates (findings workshop on 13 May 2025); the first version is published in October 2025, before the roadmap starts in December 2025, and the second is the revision after its first year (November 2026).
/// </summary>
public static class DemoStrategy
{
    /// <summary>The thematic priority that no objective answers (the traceability view's gap).</summary>
    public const string UnansweredTheme = "skills-culture";

    private static readonly DateTimeOffset V1SubmittedAt = Utc(2025, 10, 6, 14);
    private static readonly DateTimeOffset V1ApprovedAt = Utc(2025, 10, 15, 16);
    private static readonly DateTimeOffset V1PublishedAt = Utc(2025, 10, 16, 9);
    private static readonly DateTimeOffset ChangesAt = Utc(2026, 11, 10, 10);
    private static readonly DateTimeOffset V2SubmittedAt = Utc(2026, 11, 16, 10);

    private sealed record SessionData(
        WorkingSessionTemplate Template,
        DateOnly HeldOn,
        LocalizedText Title,
        LocalizedText Agenda,
        LocalizedText Notes,
        string[] Participants,
        LocalizedText[] Decisions,
        (string Owner, LocalizedText Text, DateOnly Due, ActionStatus Status)[] Actions);

    private static readonly SessionData[] Sessions =
    [
        new(
            WorkingSessionTemplate.VisionAndObjectives,
            new DateOnly(2025, 6, 3),
            T("Session 1 – Vision et objectifs", "Sessie 1 – Visie en doelstellingen", "Session 1 – Vision and objectives"),
            LocalizedText.Of(
                fr: """
                1. Rappel des constats et des priorités de l'atelier de restitution
                2. Atelier vision : où voulons-nous être en 2028 ?
                3. Principes directeurs
                4. Objectifs et lien avec les priorités de la ville
                5. Prochaines étapes
                """,
                nl: """
                1. Terugblik op de vaststellingen en prioriteiten van de terugkoppelingsworkshop
                2. Visieworkshop: waar willen we in 2028 staan?
                3. Leidende principes
                4. Doelstellingen en koppeling met de prioriteiten van de stad
                5. Volgende stappen
                """),
            LocalizedText.Of(
                fr: """
                Les participants ont confirmé les priorités issues de l'atelier de restitution, avec la gouvernance et la qualité des registres de base en tête. La vision a été rédigée en sous-groupes puis fusionnée : la notion de « patrimoine commun » a fait consensus, et le bilinguisme des services doit y apparaître explicitement. Quatre principes ont été retenus ; le principe « ouvert par défaut » a suscité une discussion sur les données sensibles de l'action sociale, tranchée par une exception documentée. Six objectifs ont été formulés. Les compétences en données n'ont pas pu être traitées faute de temps : elles seront reprises dans la feuille de route.
                """,
                nl: """
                De deelnemers bevestigden de prioriteiten uit de terugkoppelingsworkshop, met governance en de kwaliteit van de basisregisters bovenaan. De visie werd in subgroepen geschreven en daarna samengevoegd: het idee van een « gemeenschappelijk erfgoed » kreeg brede steun, en de tweetaligheid van de dienstverlening moet er uitdrukkelijk in staan. Vier principes werden weerhouden; het principe « standaard open » leidde tot een discussie over de gevoelige data van de sociale dienst, beslecht met een gedocumenteerde uitzondering. Er werden zes doelstellingen geformuleerd. Datavaardigheden konden wegens tijdgebrek niet behandeld worden: ze komen terug in de roadmap.
                """),
            ["Nathalie Leclercq", "Anne-Marie Collard", "Olivier Lemaire", "Catherine Dupont", "Sophie Lambert", "Marc Van den Bossche", "Hanne Jacobs", "Wim Van Damme"],
            [
                LocalizedText.Of(fr: "La vision « Des données au service de la ville et de ses habitants » est adoptée comme base de travail.", nl: "De visie « Data ten dienste van de stad en haar inwoners » wordt als werkbasis aangenomen."),
                LocalizedText.Of(fr: "Les six objectifs sont retenus ; chacun sera relié à au moins une priorité thématique et à une priorité de la ville.", nl: "De zes doelstellingen worden weerhouden; elke doelstelling wordt aan minstens één thematische prioriteit en aan een prioriteit van de stad gekoppeld."),
            ],
            [
                ("Olivier Lemaire", LocalizedText.Of(fr: "Compléter les indicateurs de chaque objectif avec leur valeur de départ.", nl: "De indicatoren van elke doelstelling aanvullen met hun beginwaarde."), new DateOnly(2025, 6, 13), ActionStatus.Done),
                ("Hanne Jacobs", LocalizedText.Of(fr: "Rédiger l'exception au principe « ouvert par défaut » pour les données sensibles.", nl: "De uitzondering op het principe « standaard open » voor gevoelige data uitschrijven."), new DateOnly(2025, 6, 27), ActionStatus.Done),
                ("Wim Van Damme", LocalizedText.Of(fr: "Proposer une approche pour les compétences en données dans la feuille de route.", nl: "Een aanpak voor datavaardigheden in de roadmap voorstellen."), new DateOnly(2025, 11, 28), ActionStatus.Done),
            ]),
        new(
            WorkingSessionTemplate.Services,
            new DateOnly(2025, 6, 17),
            T("Session 2 – Nouveaux services fondés sur les données", "Sessie 2 – Nieuwe datagedreven diensten", "Session 2 – New data-driven services"),
            LocalizedText.Of(
                fr: """
                1. Cartographie des irritants vécus par les usagers
                2. Idéation : quels services les données rendent-elles possibles ?
                3. Fiches service : problème, usagers, données, bénéfices
                4. Priorisation par valeur et faisabilité
                """,
                nl: """
                1. In kaart brengen van de knelpunten voor de gebruikers
                2. Ideeënronde: welke diensten maken data mogelijk?
                3. Dienstfiches: probleem, gebruikers, data, voordelen
                4. Prioritering op waarde en haalbaarheid
                """),
            LocalizedText.Of(
                fr: """
                Quatorze idées de services ont été recueillies, puis regroupées en sept pistes. Cinq ont été retenues après un vote sur la valeur pour les usagers et la faisabilité à deux ans. Le suivi en ligne des permis d'urbanisme et le tableau de bord d'occupation des salles de sport sont les plus attendus par les services métier. Le tableau de bord du Collège dépend de la fiabilisation des registres de base. Plusieurs participants ont souligné que l'objectif de gouvernance n'appelle pas de service propre, mais qu'il conditionne tous les autres. L'idée d'un cadastre énergétique des bâtiments communaux est mise en attente, faute de relevés disponibles.
                """,
                nl: """
                Er werden veertien ideeën voor diensten verzameld en in zeven sporen gegroepeerd. Na een stemming over de waarde voor de gebruikers en de haalbaarheid binnen twee jaar werden er vijf weerhouden. De online opvolging van stedenbouwkundige vergunningen en het dashboard voor de bezetting van de sportzalen worden door de vakdiensten het meest verwacht. Het dashboard van het College hangt af van betrouwbare basisregisters. Meerdere deelnemers benadrukten dat de governancedoelstelling geen eigen dienst vraagt, maar een voorwaarde is voor alle andere. Het idee van een energiekadaster van de gemeentegebouwen wordt on hold gezet, omdat er nog geen meterstanden beschikbaar zijn.
                """),
            ["Sophie Lambert", "Pieter Janssens", "Youssef Benali", "Lotte Wouters", "Julien Mertens", "Els Claes", "Catherine Dupont", "Olivier Lemaire", "Sarah Maes"],
            [
                LocalizedText.Of(fr: "Cinq services sont retenus pour la stratégie, chacun avec un service propriétaire.", nl: "Vijf diensten worden in de strategie opgenomen, elk met een verantwoordelijke dienst."),
                LocalizedText.Of(fr: "Le cadastre énergétique est reporté jusqu'à ce que les relevés des compteurs soient disponibles.", nl: "Het energiekadaster wordt uitgesteld tot de meterstanden beschikbaar zijn."),
            ],
            [
                ("Youssef Benali", LocalizedText.Of(fr: "Exporter six mois de réservations des salles pour un premier prototype.", nl: "Zes maanden reservaties van de zalen exporteren voor een eerste prototype."), new DateOnly(2025, 7, 11), ActionStatus.Done),
                ("Pieter Janssens", LocalizedText.Of(fr: "Lister les étapes des dossiers de permis à afficher aux demandeurs.", nl: "De stappen van de vergunningsdossiers oplijsten die aan de aanvragers getoond worden."), new DateOnly(2025, 10, 1), ActionStatus.Done),
                ("Julien Mertens", LocalizedText.Of(fr: "Obtenir de la Région l'accès aux données brutes des capteurs de comptage vélo.", nl: "Bij het Gewest toegang krijgen tot de ruwe data van de fietstelpalen."), new DateOnly(2027, 3, 31), ActionStatus.Open),
            ]),
        new(
            WorkingSessionTemplate.RolesAndOrganisation,
            new DateOnly(2025, 7, 1),
            T("Session 3 – Rôles et organisation", "Sessie 3 – Rollen en organisatie", "Session 3 – Roles and organisation"),
            LocalizedText.Of(
                fr: """
                1. Rôles types d'une organisation data : CDO, propriétaire, gestionnaire, analyste, DPO, architecte
                2. Qui fait quoi aujourd'hui ?
                3. Équipes et réseau : bureau des données, centre de compétences BI, réseau des gestionnaires
                4. Impact RH : profils de fonction et temps à dégager
                """,
                nl: """
                1. Typische rollen in een dataorganisatie: CDO, eigenaar, databeheerder, analist, DPO, architect
                2. Wie doet wat vandaag?
                3. Teams en netwerk: databureau, BI-competentiecentrum, netwerk van databeheerders
                4. Impact op HR: functieprofielen en vrij te maken tijd
                """),
            LocalizedText.Of(
                fr: """
                Les participants ont comparé les rôles proposés aux pratiques actuelles : plusieurs tâches de gestionnaire de données sont déjà assurées, mais sans mandat ni temps reconnu. Le rattachement du CDO a fait débat ; la majorité préfère un rattachement à la secrétaire communale plutôt qu'au service informatique, pour souligner le caractère transversal du rôle. Les directions métier acceptent le rôle de propriétaire de données, à condition que la charge se limite aux décisions. Le poste d'architecte de données n'existe pas encore : un recrutement est à prévoir. Les ressources humaines préparent les profils de fonction dans les deux langues.
                """,
                nl: """
                De deelnemers vergeleken de voorgestelde rollen met de huidige praktijk: verschillende taken van databeheerder worden al uitgevoerd, maar zonder mandaat of erkende tijd. Waar de CDO onder valt, leidde tot discussie; de meerderheid verkiest een plaats onder de gemeentesecretaris in plaats van onder de IT-dienst, om het transversale karakter van de rol te onderstrepen. De directies van de vakdiensten aanvaarden de rol van data-eigenaar, op voorwaarde dat de last beperkt blijft tot beslissingen. De functie van data-architect bestaat nog niet: er moet iemand aangeworven worden. De personeelsdienst bereidt de functieprofielen in beide talen voor.
                """),
            ["Nathalie Leclercq", "Wim Van Damme", "Anne-Marie Collard", "Marc Van den Bossche", "Olivier Lemaire", "Koen De Smet", "Isabelle Martin", "Sarah Maes"],
            [
                LocalizedText.Of(fr: "Le CDO est rattaché à la secrétaire communale et s'appuie sur un bureau des données.", nl: "De CDO valt onder de gemeentesecretaris en steunt op een databureau."),
                LocalizedText.Of(fr: "Chaque domaine de données prioritaire reçoit un propriétaire (une direction) et un gestionnaire (un agent désigné).", nl: "Elk prioritair datadomein krijgt een eigenaar (een directie) en een databeheerder (een aangewezen medewerker)."),
                LocalizedText.Of(fr: "Un poste d'architecte de données est ouvert au recrutement en 2027.", nl: "In 2027 wordt een functie van data-architect opengesteld."),
            ],
            [
                ("Nathalie Leclercq", LocalizedText.Of(fr: "Rédiger les profils de fonction de gestionnaire de données et d'architecte de données en français et en néerlandais.", nl: "De functieprofielen van databeheerder en data-architect in het Frans en het Nederlands opstellen."), new DateOnly(2026, 10, 30), ActionStatus.Open),
                ("Koen De Smet", LocalizedText.Of(fr: "Dresser la liste des domaines de données et de leurs propriétaires pressentis.", nl: "De lijst van de datadomeinen en hun beoogde eigenaars opmaken."), new DateOnly(2025, 9, 16), ActionStatus.Done),
            ]),
        new(
            WorkingSessionTemplate.Governance,
            new DateOnly(2025, 9, 9),
            T("Session 4 – Gouvernance et responsabilités", "Sessie 4 – Governance en verantwoordelijkheden", "Session 4 – Governance and responsibilities"),
            LocalizedText.Of(
                fr: """
                1. Organes de gouvernance : mandat, composition, fréquence
                2. Circuit d'escalade jusqu'au comité de direction
                3. Matrice RACI des activités clés
                4. Validation du projet de stratégie
                """,
                nl: """
                1. Governanceorganen: mandaat, samenstelling, frequentie
                2. Escalatieweg tot het directiecomité
                3. RACI-matrix van de kernactiviteiten
                4. Validatie van het ontwerp van strategie
                """),
            LocalizedText.Of(
                fr: """
                Trois organes ont été définis : un comité de gouvernance des données trimestriel présidé par le CDO, un forum mensuel des gestionnaires de données et le comité de direction comme instance d'arbitrage final. La matrice RACI a été remplie activité par activité. Pour la gestion des violations de données, les participants ne se sont pas accordés sur qui en porte la responsabilité finale : le DPO conseille mais ne décide pas, et le CDO n'a pas d'autorité sur les services concernés. La question est renvoyée au comité de gouvernance. Le projet de stratégie sera soumis pour approbation début octobre.
                """,
                nl: """
                Er werden drie organen vastgelegd: een driemaandelijks datagovernancecomité onder voorzitterschap van de CDO, een maandelijks forum van databeheerders en het directiecomité als laatste beslissingsniveau. De RACI-matrix werd activiteit per activiteit ingevuld. Over het afhandelen van datalekken raakten de deelnemers het niet eens over wie de eindverantwoordelijkheid draagt: de DPO adviseert maar beslist niet, en de CDO heeft geen gezag over de betrokken diensten. De vraag wordt doorverwezen naar het governancecomité. Het ontwerp van strategie wordt begin oktober ter goedkeuring voorgelegd.
                """),
            ["Anne-Marie Collard", "Nathalie Leclercq", "Olivier Lemaire", "Hanne Jacobs", "Marc Van den Bossche", "Catherine Dupont", "Sophie Lambert", "Fatima Ouali", "Bart Goossens", "Koen De Smet"],
            [
                LocalizedText.Of(fr: "Le comité de gouvernance des données se réunit chaque trimestre, sous la présidence du CDO.", nl: "Het datagovernancecomité vergadert elk kwartaal, onder voorzitterschap van de CDO."),
                LocalizedText.Of(fr: "Les questions qui engagent le budget ou l'organisation remontent au comité de direction.", nl: "Kwesties die het budget of de organisatie raken, gaan naar het directiecomité."),
            ],
            [
                ("Hanne Jacobs", LocalizedText.Of(fr: "Proposer une procédure de gestion des violations de données, avec un responsable final.", nl: "Een procedure voor het afhandelen van datalekken voorstellen, met een eindverantwoordelijke."), new DateOnly(2027, 1, 15), ActionStatus.InProgress),
                ("Olivier Lemaire", LocalizedText.Of(fr: "Soumettre le projet de stratégie au comité de direction.", nl: "Het ontwerp van strategie aan het directiecomité voorleggen."), new DateOnly(2025, 10, 6), ActionStatus.Done),
                ("Fatima Ouali", LocalizedText.Of(fr: "Identifier les traitements de l'action sociale qui nécessitent une analyse d'impact.", nl: "De verwerkingen van de sociale dienst oplijsten die een effectbeoordeling vereisen."), new DateOnly(2027, 2, 26), ActionStatus.Open),
            ]),
    ];

    /// <summary>Holders of the data owner role: the directors of the departments whose data domains session 3 listed.</summary>
    public static IReadOnlyList<string> OwnerHolders { get; } =
        ["Sophie Lambert", "Isabelle Martin", "Julien Mertens", "Amélie Rousseau", "Youssef Benali", "Fatima Ouali", "Nathalie Leclercq", "Catherine Dupont", "Marc Van den Bossche", "Anne-Marie Collard"];

    /// <summary>Holders of the data steward role; none yet in finance, IT, legal affairs and the town clerk's office.</summary>
    public static IReadOnlyList<string> StewardHolders { get; } =
        ["Koen De Smet", "Pieter Janssens", "Els Claes", "Jan Verstraeten", "Lotte Wouters", "Bart Goossens", "Wim Van Damme", "Sarah Maes"];

    private static readonly LocalizedText[] CityPriorityNames =
    [
        T("Ville intelligente et durable", "Slimme en duurzame stad", "Smart and sustainable city"),
        T("Services aux citoyens simples et accessibles", "Eenvoudige en toegankelijke dienstverlening aan burgers", "Simple and accessible services to citizens"),
        T("Transparence et participation citoyenne", "Transparantie en burgerparticipatie", "Transparency and citizen participation"),
        T("Administration efficiente", "Efficiënte administratie", "Efficient administration"),
    ];

    /// <summary>Seeds the strategy phase once: nothing when the organisation already has working sessions or strategy items.</summary>
    /// <returns>True when anything was added.</returns>
    public static async Task<bool> SeedAsync(AppDbContext db, Organisation organisation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(organisation);
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Name == DemoAssessment.CampaignNames, cancellationToken);
        if (campaign is null
            || await db.WorkingSessions.AnyAsync(cancellationToken)
            || await db.StrategyItems.AnyAsync(cancellationToken)
            || await db.CityPriorities.AnyAsync(cancellationToken))
        {
            return false;
        }

        var people = (await db.Stakeholders.AsNoTracking().Where(s => s.ErasedAt == null).ToListAsync(cancellationToken))
            .GroupBy(s => s.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
        if (Sessions.SelectMany(s => s.Participants).Any(name => !people.ContainsKey(name)))
        {
            // A demo stakeholder was erased or renamed: the story would not hold together.
            return false;
        }

        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Code, d => d.Id, cancellationToken);
        var users = new Dictionary<string, (string Id, string Name)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (email, name, _) in DemoSeeder.DemoUsers)
        {
            var id = await db.Users.Where(u => u.NormalizedEmail == email.ToUpperInvariant()).Select(u => u.Id).SingleOrDefaultAsync(cancellationToken);
            users[email] = (id ?? string.Empty, name);
        }

        var lead = users[DemoSeeder.LeadEmail];
        var facilitator = users[DemoSeeder.FacilitatorEmail];
        var contributor = users[DemoSeeder.ContributorEmail];

        db.SuppressAudit = true;
        var sessions = AddSessions(db, organisation, people);
        var cities = new List<CityPriority>();
        for (var i = 0; i < CityPriorityNames.Length; i++)
        {
            var city = new CityPriority { OrganisationId = organisation.Id, Name = CityPriorityNames[i], Position = i + 1 };
            db.CityPriorities.Add(city);
            cities.Add(city);
        }

        await db.SaveChangesAsync(cancellationToken);
        var strategy = await StrategyWorkspace.EnsureAsync(db, organisation, cancellationToken);
        var draft = new Draft(db, organisation.Id, strategy.Id, facilitator.Name);
        var content = AddContent(draft, sessions, cities, campaign.Id, people, departments);
        draft.FlushCreated();
        await db.SaveChangesAsync(cancellationToken);

        // Version 1: frozen before the later changes, so comparing v1 and v2 shows them.
        var v1Snapshot = await StrategyWorkspace.SnapshotAsync(db, strategy, cancellationToken);
        var v1 = new StrategyVersion
        {
            OrganisationId = organisation.Id,
            StrategyId = strategy.Id,
            Number = 1,
            Status = StrategyVersionStatus.Published,
            Snapshot = v1Snapshot.ToJson(),
            Summary = "Première version de la stratégie, issue des quatre sessions de travail.",
            SummaryLanguage = "fr",
            SubmittedById = facilitator.Id,
            SubmittedByName = facilitator.Name,
            SubmittedAt = V1SubmittedAt,
            PublishedByName = lead.Name,
            PublishedAt = V1PublishedAt,
        };
        db.StrategyVersions.Add(v1);
        db.StrategyApprovals.Add(new StrategyApproval
        {
            OrganisationId = organisation.Id,
            VersionId = v1.Id,
            UserId = lead.Id,
            UserName = lead.Name,
            Decision = ApprovalDecision.Approved,
            Comment = "Approuvée par le comité de direction du 15 octobre 2025.",
            CommentLanguage = "fr",
            At = V1ApprovedAt,
        });

        AddComments(db, organisation.Id, content, lead, facilitator, contributor);
        ChangeDraft(draft, content, sessions, cities, campaign.Id, departments);
        draft.FlushCreated();
        strategy.UpdatedAt = ChangesAt.AddDays(2);
        await db.SaveChangesAsync(cancellationToken);

        var v2Snapshot = await StrategyWorkspace.SnapshotAsync(db, strategy, cancellationToken);
        db.StrategyVersions.Add(new StrategyVersion
        {
            OrganisationId = organisation.Id,
            StrategyId = strategy.Id,
            Number = 2,
            Status = StrategyVersionStatus.InReview,
            Snapshot = v2Snapshot.ToJson(),
            Summary = "Indicateur open data revu (35 jeux de données), vision complétée par le plan climat, nouvel objectif et nouveau service sur les données énergétiques, CDO consulté pour la publication des données ouvertes.",
            SummaryLanguage = "fr",
            SubmittedById = facilitator.Id,
            SubmittedByName = facilitator.Name,
            SubmittedAt = V2SubmittedAt,
        });
        await db.SaveChangesAsync(cancellationToken);
        db.SuppressAudit = false;
        return true;
    }

    private static List<WorkingSession> AddSessions(AppDbContext db, Organisation organisation, Dictionary<string, Guid> people)
    {
        var result = new List<WorkingSession>();
        for (var i = 0; i < Sessions.Length; i++)
        {
            var data = Sessions[i];
            var heldAt = new DateTimeOffset(data.HeldOn.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
            var session = new WorkingSession
            {
                OrganisationId = organisation.Id,
                Title = data.Title,
                Template = data.Template,
                HeldOn = data.HeldOn,
                Agenda = data.Agenda,
                Notes = data.Notes,
                Position = i + 1,
                CreatedAt = heldAt.AddDays(-10),
            };
            db.WorkingSessions.Add(session);
            result.Add(session);
            foreach (var name in data.Participants)
            {
                db.WorkingSessionParticipants.Add(new WorkingSessionParticipant { OrganisationId = organisation.Id, SessionId = session.Id, StakeholderId = people[name] });
            }

            var minute = 0;
            foreach (var text in data.Decisions)
            {
                db.SessionOutcomes.Add(new SessionOutcome
                {
                    OrganisationId = organisation.Id,
                    SessionId = session.Id,
                    Kind = SessionOutcomeKind.Decision,
                    Text = text,
                    CreatedAt = heldAt.AddHours(3).AddMinutes(minute++),
                });
            }

            foreach (var (owner, text, due, status) in data.Actions)
            {
                db.SessionOutcomes.Add(new SessionOutcome
                {
                    OrganisationId = organisation.Id,
                    SessionId = session.Id,
                    Kind = SessionOutcomeKind.Action,
                    Text = text,
                    OwnerStakeholderId = people[owner],
                    DueOn = due,
                    Status = status,
                    CreatedAt = heldAt.AddHours(3).AddMinutes(minute++),
                });
            }
        }

        return result;
    }

    /// <summary>The items the later changes and the comments refer to.</summary>
    private sealed class Content
    {
        public required StrategyItem Vision { get; init; }

        public required StrategyItem OpenDataObjective { get; init; }

        public required StrategyItem SportsService { get; init; }

        public required StrategyItem BreachActivity { get; init; }

        public required StrategyItem OpenDataActivity { get; init; }

        public required StrategyItem ChiefDataOfficer { get; init; }
    }

    private static Content AddContent(Draft draft, List<WorkingSession> sessions, List<CityPriority> cities, Guid campaignId, Dictionary<string, Guid> people, Dictionary<string, Guid> departments)
    {
        var (s1, s2, s3, s4) = (sessions[0].Id, sessions[1].Id, sessions[2].Id, sessions[3].Id);
        string Priority(string theme) => StrategySnapshot.PriorityTarget(campaignId, theme);
        string City(int index) => cities[index].Id.ToString("D");
        const int Smart = 0, Citizens = 1, Transparency = 2, Efficient = 3;

        var at = Utc(2025, 6, 5, 10);
        var vision = draft.Add(StrategyItemKind.Vision, at, [s1],
            T("Des données au service de la ville et de ses habitants", "Data ten dienste van de stad en haar inwoners", "Data serving the city and its residents"),
            (StrategySchema.Description, T(
                "D'ici 2028, la Ville de Démo gère ses données comme un patrimoine commun : fiables, partagées entre services dans le respect de la vie privée et ouvertes au public chaque fois que possible, elles éclairent les décisions du Collège et permettent d'offrir aux habitants, aux entreprises et aux associations des services plus simples, plus rapides et accessibles dans les deux langues.",
                "Tegen 2028 beheert Stad Demo haar data als een gemeenschappelijk erfgoed: betrouwbaar, met respect voor de privacy gedeeld tussen de diensten en waar mogelijk open voor het publiek. Zo onderbouwen ze de beslissingen van het College en maken ze eenvoudigere, snellere en in beide talen toegankelijke diensten mogelijk voor inwoners, ondernemingen en verenigingen.",
                "By 2028, Demo City manages its data as a common asset: reliable, shared between departments with respect for privacy and open to the public wherever possible, its data inform the decisions of the Board of Mayor and Aldermen and make simpler, faster services, available in both languages, possible for residents, businesses and associations.")));

        draft.Add(StrategyItemKind.Principle, at, [s1],
            T("Les données sont un bien commun", "Data zijn een gemeenschappelijk goed", "Data are a common asset"),
            (StrategySchema.Description, T(
                "Les données produites par un service appartiennent à l'administration dans son ensemble : chaque jeu de données a un propriétaire désigné, mais il est documenté et partagé avec les autres services dès qu'un besoin légitime existe.",
                "Data die een dienst produceert, behoren toe aan het hele bestuur: elke dataset heeft een aangewezen eigenaar, maar wordt gedocumenteerd en met de andere diensten gedeeld zodra er een gerechtvaardigde behoefte is.",
                "Data produced by a department belong to the administration as a whole: every dataset has a designated owner, but it is documented and shared with other departments as soon as there is a legitimate need.")));
        draft.Add(StrategyItemKind.Principle, at, [s1],
            T("Une seule fois", "Eenmalige gegevensopvraging", "Once only"),
            (StrategySchema.Description, T(
                "Nous ne demandons pas aux habitants ni aux entreprises une information que l'administration détient déjà : nous la réutilisons à partir de sa source authentique.",
                "We vragen inwoners en ondernemingen geen gegevens die het bestuur al heeft: we hergebruiken ze vanuit de authentieke bron.",
                "We do not ask residents or businesses for information the administration already holds: we reuse it from its authentic source.")));
        draft.Add(StrategyItemKind.Principle, at, [s1],
            T("Protection de la vie privée dès la conception", "Privacy vanaf het ontwerp", "Privacy by design"),
            (StrategySchema.Description, T(
                "Tout projet qui traite des données à caractère personnel associe le délégué à la protection des données dès son lancement et ne collecte que les données strictement nécessaires.",
                "Elk project dat persoonsgegevens verwerkt, betrekt de functionaris voor gegevensbescherming van bij de start en verzamelt enkel de strikt noodzakelijke gegevens.",
                "Every project that processes personal data involves the data protection officer from the start and collects only the data strictly needed.")));
        draft.Add(StrategyItemKind.Principle, at, [s1],
            T("Ouvert par défaut", "Standaard open", "Open by default"),
            (StrategySchema.Description, T(
                "Les données non personnelles et non sensibles sont publiées en open data, dans des formats ouverts et sous licence libre, sauf motif documenté.",
                "Niet-persoonlijke en niet-gevoelige data worden als open data gepubliceerd, in open formaten en onder een vrije licentie, tenzij er een gedocumenteerde reden is om dat niet te doen.",
                "Non-personal, non-sensitive data are published as open data, in open formats and under an open licence, unless there is a documented reason not to.")));

        var governance = draft.Add(StrategyItemKind.Objective, at, [s1, s4],
            T("Mettre en place une gouvernance des données claire", "Een duidelijke datagovernance invoeren", "Establish clear data governance"),
            (StrategySchema.Description, T(
                "Attribuer un propriétaire et un gestionnaire à chaque domaine de données, installer les organes de gouvernance et adopter une politique de données commune.",
                "Voor elk datadomein een eigenaar en een databeheerder aanstellen, de governanceorganen oprichten en een gemeenschappelijk databeleid goedkeuren.",
                "Assign an owner and a steward to every data domain, set up the governance bodies and adopt a common data policy.")),
            (StrategySchema.Outcomes, T(
                "Chaque domaine de données prioritaire a un propriétaire et un gestionnaire nommés ; les décisions sur les données sont prises et documentées par le comité de gouvernance.",
                "Elk prioritair datadomein heeft een aangestelde eigenaar en databeheerder; beslissingen over data worden door het governancecomité genomen en gedocumenteerd.",
                "Every priority data domain has a named owner and steward; decisions about data are taken and documented by the governance board.")),
            (StrategySchema.Indicators, T(
                "Part des domaines prioritaires avec propriétaire et gestionnaire (cible : 100 % fin 2027) ; réunions du comité de gouvernance par an (cible : 4).",
                "Aandeel prioritaire domeinen met eigenaar en databeheerder (doel: 100 % eind 2027); vergaderingen van het governancecomité per jaar (doel: 4).",
                "Share of priority domains with an owner and a steward (target: 100% by end 2027); governance board meetings per year (target: 4).")));
        governance.Links = [new(StrategyRelation.Priority, Priority("governance")), new(StrategyRelation.Priority, Priority("leadership")), new(StrategyRelation.CityPriority, City(Efficient))];

        var registers = draft.Add(StrategyItemKind.Objective, at, [s1],
            T("Fiabiliser les registres de base", "De basisregisters betrouwbaar maken", "Make the base registers reliable"),
            (StrategySchema.Description, T(
                "Résorber les doublons et les incohérences dans les registres des adresses, des entreprises et des bâtiments, et corriger chaque erreur une seule fois, à la source.",
                "Dubbels en inconsistenties in de registers van adressen, ondernemingen en gebouwen wegwerken en elke fout één keer, aan de bron, verbeteren.",
                "Clear duplicates and inconsistencies in the address, business and building registers, and correct each error once, at the source.")),
            (StrategySchema.Outcomes, T(
                "Les services utilisent les mêmes adresses et les mêmes numéros d'entreprise ; les corrections manuelles service par service disparaissent.",
                "De diensten gebruiken dezelfde adressen en dezelfde ondernemingsnummers; manuele correcties per dienst verdwijnen.",
                "Departments use the same addresses and business numbers; manual corrections department by department disappear.")),
            (StrategySchema.Indicators, T(
                "Taux de doublons dans le registre des adresses (cible : moins de 1 %) ; délai moyen de correction d'une erreur signalée (cible : 5 jours ouvrables).",
                "Percentage dubbels in het adressenregister (doel: minder dan 1 %); gemiddelde doorlooptijd om een gemelde fout te verbeteren (doel: 5 werkdagen).",
                "Duplicate rate in the address register (target: under 1%); average time to correct a reported error (target: 5 working days).")));
        registers.Links = [new(StrategyRelation.Priority, Priority("data-management")), new(StrategyRelation.CityPriority, City(Citizens))];

        var steering = draft.Add(StrategyItemKind.Objective, at, [s1],
            T("Piloter l'action communale par les données", "Het gemeentelijk beleid met data sturen", "Steer municipal action with data"),
            (StrategySchema.Description, T(
                "Donner au Collège et au comité de direction des indicateurs fiables, mis à jour automatiquement, plutôt que des tableaux refaits à la main chaque mois.",
                "Het College en het directiecomité betrouwbare, automatisch bijgewerkte indicatoren geven in plaats van tabellen die elke maand met de hand worden opgemaakt.",
                "Give the Board of Mayor and Aldermen and the management committee reliable, automatically updated indicators instead of tables rebuilt by hand every month.")),
            (StrategySchema.Outcomes, T(
                "Les décisions budgétaires et les arbitrages du Collège s'appuient sur un tableau de bord partagé et commenté.",
                "Budgettaire beslissingen en afwegingen van het College steunen op een gedeeld en toegelicht dashboard.",
                "The Board's budget decisions and trade-offs rest on a shared, annotated dashboard.")),
            (StrategySchema.Indicators, T(
                "Part des indicateurs du tableau de bord alimentés automatiquement (cible : 80 %) ; heures consacrées chaque mois à la compilation manuelle (cible : −75 %).",
                "Aandeel indicatoren van het dashboard dat automatisch wordt gevoed (doel: 80 %); uren per maand besteed aan manuele compilatie (doel: −75 %).",
                "Share of dashboard indicators fed automatically (target: 80%); hours spent each month on manual compilation (target: −75%).")));
        steering.Links = [new(StrategyRelation.Priority, Priority("leadership")), new(StrategyRelation.Priority, Priority("data-management")), new(StrategyRelation.CityPriority, City(Efficient))];

        var services = draft.Add(StrategyItemKind.Objective, at, [s1, s2],
            T("Développer des services publics fondés sur les données", "Datagedreven openbare dienstverlening ontwikkelen", "Develop data-driven public services"),
            (StrategySchema.Description, T(
                "Utiliser les données pour simplifier les démarches, informer les habitants de l'avancement de leurs demandes et mieux planifier l'offre de services.",
                "Data gebruiken om procedures te vereenvoudigen, inwoners te informeren over de voortgang van hun aanvragen en het dienstenaanbod beter te plannen.",
                "Use data to simplify procedures, keep residents informed of the progress of their applications and plan services better.")),
            (StrategySchema.Outcomes, T(
                "Les habitants suivent leurs démarches en ligne ; les équipements communaux sont utilisés au mieux de leur capacité.",
                "Inwoners volgen hun aanvragen online op; de gemeentelijke voorzieningen worden optimaal benut.",
                "Residents follow their applications online; municipal facilities are used to their full capacity.")),
            (StrategySchema.Indicators, T(
                "Démarches avec suivi en ligne (cible : 10) ; taux d'occupation des salles de sport (cible : +15 %) ; satisfaction des usagers (enquête annuelle).",
                "Procedures met online opvolging (doel: 10); bezettingsgraad van de sportzalen (doel: +15 %); tevredenheid van de gebruikers (jaarlijkse enquête).",
                "Procedures with online tracking (target: 10); sports hall occupancy (target: +15%); user satisfaction (annual survey).")));
        services.Links = [new(StrategyRelation.Priority, Priority("services")), new(StrategyRelation.CityPriority, City(Citizens))];

        var openData = draft.Add(StrategyItemKind.Objective, at, [s1],
            T("Ouvrir les données publiques", "Overheidsdata openstellen", "Open up public data"),
            (StrategySchema.Description, T(
                "Publier régulièrement et automatiquement les données communales d'intérêt général sur le portail régional, dans le respect de la vie privée.",
                "Gemeentelijke data van algemeen belang regelmatig en automatisch publiceren op het gewestelijke portaal, met respect voor de privacy.",
                "Publish municipal data of general interest regularly and automatically on the regional portal, with respect for privacy.")),
            (StrategySchema.Outcomes, T(
                "Les habitants, les chercheurs et les entreprises réutilisent les données de la ville ; les demandes de publicité de l'administration diminuent.",
                "Inwoners, onderzoekers en ondernemingen hergebruiken de data van de stad; het aantal aanvragen tot openbaarheid van bestuur daalt.",
                "Residents, researchers and businesses reuse the city's data; freedom-of-information requests decrease.")),
            (StrategySchema.Indicators, T(
                "Jeux de données publiés et tenus à jour automatiquement (cible : 50 en 2028) ; réutilisations recensées.",
                "Gepubliceerde en automatisch bijgewerkte datasets (doel: 50 in 2028); geregistreerde hergebruiken.",
                "Datasets published and kept up to date automatically (target: 50 in 2028); recorded reuses.")));
        openData.Links = [new(StrategyRelation.Priority, Priority("services")), new(StrategyRelation.Priority, Priority("ethics")), new(StrategyRelation.CityPriority, City(Transparency))];

        var platform = draft.Add(StrategyItemKind.Objective, at, [s1],
            T("Consolider une plateforme de données partagée et sécurisée", "Een gedeeld en beveiligd dataplatform uitbouwen", "Consolidate a shared and secure data platform"),
            (StrategySchema.Description, T(
                "Faire de la plateforme de données existante le point d'accès unique aux données de référence, préparer la migration vers le cloud et intégrer les données des capteurs de la ville.",
                "Het bestaande dataplatform uitbouwen tot het enige toegangspunt tot de referentiedata, de migratie naar de cloud voorbereiden en de data van de sensoren van de stad integreren.",
                "Make the existing data platform the single access point to reference data, prepare the move to the cloud and integrate the city's sensor data.")),
            (StrategySchema.Outcomes, T(
                "Les services trouvent les données de référence et les données des capteurs au même endroit, avec des droits d'accès maîtrisés.",
                "De diensten vinden referentiedata en sensordata op één plek, met beheerde toegangsrechten.",
                "Departments find reference and sensor data in one place, with controlled access rights.")),
            (StrategySchema.Indicators, T(
                "Part des jeux de données de référence disponibles sur la plateforme (cible : 90 %) ; incidents de sécurité liés aux données (cible : 0).",
                "Aandeel referentiedatasets beschikbaar op het platform (doel: 90 %); beveiligingsincidenten met data (doel: 0).",
                "Share of reference datasets available on the platform (target: 90%); data security incidents (target: 0).")));
        platform.Links = [new(StrategyRelation.Priority, Priority("tools")), new(StrategyRelation.CityPriority, City(Smart))];

        at = Utc(2025, 6, 19, 10);
        var sports = draft.Add(StrategyItemKind.Service, at, [s2],
            T("Tableau de bord d'occupation des salles de sport", "Dashboard bezetting sportzalen", "Sports hall occupancy dashboard"),
            (StrategySchema.Problem, T(
                "Les créneaux des salles de sport sont attribués sur la base de réservations papier ; personne ne sait quelles salles restent vides, ni à quelles heures.",
                "De uren in de sportzalen worden toegekend op basis van papieren reservaties; niemand weet welke zalen wanneer leeg blijven.",
                "Sports hall slots are allocated from paper bookings; nobody knows which halls stay empty, nor when.")),
            (StrategySchema.Users, T("Service des sports, clubs sportifs, écoles, échevin des sports.", "Sportdienst, sportclubs, scholen, schepen van Sport.", "Sports department, sports clubs, schools, alderman for sports.")),
            (StrategySchema.DataNeeded, T("Réservations, accès par badge, horaires d'ouverture, capacité des salles.", "Reservaties, toegang met badge, openingsuren, capaciteit van de zalen.", "Bookings, badge access, opening hours, hall capacity.")),
            (StrategySchema.Benefits, T(
                "Davantage de créneaux pour les clubs en liste d'attente, des horaires d'ouverture ajustés à la fréquentation réelle.",
                "Meer uren voor clubs op de wachtlijst, openingsuren afgestemd op het werkelijke gebruik.",
                "More slots for clubs on the waiting list, opening hours matched to actual use.")));
        sports.DepartmentId = departments["SPO"];
        sports.Links = [new(StrategyRelation.Objective, Id(services)), new(StrategyRelation.Objective, Id(steering))];

        var permits = draft.Add(StrategyItemKind.Service, at, [s2],
            T("Suivi en ligne des demandes de permis d'urbanisme", "Online opvolging van stedenbouwkundige vergunningsaanvragen", "Online tracking of planning permit applications"),
            (StrategySchema.Problem, T(
                "Les demandeurs appellent le service pour connaître l'état de leur dossier ; les délais de traitement ne sont pas mesurés.",
                "Aanvragers bellen de dienst om te weten hoever hun dossier staat; de doorlooptijden worden niet gemeten.",
                "Applicants call the department to find out where their file stands; processing times are not measured.")),
            (StrategySchema.Users, T("Demandeurs de permis, architectes, service de l'urbanisme.", "Vergunningsaanvragers, architecten, dienst Stedenbouw.", "Permit applicants, architects, urban planning department.")),
            (StrategySchema.DataNeeded, T(
                "Étapes des dossiers de permis, dates de réception et de décision, adresses du registre de base.",
                "Stappen van de vergunningsdossiers, ontvangst- en beslissingsdata, adressen uit het basisregister.",
                "Steps of permit files, receipt and decision dates, addresses from the base register.")),
            (StrategySchema.Benefits, T(
                "Moins d'appels au guichet, des délais de traitement connus et réduits, des demandeurs mieux informés.",
                "Minder telefoons naar het loket, gekende en kortere doorlooptijden, beter geïnformeerde aanvragers.",
                "Fewer calls to the front desk, known and shorter processing times, better-informed applicants.")));
        permits.DepartmentId = departments["URB"];
        permits.Links = [new(StrategyRelation.Objective, Id(services)), new(StrategyRelation.Objective, Id(registers))];

        var portal = draft.Add(StrategyItemKind.Service, at, [s2],
            T("Portail open data communal", "Gemeentelijk opendataportaal", "Municipal open data portal"),
            (StrategySchema.Problem, T(
                "Les douze jeux de données publiés sont mis à jour à la main et deviennent vite obsolètes.",
                "De twaalf gepubliceerde datasets worden met de hand bijgewerkt en raken snel verouderd.",
                "The twelve published datasets are updated by hand and soon go out of date.")),
            (StrategySchema.Users, T(
                "Habitants, journalistes, chercheurs, entreprises, autres administrations.",
                "Inwoners, journalisten, onderzoekers, ondernemingen, andere besturen.",
                "Residents, journalists, researchers, businesses, other administrations.")),
            (StrategySchema.DataNeeded, T(
                "Équipements communaux, budget, décisions du conseil communal, comptages de mobilité.",
                "Gemeentelijke voorzieningen, begroting, beslissingen van de gemeenteraad, mobiliteitstellingen.",
                "Municipal facilities, budget, council decisions, mobility counts.")),
            (StrategySchema.Benefits, T(
                "Plus de transparence, une réutilisation par l'écosystème local, moins de demandes de publicité à traiter une à une.",
                "Meer transparantie, hergebruik door het lokale ecosysteem, minder afzonderlijk te behandelen aanvragen tot openbaarheid.",
                "More transparency, reuse by the local ecosystem, fewer freedom-of-information requests to handle one by one.")));
        portal.DepartmentId = departments["SCU"];
        portal.Links = [new(StrategyRelation.Objective, Id(openData))];

        var board = draft.Add(StrategyItemKind.Service, at, [s2],
            T("Tableau de bord du Collège", "Dashboard van het College", "Board of Mayor and Aldermen dashboard"),
            (StrategySchema.Problem, T(
                "Le rapport mensuel d'indicateurs est compilé à la main à partir de quatre sources, avec un mois de retard.",
                "Het maandelijkse indicatorenrapport wordt met de hand samengesteld uit vier bronnen, met een maand vertraging.",
                "The monthly indicator report is compiled by hand from four sources, a month late.")),
            (StrategySchema.Users, T("Membres du Collège, comité de direction, service des finances.", "Leden van het College, directiecomité, dienst Financiën.", "Members of the Board, management committee, finance department.")),
            (StrategySchema.DataNeeded, T(
                "Exécution budgétaire, effectifs, indicateurs de service des départements.",
                "Begrotingsuitvoering, personeelsbestand, dienstverleningsindicatoren van de departementen.",
                "Budget execution, staffing, departments' service indicators.")),
            (StrategySchema.Benefits, T(
                "Des chiffres à jour à chaque séance du Collège et des heures de compilation économisées.",
                "Actuele cijfers op elke zitting van het College en uitgespaarde uren voor het samenstellen.",
                "Up-to-date figures at every Board meeting and hours of compilation saved.")));
        board.DepartmentId = departments["FIN"];
        board.Links = [new(StrategyRelation.Objective, Id(steering))];

        var cycling = draft.Add(StrategyItemKind.Service, at, [s2],
            T("Analyse des flux cyclistes", "Analyse van de fietsstromen", "Cycle flow analysis"),
            (StrategySchema.Problem, T(
                "Les données des capteurs de comptage vélo restent chez le fournisseur et ne servent pas à l'aménagement de l'espace public.",
                "De data van de fietstelpalen blijven bij de leverancier en worden niet gebruikt voor de inrichting van de openbare ruimte.",
                "Data from the bicycle counters stay with the supplier and are not used to design public space.")),
            (StrategySchema.Users, T("Service de la mobilité, Région, habitants, associations de cyclistes.", "Dienst Mobiliteit, Gewest, inwoners, fietsersverenigingen.", "Mobility department, Region, residents, cycling associations.")),
            (StrategySchema.DataNeeded, T("Comptages des capteurs, chantiers en voirie, météo, plan de mobilité.", "Tellingen van de sensoren, wegenwerken, weer, mobiliteitsplan.", "Sensor counts, roadworks, weather, mobility plan.")),
            (StrategySchema.Benefits, T(
                "Des aménagements cyclables décidés sur la base de mesures, des comptages publiés en open data.",
                "Fietsinfrastructuur op basis van metingen, tellingen gepubliceerd als open data.",
                "Cycling infrastructure decided from measurements, counts published as open data.")));
        cycling.DepartmentId = departments["MOB"];
        cycling.Links = [new(StrategyRelation.Objective, Id(platform)), new(StrategyRelation.Objective, Id(openData))];

        at = Utc(2025, 7, 3, 10);
        var cdo = draft.Add(StrategyItemKind.Role, at, [s3, s4],
            T("Chief Data Officer (responsable stratégique des données)", "Chief Data Officer (strategisch verantwoordelijke voor data)", "Chief data officer"),
            (StrategySchema.Responsibilities, T(
                "Porte la stratégie data auprès du comité de direction, préside le comité de gouvernance des données, arbitre les priorités et rend compte de l'avancement de la feuille de route.",
                "Draagt de datastrategie uit bij het directiecomité, zit het datagovernancecomité voor, beslist over prioriteiten en rapporteert over de voortgang van de roadmap.",
                "Champions the data strategy with the management committee, chairs the data governance board, decides on priorities and reports on roadmap progress.")));
        cdo.Links = [new(StrategyRelation.Holder, Id(people["Olivier Lemaire"]))];

        var owner = draft.Add(StrategyItemKind.Role, at, [s3],
            T("Propriétaire de données", "Data-eigenaar", "Data owner"),
            (StrategySchema.Responsibilities, T(
                "Direction d'un service métier responsable d'un domaine de données : décide qui peut y accéder, approuve les partages et fixe le niveau de qualité attendu.",
                "Directie van een vakdienst die verantwoordelijk is voor een datadomein: beslist wie toegang krijgt, keurt het delen van data goed en bepaalt het verwachte kwaliteitsniveau.",
                "Head of a business department responsible for a data domain: decides who may access it, approves sharing and sets the expected level of quality.")));
        // The directors of the departments whose data domains were listed in session 3 (the register's owners).
        owner.Links = [.. OwnerHolders.Select(name => new StrategyLink(StrategyRelation.Holder, Id(people[name])))];

        var steward = draft.Add(StrategyItemKind.Role, at, [s3],
            T("Gestionnaire de données (data steward)", "Databeheerder (data steward)", "Data steward"),
            (StrategySchema.Responsibilities, T(
                "Documente les jeux de données de son domaine dans le catalogue, surveille leur qualité, traite les erreurs signalées et relaie les besoins des utilisateurs.",
                "Documenteert de datasets van het eigen domein in de catalogus, bewaakt hun kwaliteit, behandelt gemelde fouten en brengt de noden van de gebruikers over.",
                "Documents the datasets of the domain in the catalogue, monitors their quality, handles reported errors and relays users' needs.")));
        // No steward yet in finance, IT, legal affairs and the town clerk's office: their profiles wait for I-23.
        steward.Links = [.. StewardHolders.Select(name => new StrategyLink(StrategyRelation.Holder, Id(people[name])))];

        var analyst = draft.Add(StrategyItemKind.Role, at, [s3],
            T("Analyste de données", "Data-analist", "Data analyst"),
            (StrategySchema.Responsibilities, T(
                "Conçoit les tableaux de bord et les analyses demandés par les services, et aide les équipes métier à interpréter les chiffres.",
                "Ontwerpt de dashboards en analyses die de diensten vragen en helpt de vakteams de cijfers te interpreteren.",
                "Designs the dashboards and analyses departments ask for, and helps business teams interpret the figures.")));
        analyst.Links = [new(StrategyRelation.Holder, Id(people["Sarah Maes"]))];

        var dpo = draft.Add(StrategyItemKind.Role, at, [s3, s4],
            T("Délégué à la protection des données (DPO)", "Functionaris voor gegevensbescherming (DPO)", "Data protection officer (DPO)"),
            (StrategySchema.Responsibilities, T(
                "Conseille sur la conformité au RGPD, rend un avis sur chaque analyse d'impact, tient le registre des traitements et est le point de contact de l'Autorité de protection des données.",
                "Adviseert over de naleving van de AVG, geeft advies over elke gegevensbeschermingseffectbeoordeling, houdt het register van de verwerkingsactiviteiten bij en is het aanspreekpunt voor de Gegevensbeschermingsautoriteit.",
                "Advises on GDPR compliance, gives an opinion on every impact assessment, keeps the record of processing activities and is the contact point for the Data Protection Authority.")));
        dpo.Links = [new(StrategyRelation.Holder, Id(people["Hanne Jacobs"]))];

        // No holder yet: the post is to be recruited in 2027 (session 3).
        var architect = draft.Add(StrategyItemKind.Role, at, [s3],
            T("Architecte de données", "Data-architect", "Data architect"),
            (StrategySchema.Responsibilities, T(
                "Définit les modèles de données de référence, les standards d'échange et l'architecture de la plateforme de données ; veille à l'interopérabilité avec la Région et le fédéral.",
                "Bepaalt de referentiedatamodellen, de uitwisselingsstandaarden en de architectuur van het dataplatform; waakt over de interoperabiliteit met het Gewest en de federale overheid.",
                "Defines the reference data models, exchange standards and the architecture of the data platform; ensures interoperability with the Region and the federal government.")));

        var office = draft.Add(StrategyItemKind.Team, at, [s3],
            T("Bureau des données", "Databureau", "Data office"),
            (StrategySchema.Description, T(
                "Petite équipe transversale rattachée au CDO : anime la gouvernance, tient le catalogue de données et accompagne les services dans leurs projets.",
                "Klein transversaal team onder de CDO: ondersteunt de governance, beheert de datacatalogus en begeleidt de diensten bij hun projecten.",
                "A small cross-functional team under the CDO: runs governance, keeps the data catalogue and supports departments in their projects.")));
        office.DepartmentId = departments["SCU"];
        office.Links = [new(StrategyRelation.ReportsTo, Id(cdo)), new(StrategyRelation.Member, Id(cdo)), new(StrategyRelation.Member, Id(analyst)), new(StrategyRelation.Member, Id(architect))];

        var bi = draft.Add(StrategyItemKind.Team, at, [s3],
            T("Centre de compétences BI", "BI-competentiecentrum", "BI competence centre"),
            (StrategySchema.Description, T(
                "Regroupe les analystes et les développeurs BI du service informatique ; construit et maintient les tableaux de bord et les flux de données de la plateforme.",
                "Brengt de analisten en BI-ontwikkelaars van de IT-dienst samen; bouwt en onderhoudt de dashboards en de datastromen van het platform.",
                "Brings together the IT department's analysts and BI developers; builds and maintains the platform's dashboards and data flows.")));
        bi.DepartmentId = departments["IT"];
        bi.Links = [new(StrategyRelation.ReportsTo, Id(office)), new(StrategyRelation.Member, Id(analyst)), new(StrategyRelation.Member, Id(architect))];

        var network = draft.Add(StrategyItemKind.Network, at, [s3],
            T("Réseau des gestionnaires de données", "Netwerk van databeheerders", "Data stewards' network"),
            (StrategySchema.Description, T(
                "Réunit les gestionnaires de données de tous les services pour partager les bonnes pratiques, harmoniser les définitions et faire remonter les problèmes de qualité.",
                "Brengt de databeheerders van alle diensten samen om goede praktijken te delen, definities op elkaar af te stemmen en kwaliteitsproblemen te melden.",
                "Brings the data stewards of all departments together to share good practice, align definitions and raise quality issues.")));

        at = Utc(2025, 9, 11, 10);
        var management = draft.Add(StrategyItemKind.GovernanceBody, at, [s4],
            T("Comité de direction", "Directiecomité", "Management committee"),
            (StrategySchema.Purpose, T(
                "Réunit la secrétaire communale et les directions de département ; valide la stratégie data avant sa présentation au Collège.",
                "Brengt de gemeentesecretaris en de departementsdirecties samen; valideert de datastrategie voor ze aan het College wordt voorgelegd.",
                "Brings together the town clerk and the heads of department; validates the data strategy before it goes to the Board.")),
            (StrategySchema.Cadence, T("Toutes les deux semaines", "Tweewekelijks", "Fortnightly")),
            (StrategySchema.DecisionRights, T(
                "Tranche les questions budgétaires et organisationnelles transmises par le comité de gouvernance ; propose la stratégie au Collège.",
                "Beslist over budgettaire en organisatorische kwesties die het governancecomité voorlegt; stelt de strategie voor aan het College.",
                "Decides the budget and organisational questions the governance board refers to it; proposes the strategy to the Board.")));
        management.Links = [new(StrategyRelation.Member, Id(cdo))];

        var governanceBoard = draft.Add(StrategyItemKind.GovernanceBody, at, [s4],
            T("Comité de gouvernance des données", "Datagovernancecomité", "Data governance board"),
            (StrategySchema.Purpose, T(
                "Adopte les politiques de données, arbitre les conflits entre domaines et suit la mise en œuvre de la stratégie.",
                "Keurt het databeleid goed, beslecht conflicten tussen domeinen en volgt de uitvoering van de strategie op.",
                "Adopts data policies, settles conflicts between domains and monitors the strategy's implementation.")),
            (StrategySchema.Cadence, T("Trimestrielle", "Driemaandelijks", "Quarterly")),
            (StrategySchema.DecisionRights, T(
                "Approuve les politiques et standards de données, la liste des domaines et de leurs propriétaires et les priorités de qualité ; soumet au comité de direction ce qui engage le budget ou l'organisation.",
                "Keurt het databeleid en de datastandaarden goed, net als de lijst van domeinen en hun eigenaars en de kwaliteitsprioriteiten; legt wat het budget of de organisatie raakt voor aan het directiecomité.",
                "Approves data policies and standards, the list of domains and their owners, and quality priorities; refers to the management committee whatever commits budget or the organisation.")));
        governanceBoard.Links = [new(StrategyRelation.Chair, Id(cdo)), new(StrategyRelation.Member, Id(owner)), new(StrategyRelation.Member, Id(dpo)), new(StrategyRelation.Member, Id(architect)), new(StrategyRelation.EscalatesTo, Id(management))];

        var forum = draft.Add(StrategyItemKind.GovernanceBody, at, [s4],
            T("Forum des gestionnaires de données", "Forum van databeheerders", "Data stewards' forum"),
            (StrategySchema.Purpose, T(
                "Réunion de travail des gestionnaires de données : qualité, définitions communes, mise à jour du catalogue.",
                "Werkoverleg van de databeheerders: kwaliteit, gemeenschappelijke definities, bijwerking van de catalogus.",
                "The data stewards' working meeting: quality, common definitions, catalogue updates.")),
            (StrategySchema.Cadence, T("Mensuelle", "Maandelijks", "Monthly")),
            (StrategySchema.DecisionRights, T(
                "Fixe les définitions et les règles de qualité au niveau opérationnel ; porte au comité de gouvernance les questions qui dépassent un domaine.",
                "Legt definities en kwaliteitsregels op operationeel niveau vast; legt vragen die een domein overstijgen voor aan het governancecomité.",
                "Sets definitions and quality rules at operational level; takes questions that go beyond one domain to the governance board.")));
        forum.Links = [new(StrategyRelation.Chair, Id(steward)), new(StrategyRelation.Member, Id(steward)), new(StrategyRelation.Member, Id(analyst)), new(StrategyRelation.Member, Id(architect)), new(StrategyRelation.EscalatesTo, Id(governanceBoard))];
        network.Links = [new(StrategyRelation.ReportsTo, Id(governanceBoard)), new(StrategyRelation.Member, Id(steward)), new(StrategyRelation.Member, Id(dpo))];

        var roles = new Dictionary<char, StrategyItem> { ['C'] = cdo, ['O'] = owner, ['S'] = steward, ['N'] = analyst, ['D'] = dpo, ['T'] = architect };

        // Letters per role: C = CDO, O = owner, S = steward, N = analyst, D = DPO, T = architect.
        var activities = new (LocalizedText Title, LocalizedText Description, string Cells)[]
        {
            (T("Définir les politiques de données", "Het databeleid vastleggen", "Define data policies"),
                T("Rédiger et réviser la politique de données, les standards et les règles de classification.", "Het databeleid, de standaarden en de classificatieregels opstellen en herzien.", "Draft and review the data policy, standards and classification rules."),
                "CA OC SR NI DC TC"),
            (T("Approuver les accords de partage de données", "Overeenkomsten voor het delen van data goedkeuren", "Approve data sharing agreements"),
                T("Valider les protocoles d'échange de données avec d'autres administrations et des partenaires.", "Protocollen voor gegevensuitwisseling met andere besturen en partners valideren.", "Validate data exchange protocols with other administrations and partners."),
                "CI OA SR DC"),
            (T("Tenir à jour le catalogue de données", "De datacatalogus bijhouden", "Maintain the data catalogue"),
                T("Décrire chaque jeu de données : propriétaire, définition, source, fréquence de mise à jour.", "Elke dataset beschrijven: eigenaar, definitie, bron, bijwerkingsfrequentie.", "Describe every dataset: owner, definition, source, update frequency."),
                "OA SR NI TC"),
            (T("Surveiller la qualité des données", "De datakwaliteit bewaken", "Monitor data quality"),
                T("Mesurer les indicateurs de qualité, signaler les anomalies et les corriger à la source.", "Kwaliteitsindicatoren meten, afwijkingen melden en ze aan de bron verbeteren.", "Measure quality indicators, report anomalies and correct them at the source."),
                "CI OA SR NR"),
            (T("Publier des données ouvertes", "Open data publiceren", "Publish open data"),
                T("Préparer les jeux de données, les anonymiser si nécessaire et les publier sur le portail régional.", "Datasets voorbereiden, zo nodig anonimiseren en publiceren op het gewestelijke portaal.", "Prepare datasets, anonymise them where needed and publish them on the regional portal."),
                "CI OA SR DC TR"),
            (T("Réaliser les analyses d'impact relatives à la protection des données (AIPD)", "Gegevensbeschermingseffectbeoordelingen (GEB) uitvoeren", "Carry out data protection impact assessments (DPIA)"),
                T("Évaluer les risques pour les personnes avant tout nouveau traitement sensible.", "De risico's voor personen beoordelen vóór elke nieuwe gevoelige verwerking.", "Assess the risks to people before any new sensitive processing."),
                "OA SR DC"),
            (T("Traiter les demandes d'exercice des droits", "Verzoeken tot uitoefening van rechten behandelen", "Handle data subject requests"),
                T("Répondre dans le délai légal aux demandes d'accès, de rectification et d'effacement.", "Binnen de wettelijke termijn antwoorden op verzoeken tot inzage, verbetering en wissing.", "Answer requests for access, rectification and erasure within the legal deadline."),
                "OA SC DR"),
            (T("Concevoir les modèles et l'architecture de données", "Datamodellen en data-architectuur ontwerpen", "Design data models and architecture"),
                T("Définir les modèles de référence et l'intégration des sources dans la plateforme.", "De referentiemodellen en de integratie van de bronnen in het platform bepalen.", "Define the reference models and how sources are integrated into the platform."),
                "CA SC NC TR"),
            (T("Produire les tableaux de bord de pilotage", "Beleidsdashboards maken", "Produce management dashboards"),
                T("Construire et tenir à jour les tableaux de bord du Collège et des services.", "De dashboards van het College en van de diensten bouwen en bijhouden.", "Build and maintain the dashboards of the Board and the departments."),
                "CI OA SC NR"),

            // Deliberately without an A: session 4 could not agree who is accountable.
            (T("Gérer les violations de données", "Datalekken afhandelen", "Manage data breaches"),
                T("Contenir l'incident, évaluer le risque et, si nécessaire, notifier l'Autorité de protection des données dans les 72 heures.", "Het incident indijken, het risico beoordelen en zo nodig binnen 72 uur de Gegevensbeschermingsautoriteit op de hoogte brengen.", "Contain the incident, assess the risk and, where needed, notify the Data Protection Authority within 72 hours."),
                "CC OI DR TR"),
        };
        var activityItems = new List<StrategyItem>();
        foreach (var (title, description, cells) in activities)
        {
            var activity = draft.Add(StrategyItemKind.RaciActivity, at, [s4], title, (StrategySchema.Description, description));
            activityItems.Add(activity);
            foreach (var cell in cells.Split(' '))
            {
                draft.Raci(activity, roles[cell[0]], Enum.Parse<RaciLetter>(cell[1..]));
            }
        }

        return new Content
        {
            Vision = vision,
            OpenDataObjective = openData,
            SportsService = sports,
            BreachActivity = activityItems[^1],
            OpenDataActivity = activityItems[4],
            ChiefDataOfficer = cdo,
        };
    }

    private static void AddComments(AppDbContext db, Guid organisationId, Content content, (string Id, string Name) lead, (string Id, string Name) facilitator, (string Id, string Name) contributor)
    {
        var question = new StrategyComment
        {
            OrganisationId = organisationId,
            ItemId = content.OpenDataObjective.Id,
            AuthorId = contributor.Id,
            AuthorName = contributor.Name,
            Text = "50 jeux de données tenus à jour automatiquement d'ici 2028, est-ce réaliste ? Nous en publions 12 aujourd'hui, tous à la main. @" + facilitator.Name + ", peux-tu vérifier avec la cellule Smart City ?",
            Language = "fr",
            Mentions = [facilitator.Id],
            CreatedAt = Utc(2025, 10, 21, 11),
            ResolvedAt = Utc(2026, 11, 10, 9),
            ResolvedByName = lead.Name,
        };
        db.StrategyComments.Add(question);
        db.StrategyComments.Add(new StrategyComment
        {
            OrganisationId = organisationId,
            ItemId = content.OpenDataObjective.Id,
            ParentId = question.Id,
            AuthorId = facilitator.Id,
            AuthorName = facilitator.Name,
            Text = "Vérifié avec la cellule Smart City : 35 jeux de données tenus à jour automatiquement est une cible réaliste. Je corrige l'indicateur dans la version 2.",
            Language = "fr",
            CreatedAt = Utc(2025, 10, 22, 15),
        });
        db.StrategyComments.Add(new StrategyComment
        {
            OrganisationId = organisationId,
            ItemId = content.BreachActivity.Id,
            AuthorId = lead.Id,
            AuthorName = lead.Name,
            Text = "Personne n'est « A » pour les violations de données. À trancher au prochain comité de gouvernance, sur la base de la procédure proposée par la DPO.",
            Language = "fr",
            CreatedAt = Utc(2025, 10, 23, 10),
        });
        db.StrategyComments.Add(new StrategyComment
        {
            OrganisationId = organisationId,
            ItemId = content.SportsService.Id,
            AuthorId = contributor.Id,
            AuthorName = contributor.Name,
            Text = "Kunnen we ook de bezetting van de zwembaden opnemen? De reservaties lopen via hetzelfde systeem.",
            Language = "nl",
            CreatedAt = Utc(2026, 11, 18, 14),
        });
    }

    /// <summary>What changed between version 1 and version 2: two texts, one new objective, one new service, one RACI letter.</summary>
    private static void ChangeDraft(Draft draft, Content content, List<WorkingSession> sessions, List<CityPriority> cities, Guid campaignId, Dictionary<string, Guid> departments)
    {
        content.Vision.Texts[StrategySchema.Description] = T(
            "D'ici fin 2028, la Ville de Démo gère ses données comme un patrimoine commun : fiables, partagées entre services dans le respect de la vie privée et ouvertes au public chaque fois que possible, elles éclairent les décisions du Collège, soutiennent le plan climat et permettent d'offrir aux habitants, aux entreprises et aux associations des services plus simples, plus rapides et accessibles dans les deux langues.",
            "Tegen eind 2028 beheert Stad Demo haar data als een gemeenschappelijk erfgoed: betrouwbaar, met respect voor de privacy gedeeld tussen de diensten en waar mogelijk open voor het publiek. Zo onderbouwen ze de beslissingen van het College, ondersteunen ze het klimaatplan en maken ze eenvoudigere, snellere en in beide talen toegankelijke diensten mogelijk voor inwoners, ondernemingen en verenigingen.",
            "By the end of 2028, Demo City manages its data as a common asset: reliable, shared between departments with respect for privacy and open to the public wherever possible, its data inform the decisions of the Board of Mayor and Aldermen, support the climate plan and make simpler, faster services, available in both languages, possible for residents, businesses and associations.");
        draft.Changed(content.Vision, ChangesAt);

        content.OpenDataObjective.Texts[StrategySchema.Indicators] = T(
            "Jeux de données publiés et tenus à jour automatiquement (cible : 35 en 2028) ; réutilisations recensées.",
            "Gepubliceerde en automatisch bijgewerkte datasets (doel: 35 in 2028); geregistreerde hergebruiken.",
            "Datasets published and kept up to date automatically (target: 35 in 2028); recorded reuses.");
        draft.Changed(content.OpenDataObjective, ChangesAt.AddMinutes(5));

        var at = ChangesAt.AddHours(1);
        var climate = draft.Add(StrategyItemKind.Objective, at, [sessions[1].Id],
            T("Appuyer le plan climat par les données énergétiques", "Het klimaatplan met energiedata ondersteunen", "Support the climate plan with energy data"),
            (StrategySchema.Description, T(
                "Rassembler les consommations d'énergie des bâtiments communaux pour cibler les rénovations prioritaires et suivre les engagements du plan climat.",
                "Het energieverbruik van de gemeentegebouwen bundelen om prioritaire renovaties te bepalen en de verbintenissen van het klimaatplan op te volgen.",
                "Bring together the energy use of municipal buildings to target priority renovations and track the climate plan's commitments.")),
            (StrategySchema.Outcomes, T(
                "Les rénovations énergétiques sont programmées sur la base des consommations mesurées.",
                "Energierenovaties worden gepland op basis van het gemeten verbruik.",
                "Energy renovations are scheduled from measured consumption.")),
            (StrategySchema.Indicators, T(
                "Part des bâtiments communaux avec relevé mensuel automatique (cible : 75 %) ; consommation d'énergie des bâtiments communaux (cible : −20 % en 2030).",
                "Aandeel gemeentegebouwen met automatische maandelijkse meting (doel: 75 %); energieverbruik van de gemeentegebouwen (doel: −20 % in 2030).",
                "Share of municipal buildings with automatic monthly readings (target: 75%); energy use of municipal buildings (target: −20% by 2030).")));
        climate.Links = [new(StrategyRelation.Priority, StrategySnapshot.PriorityTarget(campaignId, "data-management")), new(StrategyRelation.CityPriority, cities[0].Id.ToString("D"))];

        var energy = draft.Add(StrategyItemKind.Service, at.AddMinutes(10), [sessions[1].Id],
            T("Cadastre énergétique des bâtiments communaux", "Energiekadaster van de gemeentegebouwen", "Energy register of municipal buildings"),
            (StrategySchema.Problem, T(
                "Les factures d'énergie sont suivies bâtiment par bâtiment dans des tableurs séparés ; les rénovations ne sont pas priorisées sur la base des consommations.",
                "Energiefacturen worden per gebouw in aparte rekenbladen opgevolgd; renovaties worden niet geprioriteerd op basis van het verbruik.",
                "Energy bills are tracked building by building in separate spreadsheets; renovations are not prioritised by consumption.")),
            (StrategySchema.Users, T(
                "Gestionnaires des bâtiments, cellule Smart City, service des finances, Collège.",
                "Gebouwbeheerders, Smart City-cel, dienst Financiën, College.",
                "Building managers, smart city unit, finance department, Board.")),
            (StrategySchema.DataNeeded, T(
                "Relevés des compteurs, factures d'énergie, surfaces et caractéristiques des bâtiments.",
                "Meterstanden, energiefacturen, oppervlakten en kenmerken van de gebouwen.",
                "Meter readings, energy bills, building floor areas and characteristics.")),
            (StrategySchema.Benefits, T(
                "Des rénovations ciblées là où elles économisent le plus, un suivi du plan climat fondé sur des mesures.",
                "Gerichte renovaties waar ze het meest besparen, opvolging van het klimaatplan op basis van metingen.",
                "Renovations targeted where they save most, climate plan tracking based on measurements.")));
        energy.DepartmentId = departments["SCU"];
        energy.Links = [new(StrategyRelation.Objective, Id(climate))];

        draft.SetRaci(content.OpenDataActivity, content.ChiefDataOfficer, RaciLetter.C, ChangesAt.AddHours(2));
    }

    /// <summary>Adds items to the working draft with positions per kind, session links and history.</summary>
    private sealed class Draft(AppDbContext db, Guid organisationId, Guid strategyId, string userName)
    {
        private readonly Dictionary<StrategyItemKind, int> _positions = [];
        private readonly List<RaciAssignment> _raci = [];
        private readonly List<StrategyItem> _pending = [];

        public StrategyItem Add(StrategyItemKind kind, DateTimeOffset at, Guid[] sessionIds, LocalizedText title, params (string Field, LocalizedText Text)[] texts)
        {
            var position = _positions.GetValueOrDefault(kind) + 1;
            _positions[kind] = position;
            var item = new StrategyItem
            {
                OrganisationId = organisationId,
                StrategyId = strategyId,
                Kind = kind,
                Position = position,
                Title = title,
                Texts = texts.ToDictionary(t => t.Field, t => t.Text, StringComparer.Ordinal),
                CreatedAt = at.AddMinutes(position),
                UpdatedAt = at.AddMinutes(position),
            };
            db.StrategyItems.Add(item);
            foreach (var sessionId in sessionIds)
            {
                db.StrategyItemSessions.Add(new StrategyItemSession { OrganisationId = organisationId, ItemId = item.Id, SessionId = sessionId });
            }

            // Recorded when the draft is saved, so the entry holds the links set after creation.
            _pending.Add(item);
            return item;
        }

        public void Raci(StrategyItem activity, StrategyItem role, RaciLetter letter)
        {
            var cell = new RaciAssignment { OrganisationId = organisationId, ActivityId = activity.Id, RoleId = role.Id, Letter = letter };
            db.RaciAssignments.Add(cell);
            _raci.Add(cell);
        }

        public void SetRaci(StrategyItem activity, StrategyItem role, RaciLetter letter, DateTimeOffset at)
        {
            _raci.Single(r => r.ActivityId == activity.Id && r.RoleId == role.Id).Letter = letter;
            Changed(activity, at);
        }

        public void Changed(StrategyItem item, DateTimeOffset at)
        {
            FlushCreated();
            item.UpdatedAt = at;
            Record(item, RevisionAction.Changed, at);
        }

        /// <summary>Writes the "created" history entries of the items added since the last flush.</summary>
        public void FlushCreated()
        {
            foreach (var item in _pending)
            {
                Record(item, RevisionAction.Created, item.CreatedAt);
            }

            _pending.Clear();
        }

        private void Record(StrategyItem item, RevisionAction action, DateTimeOffset at)
        {
            var before = db.StrategyItemRevisions.Local.Select(r => r.Id).ToHashSet();
            StrategyWorkspace.Record(db, item, action, userName);
            foreach (var revision in db.StrategyItemRevisions.Local.Where(r => !before.Contains(r.Id)))
            {
                revision.At = at;
            }
        }
    }

    private static string Id(StrategyItem item) => item.Id.ToString("D");

    private static string Id(Guid id) => id.ToString("D");

    private static LocalizedText T(string fr, string nl, string en) => LocalizedText.Of(fr, nl, en);

    private static DateTimeOffset Utc(int year, int month, int day, int hour) => new(year, month, day, hour, 0, 0, TimeSpan.Zero);
}
