using System.Globalization;
using DataStrategy.Core.Analysis;
using DataStrategy.Core.Frameworks;
using DataStrategy.Core.Text;
using DataStrategy.Data.Assessment;
using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Data.Demo;

/// <summary>
/// The demo organisation's analysis work: an earlier campaign (so change shows), findings with
/// evidence, a past findings workshop with votes, and priorities with reasoning.
/// </summary>
public static class DemoAnalysis
{
    /// <summary>The earlier campaign's name in English: what the English pages (and most tests) show.</summary>
    public const string EarlierCampaignName = "Self-assessment 2023";

    public const string EarlierCampaignNameFr = "Auto-évaluation 2023";

    /// <summary>The code participants typed to join the findings workshop (May 2025).</summary>
    public const string WorkshopCode = "DEMO25";

    public const string EarlierCampaignNameNl = "Zelfevaluatie 2023";

    private static readonly (FindingKind Kind, string Theme, string Fr, string Nl, string En)[] FindingTexts =
    [
        (FindingKind.Strength, "tools",
            "Les outils et l'infrastructure sont le thème le plus mûr : la plateforme de données partagée est utilisée par la plupart des services.",
            "Tools en infrastructuur zijn het meest mature thema: het gedeelde dataplatform wordt door de meeste diensten gebruikt.",
            "Tools and infrastructure are the most mature theme: most departments use the shared data platform."),
        (FindingKind.Strength, "ethics",
            "La protection de la vie privée est bien ancrée : le délégué à la protection des données est consulté tôt dans les projets.",
            "Privacy is goed verankerd: de functionaris voor gegevensbescherming wordt vroeg in projecten betrokken.",
            "Privacy is well embedded: the data protection officer is consulted early in projects."),
        (FindingKind.Opportunity, "governance",
            "La gouvernance des données présente le plus grand écart : les rôles de propriétaire et de gestionnaire de données ne sont pas attribués.",
            "Databeheer vertoont de grootste kloof: de rollen van data-eigenaar en databeheerder zijn niet toegewezen.",
            "Data governance shows the largest gap: data owner and data steward roles are not assigned."),
        (FindingKind.Opportunity, "skills-culture",
            "Les compétences en données sont inégales : seuls les services transversaux disposent d'analystes.",
            "Datavaardigheden zijn ongelijk verdeeld: alleen de transversale diensten hebben analisten.",
            "Data skills are uneven: only the cross-functional departments have analysts."),
        (FindingKind.Risk, "data-management",
            "Les doublons dans les registres de base (adresses, entreprises) sont corrigés à la main, service par service.",
            "Dubbels in de basisregisters (adressen, ondernemingen) worden per dienst met de hand verbeterd.",
            "Duplicates in the base registers (addresses, businesses) are corrected by hand, department by department."),
        (FindingKind.Disagreement, "services",
            "Les services métier et les services transversaux voient très différemment l'usage des données dans les services aux citoyens.",
            "Vakdiensten en transversale diensten kijken heel anders naar het gebruik van data in de dienstverlening.",
            "Business and cross-functional departments see the use of data in citizen services very differently."),
    ];

    private static readonly Dictionary<string, int> WorkshopVotes = new(StringComparer.Ordinal)
    {
        ["governance"] = 16,
        ["data-management"] = 12,
        ["skills-culture"] = 10,
        ["services"] = 8,
        ["leadership"] = 6,
        ["ethics"] = 2,
    };

