using DataStrategy.Core.Strategy;
using DataStrategy.Core.Text;

namespace DataStrategy.Core.Tests.Strategy;

/// <summary>
/// Realistic strategies of any size for tests and benchmarks: French, Dutch and English texts,
/// priorities, departments, links between items, role holders and a RACI matrix. The same seed
/// gives the same strategy (IDs included).
/// </summary>
public static class StrategySamples
{
    private static readonly (string Fr, string Nl, string En)[] ObjectiveNames =
    [
        ("Partager les données entre services", "Gegevens delen tussen diensten", "Share data between departments"),
        ("Publier des données ouvertes de qualité", "Open data van hoge kwaliteit publiceren", "Publish high-quality open data"),
        ("Protéger la vie privée des habitants", "De privacy van de inwoners beschermen", "Protect residents' privacy"),
        ("Piloter la ville par les indicateurs", "De stad sturen met indicatoren", "Steer the city with indicators"),
        ("Renforcer les compétences data des agents", "De datavaardigheden van het personeel versterken", "Build staff data skills"),
        ("Fiabiliser les données de référence", "De referentiegegevens betrouwbaar maken", "Make reference data reliable"),
        ("Mesurer la qualité de l'air en temps réel", "De luchtkwaliteit in real time meten", "Measure air quality in real time"),
        ("Simplifier les démarches en ligne", "De online procedures vereenvoudigen", "Simplify online procedures"),
    ];

    private static readonly (string Fr, string Nl, string En)[] ServiceNames =
    [
        ("Tableau de bord de la propreté", "Dashboard netheid", "Cleanliness dashboard"),
        ("Portail de données ouvertes", "Open data portaal", "Open data portal"),
        ("Prévision de l'occupation des crèches", "Voorspelling van de bezetting van kinderdagverblijven", "Childcare occupancy forecast"),
        ("Carte des chantiers", "Kaart van de werven", "Roadworks map"),
        ("Suivi énergétique des bâtiments", "Energieopvolging van de gebouwen", "Building energy monitoring"),
        ("Guichet unique des signalements", "Eén loket voor meldingen", "Single reporting desk"),
    ];

    private static readonly (string Fr, string Nl, string En)[] RoleNames =
    [
        ("Responsable des données (CDO)", "Chief Data Officer (CDO)", "Chief data officer"),
        ("Délégué à la protection des données", "Functionaris voor gegevensbescherming", "Data protection officer"),
        ("Propriétaire de données", "Data-eigenaar", "Data owner"),
        ("Gestionnaire de données", "Databeheerder", "Data steward"),
        ("Analyste de données", "Data-analist", "Data analyst"),
        ("Architecte de données", "Data-architect", "Data architect"),
        ("Responsable de la sécurité de l'information", "Informatieveiligheidsconsulent", "Information security officer"),
        ("Référent open data", "Open data-referent", "Open data lead"),
    ];

    private static readonly (string Fr, string Nl, string En)[] ActivityNames =
    [
        ("Tenir le catalogue des données", "De datacatalogus bijhouden", "Maintain the data catalogue"),
        ("Approuver une publication en open data", "Een open data-publicatie goedkeuren", "Approve an open data release"),
        ("Analyser un incident de qualité", "Een kwaliteitsincident analyseren", "Analyse a quality incident"),
        ("Réaliser une analyse d'impact (AIPD)", "Een gegevensbeschermingseffectbeoordeling uitvoeren", "Carry out a DPIA"),
        ("Définir les indicateurs de pilotage", "De sturingsindicatoren bepalen", "Define steering indicators"),
    ];

    private static readonly (string Fr, string Nl, string En)[] ThemeNames =
    [
        ("Gouvernance des données", "Databeheer", "Data governance"),
        ("Qualité des données", "Datakwaliteit", "Data quality"),
        ("Données ouvertes", "Open data", "Open data"),
        ("Vie privée et sécurité", "Privacy en veiligheid", "Privacy and security"),
        ("Compétences et culture", "Vaardigheden en cultuur", "Skills and culture"),
        ("Analyse et IA", "Analyse en AI", "Analytics and AI"),
    ];

    private static readonly (string Fr, string Nl, string En)[] CityPriorityNames =
    [
        ("Une ville propre", "Een nette stad", "A clean city"),
        ("Une ville durable", "Een duurzame stad", "A sustainable city"),
        ("Une administration proche des citoyens", "Een bestuur dicht bij de burger", "An administration close to citizens"),
    ];

