using DataStrategy.Core.Text;
using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Data.Demo;

/// <summary>
/// The demo organisation's data inventory, the register the roadmap's I-04 built in the first half of 2026: 40 datasets
/// across the 12 departments, owned by the directors who hold the strategy's data owner role (and the CDO for the smart
/// city unit) and looked after by the data stewards — none yet in finance, IT, legal affairs and the town clerk's
/// office, whose data roles wait for the job profiles of I-23; ten hold personal data and have their record of
/// processing (controller the City, its DPO Hanne Jacobs); twenty are public and published with their distributions;
/// the population and address registers are authentic sources that six other datasets copy.
/// Registration dates are fixed like the rest of the demo; last updates and reviews are counted back from the moment of
/// seeding, because the register's freshness is measured against the clock: the stale datasets and those due for
/// review are the same ones whenever the demo is created.
/// </summary>
public static class DemoInventory
{
    public const string Portal = "https://opendata.ville-de-demo.example";

    /// <summary>Spatial coverage of the city's data: the Brussels-Capital NUTS 3 region.</summary>
    public const string Spatial = "http://data.europa.eu/nuts/code/BE100";

    public const string PopulationRegister = "registre-population";
    public const string AddressRegister = "registre-adresses";

    /// <summary>The demo's stale datasets (not updated within their frequency).</summary>
    public static IReadOnlySet<string> Stale { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "chantiers-voirie", "comptages-velo", "subsides-octroyes", "mesures-bruit", "frequentation-musees",
    };

    /// <summary>The demo's datasets due for review (last reviewed more than twelve months ago).</summary>
    public static IReadOnlySet<string> DueForReview { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "subsides-octroyes", "plans-particuliers-affectation", "toilettes-publiques", "organigramme", "marches-publics", "abonnes-bibliotheques",
    };

    /// <summary>The KPIs (by English name) whose measurements come from a dataset of the register.</summary>
    public static IReadOnlyDictionary<string, string> KpiSources { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Duplicate rate in the address register"] = AddressRegister,
        ["Staff trained in data literacy"] = "formations-agents",
    };

    private const string Controller = "Ville de Démo, représentée par le Collège des bourgmestre et échevins – Hôtel de ville, place de l'Hôtel de Ville 1, 1000 Ville de Démo";
    private const string Officer = "Hanne Jacobs, déléguée à la protection des données – dpo@ville-de-demo.example – 02 000 00 00";
    private const string Security = "Accès nominatif par rôle via l'annuaire de l'administration, journalisation des consultations, chiffrement des sauvegardes, engagement de confidentialité des agents.";

    /// <summary>One dataset of the demo: its texts in fr/nl/en, where it belongs and how it lives.</summary>
    private sealed record Entry(
        string Slug,
        string Department,
        string? Owner,
        string? Steward,
        string Source,
        string Frequency,
        string Themes,
        string Access,
        LocalizedText Title,
        LocalizedText Description,
        LocalizedText Keywords)
    {
        /// <summary>Registered in the inventory (fixed, like the rest of the story).</summary>
        public DateOnly Registered { get; init; } = new(2026, 3, 2);

        /// <summary>Days before seeding the data were last refreshed.</summary>
        public int UpdatedDaysAgo { get; init; }

        /// <summary>Days before seeding its steward last confirmed the entry.</summary>
        public int ReviewedDaysAgo { get; init; } = 60;

        public bool Published { get; init; }

        public string? Licence { get; init; }

        /// <summary>Formats of its distributions (EU file-type codes), space-separated.</summary>
        public string Formats { get; init; } = "";

        public string? HighValue { get; init; }

        public bool Authentic { get; init; }

        public string? Duplicates { get; init; }

        public string Initiatives { get; init; } = "";

        public string CaseStudies { get; init; } = "";

        public DateOnly? TemporalStart { get; init; }

        public LocalizedText? Quality { get; init; }

        public Processing? Record { get; init; }
    }

    /// <summary>The record of processing of a dataset with personal data, written in French by the DPO.</summary>
    private sealed record Processing(string Purposes, string Bases, string Subjects, string Categories, string Recipients, string Retention)
    {
        public string Special { get; init; } = "";
    }

    private const string Geo = "c_ac64a52d";
    private const string Environment = "c_dd313021";
    private const string Statistics = "c_e1da4e07";
    private const string Companies = "c_a9135398";
    private const string Mobility = "c_b79e35eb";