    /// <summary>The earlier campaign's name in each language.</summary>
    public static LocalizedText EarlierCampaignNames => LocalizedText.Of(fr: EarlierCampaignNameFr, nl: EarlierCampaignNameNl, en: EarlierCampaignName);

#pragma warning disable CA5394 // demo data: a seeded, predictable generator is the point
    /// <summary>Adds the analysis content once (nothing when the organisation already has findings).</summary>
    public static async Task SeedAsync(AppDbContext db, Organisation organisation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(organisation);
        var campaign = await db.Campaigns.SingleOrDefaultAsync(c => c.Name == DemoAssessment.CampaignNames, cancellationToken);
        if (campaign is null || await db.Findings.AnyAsync(cancellationToken))
        {
            return;
        }

        var definition = (await FrameworkLibrary.DefinitionAsync(db, campaign.FrameworkId, cancellationToken))!;
        db.SuppressAudit = true;
        if (!await db.Campaigns.AnyAsync(c => c.Name == EarlierCampaignNames, cancellationToken))
        {
            await SeedEarlierCampaignAsync(db, organisation, campaign.FrameworkId, definition, cancellationToken);
        }

        var quotes = await db.EvidenceNotes.AsNoTracking().Where(n => n.CampaignId == campaign.Id && n.Kind == NoteKind.Quote).OrderBy(n => n.CreatedAt).ToListAsync(cancellationToken);
        for (var i = 0; i < FindingTexts.Length; i++)
        {
            var (kind, theme, fr, nl, en) = FindingTexts[i];
            var finding = new Finding
            {
                OrganisationId = organisation.Id,
                CampaignId = campaign.Id,
                Kind = kind,
                Status = FindingStatus.Accepted,
                ThemeIds = [theme],
                Text = LocalizedText.Of(fr, nl, en),
                Position = i + 1,
                SuggestionKey = kind == FindingKind.Disagreement ? null : (kind == FindingKind.Risk ? null : kind.ToString().ToLowerInvariant() + ":" + theme),
                CreatedAt = new DateTimeOffset(2025, 5, 5, 9, 0, 0, TimeSpan.Zero).AddMinutes(i),
            };
            db.Findings.Add(finding);
            // The quotes that say what the finding says (the interviews were written for it: DemoAssessment).
            var evidence = DemoAssessment.QuotesFor(theme);
            foreach (var quote in quotes.Where(q => evidence.Contains(q.Text)))
            {
                db.FindingEvidence.Add(new FindingEvidence { OrganisationId = organisation.Id, FindingId = finding.Id, NoteId = quote.Id });
            }
        }

        db.ThemePriorities.Add(new ThemePriority
        {
            OrganisationId = organisation.Id,
            CampaignId = campaign.Id,
            ThemeId = "governance",
            Reasoning = LocalizedText.Of(
                "Préalable à tout le reste : sans propriétaires de données, pas de qualité durable.",
                "Voorwaarde voor al de rest: zonder data-eigenaars geen duurzame kwaliteit.",
                "A prerequisite for everything else: without data owners, no lasting quality."),
        });
        db.ThemePriorities.Add(new ThemePriority
        {
            OrganisationId = organisation.Id,
            CampaignId = campaign.Id,
            ThemeId = "data-management",
            ManualImportance = 5,
            Reasoning = LocalizedText.Of(
                "Importance fixée à 5 par le comité de pilotage : les registres de base alimentent tous les services.",
                "Belang door het stuurcomité op 5 gezet: de basisregisters voeden alle diensten.",
                "Importance set to 5 by the steering committee: the base registers feed every department."),
        });

        var workshop = new Workshop
        {
            OrganisationId = organisation.Id,
            CampaignId = campaign.Id,
            Title = LocalizedText.Of(fr: "Atelier de restitution", nl: "Terugkoppelingsworkshop", en: "Findings workshop"),
            Code = WorkshopCode,
            Status = WorkshopStatus.Ended,
            VotesPerParticipant = 3,
            HeldOn = new DateOnly(2025, 5, 13),
            CreatedAt = new DateTimeOffset(2025, 5, 6, 9, 0, 0, TimeSpan.Zero),
        };
        db.Workshops.Add(workshop);
        var ballots = WorkshopVotes.SelectMany(v => Enumerable.Repeat(v.Key, v.Value)).ToList();
        var random = new Random(512);
        ballots = [.. ballots.OrderBy(_ => random.Next())];
        for (var p = 0; p < ballots.Count / 3; p++)
        {
            var participant = new WorkshopParticipant
            {
                OrganisationId = organisation.Id,
                WorkshopId = workshop.Id,
                DeviceHash = "demo-" + p.ToString("00", CultureInfo.InvariantCulture),
                JoinedAt = new DateTimeOffset(2025, 5, 13, 7, 5, 0, TimeSpan.Zero).AddSeconds(p * 20),
            };
            db.WorkshopParticipants.Add(participant);
            foreach (var group in ballots.Skip(p * 3).Take(3).GroupBy(t => t))
            {
                db.WorkshopVotes.Add(new WorkshopVote { OrganisationId = organisation.Id, WorkshopId = workshop.Id, ParticipantId = participant.Id, ThemeId = group.Key, Votes = group.Count() });
            }

            if (p % 6 == 0)
            {
                db.WorkshopComments.Add(new WorkshopComment
                {
                    OrganisationId = organisation.Id,
                    WorkshopId = workshop.Id,
                    ParticipantId = participant.Id,
                    Slide = 4,
                    Text = p == 0 ? "Qui sera propriétaire des données d'adresses\u00A0?" : p == 6 ? "Wie wordt eigenaar van de adresgegevens?" : "Commencez par le registre des adresses.",
                    Language = p == 6 ? Core.Languages.Dutch : Core.Languages.French,
                    CreatedAt = participant.JoinedAt.AddMinutes(30),
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        db.SuppressAudit = false;
    }

    private static async Task SeedEarlierCampaignAsync(AppDbContext db, Organisation organisation, Guid frameworkId, FrameworkDefinition definition, CancellationToken cancellationToken)
    {
        var random = new Random(2024);
        var campaign = new Campaign
        {
            OrganisationId = organisation.Id,
            Name = EarlierCampaignNames,
            FrameworkId = frameworkId,
            StartsOn = new DateOnly(2023, 3, 6),
            EndsOn = new DateOnly(2023, 4, 28),
            Status = CampaignStatus.Closed,
            CreatedAt = new DateTimeOffset(2023, 2, 16, 9, 0, 0, TimeSpan.Zero),
        };
        campaign.WriteTargetLevels(definition.Themes.ToDictionary(t => t.Id, _ => 3));
        db.Campaigns.Add(campaign);
        var departments = await db.Departments.AsNoTracking().OrderBy(d => d.Code).ToListAsync(cancellationToken);
        var at = new DateTimeOffset(2023, 3, 7, 9, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 36; i++)
        {
            var department = departments[i % departments.Count];
            var response = new CampaignResponse
            {
                OrganisationId = organisation.Id,
                CampaignId = campaign.Id,
                Kind = ResponseKind.Survey,
                Status = ResponseStatus.Completed,
                DepartmentId = department.Id,
                IsAnonymous = true,
                CreatedAt = at.AddDays(i),
                CompletedAt = at.AddDays(i).AddMinutes(20),
                UpdatedAt = at.AddDays(i).AddMinutes(20),
            };
            db.Responses.Add(response);
            var mean = department.Kind switch
            {
                DepartmentKind.It => 2.8,
                DepartmentKind.CrossFunctional => 2.2,
                DepartmentKind.Leadership => 2.0,
                _ => 1.7,
            };
            foreach (var q in definition.Questions)
            {
                var roll = random.NextDouble();
                var level = Math.Clamp((int)Math.Round(mean + (q.ThemeId == "tools" ? 0.5 : 0) + ((random.NextDouble() - 0.5) * 2)), 1, definition.MaxLevel);
                db.Answers.Add(new Answer
                {
                    OrganisationId = organisation.Id,
                    CampaignId = campaign.Id,
                    ResponseId = response.Id,
                    QuestionId = q.Id,
                    State = roll < 0.08 ? Core.Assessment.AnswerState.DontKnow : Core.Assessment.AnswerState.Level,
                    Level = roll < 0.08 ? null : level,
                    UpdatedAt = response.UpdatedAt,
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
#pragma warning restore CA5394
}
