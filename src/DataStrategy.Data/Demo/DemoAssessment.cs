using System.Globalization;
using System.Text;
using DataStrategy.Core.Assessment;
using DataStrategy.Core.Frameworks;
using DataStrategy.Core.Imports;
using DataStrategy.Core.Text;
using DataStrategy.Data.Assessment;
using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Data.Demo;

/// <summary>
/// The demo organisation's completed baseline campaign on the built-in framework: 20 interviews
/// with notes and quotes, 40 survey responses through an open link, one imported spreadsheet.
/// Deterministic (fixed seed), so screenshots and tests see the same figures every time.
/// </summary>
public static class DemoAssessment
{
    /// <summary>The campaign's name in English: what the English pages (and most tests) show.</summary>
    public const string CampaignName = "Maturity assessment 2025";

    public const string CampaignNameFr = "Évaluation de la maturité 2025";

    public const string CampaignNameNl = "Maturiteitsmeting 2025";

    /// <summary>The interviews held in Dutch: with these stakeholders (by e-mail), quotes and notes are in Dutch, else in French.</summary>
    public static bool IsDutchSpeaker(string email) => DutchSpeakers.Contains(email);

    private static readonly HashSet<string> DutchSpeakers = new(StringComparer.OrdinalIgnoreCase)
    {
        "pieter.janssens@ville-de-demo.example", "koen.desmet@ville-de-demo.example", "jan.verstraeten@ville-de-demo.example",
        "lotte.wouters@ville-de-demo.example", "els.claes@ville-de-demo.example", "bart.goossens@ville-de-demo.example",
        "wim.vandamme@ville-de-demo.example", "hanne.jacobs@ville-de-demo.example", "sarah.maes@ville-de-demo.example",
        "marc.vandenbossche@ville-de-demo.example",
    };

    /// <summary>One interview as it happened: who held it, what the person said (a quote) and what the interviewer noted.</summary>
    /// <param name="Finding">The theme of the demo finding this quote is evidence for (DemoAnalysis), or null.</param>
    private sealed record InterviewData(string Email, string Interviewer, string Quote, string QuoteQuestion, string? Finding, string Note, string NoteTheme);

    /// <summary>The outside facilitators who held most interviews, next to the city's own lead and facilitator.</summary>
    public const string ExternalFrenchInterviewerEmail = "ines.moreau@conseil-data.example";

    public const string ExternalDutchInterviewerEmail = "joris.claessens@conseil-data.example";