    private static readonly Entry[] Entries =
    [
        // Urban planning
        new("permis-urbanisme", "URB", "Sophie Lambert", "Pieter Janssens", "Nova", "WEEKLY", "REGI", "NON_PUBLIC",
            T("Demandes de permis d'urbanisme", "Aanvragen voor stedenbouwkundige vergunningen", "Planning permit applications"),
            T("Chaque demande de permis d'urbanisme avec son demandeur, le bien concerné, les étapes de l'instruction et la décision.",
                "Elke aanvraag voor een stedenbouwkundige vergunning met de aanvrager, het betrokken goed, de stappen van het onderzoek en de beslissing.",
                "Every planning permit application with its applicant, the property, the steps of the review and the decision."),
            T("permis, urbanisme, demandeurs", "vergunningen, stedenbouw, aanvragers", "permits, planning, applicants"))
        {
            UpdatedDaysAgo = 2, Duplicates = AddressRegister, Initiatives = "I-26", CaseStudies = "permis-urbanisme-delais",
            Record = new("Instruction des demandes de permis d'urbanisme et information des demandeurs sur l'état de leur dossier.", "c e",
                "Demandeurs de permis, architectes, voisins ayant introduit une réclamation lors de l'enquête publique.",
                "Identité et coordonnées, adresse du bien, plans et documents déposés, observations de l'enquête publique.",
                "Fonctionnaire délégué de la Région, commission de concertation, agents du service de l'urbanisme.",
                "Durée de vie du bien, conformément aux règles d'archivage des permis (conservation permanente aux archives)."),
        },
        new("statistiques-permis-urbanisme", "URB", "Sophie Lambert", "Pieter Janssens", "Nova", "MONTHLY", "REGI GOVE", "PUBLIC",
            T("Statistiques des permis d'urbanisme", "Statistieken van de stedenbouwkundige vergunningen", "Planning permit statistics"),
            T("Nombre de demandes introduites, de permis délivrés et de refus par mois et par quartier, avec le délai moyen de traitement.",
                "Aantal ingediende aanvragen, afgeleverde vergunningen en weigeringen per maand en per wijk, met de gemiddelde behandelingstermijn.",
                "Number of applications filed, permits granted and refusals per month and district, with the average processing time."),
            T("permis, délais, statistiques", "vergunningen, termijnen, statistieken", "permits, processing times, statistics"))
        {
            UpdatedDaysAgo = 5, Published = true, Licence = "CC_BY_4_0", Formats = "CSV JSON", HighValue = Statistics,
            Initiatives = "I-26", CaseStudies = "permis-urbanisme-delais", TemporalStart = new(2019, 1, 1),
        },
        new("plans-particuliers-affectation", "URB", "Sophie Lambert", "Pieter Janssens", "ArcGIS", "IRREG", "REGI", "PUBLIC",
            T("Plans particuliers d'affectation du sol", "Bijzondere bestemmingsplannen", "Special land-use plans"),
            T("Périmètres et prescriptions des plans particuliers d'affectation du sol en vigueur sur le territoire communal.",
                "Perimeters en voorschriften van de bijzondere bestemmingsplannen die op het grondgebied van de gemeente gelden.",
                "Boundaries and rules of the special land-use plans in force on the municipal territory."),
            T("PPAS, affectation du sol, urbanisme", "BBP, bestemming, stedenbouw", "land use, zoning, planning"))
        {
            Registered = new(2025, 6, 16), UpdatedDaysAgo = 410, ReviewedDaysAgo = 430, Published = true, Licence = "CC_BY_4_0", Formats = "GEOJSON SHP", HighValue = Geo,
        },
        new("batiments-communaux", "URB", "Sophie Lambert", "Pieter Janssens", "Excel", "ANNUAL", "REGI ENER", "RESTRICTED",
            T("Registre des bâtiments communaux", "Register van de gemeentegebouwen", "Municipal buildings register"),
            T("Les bâtiments de la commune avec leurs surfaces, leurs usages, leurs occupants et leurs compteurs d'énergie.",
                "De gebouwen van de gemeente met hun oppervlakte, gebruik, gebruikers en energiemeters.",
                "The municipality's buildings with their floor areas, uses, occupants and energy meters."),
            T("bâtiments, patrimoine, énergie", "gebouwen, patrimonium, energie", "buildings, property, energy"))
        {
            UpdatedDaysAgo = 120, Initiatives = "I-10", CaseStudies = "energie-batiments-communaux",
            Quality = T("Surfaces reprises des plans d'origine ; les bâtiments loués ne sont pas encore tous repris.", "Oppervlakten overgenomen uit de oorspronkelijke plannen; nog niet alle gehuurde gebouwen zijn opgenomen.", "Floor areas taken from the original plans; not all rented buildings are listed yet."),
        },

        // Population and civil registry
        new(PopulationRegister, "POP", "Isabelle Martin", "Koen De Smet", "Saphir", "DAILY", "SOCI GOVE", "NON_PUBLIC",
            T("Registre de la population", "Bevolkingsregister", "Population register"),
            T("Les habitants inscrits dans la commune, leur résidence principale et la composition de leur ménage, synchronisés avec le Registre national.",
                "De inwoners die in de gemeente ingeschreven zijn, hun hoofdverblijfplaats en de samenstelling van hun gezin, gesynchroniseerd met het Rijksregister.",
                "The residents registered in the municipality, their main residence and household, synchronised with the National Register."),
            T("population, habitants, ménages, Registre national", "bevolking, inwoners, gezinnen, Rijksregister", "population, residents, households, National Register"))
        {
            UpdatedDaysAgo = 0, Authentic = true, Initiatives = "I-13",
            Record = new("Tenue des registres de la population et délivrance des documents d'identité et certificats.", "c e",
                "Habitants inscrits, personnes radiées, membres de leur ménage.",
                "Données d'identification, numéro de Registre national, adresse, nationalité, état civil, composition du ménage.",
                "Registre national, services communaux habilités par le Comité de sécurité de l'information, CPAS.",
                "Selon la loi du 19 juillet 1991 relative aux registres de la population : 30 ans après le décès ou le départ."),
        },
        new(AddressRegister, "POP", "Isabelle Martin", "Koen De Smet", "UrbIS", "WEEKLY", "REGI", "PUBLIC",
            T("Registre des adresses", "Adressenregister", "Address register"),
            T("Toutes les adresses de la commune, avec leur rue, leur numéro, leur code postal et leur position, alignées sur le référentiel régional.",
                "Alle adressen van de gemeente, met straat, huisnummer, postcode en ligging, afgestemd op het gewestelijke referentiebestand.",
                "Every address in the municipality with its street, number, postcode and position, aligned with the regional reference."),
            T("adresses, rues, géolocalisation", "adressen, straten, geolocatie", "addresses, streets, geolocation"))
        {
            UpdatedDaysAgo = 3, Authentic = true, Published = true, Licence = "CC0", Formats = "CSV GEOJSON", HighValue = Geo,
            Initiatives = "I-08 I-13", CaseStudies = "registre-adresses-fiable",
        },
        new("statistiques-population", "POP", "Isabelle Martin", "Koen De Smet", "Saphir", "ANNUAL", "SOCI", "PUBLIC",
            T("Population par quartier", "Bevolking per wijk", "Population by district"),
            T("Nombre d'habitants au 1er janvier par quartier, âge, sexe et nationalité (groupée), sans aucune donnée individuelle.",
                "Aantal inwoners op 1 januari per wijk, leeftijd, geslacht en (gegroepeerde) nationaliteit, zonder individuele gegevens.",
                "Number of residents on 1 January by district, age, sex and (grouped) nationality, with no individual data."),
            T("population, quartiers, démographie", "bevolking, wijken, demografie", "population, districts, demography"))
        {
            UpdatedDaysAgo = 200, Published = true, Licence = "CC_BY_4_0", Formats = "CSV JSON", HighValue = Statistics, TemporalStart = new(2010, 1, 1),
        },
        new("etat-civil-actes", "POP", "Isabelle Martin", "Koen De Smet", "BAEC", "DAILY", "SOCI JUST", "NON_PUBLIC",
            T("Actes de l'état civil", "Akten van de burgerlijke stand", "Civil status records"),
            T("Actes de naissance, de mariage, de cohabitation légale et de décès dressés par l'officier de l'état civil.",
                "Akten van geboorte, huwelijk, wettelijke samenwoning en overlijden opgemaakt door de ambtenaar van de burgerlijke stand.",
                "Birth, marriage, legal cohabitation and death records drawn up by the registrar."),
            T("état civil, naissances, mariages, décès", "burgerlijke stand, geboorten, huwelijken, overlijdens", "civil status, births, marriages, deaths"))
        {
            UpdatedDaysAgo = 1,
            Record = new("Établissement et conservation des actes de l'état civil, délivrance d'extraits et de copies.", "c",
                "Personnes nées, mariées, décédées dans la commune, déclarants et témoins.",
                "Identité, filiation, état civil, données relatives au décès.",
                "Banque de données des actes de l'état civil (BAEC), SPF Justice, notaires sur demande motivée.",
                "Conservation permanente (Code civil, livre 2)."),
        },

        // Culture
        new("agenda-culturel", "CUL", "Amélie Rousseau", "Jan Verstraeten", "Drupal", "WEEKLY", "EDUC", "PUBLIC",
            T("Agenda des événements culturels", "Agenda van de culturele evenementen", "Cultural events calendar"),
            T("Spectacles, expositions, concerts et ateliers organisés ou soutenus par la commune, avec leur lieu, leur date et leur langue.",
                "Voorstellingen, tentoonstellingen, concerten en workshops die de gemeente organiseert of steunt, met plaats, datum en taal.",
                "Shows, exhibitions, concerts and workshops the municipality organises or supports, with their venue, date and language."),
            T("culture, événements, agenda", "cultuur, evenementen, agenda", "culture, events, calendar"))
        {
            UpdatedDaysAgo = 2, Published = true, Licence = "CC_BY_4_0", Formats = "JSON CSV",
        },
        new("frequentation-musees", "CUL", "Amélie Rousseau", "Jan Verstraeten", "Billetterie", "MONTHLY", "EDUC", "RESTRICTED",
            T("Fréquentation des musées communaux", "Bezoekersaantallen van de gemeentelijke musea", "Municipal museum attendance"),
            T("Entrées payantes et gratuites par musée et par jour, reprises de la billetterie et des compteurs aux portes.",
                "Betalende en gratis bezoeken per museum en per dag, uit het ticketsysteem en de tellers aan de deuren.",
                "Paid and free admissions per museum and day, from the ticketing system and the door counters."),
            T("musées, fréquentation, billetterie", "musea, bezoekers, ticketing", "museums, attendance, ticketing"))
        {
            UpdatedDaysAgo = 190, CaseStudies = DemoCaseStudies.DraftSlug,
            Quality = T("Les compteurs aux portes sont en panne depuis le printemps ; seules les entrées de la billetterie sont reprises.", "De tellers aan de deuren zijn sinds de lente defect; alleen de bezoeken uit het ticketsysteem zijn opgenomen.", "The door counters have been broken since the spring; only ticketing admissions are included."),
        },
        new("abonnes-bibliotheques", "CUL", "Amélie Rousseau", "Jan Verstraeten", "Koha", "DAILY", "EDUC", "NON_PUBLIC",
            T("Lecteurs des bibliothèques", "Leners van de bibliotheken", "Library members"),
            T("Les lecteurs inscrits dans les bibliothèques francophone et néerlandophone, leurs prêts en cours et leurs amendes.",
                "De ingeschreven leners van de Franstalige en de Nederlandstalige bibliotheek, hun lopende ontleningen en boetes.",
                "Members of the French- and Dutch-speaking libraries, their current loans and fines."),
            T("bibliothèques, lecteurs, prêts", "bibliotheken, leners, ontleningen", "libraries, members, loans"))
        {
            Registered = new(2025, 6, 16), UpdatedDaysAgo = 0, ReviewedDaysAgo = 400,
            Record = new("Gestion des inscriptions, des prêts, des réservations et des rappels des bibliothèques.", "e",
                "Lecteurs inscrits et, pour les mineurs, leurs parents.",
                "Identité, coordonnées, date de naissance, historique des prêts des douze derniers mois, amendes.",
                "Agents des bibliothèques ; réseau des bibliothèques pour les prêts entre bibliothèques.",
                "Deux ans après la dernière activité du lecteur ; historique des prêts effacé après douze mois."),
        },

        // Sports
        new("infrastructures-sportives", "SPO", "Youssef Benali", "Lotte Wouters", "Excel", "ANNUAL", "EDUC", "PUBLIC",
            T("Infrastructures sportives", "Sportinfrastructuur", "Sports facilities"),
            T("Salles, terrains, piscines et plaines de jeux de la commune, avec leur adresse, leurs équipements et leur accessibilité.",
                "Zalen, terreinen, zwembaden en speelpleinen van de gemeente, met adres, uitrusting en toegankelijkheid.",
                "The municipality's halls, pitches, swimming pools and playgrounds, with their address, equipment and accessibility."),
            T("sport, salles, piscines, terrains", "sport, zalen, zwembaden, terreinen", "sport, halls, swimming pools, pitches"))
        {
            UpdatedDaysAgo = 90, Published = true, Licence = "CC0", Formats = "GEOJSON CSV", CaseStudies = "equipements-sportifs-ouverts",
        },
        new("reservations-salles-sport", "SPO", "Youssef Benali", "Lotte Wouters", "Planitou", "DAILY", "EDUC", "RESTRICTED",
            T("Réservations des salles de sport", "Reservaties van de sportzalen", "Sports hall bookings"),
            T("Créneaux réservés par les clubs, les écoles et les particuliers dans chaque salle, avec les accès par badge.",
                "Tijdsloten die clubs, scholen en particulieren in elke zaal reserveren, met de toegang per badge.",
                "Slots booked by clubs, schools and individuals in each hall, with badge entries."),
            T("sport, réservations, salles", "sport, reservaties, zalen", "sport, bookings, halls"))
        {
            UpdatedDaysAgo = 1, Initiatives = "I-25", CaseStudies = "equipements-sportifs-ouverts",
        },
        new("inscriptions-stages-sportifs", "SPO", "Youssef Benali", "Lotte Wouters", "Excel", "WEEKLY", "EDUC", "NON_PUBLIC",
            T("Inscriptions aux stages sportifs", "Inschrijvingen voor sportkampen", "Sports camp registrations"),
            T("Enfants inscrits aux stages de vacances, avec leurs parents, leur adresse et les informations utiles aux moniteurs.",
                "Kinderen ingeschreven voor de vakantiekampen, met hun ouders, adres en de informatie die de monitoren nodig hebben.",
                "Children registered for holiday camps, with their parents, address and what the instructors need to know."),
            T("stages, enfants, inscriptions", "kampen, kinderen, inschrijvingen", "camps, children, registrations"))
        {
            UpdatedDaysAgo = 4, Duplicates = PopulationRegister,
            Record = new("Organisation des stages sportifs de vacances : inscriptions, paiements, encadrement et contacts d'urgence.", "e",
                "Enfants inscrits et leurs parents ou tuteurs.",
                "Identité, adresse, date de naissance, coordonnées des parents, allergies et informations médicales utiles.",
                "Moniteurs des stages, service des finances pour les paiements.",
                "Un an après la fin du stage ; informations médicales effacées à la fin du stage.")
            {
                Special = "a",
            },
        },
        new("occupation-salles-sport", "SPO", "Youssef Benali", "Lotte Wouters", "Power BI", "MONTHLY", "EDUC", "PUBLIC",
            T("Taux d'occupation des salles de sport", "Bezettingsgraad van de sportzalen", "Sports hall occupancy"),
            T("Part des heures d'ouverture réellement utilisées, par salle, par jour de la semaine et par tranche horaire.",
                "Aandeel van de openingsuren dat echt gebruikt wordt, per zaal, per weekdag en per tijdvak.",
                "Share of opening hours actually used, by hall, weekday and time slot."),
            T("sport, occupation, salles", "sport, bezetting, zalen", "sport, occupancy, halls"))
        {
            UpdatedDaysAgo = 12, Published = true, Licence = "CC_BY_4_0", Formats = "CSV", Initiatives = "I-25", CaseStudies = "equipements-sportifs-ouverts",
        },

        // Mobility and public space
        new("cartes-riverain", "MOB", "Julien Mertens", "Els Claes", "Parkeon", "DAILY", "TRAN", "NON_PUBLIC",
            T("Cartes de stationnement riverain", "Bewonersparkeerkaarten", "Residents' parking permits"),
            T("Cartes de stationnement délivrées aux habitants et aux professionnels, avec la plaque, la zone et la période de validité.",
                "Parkeerkaarten afgeleverd aan bewoners en beroepsmensen, met nummerplaat, zone en geldigheidsperiode.",
                "Parking permits issued to residents and professionals, with the number plate, zone and validity period."),
            T("stationnement, cartes riverain, plaques", "parkeren, bewonerskaarten, nummerplaten", "parking, residents' permits, number plates"))
        {
            UpdatedDaysAgo = 0, Duplicates = PopulationRegister,
            Record = new("Délivrance et contrôle des cartes de stationnement riverain et professionnelles.", "c e",
                "Habitants et professionnels demandeurs d'une carte.",
                "Identité, adresse, numéro de plaque, certificat d'immatriculation, zone de stationnement.",
                "Agence régionale du stationnement (parking.brussels), agents de contrôle.",
                "Deux ans après l'expiration de la carte."),
        },
        new("chantiers-voirie", "MOB", "Julien Mertens", "Els Claes", "Osiris", "DAILY", "TRAN", "PUBLIC",
            T("Chantiers en voirie", "Werven op de openbare weg", "Roadworks"),
            T("Chantiers en cours et à venir sur les voiries communales, avec leur emprise, leurs dates et les déviations.",
                "Lopende en geplande werven op de gemeentewegen, met hun inname, data en omleidingen.",
                "Current and planned roadworks on municipal roads, with the area they take, their dates and diversions."),
            T("chantiers, voirie, travaux, déviations", "werven, wegen, werken, omleidingen", "roadworks, streets, works, diversions"))
        {
            UpdatedDaysAgo = 34, Published = true, Licence = "CC_BY_4_0", Formats = "GEOJSON JSON", HighValue = Mobility,
            Quality = T("L'export automatique depuis Osiris est interrompu depuis la mise à jour de la plateforme régionale.", "De automatische export uit Osiris ligt stil sinds de update van het gewestelijke platform.", "The automatic export from Osiris has stopped since the regional platform's update."),
        },
        new("comptages-velo", "MOB", "Julien Mertens", "Els Claes", "Eco-Counter", "CONT", "TRAN", "PUBLIC",
            T("Comptages vélo", "Fietstellingen", "Bicycle counts"),
            T("Passages de cyclistes comptés en continu par les capteurs installés sur les axes cyclables de la commune.",
                "Fietsers die continu geteld worden door de sensoren op de fietsassen van de gemeente.",
                "Cyclists counted continuously by the sensors on the municipality's cycle routes."),
            T("vélo, comptages, capteurs", "fiets, tellingen, sensoren", "cycling, counts, sensors"))
        {
            UpdatedDaysAgo = 95, Published = true, Licence = "CC_BY_4_0", Formats = "CSV JSON", HighValue = Mobility, Initiatives = "I-14 I-28",
            Quality = T("Les données brutes restent chez le fournisseur des capteurs ; le dernier export date de la fin de l'été.", "De ruwe data blijven bij de leverancier van de sensoren; de laatste export dateert van het einde van de zomer.", "The raw data stay with the sensor supplier; the last export dates from the end of the summer."),
        },
        new("occupation-stationnement", "MOB", "Julien Mertens", "Els Claes", "Plateforme capteurs", "CONT", "TRAN", "PUBLIC",
            T("Occupation des places de stationnement", "Bezetting van de parkeerplaatsen", "Parking space occupancy"),
            T("Occupation en temps réel des 1 200 places équipées de capteurs dans les rues commerçantes.",
                "Realtime bezetting van de 1 200 parkeerplaatsen met sensoren in de winkelstraten.",
                "Real-time occupancy of the 1,200 spaces fitted with sensors in the shopping streets."),
            T("stationnement, capteurs, temps réel", "parkeren, sensoren, realtime", "parking, sensors, real time"))
        {
            UpdatedDaysAgo = 0, Published = true, Licence = "CC0", Formats = "JSON CSV", HighValue = Mobility, Initiatives = "I-16", CaseStudies = "capteurs-stationnement",
        },
        new("eclairage-public", "MOB", "Julien Mertens", "Els Claes", "ArcGIS", "QUARTERLY", "REGI ENER", "PUBLIC",
            T("Éclairage public", "Openbare verlichting", "Street lighting"),
            T("Points lumineux des voiries communales avec leur type de lampe, leur puissance et leur régime d'allumage.",
                "Lichtpunten op de gemeentewegen met lamptype, vermogen en brandregime.",
                "Light points on municipal roads with their lamp type, power and switching schedule."),
            T("éclairage, luminaires, énergie", "verlichting, lichtpunten, energie", "street lighting, lamps, energy"))
        {
            UpdatedDaysAgo = 40, Published = true, Licence = "CC0", Formats = "GEOJSON CSV", HighValue = Geo,
        },
        new("toilettes-publiques", "MOB", "Julien Mertens", "Els Claes", "ArcGIS", "IRREG", "REGI HEAL", "PUBLIC",
            T("Toilettes publiques", "Openbare toiletten", "Public toilets"),
            T("Toilettes publiques et urinoirs avec leur adresse, leurs heures d'ouverture et leur accessibilité aux personnes à mobilité réduite.",
                "Openbare toiletten en urinoirs met adres, openingsuren en toegankelijkheid voor personen met een beperkte mobiliteit.",
                "Public toilets and urinals with their address, opening hours and wheelchair accessibility."),
            T("toilettes, accessibilité, espace public", "toiletten, toegankelijkheid, openbare ruimte", "toilets, accessibility, public space"))
        {
            Registered = new(2025, 6, 16), UpdatedDaysAgo = 380, ReviewedDaysAgo = 420, Published = true, Licence = "CC0", Formats = "GEOJSON CSV",
        },
        new("arbres-voirie", "MOB", "Julien Mertens", "Els Claes", "ArcGIS", "ANNUAL", "ENVI", "PUBLIC",
            T("Inventaire des arbres d'alignement", "Inventaris van de straatbomen", "Street tree inventory"),
            T("Arbres des voiries et des parcs communaux avec leur essence, leur hauteur, leur état sanitaire et leur date de plantation.",
                "Bomen langs de gemeentewegen en in de parken met soort, hoogte, gezondheidstoestand en plantdatum.",
                "Trees along municipal roads and in parks with their species, height, health and planting date."),
            T("arbres, espaces verts, biodiversité", "bomen, groen, biodiversiteit", "trees, green spaces, biodiversity"))
        {
            UpdatedDaysAgo = 150, Published = true, Licence = "CC0", Formats = "GEOJSON CSV", HighValue = Environment,
        },
        new("collecte-dechets", "MOB", "Julien Mertens", "Els Claes", "Excel", "QUARTERLY", "ENVI", "PUBLIC",
            T("Tournées de collecte des déchets", "Ophaalrondes van het afval", "Waste collection rounds"),
            T("Rues desservies par chaque tournée de collecte, avec les jours de passage par type de déchet.",
                "Straten die elke ophaalronde bedient, met de ophaaldagen per afvalsoort.",
                "Streets served by each collection round, with the collection days per type of waste."),
            T("déchets, collecte, propreté", "afval, ophaling, netheid", "waste, collection, cleanliness"))
        {
            UpdatedDaysAgo = 30, Duplicates = AddressRegister,
        },

        // Social services
        new("dossiers-aide-sociale", "SOC", "Fatima Ouali", "Bart Goossens", "Primaweb", "DAILY", "SOCI HEAL", "NON_PUBLIC",
            T("Dossiers d'aide sociale", "Dossiers sociale bijstand", "Social assistance files"),
            T("Demandes d'aide sociale, enquêtes sociales, décisions et aides versées, avec le suivi des travailleurs sociaux.",
                "Aanvragen voor sociale bijstand, sociale onderzoeken, beslissingen en uitgekeerde steun, met de opvolging door de maatschappelijk werkers.",
                "Social assistance requests, social enquiries, decisions and payments, with the social workers' follow-up."),
            T("aide sociale, dossiers, décisions", "sociale bijstand, dossiers, beslissingen", "social assistance, files, decisions"))
        {
            UpdatedDaysAgo = 0, Initiatives = "I-07", CaseStudies = "aide-sociale-delais",
            Record = new("Instruction des demandes d'aide sociale, octroi et suivi des aides, accompagnement social.", "c e",
                "Demandeurs d'aide, membres de leur ménage, débiteurs d'aliments.",
                "Identité, revenus et patrimoine, situation familiale et professionnelle, données de santé nécessaires à l'aide.",
                "Banque-Carrefour de la sécurité sociale, SPP Intégration sociale, mutualités sur demande motivée.",
                "Dix ans après la clôture du dossier.")
            {
                Special = "b h",
            },
        },
        new("delais-traitement-aide", "SOC", "Fatima Ouali", "Bart Goossens", "Power BI", "MONTHLY", "SOCI GOVE", "RESTRICTED",
            T("Délais de traitement des demandes d'aide", "Behandelingstermijnen van de steunaanvragen", "Processing times of assistance requests"),
            T("Délai entre la demande et la décision, par type d'aide et par mois, sans aucune donnée individuelle.",
                "Termijn tussen aanvraag en beslissing, per soort steun en per maand, zonder individuele gegevens.",
                "Time between request and decision, by type of assistance and month, with no individual data."),
            T("aide sociale, délais, indicateurs", "sociale bijstand, termijnen, indicatoren", "social assistance, processing times, indicators"))
        {
            UpdatedDaysAgo = 8, Initiatives = "I-07", CaseStudies = "aide-sociale-delais",
        },

        // Organisation and human resources
        new("dossiers-personnel", "ORG", "Nathalie Leclercq", "Wim Van Damme", "Persée", "MONTHLY", "GOVE", "NON_PUBLIC",
            T("Dossiers du personnel", "Personeelsdossiers", "Staff files"),
            T("Agents de la commune avec leur contrat, leur fonction, leur barème, leurs absences et leurs évaluations.",
                "Medewerkers van de gemeente met hun contract, functie, weddeschaal, afwezigheden en evaluaties.",
                "The municipality's staff with their contract, job, pay scale, absences and appraisals."),
            T("personnel, agents, ressources humaines", "personeel, medewerkers, human resources", "staff, employees, human resources"))
        {
            UpdatedDaysAgo = 10,
            Record = new("Gestion administrative et pécuniaire du personnel, évaluations, formation et bien-être au travail.", "b c",
                "Agents statutaires et contractuels, candidats retenus, anciens agents.",
                "Identité, coordonnées, numéro de Registre national, carrière, rémunération, absences, certificats médicaux.",
                "Secrétariat social, ONSS, SFP (pensions), médecine du travail.",
                "Dix ans après la fin de la relation de travail ; données de pension jusqu'au décès.")
            {
                Special = "b",
            },
        },
        new("formations-agents", "ORG", "Nathalie Leclercq", "Wim Van Damme", "Persée", "MONTHLY", "GOVE EDUC", "RESTRICTED",
            T("Participation aux formations", "Deelname aan opleidingen", "Training attendance"),
            T("Nombre d'agents formés par formation, service et mois, dont les formations à la culture des données.",
                "Aantal opgeleide medewerkers per opleiding, dienst en maand, waaronder de opleidingen in datageletterdheid.",
                "Number of staff trained per course, department and month, including the data literacy courses."),
            T("formation, agents, culture des données", "opleiding, medewerkers, datageletterdheid", "training, staff, data literacy"))
        {
            UpdatedDaysAgo = 15, Initiatives = "I-18 I-20",
        },
        new("organigramme", "ORG", null, "Wim Van Damme", "Excel", "IRREG", "GOVE", "PUBLIC",
            T("Organigramme des services", "Organigram van de diensten", "Organisation chart"),
            T("Les départements et services de l'administration communale, leurs missions et leurs coordonnées.",
                "De departementen en diensten van het gemeentebestuur, hun opdrachten en contactgegevens.",
                "The departments and services of the municipal administration, their tasks and contact details."),
            T("organigramme, services, administration", "organigram, diensten, administratie", "organisation chart, services, administration"))
        {
            Registered = new(2025, 6, 16), UpdatedDaysAgo = 300, ReviewedDaysAgo = 450,
        },

        // Finance
        new("budget-communal", "FIN", "Catherine Dupont", null, "Phoenix", "ANNUAL", "ECON GOVE", "PUBLIC",
            T("Budget communal", "Gemeentebegroting", "Municipal budget"),
            T("Recettes et dépenses prévues au budget ordinaire et extraordinaire, par fonction et par nature économique.",
                "Geraamde ontvangsten en uitgaven van de gewone en de buitengewone begroting, per functie en economische aard.",
                "Planned income and expenditure of the ordinary and extraordinary budget, by function and economic type."),
            T("budget, finances, dépenses, recettes", "begroting, financiën, uitgaven, ontvangsten", "budget, finance, expenditure, income"))
        {
            UpdatedDaysAgo = 250, Published = true, Licence = "CC_BY_4_0", Formats = "CSV JSON", Initiatives = "I-27", TemporalStart = new(2018, 1, 1),
        },
        new("subsides-octroyes", "FIN", "Catherine Dupont", null, "Phoenix", "ANNUAL", "ECON SOCI", "PUBLIC",
            T("Subsides octroyés", "Toegekende subsidies", "Grants awarded"),
            T("Subsides accordés aux associations, clubs et organisations, avec le bénéficiaire, l'objet et le montant.",
                "Subsidies toegekend aan verenigingen, clubs en organisaties, met begunstigde, doel en bedrag.",
                "Grants awarded to associations, clubs and organisations, with the beneficiary, purpose and amount."),
            T("subsides, associations, transparence", "subsidies, verenigingen, transparantie", "grants, associations, transparency"))
        {
            Registered = new(2025, 6, 16), UpdatedDaysAgo = 560, ReviewedDaysAgo = 500, Published = true, Licence = "CC_BY_4_0", Formats = "CSV",
        },
        new("taxes-communales", "FIN", "Catherine Dupont", null, "Phoenix", "QUARTERLY", "ECON", "NON_PUBLIC",
            T("Rôles des taxes communales", "Kohieren van de gemeentebelastingen", "Municipal tax rolls"),
            T("Redevables des taxes communales, bases imposables, montants enrôlés et paiements.",
                "Belastingplichtigen van de gemeentebelastingen, belastbare grondslagen, ingekohierde bedragen en betalingen.",
                "Municipal taxpayers, tax bases, amounts assessed and payments."),
            T("taxes, redevables, enrôlement", "belastingen, belastingplichtigen, inkohiering", "taxes, taxpayers, assessment"))
        {
            UpdatedDaysAgo = 45, Duplicates = AddressRegister, Initiatives = "I-09",
            Record = new("Établissement, recouvrement et contentieux des taxes et redevances communales.", "c e",
                "Redevables personnes physiques et représentants des personnes morales.",
                "Identité, adresse, numéro d'entreprise, éléments de la base imposable, paiements.",
                "Receveur communal, huissiers de justice, juridictions en cas de recours.",
                "Sept ans après l'exercice d'imposition."),
        },
        new("etablissements-commerciaux", "FIN", "Catherine Dupont", null, "Phoenix", "QUARTERLY", "ECON", "PUBLIC",
            T("Commerces et établissements", "Handelszaken en vestigingen", "Shops and business premises"),
            T("Établissements commerciaux et professionnels de la commune avec leur numéro d'entreprise, leur activité et leur adresse.",
                "Handelszaken en beroepsvestigingen in de gemeente met ondernemingsnummer, activiteit en adres.",
                "Commercial and professional premises in the municipality with their company number, activity and address."),
            T("commerces, entreprises, BCE", "handelszaken, ondernemingen, KBO", "shops, companies, business register"))
        {
            UpdatedDaysAgo = 60, Published = true, Licence = "CC_BY_4_0", Formats = "CSV", HighValue = Companies, Duplicates = AddressRegister, Initiatives = "I-09",
        },

        // Legal affairs
        new("marches-publics", "JUR", null, null, "3P", "QUARTERLY", "GOVE ECON", "PUBLIC",
            T("Marchés publics attribués", "Gegunde overheidsopdrachten", "Public contracts awarded"),
            T("Marchés publics attribués par la commune, avec l'objet, la procédure, l'adjudicataire et le montant.",
                "Overheidsopdrachten die de gemeente gunde, met voorwerp, procedure, opdrachtnemer en bedrag.",
                "Public contracts the municipality awarded, with their subject, procedure, contractor and amount."),
            T("marchés publics, adjudications, transparence", "overheidsopdrachten, gunningen, transparantie", "public procurement, awards, transparency"))
        {
            Registered = new(2025, 6, 16), UpdatedDaysAgo = 50, ReviewedDaysAgo = 460, Published = true, Licence = "CC_BY_4_0", Formats = "CSV",
        },

        // Smart city unit
        new("qualite-air", "SCU", "Olivier Lemaire", "Sarah Maes", "Plateforme capteurs", "DAILY", "ENVI HEAL", "PUBLIC",
            T("Qualité de l'air", "Luchtkwaliteit", "Air quality"),
            T("Moyennes journalières de NO₂ et de particules fines mesurées par les capteurs de la commune près des écoles.",
                "Daggemiddelden van NO₂ en fijnstof gemeten door de sensoren van de gemeente bij de scholen.",
                "Daily averages of NO₂ and fine particles measured by the municipality's sensors near schools."),
            T("air, pollution, NO2, particules fines", "lucht, vervuiling, NO2, fijnstof", "air, pollution, NO2, fine particles"))
        {
            UpdatedDaysAgo = 1, Published = true, Licence = "CC_BY_4_0", Formats = "CSV JSON", HighValue = Environment, Initiatives = "I-14",
        },
        new("mesures-bruit", "SCU", "Olivier Lemaire", "Sarah Maes", "Plateforme capteurs", "MONTHLY", "ENVI", "PUBLIC",
            T("Mesures du bruit", "Geluidsmetingen", "Noise measurements"),
            T("Niveaux sonores mensuels (Lden et Lnight) aux points de mesure installés dans les quartiers animés.",
                "Maandelijkse geluidsniveaus (Lden en Lnight) op de meetpunten in de drukke wijken.",
                "Monthly noise levels (Lden and Lnight) at the measuring points in busy districts."),
            T("bruit, nuisances, environnement", "lawaai, hinder, milieu", "noise, nuisance, environment"))
        {
            UpdatedDaysAgo = 160, Published = true, Licence = "CC_BY_4_0", Formats = "CSV", HighValue = Environment,
        },
        new("consommation-energie-batiments", "SCU", "Olivier Lemaire", "Sarah Maes", "Plateforme capteurs", "MONTHLY", "ENER", "RESTRICTED",
            T("Consommations d'énergie des bâtiments communaux", "Energieverbruik van de gemeentegebouwen", "Energy use of municipal buildings"),
            T("Relevés quart-horaires de gaz et d'électricité des bâtiments communaux équipés de compteurs communicants.",
                "Kwartierwaarden van gas en elektriciteit van de gemeentegebouwen met slimme meters.",
                "Quarter-hourly gas and electricity readings of the municipal buildings with smart meters."),
            T("énergie, bâtiments, compteurs", "energie, gebouwen, meters", "energy, buildings, meters"))
        {
            UpdatedDaysAgo = 6, Initiatives = "I-14 I-29", CaseStudies = "energie-batiments-communaux",
        },

        // IT
        new("wifi-public", "IT", "Marc Van den Bossche", null, "Cisco Meraki", "IRREG", "TECH", "PUBLIC",
            T("Points d'accès Wi-Fi public", "Openbare wifi-hotspots", "Public Wi-Fi hotspots"),
            T("Bornes du réseau Wi-Fi public gratuit avec leur emplacement et leur horaire.",
                "Hotspots van het gratis openbare wifinetwerk met hun locatie en uren.",
                "Hotspots of the free public Wi-Fi network with their location and hours."),
            T("Wi-Fi, internet, espace public", "wifi, internet, openbare ruimte", "Wi-Fi, internet, public space"))
        {
            UpdatedDaysAgo = 70,
        },
        new("inventaire-applications", "IT", "Marc Van den Bossche", null, "GLPI", "QUARTERLY", "TECH GOVE", "NON_PUBLIC",
            T("Inventaire des applications", "Inventaris van de toepassingen", "Application inventory"),
            T("Applications utilisées par les services, avec leur fournisseur, leur hébergement et les données qu'elles contiennent.",
                "Toepassingen die de diensten gebruiken, met leverancier, hosting en de data die ze bevatten.",
                "Applications the departments use, with their supplier, hosting and the data they hold."),
            T("applications, informatique, architecture", "toepassingen, IT, architectuur", "applications, IT, architecture"))
        {
            UpdatedDaysAgo = 20, Initiatives = "I-11 I-15",
        },

        // Town clerk's office
        new("deliberations-conseil", "SEC", "Anne-Marie Collard", null, "iA.Delib", "MONTHLY", "GOVE JUST", "PUBLIC",
            T("Décisions du conseil communal", "Beslissingen van de gemeenteraad", "Municipal council decisions"),
            T("Ordres du jour et décisions du conseil communal, avec le vote de chaque point.",
                "Agenda's en beslissingen van de gemeenteraad, met de stemming over elk punt.",
                "Agendas and decisions of the municipal council, with the vote on each item."),
            T("conseil communal, décisions, démocratie", "gemeenteraad, beslissingen, democratie", "municipal council, decisions, democracy"))
        {
            UpdatedDaysAgo = 14, Published = true, Licence = "CC_BY_4_0", Formats = "JSON CSV",
        },
        new("courrier-entrant", "SEC", "Anne-Marie Collard", null, "iA.Docs", "DAILY", "GOVE", "NON_PUBLIC",
            T("Registre du courrier entrant", "Register van de inkomende post", "Incoming mail register"),
            T("Courriers et courriels reçus par l'administration, leur expéditeur, leur objet et le service chargé de la réponse.",
                "Brieven en e-mails die het bestuur ontvangt, met afzender, onderwerp en de dienst die antwoordt.",
                "Letters and e-mails received by the administration, their sender, subject and the department that answers."),
            T("courrier, correspondance, registre", "post, briefwisseling, register", "mail, correspondence, register"))
        {
            UpdatedDaysAgo = 0,
            Record = new("Enregistrement, attribution et suivi du courrier adressé à l'administration communale.", "e",
                "Expéditeurs de courrier : habitants, entreprises, associations, autres administrations.",
                "Identité et coordonnées de l'expéditeur, contenu du courrier.",
                "Services communaux chargés de la réponse.",
                "Cinq ans après la clôture du dossier, puis versement aux archives selon le tableau de tri."),
        },
    ];

