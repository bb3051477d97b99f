using DataStrategy.Core.Analysis;
using DataStrategy.Core.Images;
using DataStrategy.Core.Strategy;
using DataStrategy.Core.Text;
using DataStrategy.Data.Assessment;
using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;

namespace DataStrategy.Data.Demo;

/// <summary>
/// Six published case studies and one draft for the demo organisation, each with pictures drawn
/// here (no stock photos to license) and run through the same processing as an upload.
/// </summary>
public static class DemoCaseStudies
{
    public const string DraftSlug = "musees-comptage-visiteurs";

    /// <summary>The contact of every demo case study: members see it, the public site must not.</summary>
    public const string ContactMarker = "Cellule Smart City — poste 4471";

    private sealed record Story(
        string Slug, string Department, string Themes, string Objectives, string Initiatives, int PublishedDay, SKColor Colour, string Picture,
        LocalizedText Title, LocalizedText Summary, LocalizedText Problem, LocalizedText DataUsed, LocalizedText Approach, LocalizedText Outcome, LocalizedText Lessons,
        (string Value, LocalizedText Label)[] Figures, LocalizedText[] Alts)
    {
        public bool Draft { get; init; }
    }

    private static readonly Story[] Stories =
    [
        new("capteurs-stationnement", "MOB", "tools services", "SRV", "I-16", 3, new SKColor(0x1F, 0x4E, 0x79), "map",
            T("Des capteurs pour trouver une place plus vite", "Sensoren om sneller een parkeerplaats te vinden", "Sensors to find a parking space faster"),
            T("1 200 capteurs dans les rues commerçantes disent en temps réel où il reste des places : moins de tours de quartier, moins de bruit et de CO₂.",
                "1 200 sensoren in de winkelstraten tonen in realtime waar nog plaatsen vrij zijn: minder rondjes, minder lawaai en CO₂.",
                "1,200 sensors in the shopping streets show in real time where spaces are free: fewer laps of the block, less noise and CO₂."),
            T("Dans les quartiers commerçants, un automobiliste sur trois tournait plus de dix minutes avant de se garer.", "In de winkelwijken reed één automobilist op drie meer dan tien minuten rond voor hij kon parkeren.", "In the shopping districts, one driver in three circled for more than ten minutes before parking."),
            T("Occupation minute par minute de 1 200 places, horodateurs, comptages de trafic aux entrées de quartier.", "Bezetting per minuut van 1 200 plaatsen, parkeerautomaten, verkeerstellingen aan de wijkingangen.", "Minute-by-minute occupancy of 1,200 spaces, parking meters, traffic counts at the district entrances."),
            T("Pilote de six mois sur deux rues, puis extension ; les données alimentent les panneaux et une API ouverte.", "Pilootproject van zes maanden in twee straten, daarna uitbreiding; de data voeden de borden en een open API.", "A six-month pilot in two streets, then roll-out; the data feed the signs and an open API."),
            T("Le temps de recherche moyen a baissé de 18 % et les recettes de stationnement sont restées stables.", "De gemiddelde zoektijd daalde met 18 % en de parkeerinkomsten bleven stabiel.", "Average search time fell by 18% and parking revenue stayed stable."),
            T("Associer les commerçants dès le départ ; publier les données ouvertes a fait naître deux applications privées.", "De handelaars van bij het begin betrekken; de open data publiceren leverde twee private apps op.", "Involve shopkeepers from the start; publishing the open data gave rise to two private apps."),
            [("−18 %", T("de temps de recherche", "zoektijd", "search time")), ("1 200", T("capteurs", "sensoren", "sensors"))],
            [T("Carte stylisée d'un quartier avec des points verts et rouges pour les places libres et occupées", "Gestileerde wijkkaart met groene en rode punten voor vrije en bezette plaatsen", "Stylised district map with green and red dots for free and occupied spaces"),
                T("Graphique de l'occupation des places heure par heure", "Grafiek van de bezetting van de plaatsen per uur", "Chart of hourly parking occupancy")]),
        new("permis-urbanisme-delais", "URB", "data-management", "STE", "I-10", 17, new SKColor(0x6B, 0x3F, 0xA0), "bars",
            T("Des permis d'urbanisme suivis au jour près", "Stedenbouwkundige vergunningen op de dag gevolgd", "Planning permits tracked to the day"),
            T("Un tableau de bord des dossiers de permis a réduit le délai moyen de traitement de 23 jours en un an.", "Een dashboard van de vergunningsdossiers verkortte de gemiddelde doorlooptijd in een jaar met 23 dagen.", "A dashboard of permit files cut the average processing time by 23 days in a year."),
            T("Personne ne savait combien de dossiers attendaient à chaque étape, ni lesquels dépassaient les délais légaux.", "Niemand wist hoeveel dossiers in elke fase wachtten, noch welke de wettelijke termijnen overschreden.", "Nobody knew how many files waited at each stage, or which ones exceeded the legal deadlines."),
            T("Les étapes des dossiers de permis depuis 2019, extraites chaque nuit de l'application métier.", "De fasen van de vergunningsdossiers sinds 2019, elke nacht uit de vakapplicatie gehaald.", "The stages of permit files since 2019, extracted nightly from the business application."),
            T("Un analyste a construit le tableau de bord avec les chefs de service ; une revue hebdomadaire des dossiers en retard.", "Een analist bouwde het dashboard samen met de diensthoofden; een wekelijkse bespreking van de vertraagde dossiers.", "An analyst built the dashboard with the heads of unit; a weekly review of late files."),
            T("Le délai moyen est passé de 97 à 74 jours ; les dossiers hors délai ont diminué de moitié.", "De gemiddelde doorlooptijd daalde van 97 naar 74 dagen; het aantal laattijdige dossiers halveerde.", "The average time fell from 97 to 74 days; late files halved."),
            T("Un indicateur simple, revu chaque semaine, change plus qu'un rapport annuel détaillé.", "Een eenvoudige indicator, elke week besproken, verandert meer dan een gedetailleerd jaarverslag.", "A simple indicator reviewed weekly changes more than a detailed annual report."),
            [("−23", T("jours de délai moyen", "dagen gemiddelde doorlooptijd", "days of average processing time")), ("−50 %", T("de dossiers hors délai", "laattijdige dossiers", "late files"))],
            [T("Histogramme des délais de traitement par mois, en baisse", "Histogram van de doorlooptijden per maand, dalend", "Bar chart of processing times per month, falling")]),
        new("registre-adresses-fiable", "POP", "data-management governance", "REG", "I-08", 31, new SKColor(0x0E, 0x6E, 0x5C), "grid",
            T("Un registre des adresses enfin fiable", "Een eindelijk betrouwbaar adressenregister", "An address register we can finally trust"),
            T("4 300 adresses corrigées et une seule source pour tous les services : les courriers reviennent trois fois moins.", "4 300 adressen verbeterd en één bron voor alle diensten: drie keer minder teruggestuurde brieven.", "4,300 addresses corrected and one source for every department: three times fewer letters returned."),
            T("Chaque service tenait sa propre liste d'adresses ; les doublons et les erreurs faisaient revenir des milliers de courriers.", "Elke dienst hield zijn eigen adressenlijst bij; dubbels en fouten zorgden voor duizenden teruggestuurde brieven.", "Each department kept its own address list; duplicates and errors sent thousands of letters back."),
            T("Registre de la population, cadastre, base régionale des adresses, retours de courrier.", "Bevolkingsregister, kadaster, gewestelijke adressendatabank, teruggestuurde post.", "Population register, land registry, regional address database, returned mail."),
            T("Rapprochement automatique des sources, puis vérification par les agents de quartier des cas douteux.", "Automatische vergelijking van de bronnen, daarna controle van twijfelgevallen door de wijkagenten.", "Automatic matching of the sources, then district officers checked the doubtful cases."),
            T("4 300 adresses corrigées, 1 100 doublons supprimés ; le taux de retour du courrier est passé de 3,1 % à 1 %.", "4 300 adressen verbeterd, 1 100 dubbels geschrapt; het percentage teruggestuurde post daalde van 3,1 % naar 1 %.", "4,300 addresses corrected, 1,100 duplicates removed; the returned-mail rate fell from 3.1% to 1%."),
            T("Nommer un gestionnaire du registre a compté autant que l'outil.", "Een beheerder voor het register aanstellen telde evenveel als het instrument.", "Appointing a steward for the register mattered as much as the tool."),
            [("4 300", T("adresses corrigées", "adressen verbeterd", "addresses corrected")), ("÷3", T("courriers revenus", "teruggestuurde brieven", "returned letters"))],
            [T("Grille de points représentant des adresses, dont quelques-unes signalées en orange", "Raster van punten die adressen voorstellen, waarvan enkele in oranje gemarkeerd", "Grid of dots standing for addresses, a few flagged in orange")]),
        new("equipements-sportifs-ouverts", "SPO", "services", "OPN", "", 45, new SKColor(0xB0, 0x4A, 0x12), "bars",
            T("Les équipements sportifs en données ouvertes", "Sportinfrastructuur als open data", "Sports facilities as open data"),
            T("Horaires, tarifs et accessibilité de 42 équipements publiés en données ouvertes et réutilisés par trois applications.", "Openingsuren, tarieven en toegankelijkheid van 42 voorzieningen als open data gepubliceerd en hergebruikt door drie apps.", "Opening hours, prices and accessibility of 42 facilities published as open data and reused by three apps."),
            T("Les habitants appelaient le service pour connaître les horaires ; les informations en ligne étaient souvent périmées.", "Inwoners belden de dienst voor de openingsuren; de informatie online was vaak verouderd.", "Residents phoned the department for opening hours; online information was often out of date."),
            T("Inventaire des salles et terrains, planning des réservations, audit d'accessibilité.", "Inventaris van zalen en terreinen, reservatieplanning, toegankelijkheidsaudit.", "Inventory of halls and pitches, booking schedule, accessibility audit."),
            T("Un jeu de données mis à jour chaque nuit depuis le planning, publié sous licence ouverte avec sa documentation.", "Een dataset die elke nacht vanuit de planning wordt bijgewerkt, gepubliceerd onder open licentie met documentatie.", "A dataset updated nightly from the schedule, published under an open licence with its documentation."),
            T("Les appels pour les horaires ont baissé de 40 % ; trois applications de quartier réutilisent les données.", "Het aantal oproepen over openingsuren daalde met 40 %; drie buurtapps hergebruiken de data.", "Calls about opening hours fell by 40%; three neighbourhood apps reuse the data."),
            T("Publier tôt, même imparfait, puis corriger avec les retours des réutilisateurs.", "Vroeg publiceren, ook al is het onvolmaakt, en daarna verbeteren met de feedback van hergebruikers.", "Publish early, even imperfect, then correct with feedback from reusers."),
            [("42", T("équipements publiés", "gepubliceerde voorzieningen", "facilities published")), ("−40 %", T("d'appels", "oproepen", "calls"))],
            [T("Graphique en barres du nombre de réservations par équipement", "Staafdiagram van het aantal reservaties per voorziening", "Bar chart of bookings per facility")]),
        new("energie-batiments-communaux", "SCU", "tools data-management", "CLI", "I-14", 59, new SKColor(0x2E, 0x7D, 0x32), "lines",
            T("L'énergie des bâtiments communaux, mesurée chaque heure", "Het energieverbruik van de gemeentegebouwen, elk uur gemeten", "Energy in municipal buildings, measured every hour"),
            T("Des compteurs communicants dans 35 bâtiments ont permis de repérer les gaspillages : −12 % de consommation en un hiver.", "Slimme meters in 35 gebouwen brachten verspilling aan het licht: −12 % verbruik in één winter.", "Smart meters in 35 buildings revealed waste: −12% consumption in one winter."),
            T("Les factures arrivaient une fois par an ; impossible de savoir quel bâtiment chauffait la nuit ou le week-end.", "De facturen kwamen één keer per jaar; onmogelijk te weten welk gebouw 's nachts of in het weekend verwarmde.", "Bills came once a year; there was no way to know which building heated at night or at weekends."),
            T("Relevés horaires de gaz et d'électricité, occupation des bâtiments, températures extérieures.", "Uurlijkse meterstanden van gas en elektriciteit, bezetting van de gebouwen, buitentemperaturen.", "Hourly gas and electricity readings, building occupancy, outdoor temperatures."),
            T("Une plateforme commune reçoit les relevés ; un rapport automatique signale chaque lundi les anomalies au gestionnaire du bâtiment.", "Een gedeeld platform ontvangt de meterstanden; een automatisch rapport meldt elke maandag de afwijkingen aan de gebouwbeheerder.", "A shared platform receives the readings; an automatic report flags anomalies to the building manager every Monday."),
            T("−12 % de consommation sur l'hiver 2025-2026, soit environ 180 000 € d'économie.", "−12 % verbruik in de winter van 2025-2026, ongeveer 180 000 € besparing.", "−12% consumption over the 2025–2026 winter, about €180,000 saved."),
            T("Les gestionnaires de bâtiment agissent quand l'anomalie leur arrive, pas quand elle est dans un tableau de bord.", "Gebouwbeheerders komen in actie wanneer de afwijking bij hen toekomt, niet wanneer ze in een dashboard staat.", "Building managers act when the anomaly reaches them, not when it sits in a dashboard."),
            [("−12 %", T("de consommation", "verbruik", "consumption")), ("35", T("bâtiments équipés", "uitgeruste gebouwen", "buildings equipped"))],
            [T("Courbes de consommation d'énergie heure par heure sur une semaine", "Curven van het energieverbruik per uur over een week", "Hourly energy consumption curves over a week"),
                T("Graphique comparant deux hivers de consommation", "Grafiek die het verbruik van twee winters vergelijkt", "Chart comparing two winters of consumption")]),
        new("aide-sociale-delais", "SOC", "ethics governance", "GOV", "I-07", 73, new SKColor(0xA0, 0x1E, 0x4B), "lines",
            T("Anticiper les demandes d'aide sociale, avec des garde-fous", "Aanvragen voor sociale hulp voorzien, met waarborgen", "Anticipating social-aid requests, with safeguards"),
            T("Des prévisions agrégées par quartier aident à planifier les permanences ; aucune décision individuelle n'est automatisée.", "Geaggregeerde prognoses per wijk helpen de permanenties plannen; geen enkele individuele beslissing wordt geautomatiseerd.", "Aggregated forecasts by district help plan drop-in sessions; no individual decision is automated."),
            T("Les pics de demandes après les factures d'énergie saturaient les permanences pendant des semaines.", "Pieken in aanvragen na de energiefacturen overspoelden de permanenties wekenlang.", "Peaks in requests after energy bills swamped the drop-in sessions for weeks."),
            T("Nombre de demandes par quartier et par semaine depuis 2020, calendrier des factures, sans aucune donnée individuelle.", "Aantal aanvragen per wijk en per week sinds 2020, kalender van de facturen, zonder enig individueel gegeven.", "Number of requests per district and week since 2020, bill calendar, with no individual data."),
            T("Un modèle simple de séries temporelles, validé par le comité d'éthique et le délégué à la protection des données.", "Een eenvoudig tijdreeksmodel, goedgekeurd door het ethisch comité en de functionaris voor gegevensbescherming.", "A simple time-series model, approved by the ethics committee and the data protection officer."),
            T("Les renforts sont planifiés trois semaines plus tôt ; l'attente moyenne est passée de 11 à 6 jours.", "Versterking wordt drie weken vroeger gepland; de gemiddelde wachttijd daalde van 11 naar 6 dagen.", "Extra staff are planned three weeks earlier; the average wait fell from 11 to 6 days."),
            T("Expliquer le modèle aux travailleurs sociaux a levé la méfiance ; rester à l'agrégé a rendu le projet acceptable.", "Het model uitleggen aan de maatschappelijk werkers nam het wantrouwen weg; op geaggregeerd niveau blijven maakte het project aanvaardbaar.", "Explaining the model to social workers removed mistrust; staying aggregated made the project acceptable."),
            [("3", T("semaines d'anticipation", "weken vooruitzicht", "weeks of foresight")), ("11 → 6", T("jours d'attente", "dagen wachttijd", "days of waiting"))],
            [T("Courbe des demandes hebdomadaires avec la prévision en pointillés", "Curve van de wekelijkse aanvragen met de prognose in stippellijn", "Curve of weekly requests with the forecast dotted")]),
        new(DraftSlug, "CUL", "services", "STE", "", 0, new SKColor(0x55, 0x55, 0x55), "bars",
            T("Compter les visiteurs des musées", "Bezoekers van de musea tellen", "Counting museum visitors"),
            T("Des compteurs aux entrées des trois musées pour adapter les horaires.", "", "Counters at the entrances of the three museums to adjust opening hours."),
            T("Les horaires ne suivent pas la fréquentation réelle.", "", "Opening hours do not follow actual attendance."),
            T("Comptages d'entrées, billetterie.", "", "Entrance counts, ticketing."),
            new LocalizedText(), new LocalizedText(), new LocalizedText(),
            [],
            [T("Histogramme de la fréquentation par jour", "", "Bar chart of daily attendance")]) { Draft = true },
    ];