    // The 20 interviews, in the language of each conversation (French or Dutch), one person each.
    private static readonly InterviewData[] Interviews =
    [
        new("amelie.rousseau@ville-de-demo.example", ExternalFrenchInterviewerEmail,
            "La billetterie des musées est enfin dans la plateforme partagée : je n'attends plus un export de l'informatique.", "tools-01", "tools",
            "Fréquentation des musées : trois logiciels de billetterie, un seul relié à la plateforme.", "tools"),
        new("anne-marie.collard@ville-de-demo.example", DemoSeeder.LeadEmail,
            "Le comité de direction n'a jamais désigné de responsable pour les données : chaque service fait comme il l'entend.", "gov-03", "governance",
            "Prête à porter la désignation des propriétaires de données au comité de direction ; souhaite un tableau de bord trimestriel.", "leadership"),
        new("bart.goossens@ville-de-demo.example", ExternalDutchInterviewerEmail,
            "Bij de sociale dienst is vertrouwen alles: bij twijfel delen we niets.", "skills-04", null,
            "Individuele dossiers in een apart beveiligd systeem; alleen geanonimiseerde cijfers mogen naar het platform.", "ethics"),
        new("catherine.dupont@ville-de-demo.example", ExternalFrenchInterviewerEmail,
            "Quand deux chiffres diffèrent, personne n'a l'autorité de dire lequel est le bon.", "gov-03", "governance",
            "Rapport mensuel d'indicateurs pour le Collège compilé à la main à partir de quatre sources : deux jours de travail par mois.", "services"),
        new("els.claes@ville-de-demo.example", DemoSeeder.FacilitatorEmail,
            "Meldingen over de openbare ruimte komen binnen via drie kanalen die niet met elkaar praten.", "tools-03", null,
            "Meldingen via e-mail, telefoon en de app; geen gemeenschappelijke referentie per straat.", "tools"),
        new("fatima.ouali@ville-de-demo.example", ExternalFrenchInterviewerEmail,
            "Pour chaque nouveau traitement, nous faisons l'analyse d'impact avec la déléguée à la protection des données avant de commencer.", "eth-04", "ethics",
            "Registre des traitements tenu à jour avec la DPO ; craint que des données ouvertes trop fines exposent des situations individuelles.", "ethics"),
        new("hanne.jacobs@ville-de-demo.example", ExternalDutchInterviewerEmail,
            "Projectleiders komen nu bij de start van een project langs, niet meer een week voor de lancering.", "eth-02", "ethics",
            "Verwerkingsregister volledig; wordt nog laat geraadpleegd over gegevensdeling met het Gewest.", "ethics"),
        new("isabelle.martin@ville-de-demo.example", DemoSeeder.LeadEmail,
            "Pour le moindre graphique, je dois passer par la cellule Smart City.", "skills-01", "skills-culture",
            "Statistiques d'état civil produites à la demande dans un tableur ; aucune formation à la visualisation.", "skills-culture"),
        new("jan.verstraeten@ville-de-demo.example", DemoSeeder.FacilitatorEmail,
            "Voor onze programmatie is data bijzaak: we kennen ons publiek.", "svc-03", "services",
            "Bezoekerscijfers per voorstelling bestaan, maar worden niet geanalyseerd.", "services"),
        new("julien.mertens@ville-de-demo.example", ExternalFrenchInterviewerEmail,
            "Les capteurs de comptage vélo appartiennent à la Région : nous ne recevons que des rapports mensuels en PDF.", "tools-02", null,
            "Partenariat avec la Région pour les capteurs ; demande l'accès aux données brutes.", "tools"),
        new("koen.desmet@ville-de-demo.example", ExternalDutchInterviewerEmail,
            "Elke dienst verbetert de adressen in zijn eigen kopie, en niemand brengt ze samen.", "dm-03", "data-management",
            "Koppeling met het Rijksregister werkt goed; de adressen worden in vier toepassingen apart bijgehouden.", "data-management"),
        new("lotte.wouters@ville-de-demo.example", DemoSeeder.FacilitatorEmail,
            "Onze dienst zou graag meer met data doen, maar we missen de vaardigheden.", "skills-03", "skills-culture",
            "Bezettingsgraad van de sportzalen op papier bijgehouden; vraagt een opleiding in spreadsheets en dashboards.", "skills-culture"),
        new("marc.vandenbossche@ville-de-demo.example", ExternalDutchInterviewerEmail,
            "Het gedeelde dataplatform draait stabiel: negen van de twaalf diensten laden er hun gegevens in.", "tools-01", "tools",
            "Migratie naar de cloud gepland in 2027; back-ups en toegangsbeheer op orde.", "tools"),
        new("nathalie.leclercq@ville-de-demo.example", DemoSeeder.LeadEmail,
            "Le programme a le soutien du Collège, mais pas encore de budget propre.", "lead-04", null,
            "Sponsor du programme ; propose d'inscrire les rôles de données dans les profils de fonction.", "leadership"),
        new("olivier.lemaire@ville-de-demo.example", ExternalFrenchInterviewerEmail,
            "Sans les données, nous ne saurons jamais quels quartiers nos services n'atteignent pas.", "svc-03", "services",
            "Portail régional : 12 jeux de données publiés, aucun mis à jour automatiquement.", "services"),
        new("pieter.janssens@ville-de-demo.example", ExternalDutchInterviewerEmail,
            "Voor elke vergunning typen we het adres opnieuw over uit het bevolkingsregister.", "dm-03", "data-management",
            "Doorlooptijden van bouwvergunningen worden met de hand geteld; wil ze per stap opvolgen.", "data-management"),
        new("sarah.maes@ville-de-demo.example", DemoSeeder.FacilitatorEmail,
            "Met twee analisten voor de hele stad beantwoorden we alleen de dringendste vragen.", "skills-02", "skills-culture",
            "Wachtlijst van zes weken voor analyseaanvragen van de vakdiensten.", "skills-culture"),
        new("sophie.lambert@ville-de-demo.example", ExternalFrenchInterviewerEmail,
            "Une même rue existe sous trois orthographes dans nos dossiers de permis.", "dm-02", "data-management",
            "Données cadastrales achetées chaque année ; adresses ressaisies à chaque permis.", "data-management"),
        new("wim.vandamme@ville-de-demo.example", ExternalDutchInterviewerEmail,
            "We hebben veel data, maar niemand weet wie er eigenaar van is.", "gov-03", "governance",
            "Geen aangestelde data-eigenaars; stelt voor ze per datadomein aan te duiden.", "governance"),
        new("youssef.benali@ville-de-demo.example", DemoSeeder.LeadEmail,
            "Depuis que les réservations sont dans la plateforme, je sors moi-même les chiffres d'occupation.", "tools-01", "tools",
            "Réservations des salles dans la plateforme depuis 2024 ; souhaite un tableau de bord d'occupation.", "tools"),
    ];

