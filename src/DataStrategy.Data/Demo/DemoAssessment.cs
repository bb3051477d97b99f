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
    public const string CampaignName = "Baseline assessment 2026";

    public const string CampaignNameFr = "Évaluation de référence 2026";

    public const string CampaignNameNl = "Nulmeting 2026";

    /// <summary>The interviews held in Dutch: with these stakeholders (by e-mail), quotes and notes are in Dutch, else in French.</summary>
    public static bool IsDutchSpeaker(string email) => DutchSpeakers.Contains(email);

    private static readonly HashSet<string> DutchSpeakers = new(StringComparer.OrdinalIgnoreCase)
    {
        "pieter.janssens@ville-de-demo.example", "koen.desmet@ville-de-demo.example", "jan.verstraeten@ville-de-demo.example",
        "lotte.wouters@ville-de-demo.example", "els.claes@ville-de-demo.example", "bart.goossens@ville-de-demo.example",
        "wim.vandamme@ville-de-demo.example", "hanne.jacobs@ville-de-demo.example", "sarah.maes@ville-de-demo.example",
        "marc.vandenbossche@ville-de-demo.example",
    };

    // What people said, as they said it: one language per quote.
    private static readonly string[] FrenchQuotes =
    [
        "On ne sait jamais quelle version du fichier est la bonne.",
        "Les données de population sont fiables, mais on ne peut pas les croiser avec celles de la mobilité.",
        "Le tableau de bord du Collège est refait à la main chaque mois dans Excel.",
        "Le RGPD nous fait peur : dans le doute, on ne partage rien.",
        "Chaque service a son propre logiciel, et aucun ne se parle.",
    ];

    private static readonly string[] DutchQuotes =
    [
        "We hebben veel data, maar niemand weet wie er eigenaar van is.",
        "Voor open data moeten we elke keer opnieuw toestemming vragen.",
        "Onze dienst zou graag meer met data doen, maar we missen de vaardigheden.",
        "De GIS-cel is een echte kracht, maar ze is overbelast.",
        "Als we de cijfers van de sportzalen hadden, konden we de openingsuren beter plannen.",
    ];

    // The interviewer's notes, written in the language of the interview.
    private static readonly string[] FrenchNotes =
    [
        "Inventaire des données : un tableur tenu par l'informatique, dernière mise à jour en 2023.",
        "Document montré : le rapport mensuel d'indicateurs pour le Collège, compilé à la main à partir de quatre sources.",
        "Souhaite une formation à la visualisation de données pour deux agents.",
    ];

    private static readonly string[] DutchNotes =
    [
        "Geen aangestelde data-eigenaars; de functionaris voor gegevensbescherming wordt vaak geraadpleegd.",
        "Open data: 12 datasets gepubliceerd op het gewestelijke portaal, geen enkele wordt automatisch bijgewerkt.",
        "Interoperabiliteit: koppeling met het Rijksregister werkt goed, andere koppelingen zijn manueel.",
    ];

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
        await db.SaveChangesAsync(cancellationToken);
        var definition = FrameworkLibrary.Definition(framework);
        var random = new Random(2026);
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, cancellationToken);
        var stakeholders = await db.Stakeholders.AsNoTracking().Where(s => s.ErasedAt == null).OrderBy(s => s.Email).Take(20).ToListAsync(cancellationToken);
        var facilitator = await db.Users.Where(u => u.NormalizedEmail == DemoSeeder.FacilitatorEmail.ToUpperInvariant()).Select(u => u.Id).SingleOrDefaultAsync(cancellationToken);

        var campaign = new Campaign
        {
            OrganisationId = organisation.Id,
            Name = CampaignNames,
            FrameworkId = framework.Id,
            StartsOn = new DateOnly(2026, 3, 2),
            EndsOn = new DateOnly(2026, 4, 30),
            Status = CampaignStatus.Analysing,
        };
        campaign.WriteTargetLevels(definition.Themes.ToDictionary(t => t.Id, t => t.Id is "ethics" or "governance" ? 4 : 3));
        db.Campaigns.Add(campaign);
        db.SuppressAudit = true;

        // 09:00 in Brussels (UTC+1 in March); PostgreSQL stores instants in UTC only.
        var start = new DateTimeOffset(2026, 3, 3, 8, 0, 0, TimeSpan.Zero);
        int frenchInterviews = 0, dutchInterviews = 0;
        for (var i = 0; i < stakeholders.Count; i++)
        {
            var s = stakeholders[i];
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
                InterviewerId = facilitator,
                ScheduledAt = at,
                CreatedAt = at.AddDays(-10),
                CompletedAt = at.AddHours(1.5),
                UpdatedAt = at.AddHours(1.5),
            };
            db.Responses.Add(response);
            var language = s.Email is { } email && DutchSpeakers.Contains(email) ? Core.Languages.Dutch : Core.Languages.French;
            var spoken = language == Core.Languages.Dutch ? 1 + dutchInterviews++ : 1 + frenchInterviews++;
            AddAnswers(db, campaign, response, definition, random, Means[kind], withTargets: true, language);
            db.EvidenceNotes.Add(new EvidenceNote
            {
                OrganisationId = organisation.Id,
                CampaignId = campaign.Id,
                ResponseId = response.Id,
                Kind = NoteKind.Quote,
                Text = Pick(language == Core.Languages.Dutch ? DutchQuotes : FrenchQuotes, spoken - 1),
                Language = language,
                QuestionId = definition.Questions[random.Next(definition.Questions.Count)].Id,
                CreatedAt = at.AddMinutes(40),
            });
            db.EvidenceNotes.Add(new EvidenceNote
            {
                OrganisationId = organisation.Id,
                CampaignId = campaign.Id,
                ResponseId = response.Id,
                Kind = NoteKind.Note,
                Text = Pick(language == Core.Languages.Dutch ? DutchNotes : FrenchNotes, spoken - 1),
                Language = language,
                ThemeId = definition.Themes[i % definition.Themes.Count].Id,
                CreatedAt = at.AddMinutes(20),
            });
        }

        var link = new SurveyLink { OrganisationId = organisation.Id, CampaignId = campaign.Id, Label = LocalizedText.Of(fr: "Personnel des services", nl: "Personeel van de diensten", en: "Department staff"), Anonymous = true, Token = "demo-open-survey-2026-baseline", IsActive = false };
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
        var data = TabularFile.Read("enquete-externe-2026.csv", csv, AnswerImport.MaxRows);
        var mapping = AnswerMapping.Suggest(data.Header, definition);
        var result = AnswerImport.Parse(data, definition, mapping, DepartmentLookup.For(departmentList));
        if (!result.IsValid)
        {
            throw new InvalidOperationException("Demo spreadsheet does not import: " + string.Join("; ", result.Issues));
        }

        const string importer = "facilitator@ville-de-demo.example";
        var importerId = await db.Users.Where(u => u.NormalizedEmail == importer.ToUpperInvariant()).Select(u => u.Id).FirstOrDefaultAsync(cancellationToken);
        await AnswerImportCommit.CommitAsync(db, campaign, result, mapping, new AnswerImportSource("enquete-externe-2026.csv", AnswerImport.Sha256(csv), importerId, importer), cancellationToken: cancellationToken);
    }

    private static void AddAnswers(AppDbContext db, Campaign campaign, CampaignResponse response, FrameworkDefinition definition, Random random, double mean, bool withTargets, string language, double answerShare = 1.0)
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
                var notes = language == Core.Languages.Dutch ? DutchNotes : FrenchNotes;
                answer.Evidence = notes[random.Next(notes.Length)];
                answer.EvidenceLanguage = language;
            }

            db.Answers.Add(answer);
        }
    }

    private static string Pick(string[] texts, int n) => texts[n % texts.Length];

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