    /// <summary>The processed pictures, drawn and encoded once per process: seeding stays fast in tests.</summary>
    private static readonly Lazy<Dictionary<(string, int), PhotoResult>> Pictures = new(DrawAll);

    public static async Task<bool> SeedAsync(AppDbContext db, Organisation organisation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(organisation);
        if (await db.CaseStudies.AnyAsync(cancellationToken))
        {
            return false;
        }

        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Code, d => d.Id, cancellationToken);
        var objectives = (await db.StrategyItems.AsNoTracking().Where(i => i.Kind == StrategyItemKind.Objective).ToListAsync(cancellationToken))
            .GroupBy(i => i.Title.Get("en"), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Id.ToString("D"), StringComparer.Ordinal);
        var initiatives = await db.Initiatives.AsNoTracking().ToDictionaryAsync(i => i.Code, i => i.Id.ToString("D"), cancellationToken);
        var opportunities = await db.Findings.AsNoTracking().Where(f => f.Status == FindingStatus.Accepted && f.Kind == FindingKind.Opportunity).ToListAsync(cancellationToken);
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Name == DemoAssessment.CampaignNames, cancellationToken);
        var framework = campaign is null ? null : await db.Frameworks.AsNoTracking().SingleOrDefaultAsync(f => f.Id == campaign.FrameworkId, cancellationToken);
        var themes = framework is null ? new HashSet<string>() : FrameworkLibrary.Definition(framework).Themes.Select(t => t.Id).ToHashSet();

        db.SuppressAudit = true;
        foreach (var story in Stories)
        {
            var themeIds = story.Themes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(themes.Contains).ToList();
            var published = new DateTimeOffset(2026, 9, 1, 9, 0, 0, TimeSpan.Zero).AddDays(story.PublishedDay);
            var study = new CaseStudy
            {
                OrganisationId = organisation.Id,
                Slug = story.Slug,
                Title = story.Title,
                Summary = story.Summary,
                Problem = story.Problem,
                DataUsed = story.DataUsed,
                Approach = story.Approach,
                Outcome = story.Outcome,
                Lessons = story.Lessons,
                Contacts = ContactMarker + (story.Draft ? "" : " · data@ville-de-demo.example"),
                Figures = story.Figures.Select(f => new CaseStudyFigure { Value = f.Value, Label = f.Label }).ToList(),
                DepartmentId = departments.TryGetValue(story.Department, out var d) ? d : null,
                Status = story.Draft ? CaseStudyStatus.Draft : CaseStudyStatus.Published,
                PublishedAt = story.Draft ? null : published,
                CreatedAt = published.AddDays(-20),
                UpdatedAt = story.Draft ? new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero) : published,
                ThemeIds = themeIds,
                FindingIds = opportunities.Where(f => f.ThemeIds.Intersect(themeIds).Any()).Take(1).Select(f => f.Id.ToString("D")).ToList(),
                ObjectiveIds = story.Objectives.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .Select(o => DemoRoadmap.ObjectiveTitle(o) is { } title && objectives.TryGetValue(title, out var id) ? id : null).OfType<string>().ToList(),
                InitiativeIds = story.Initiatives.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(c => initiatives.GetValueOrDefault(c)).OfType<string>().ToList(),
            };
            db.CaseStudies.Add(study);
            for (var n = 0; n < story.Alts.Length; n++)
            {
                var picture = Pictures.Value[(story.Slug, n)];
                var image = new CaseStudyImage { OrganisationId = organisation.Id, CaseStudyId = study.Id, Position = n, AltText = story.Alts[n], Width = picture.Width, Height = picture.Height, CreatedAt = study.CreatedAt };
                db.CaseStudyImages.Add(image);
                foreach (var r in picture.Renditions)
                {
                    db.CaseStudyImageRenditions.Add(new CaseStudyImageRendition { OrganisationId = organisation.Id, ImageId = image.Id, Size = r.Size, Width = r.Width, Height = r.Height, Data = r.Jpeg });
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await SeedEventAsync(db, organisation, cancellationToken);
        db.SuppressAudit = false;
        return true;
    }

    private static readonly int[] UsefulnessCycle = [5, 4, 4, 5, 3, 4];

    public static readonly LocalizedText EventTitle = T("Show & Tell données 2026", "Show & Tell data 2026", "Data Show & Tell 2026");

    /// <summary>The past Show &amp; Tell where the six published case studies were presented, with attendees and feedback.</summary>
    private static async Task SeedEventAsync(AppDbContext db, Organisation organisation, CancellationToken cancellationToken)
    {
        var studies = await db.CaseStudies.AsNoTracking().Where(c => c.Status == CaseStudyStatus.Published).OrderBy(c => c.PublishedAt).ToListAsync(cancellationToken);
        string code;
        do
        {
            code = Analysis.WorkshopCodes.New();
        }
        while (await db.ShowAndTellEvents.IgnoreQueryFilters().AnyAsync(e => e.FeedbackCode == code, cancellationToken));

        var e = new ShowAndTellEvent
        {
            OrganisationId = organisation.Id,
            Title = EventTitle,
            HeldAt = new DateTimeOffset(2026, 11, 19, 13, 0, 0, TimeSpan.Zero),
            Location = LocalizedText.Of(fr: "Hôtel de ville, salle du Conseil", nl: "Stadhuis, Raadzaal"),
            Audience = T("Collège, directions et partenaires", "College, directies en partners", "Board of aldermen, heads of department and partners"),
            FeedbackCode = code,
            FeedbackOpen = false,
            CreatedAt = new DateTimeOffset(2026, 10, 15, 9, 0, 0, TimeSpan.Zero),
        };
        db.ShowAndTellEvents.Add(e);
        var position = 0;
        void Item(AgendaItemKind kind, string presenter, int minutes, Guid? study = null) =>
            db.EventAgendaItems.Add(new EventAgendaItem { OrganisationId = organisation.Id, EventId = e.Id, Kind = kind, Presenter = presenter, Minutes = minutes, CaseStudyId = study, Position = position++ });
        Item(AgendaItemKind.Assessment, "Camille Laurent", 15);
        Item(AgendaItemKind.Strategy, "Olivier Lemaire", 15);
        Item(AgendaItemKind.Roadmap, "Olivier Lemaire", 10);
        var presenters = new[] { "Sarah Maes", "Sophie Lambert", "Koen De Smet", "Thomas Wouters", "Olivier Lemaire", "Fatima Ouali" };
        for (var i = 0; i < studies.Count; i++)
        {
            Item(AgendaItemKind.CaseStudy, presenters[i % presenters.Length], 8, studies[i].Id);
        }

        var attendees = new[]
        {
            ("Anne Dupuis", "Collège"), ("Bart Peeters", "Collège"), ("Céline Martin", "Urbanisme"), ("Dirk Claes", "Mobiliteit"), ("Élodie Petit", "Finances"),
            ("Filip Wouters", "Informatica"), ("Gaëlle Renard", "Culture"), ("Hans Jacobs", "Sport"), ("Inès Benali", "Action sociale"), ("Jan Mertens", "Bevolking"),
            ("Karima El Idrissi", "Smart City"), ("Luc Lambrecht", "Secrétariat communal"), ("Marie Dubois", "Région"), ("Nele Vermeulen", "Universiteit"), ("Olivia Leroy", "Citoyens"),
            ("Pierre Simon", "Informatique"), ("Quentin Henry", "Juridique"), ("Rik Goossens", "Organisatie"), ("Sara Cools", "Open data"), ("Tom Willems", "Partenaire"),
            ("Ursula Maes", "Mobilité"), ("Véronique Lemaire", "Finances"), ("Wim Hermans", "Stedenbouw"), ("Yasmine Haddad", "Action sociale"),
        };
        foreach (var (name, affiliation) in attendees)
        {
            db.EventAttendees.Add(new EventAttendee { OrganisationId = organisation.Id, EventId = e.Id, Name = name, Affiliation = affiliation });
        }

        // Each attendee writes in their own language, recorded with the comment.
        var comments = new (string Text, string? Language)[]
        {
            ("Très concret, merci ! Les capteurs de stationnement parlent à tout le monde.", "fr"),
            ("Graag meer tijd voor vragen na elk voorbeeld.", "nl"),
            ("The energy case is exactly what the climate plan needs.", "en"),
            ("Il manque un exemple du côté de la culture.", "fr"),
            ("Duidelijke roadmap, maar wie volgt de KPI's op?", "nl"),
            ("", null),
        };
        for (var n = 0; n < 18; n++)
        {
            db.EventFeedback.Add(new EventFeedback
            {
                OrganisationId = organisation.Id,
                EventId = e.Id,
                Usefulness = UsefulnessCycle[n % UsefulnessCycle.Length],
                FavouriteCaseStudyId = studies.Count == 0 || n % 4 == 3 ? null : studies[(n * 5) % studies.Count].Id,
                Comment = n < comments.Length ? comments[n].Text : "",
                CommentLanguage = n < comments.Length ? comments[n].Language : null,
                CreatedAt = e.HeldAt.AddMinutes(95 + n),
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static Dictionary<(string, int), PhotoResult> DrawAll()
    {
        var result = new Dictionary<(string, int), PhotoResult>();
        foreach (var story in Stories)
        {
            for (var n = 0; n < story.Alts.Length; n++)
            {
                var picture = PhotoImage.Process(Draw(story.Picture, story.Colour, story.Slug.Length + (n * 7)));
                result[(story.Slug, n)] = picture.IsValid ? picture : throw new InvalidOperationException("A demo picture did not process: " + picture.Problem);
            }
        }

        return result;
    }

    /// <summary>A simple illustration (a map of dots, bars or curves) in the story's colour, as a PNG.</summary>
    private static byte[] Draw(string kind, SKColor colour, int seed)
    {
        const int W = 1200, H = 800;
        var random = new Random(seed);
        using var surface = SKSurface.Create(new SKImageInfo(W, H));
        var c = surface.Canvas;
        using var background = new SKPaint();
        background.Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(W, H), [colour, colour.WithAlpha(150)], SKShaderTileMode.Clamp);
        c.DrawRect(0, 0, W, H, background);
        using var light = new SKPaint { Color = SKColors.White.WithAlpha(220), IsAntialias = true, StrokeWidth = 6, Style = SKPaintStyle.Stroke };
        using var fill = new SKPaint { Color = SKColors.White.WithAlpha(200), IsAntialias = true };
        using var accent = new SKPaint { Color = new SKColor(0xFF, 0xB3, 0x00), IsAntialias = true };
        using var accentLine = new SKPaint { Color = new SKColor(0xFF, 0xB3, 0x00), IsAntialias = true, StrokeWidth = 6, Style = SKPaintStyle.Stroke };
        switch (kind)
        {
            case "map":
                for (var x = 100; x < W; x += 200)
                {
                    c.DrawLine(x, 0, x + 80, H, light);
                }

                for (var y = 120; y < H; y += 160)
                {
                    c.DrawLine(0, y, W, y - 40, light);
                }

                for (var i = 0; i < 90; i++)
                {
                    c.DrawCircle(random.Next(40, W - 40), random.Next(40, H - 40), 12, i % 4 == 0 ? accent : fill);
                }

                break;
            case "grid":
                for (var x = 80; x < W - 40; x += 70)
                {
                    for (var y = 80; y < H - 40; y += 70)
                    {
                        c.DrawCircle(x, y, 14, random.Next(12) == 0 ? accent : fill);
                    }
                }

                break;
            case "bars":
                for (var i = 0; i < 12; i++)
                {
                    var h = 150 + random.Next(450) - (i * 15);
                    c.DrawRect(90 + (i * 88), H - 80 - h, 60, h, i == 11 ? accent : fill);
                }

                c.DrawLine(60, H - 80, W - 60, H - 80, light);
                break;
            default:
                for (var line = 0; line < 2; line++)
                {
                    var y = 300f + (line * 180);
                    for (var x = 60; x < W - 60; x += 40)
                    {
                        var next = Math.Clamp(y + random.Next(-40, 41) - (line == 0 ? 4 : -2), 80, H - 80);
                        c.DrawLine(x, y, x + 40, next, line == 0 ? light : accentLine);
                        y = next;
                    }
                }

                break;
        }

        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static LocalizedText T(string fr, string nl, string en)
    {
        var text = new LocalizedText();
        foreach (var (language, value) in new[] { ("fr", fr), ("nl", nl), ("en", en) })
        {
            if (value.Length > 0)
            {
                text.Set(language, value);
            }
        }

        return text;
    }
}