    /// <summary>The quotes that are evidence for the demo finding on a theme (see DemoAnalysis).</summary>
    public static IReadOnlyList<string> QuotesFor(string findingTheme) =>
        [.. Interviews.Where(i => i.Finding == findingTheme).Select(i => i.Quote)];

    /// <summary>Who held the interview with a stakeholder (e-mail of a demo member).</summary>
    public static string InterviewerOf(string stakeholderEmail) => Interviews.Single(i => i.Email == stakeholderEmail).Interviewer;

    /// <summary>The campaign's name in each language.</summary>
    public static LocalizedText CampaignNames => LocalizedText.Of(fr: CampaignNameFr, nl: CampaignNameNl, en: CampaignName);

    private static readonly Dictionary<DepartmentKind, double> Means = new()
    {
        [DepartmentKind.Business] = 2.1,
        [DepartmentKind.CrossFunctional] = 2.6,
        [DepartmentKind.It] = 3.3,
        [DepartmentKind.Leadership] = 2.4,
    };

#pragma warning disable CA5394 // demo data: a seeded, predictable generator is the point
    public static async Task SeedAsync(AppDbContext db, Organisation organisation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(organisation);
        if (await db.Campaigns.AnyAsync(cancellationToken))
        {
            return;
        }

        var framework = await db.Frameworks.Where(f => f.Origin == FrameworkOrigin.BuiltIn).OrderByDescending(f => f.VersionNumber).FirstOrDefaultAsync(cancellationToken)
            ?? await FrameworkLibrary.InstallBuiltInAsync(db)
            ?? throw new InvalidOperationException("The built-in framework could not be installed.");
        framework.CreatedAt = new DateTimeOffset(2025, 2, 3, 9, 0, 0, TimeSpan.Zero); // installed when the programme began
        await db.SaveChangesAsync(cancellationToken);
        var definition = FrameworkLibrary.Definition(framework);
        var random = new Random(2026);
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, cancellationToken);
        var stakeholders = await db.Stakeholders.AsNoTracking().Where(s => s.ErasedAt == null).OrderBy(s => s.Email).Take(20).ToListAsync(cancellationToken);
        var interviewerEmails = Interviews.Select(i => i.Interviewer.ToUpperInvariant()).Distinct().ToList();
        var interviewers = await db.Users.Where(u => interviewerEmails.Contains(u.NormalizedEmail!)).ToDictionaryAsync(u => u.NormalizedEmail!, u => u.Id, cancellationToken);

        var campaign = new Campaign
        {
            OrganisationId = organisation.Id,
            Name = CampaignNames,
            FrameworkId = framework.Id,
            StartsOn = new DateOnly(2025, 3, 3),
            EndsOn = new DateOnly(2025, 5, 1),
            Status = CampaignStatus.Analysing,
        };
        campaign.WriteTargetLevels(definition.Themes.ToDictionary(t => t.Id, t => t.Id is "ethics" or "governance" ? 4 : 3));
        db.Campaigns.Add(campaign);
        db.SuppressAudit = true;