    /// <summary>Seeds the register once: nothing when the organisation already has datasets.</summary>
    /// <param name="now">The moment the last updates and reviews are counted back from (the clock, or a test's).</param>
    /// <returns>True when anything was added.</returns>
    public static async Task<bool> SeedAsync(AppDbContext db, Organisation organisation, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(organisation);
        if (await db.Datasets.AnyAsync(cancellationToken))
        {
            return false;
        }

        var people = (await db.Stakeholders.AsNoTracking().Where(s => s.ErasedAt == null).Select(s => new { s.Name, s.Id }).ToListAsync(cancellationToken))
            .GroupBy(s => s.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Code, d => d.Id, cancellationToken);
        var initiatives = await db.Initiatives.AsNoTracking().ToDictionaryAsync(i => i.Code, i => i.Id.ToString("D"), cancellationToken);
        var studies = await db.CaseStudies.AsNoTracking().ToDictionaryAsync(c => c.Slug, c => c.Id.ToString("D"), cancellationToken);

        db.SuppressAudit = true;
        var datasets = new Dictionary<string, Dataset>(StringComparer.Ordinal);
        foreach (var e in Entries)
        {
            var registered = new DateTimeOffset(e.Registered.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
            var dataset = new Dataset
            {
                OrganisationId = organisation.Id,
                Slug = e.Slug,
                Title = e.Title,
                Description = e.Description,
                Keywords = e.Keywords,
                DepartmentId = departments.TryGetValue(e.Department, out var d) ? d : null,
                OwnerId = e.Owner is not null && people.TryGetValue(e.Owner, out var o) ? o : null,
                StewardId = e.Steward is not null && people.TryGetValue(e.Steward, out var s) ? s : null,
                SourceSystem = e.Source,
                Frequency = e.Frequency,
                Themes = [.. e.Themes.Split(' ', StringSplitOptions.RemoveEmptyEntries)],
                AccessRight = e.Access,
                Licence = e.Licence,
                Spatial = e.Access == "PUBLIC" ? Spatial : null,
                TemporalStart = e.TemporalStart,
                Distributions = [.. e.Formats.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(f => Distribution(e.Slug, f))],
                QualityNotes = e.Quality ?? new LocalizedText(),
                HighValue = e.HighValue is not null,
                HighValueCategory = e.HighValue,
                AuthenticSource = e.Authentic,
                PersonalData = e.Record is not null,
                Published = e.Published,
                PublishedAt = e.Published ? Latest(registered.AddDays(14), now.AddDays(-1)) : null,
                LastUpdatedAt = Latest(registered, now.AddDays(-e.UpdatedDaysAgo).AddHours(-2)),
                LastReviewedAt = Latest(registered, now.AddDays(-e.ReviewedDaysAgo)),
                InitiativeIds = [.. e.Initiatives.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(c => initiatives.GetValueOrDefault(c)).OfType<string>()],
                CaseStudyIds = [.. e.CaseStudies.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(c => studies.GetValueOrDefault(c)).OfType<string>()],
                CreatedAt = registered,
                UpdatedAt = Latest(registered, now.AddDays(-Math.Min(e.UpdatedDaysAgo, e.ReviewedDaysAgo))),
            };
            datasets[e.Slug] = dataset;
            db.Datasets.Add(dataset);
            if (e.Record is { } r)
            {
                db.ProcessingRecords.Add(new ProcessingRecord
                {
                    OrganisationId = organisation.Id,
                    DatasetId = dataset.Id,
                    Controller = Controller,
                    ProtectionOfficer = Officer,
                    Purposes = r.Purposes,
                    LegalBases = [.. r.Bases.Split(' ')],
                    SpecialCategoryConditions = [.. r.Special.Split(' ', StringSplitOptions.RemoveEmptyEntries)],
                    DataSubjects = r.Subjects,
                    PersonalDataCategories = r.Categories,
                    Recipients = r.Recipients,
                    TransfersOutsideEu = "",
                    Retention = r.Retention,
                    SecurityMeasures = Security,
                    CreatedAt = registered,
                    UpdatedAt = registered,
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var e in Entries.Where(e => e.Duplicates is not null))
        {
            datasets[e.Slug].DuplicatesId = datasets[e.Duplicates!].Id;
        }

        var kpis = await db.Kpis.ToListAsync(cancellationToken);
        foreach (var kpi in kpis)
        {
            if (KpiSources.TryGetValue(kpi.Name.Get("en") ?? "", out var slug))
            {
                kpi.SourceDatasetId = datasets[slug].Id;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        db.SuppressAudit = false;
        return true;
    }

    /// <summary>The number of datasets the demo registers (for tests and the README).</summary>
    public static int Count => Entries.Length;

    private static DateTimeOffset Latest(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DatasetDistribution Distribution(string slug, string format)
    {
        var (fr, nl, en, extension) = format switch
        {
            "CSV" => ("Fichier CSV", "CSV-bestand", "CSV file", "csv"),
            "JSON" => ("Fichier JSON", "JSON-bestand", "JSON file", "json"),
            "GEOJSON" => ("Carte au format GeoJSON", "Kaart in GeoJSON-formaat", "Map as GeoJSON", "geojson"),
            "SHP" => ("Couches Shapefile (ZIP)", "Shapefile-lagen (ZIP)", "Shapefile layers (ZIP)", "shp"),
            _ => (format, format, format, format.ToLowerInvariant()),
        };
        return new DatasetDistribution
        {
            // Stable across seedings, so the catalogue's distribution addresses do not change when the demo is recreated.
            Id = StableId(slug + "/" + extension),
            Title = LocalizedText.Of(fr, nl, en),
            Format = format,
            AccessUrl = $"{Portal}/explore/dataset/{slug}/",
            DownloadUrl = $"{Portal}/api/datasets/{slug}/exports/{extension}",
        };
    }

    private static Guid StableId(string name)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("ville-de-demo/" + name));
        return new Guid(hash.AsSpan(0, 16));
    }

    private static LocalizedText T(string fr, string nl, string en) => LocalizedText.Of(fr, nl, en);
}