    private static readonly (string Fr, string Nl, string En)[] DepartmentNames =
    [
        ("Finances", "Financiën", "Finance"),
        ("Informatique", "Informatica", "IT"),
        ("Urbanisme", "Stedenbouw", "Urban planning"),
        ("Propreté publique", "Openbare netheid", "Public cleanliness"),
        ("Ressources humaines", "Human resources", "Human resources"),
    ];

    private static readonly string[] People = ["Amina El Idrissi", "Jan Peeters", "Sophie Dubois", "Koen Maes", "Lucía Fernández", "Marc Janssens", "Nadia Benali"];

    /// <summary>A strategy with a vision, four principles, two teams, a network and the given numbers of the rest.</summary>
    public static StrategySnapshot Create(int objectives, int services, int roles, int activities, int bodies, int seed)
    {
        var random = new Random(seed);
        Guid NewId()
        {
            var bytes = new byte[16];
            random.NextBytes(bytes);
            return new Guid(bytes);
        }

        var snapshot = new StrategySnapshot { Title = LocalizedText.Of("Stratégie data 2026–2030", "Datastrategie 2026–2030", "Data strategy 2026–2030") };
        var campaign = NewId();
        var priorities = ThemeNames.Select((t, i) => StrategySnapshot.PriorityTarget(campaign, "theme" + i)).ToList();
        for (var i = 0; i < ThemeNames.Length; i++)
        {
            snapshot.Labels[priorities[i]] = Text(ThemeNames[i]);
        }

        var cityPriorities = CityPriorityNames.Select(_ => NewId().ToString()).ToList();
        for (var i = 0; i < cityPriorities.Count; i++)
        {
            snapshot.Labels[cityPriorities[i]] = Text(CityPriorityNames[i]);
        }

        var departments = DepartmentNames.Select(_ => NewId()).ToList();
        for (var i = 0; i < departments.Count; i++)
        {
            snapshot.Labels[departments[i].ToString()] = Text(DepartmentNames[i]);
        }

        var position = 0;
        StrategyItemData Add(StrategyItemKind kind, (string Fr, string Nl, string En) title, Dictionary<string, LocalizedText> texts, List<StrategyLink>? links = null, Guid? department = null)
        {
            var item = new StrategyItemData
            {
                Id = NewId(),
                Kind = kind,
                Position = position++,
                Title = Text(title),
                Texts = texts,
                Links = links ?? [],
                DepartmentId = department,
            };
            snapshot.Items.Add(item);
            return item;
        }

        Add(StrategyItemKind.Vision, ("Une ville qui décide avec ses données", "Een stad die beslist met haar data", "A city that decides with its data"), new()
        {
            [StrategySchema.Description] = LocalizedText.Of(
                "D'ici 2030, chaque service utilise des données fiables pour mieux servir les habitants.\nLes données sont partagées par défaut, protégées quand il le faut.",
                "Tegen 2030 gebruikt elke dienst betrouwbare data om de inwoners beter te dienen.\nData worden standaard gedeeld en beschermd waar nodig.",
                "By 2030 every department uses reliable data to serve residents better.\nData is shared by default and protected where needed."),
        });
        (string, string, string)[] principles =
        [
            ("Ouvert par défaut", "Standaard open", "Open by default"),
            ("Collecter une seule fois", "Eenmalige gegevensopvraging", "Collect once"),
            ("Respect de la vie privée dès la conception", "Privacy by design", "Privacy by design"),
            ("Qualité mesurée", "Gemeten kwaliteit", "Measured quality"),
        ];
        foreach (var principle in principles)
        {
            Add(StrategyItemKind.Principle, principle, new() { [StrategySchema.Description] = Text(principle, "Ce principe guide chaque projet.", "Dit principe stuurt elk project.", "This principle guides every project.") });
        }

        var objectiveItems = new List<StrategyItemData>();
        for (var i = 0; i < objectives; i++)
        {
            var name = Numbered(ObjectiveNames, i);
            var links = new List<StrategyLink>();
            // The last thematic priority is left unanswered so that traceability has something to flag.
            links.Add(new StrategyLink(StrategyRelation.Priority, priorities[i % (priorities.Count - 1)]));
            if (random.Next(3) == 0)
            {
                links.Add(new StrategyLink(StrategyRelation.Priority, priorities[random.Next(priorities.Count - 1)]));
            }

            if (i % 2 == 0)
            {
                links.Add(new StrategyLink(StrategyRelation.CityPriority, cityPriorities[i % cityPriorities.Count]));
            }

            objectiveItems.Add(Add(StrategyItemKind.Objective, name, new()
            {
                [StrategySchema.Description] = Text(name, "Cet objectif répond à un besoin exprimé lors de l'évaluation.", "Deze doelstelling beantwoordt aan een behoefte uit de evaluatie.", "This objective answers a need found in the assessment."),
                [StrategySchema.Outcomes] = LocalizedText.Of("- Des décisions mieux étayées\n- Moins de saisies en double", "- Beter onderbouwde beslissingen\n- Minder dubbele invoer", "- Better-informed decisions\n- Less double entry"),
                [StrategySchema.Indicators] = LocalizedText.Of("Part des jeux de données documentés : 80 % en 2028", "Aandeel gedocumenteerde datasets: 80% in 2028", "Share of documented datasets: 80% by 2028"),
            }, links));
        }

        for (var i = 0; i < services; i++)
        {
            var name = Numbered(ServiceNames, i);
            var links = new List<StrategyLink>();
            // The last objective is served by nothing so that traceability has something to flag.
            if (objectiveItems.Count > 1)
            {
                links.Add(new StrategyLink(StrategyRelation.Objective, objectiveItems[i % (objectiveItems.Count - 1)].Id.ToString()));
            }

            Add(StrategyItemKind.Service, name, new()
            {
                [StrategySchema.Problem] = LocalizedText.Of("Les informations sont dispersées entre plusieurs tableurs.", "De informatie zit verspreid over verschillende rekenbladen.", "Information is scattered across spreadsheets."),
                [StrategySchema.Users] = LocalizedText.Of("Agents de terrain, gestionnaires, habitants", "Terreinmedewerkers, beheerders, inwoners", "Field staff, managers, residents"),
                [StrategySchema.DataNeeded] = LocalizedText.Of("Signalements, adresses (UrbIS), plannings", "Meldingen, adressen (UrbIS), planningen", "Reports, addresses (UrbIS), schedules"),
                [StrategySchema.Benefits] = LocalizedText.Of("Intervention plus rapide et mieux ciblée.", "Snellere en beter gerichte interventies.", "Faster, better-targeted interventions."),
            }, links, departments[i % departments.Count]);
        }

        var roleItems = new List<StrategyItemData>();
        for (var i = 0; i < roles; i++)
        {
            var name = Numbered(RoleNames, i);
            var links = Enumerable.Range(0, 1 + (i % 2)).Select(_ => new StrategyLink(StrategyRelation.Holder, NewId().ToString())).ToList();
            roleItems.Add(Add(StrategyItemKind.Role, name, new()
            {
                [StrategySchema.Responsibilities] = LocalizedText.Of("Veille à la qualité et à la documentation des données de son domaine.", "Waakt over de kwaliteit en documentatie van de data in het eigen domein.", "Looks after the quality and documentation of the data in their area."),
            }, links));
        }

        var bodyItems = new List<StrategyItemData>();
        for (var i = 0; i < bodies; i++)
        {
            var links = new List<StrategyLink>();
            if (roleItems.Count > 0)
            {
                links.Add(new StrategyLink(StrategyRelation.Chair, roleItems[i % roleItems.Count].Id.ToString()));
                links.AddRange(roleItems.Where((_, r) => r % (i + 2) == 0).Select(r => new StrategyLink(StrategyRelation.Member, r.Id.ToString())));
            }

            if (bodyItems.Count > 0)
            {
                links.Add(new StrategyLink(StrategyRelation.EscalatesTo, bodyItems[0].Id.ToString()));
            }

            var name = i == 0
                ? ("Comité de pilotage data", "Stuurcomité data", "Data steering committee")
                : ($"Groupe de travail {i}", $"Werkgroep {i}", $"Working group {i}");
            bodyItems.Add(Add(StrategyItemKind.GovernanceBody, name, new()
            {
                [StrategySchema.Purpose] = LocalizedText.Of("Arbitre les priorités et suit la mise en œuvre de la stratégie.", "Beslist over de prioriteiten en volgt de uitvoering van de strategie op.", "Sets priorities and follows up the strategy's implementation."),
                [StrategySchema.Cadence] = LocalizedText.Of("Tous les deux mois", "Tweemaandelijks", "Every two months"),
                [StrategySchema.DecisionRights] = LocalizedText.Of("Valide les standards de données et les publications.", "Keurt datastandaarden en publicaties goed.", "Approves data standards and releases."),
            }, links));
        }

        var team = Add(StrategyItemKind.Team, ("Cellule data", "Datacel", "Data unit"), new()
        {
            [StrategySchema.Description] = LocalizedText.Of("Équipe centrale de cinq personnes.", "Centraal team van vijf personen.", "Central team of five people."),
        }, MembersAndReport(roleItems, bodyItems.FirstOrDefault()), departments[1]);
        Add(StrategyItemKind.Team, ("Équipe SIG", "GIS-team", "GIS team"), new()
        {
            [StrategySchema.Description] = LocalizedText.Of("Cartographie et données géographiques.", "Cartografie en geografische data.", "Mapping and geographic data."),
        }, [new StrategyLink(StrategyRelation.ReportsTo, team.Id.ToString())], departments[2]);
        Add(StrategyItemKind.Network, ("Réseau des référents data", "Netwerk van datareferenten", "Data champions network"), new()
        {
            [StrategySchema.Description] = LocalizedText.Of("Un référent par département, réuni chaque mois.", "Eén referent per departement, maandelijks samengebracht.", "One champion per department, meeting monthly."),
        }, MembersAndReport(roleItems, team));

        var letters = new[] { RaciLetter.R, RaciLetter.A, RaciLetter.C, RaciLetter.I };
        for (var i = 0; i < activities; i++)
        {
            var activity = Add(StrategyItemKind.RaciActivity, Numbered(ActivityNames, i), new()
            {
                [StrategySchema.Description] = LocalizedText.Of("Selon la procédure en vigueur.", "Volgens de geldende procedure.", "Following the current procedure."),
            });
            if (roleItems.Count == 0)
            {
                continue;
            }

            // Exactly one A per activity, one R, and a few C and I.
            var accountable = i % roleItems.Count;
            snapshot.Raci.Add(new RaciCell(activity.Id, roleItems[accountable].Id, RaciLetter.A));
            snapshot.Raci.Add(new RaciCell(activity.Id, roleItems[(accountable + 1) % roleItems.Count].Id, RaciLetter.R));
            for (var r = 0; r < roleItems.Count; r++)
            {
                if (r != accountable && r != (accountable + 1) % roleItems.Count && random.Next(3) == 0)
                {
                    snapshot.Raci.Add(new RaciCell(activity.Id, roleItems[r].Id, letters[2 + random.Next(2)]));
                }
            }
        }

        return snapshot;
    }