        // 09:00 in Brussels (UTC+1 in March); PostgreSQL stores instants in UTC only.
        var start = new DateTimeOffset(2025, 3, 4, 8, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < stakeholders.Count; i++)
        {
            var s = stakeholders[i];
            var interview = Interviews.Single(v => string.Equals(v.Email, s.Email, StringComparison.OrdinalIgnoreCase));
            var kind = s.DepartmentId is { } d && departments.TryGetValue(d, out var dep) ? dep.Kind : DepartmentKind.Business;
            var at = start.AddDays(i / 2 * 2 + i % 2).AddHours(i % 2 * 4);
            var response = new CampaignResponse
            {
                OrganisationId = organisation.Id,
                CampaignId = campaign.Id,
                Kind = ResponseKind.Interview,
                Status = ResponseStatus.Completed,
                StakeholderId = s.Id,
                DepartmentId = s.DepartmentId,
                InterviewerId = interviewers.GetValueOrDefault(interview.Interviewer.ToUpperInvariant()),
                ScheduledAt = at,
                CreatedAt = at.AddDays(-10),
                CompletedAt = at.AddHours(1.5),
                UpdatedAt = at.AddHours(1.5),
            };
            db.Responses.Add(response);
            var language = s.Email is { } email && DutchSpeakers.Contains(email) ? Core.Languages.Dutch : Core.Languages.French;
            AddAnswers(db, campaign, response, definition, random, Means[kind], withTargets: true, language, interview);
            _ = random.Next(definition.Questions.Count); // the draw that once chose the quote's question: kept so the scores stay the same
            db.EvidenceNotes.Add(new EvidenceNote
            {
                OrganisationId = organisation.Id,
                CampaignId = campaign.Id,
                ResponseId = response.Id,
                Kind = NoteKind.Quote,
                Text = interview.Quote,
                Language = language,
                QuestionId = interview.QuoteQuestion,
                CreatedAt = at.AddMinutes(40),
            });
            db.EvidenceNotes.Add(new EvidenceNote
            {
                OrganisationId = organisation.Id,
                CampaignId = campaign.Id,
                ResponseId = response.Id,
                Kind = NoteKind.Note,
                Text = interview.Note,
                Language = language,
                ThemeId = interview.NoteTheme,
                CreatedAt = at.AddMinutes(20),
            });
        }

        var link = new SurveyLink { OrganisationId = organisation.Id, CampaignId = campaign.Id, Label = LocalizedText.Of(fr: "Personnel des services", nl: "Personeel van de diensten", en: "Department staff"), Anonymous = true, Token = "demo-open-survey-2025", IsActive = false };
        db.SurveyLinks.Add(link);
        var departmentList = departments.Values.OrderBy(d => d.Code).ToList();
        for (var i = 0; i < 40; i++)
        {
            var department = departmentList[random.Next(departmentList.Count)];
            var at = start.AddDays(random.Next(40)).AddMinutes(random.Next(600));
            var response = new CampaignResponse
            {
                OrganisationId = organisation.Id,
                CampaignId = campaign.Id,
                Kind = ResponseKind.Survey,
                Status = i < 37 ? ResponseStatus.Completed : ResponseStatus.InProgress,
                DepartmentId = department.Id,
                SurveyLinkId = link.Id,
                IsAnonymous = true,
                Token = "demo-survey-" + i.ToString("00", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..12],
                CreatedAt = at,
                CompletedAt = i < 37 ? at.AddMinutes(18) : null,
                UpdatedAt = at.AddMinutes(18),
            };
            db.Responses.Add(response);
            AddAnswers(db, campaign, response, definition, random, Means[department.Kind] + 0.3, withTargets: false, Core.Languages.French, answerShare: i < 37 ? 1.0 : 0.4);
        }

        await db.SaveChangesAsync(cancellationToken);
        db.SuppressAudit = false;

        // The spreadsheet an external survey tool produced, imported like a user would.
        var csv = ExternalSurveyCsv(definition, departmentList, random);
        var data = TabularFile.Read("enquete-externe-2025.csv", csv, AnswerImport.MaxRows);
        var mapping = AnswerMapping.Suggest(data.Header, definition);
        var result = AnswerImport.Parse(data, definition, mapping, DepartmentLookup.For(departmentList));
        if (!result.IsValid)
        {
            throw new InvalidOperationException("Demo spreadsheet does not import: " + string.Join("; ", result.Issues));
        }

        const string importer = "facilitator@ville-de-demo.example";
        var importerId = await db.Users.Where(u => u.NormalizedEmail == importer.ToUpperInvariant()).Select(u => u.Id).FirstOrDefaultAsync(cancellationToken);
        await AnswerImportCommit.CommitAsync(db, campaign, result, mapping, new AnswerImportSource("enquete-externe-2025.csv", AnswerImport.Sha256(csv), importerId, importer), cancellationToken: cancellationToken);
    }

    private static void AddAnswers(AppDbContext db, Campaign campaign, CampaignResponse response, FrameworkDefinition definition, Random random, double mean, bool withTargets, string language, InterviewData? interview = null, double answerShare = 1.0)
    {
        foreach (var q in definition.Questions)
        {
            if (random.NextDouble() > answerShare)
            {
                continue;
            }

            var roll = random.NextDouble();
            var level = Math.Clamp((int)Math.Round(mean + ThemeShift(q.ThemeId) + (random.NextDouble() - 0.5) * 2.2), 1, definition.MaxLevel);
            var answer = new Answer
            {
                OrganisationId = campaign.OrganisationId,
                CampaignId = campaign.Id,
                ResponseId = response.Id,
                QuestionId = q.Id,
                State = roll < 0.05 ? AnswerState.DontKnow : roll < 0.07 ? AnswerState.NotApplicable : AnswerState.Level,
                UpdatedAt = response.UpdatedAt,
            };
            if (answer.State == AnswerState.Level)
            {
                answer.Level = level;
                if (withTargets && random.NextDouble() < 0.6)
                {
                    answer.TargetLevel = Math.Min(definition.MaxLevel, level + 1 + random.Next(2));
                }
            }

            if (withTargets && random.NextDouble() < 0.15)
            {
                _ = random.Next(3); // kept so the scores stay the same
                if (interview is not null && interview.NoteTheme == q.ThemeId)
                {
                    // The interviewer's note, as the comment on an answer of the theme it is about.
                    answer.Evidence = interview.Note;
                    answer.EvidenceLanguage = language;
                }
            }

            db.Answers.Add(answer);
        }
    }

    /// <summary>Some themes are stronger than others in the demo city, so the dashboard has a shape.</summary>
    private static double ThemeShift(string themeId) => themeId switch
    {
        "tools" => 0.6,
        "ethics" => 0.3,
        "governance" => -0.6,
        "skills-culture" => -0.3,
        "services" => -0.2,
        _ => 0,
    };

    private static byte[] ExternalSurveyCsv(FrameworkDefinition definition, List<Department> departments, Random random)
    {
        var sb = new StringBuilder();
        var levelNames = definition.Levels.Select(l => l.Name["fr"] ?? l.Name.Get("en")).ToList();
        sb.Append("Répondant;Service");
        foreach (var q in definition.Questions)
        {
            sb.Append(';').Append(q.Id).Append(": ").Append(q.Text.Get("fr").Replace(";", ",", StringComparison.Ordinal).Replace("\"", "'", StringComparison.Ordinal));
        }

        sb.Append('\n');
        for (var r = 1; r <= 15; r++)
        {
            var department = departments[random.Next(departments.Count)];
            sb.Append("EXT-").Append(r.ToString("000", CultureInfo.InvariantCulture)).Append(';').Append(department.Code);
            foreach (var q in definition.Questions)
            {
                var level = Math.Clamp((int)Math.Round(Means[department.Kind] + ThemeShift(q.ThemeId) + (random.NextDouble() - 0.5) * 2), 1, definition.MaxLevel);
                var roll = random.NextDouble();
                sb.Append(';').Append(roll < 0.05 ? "Ne sais pas" : roll < 0.5 ? levelNames[level - 1] : level.ToString(CultureInfo.InvariantCulture));
            }

            sb.Append('\n');
        }

        return Encoding.UTF8.GetBytes(sb.ToString());
    }
#pragma warning restore CA5394
}