    /// <summary>Names for the holders of the sample's roles; every third holder is missing (an erased person).</summary>
    public static IReadOnlyDictionary<Guid, string> HolderNames(StrategySnapshot snapshot)
    {
        var names = new Dictionary<Guid, string>();
        var holders = snapshot.OfKind(StrategyItemKind.Role).SelectMany(r => r.Targets(StrategyRelation.Holder)).Select(Guid.Parse).ToList();
        for (var i = 0; i < holders.Count; i++)
        {
            if (i % 3 != 2)
            {
                names[holders[i]] = $"{People[i % People.Length]} ({DepartmentNames[i % DepartmentNames.Length].Fr})";
            }
        }

        return names;
    }

    private static List<StrategyLink> MembersAndReport(List<StrategyItemData> roles, StrategyItemData? reportsTo)
    {
        var links = roles.Take(3).Select(r => new StrategyLink(StrategyRelation.Member, r.Id.ToString())).ToList();
        if (reportsTo is not null)
        {
            links.Add(new StrategyLink(StrategyRelation.ReportsTo, reportsTo.Id.ToString()));
        }

        return links;
    }

    private static (string Fr, string Nl, string En) Numbered((string Fr, string Nl, string En)[] names, int i)
    {
        var name = names[i % names.Length];
        if (i < names.Length)
        {
            return name;
        }

        var suffix = " " + ((i / names.Length) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return (name.Fr + suffix, name.Nl + suffix, name.En + suffix);
    }

    private static LocalizedText Text((string Fr, string Nl, string En) text) => LocalizedText.Of(text.Fr, text.Nl, text.En);

    private static LocalizedText Text((string Fr, string Nl, string En) title, string fr, string nl, string en) =>
        LocalizedText.Of($"{title.Fr} : {fr}", $"{title.Nl}: {nl}", $"{title.En}: {en}");
}
