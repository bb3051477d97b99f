using System.Text.Json;
using System.Text.Json.Serialization;
using DataStrategy.Core.Text;
using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Data.Backup;

/// <summary>A lossless, self-contained copy of one organisation (dss export / dss import).</summary>
public sealed partial class OrganisationBackup
{
    /// <summary>
    /// 2 adds the assessment (frameworks, campaigns, responses, answers, notes, survey links); 3 the
    /// analysis (findings, priorities, workshops); 4 the strategy (working sessions, city priorities,
    /// the strategy with its items, RACI, history, comments, versions, approvals) and the branding
    /// (accent colour, logo); 5 the roadmap (workstreams, teams and their capacity, initiatives with
    /// their efforts, dependencies and milestones, KPIs and measurements, check-ins, baselines — not
    /// schedule proposals, which are transient); 6 case studies with their photos' renditions and Show &amp; Tell
    /// events with agenda, attendees and feedback (not API tokens, which are credentials); 7 the audit log's user IDs
    /// (mapped to the restored accounts) and the scores shared with the peer benchmark; 8 multilingual campaign names,
    /// link labels, workshop titles, session agendas, minutes, decisions, KPI units, baseline names and event places, and
    /// the recorded language of notes, quotes and comments (a plain text of an older file is read in the organisation's
    /// default language); 9 the data inventory (datasets and their records of processing), the designated data protection
    /// officers and the catalogue profile. Formats 1–8 are still read.
    /// </summary>
    public const int CurrentFormat = 9;

    /// <summary>
    /// The organisation's tables a backup leaves out on purpose, and why. Every other table that belongs to an
    /// organisation must be in the file: a test enumerates the model and fails on a table in neither place.
    /// </summary>
    public static IReadOnlyDictionary<Type, string> NotBackedUp { get; } = new Dictionary<Type, string>
    {
        [typeof(ApiToken)] = "Credentials: a restored organisation's members make new tokens.",
        [typeof(Invitation)] = "A pending invitation is a secret link for one person; the administrator invites again.",
        [typeof(PendingImport)] = "An uploaded file waiting for its uploader's confirmation; the person uploads it again.",
        [typeof(ScheduleProposal)] = "A scheduler's suggestion, made again on request from the restored roadmap.",
        [typeof(RenderedPdf)] = "A cache of PDFs made from the restored content; each is made again when it is first asked for.",
    };

    public int Format { get; set; } = CurrentFormat;

    public BackupOrganisation Organisation { get; set; } = new();

    public List<BackupDepartment> Departments { get; set; } = [];

    public List<BackupStakeholder> Stakeholders { get; set; } = [];

    public List<BackupMember> Members { get; set; } = [];

    public List<BackupAuditEntry> AuditLog { get; set; } = [];

    public List<BackupFramework> Frameworks { get; set; } = [];

    public List<Campaign> Campaigns { get; set; } = [];

    public List<CampaignResponse> Responses { get; set; } = [];

    public List<Answer> Answers { get; set; } = [];

    public List<EvidenceNote> Notes { get; set; } = [];

    public List<SurveyLink> SurveyLinks { get; set; } = [];

    /// <summary>The survey e-mails sent, so that a restored organisation does not invite the same people again.</summary>
    public List<RespondentMessage> RespondentMessages { get; set; } = [];

    public List<AnswerImportBatch> AnswerImports { get; set; } = [];

    public List<Finding> Findings { get; set; } = [];

    public List<BackupEvidence> FindingEvidence { get; set; } = [];

    public List<ThemePriority> Priorities { get; set; } = [];

    public List<Workshop> Workshops { get; set; } = [];

    public List<WorkshopParticipant> WorkshopParticipants { get; set; } = [];

    public List<WorkshopVote> WorkshopVotes { get; set; } = [];

    public List<WorkshopComment> WorkshopComments { get; set; } = [];

    public List<CityPriority> CityPriorities { get; set; } = [];

    public List<WorkingSession> WorkingSessions { get; set; } = [];

    public List<WorkingSessionParticipant> SessionParticipants { get; set; } = [];

    public List<SessionOutcome> SessionOutcomes { get; set; } = [];

    public List<Strategy> Strategies { get; set; } = [];

    public List<StrategyItem> StrategyItems { get; set; } = [];

    public List<StrategyItemSession> StrategyItemSessions { get; set; } = [];

    public List<RaciAssignment> Raci { get; set; } = [];

    public List<StrategyItemRevision> StrategyRevisions { get; set; } = [];

    public List<StrategyComment> StrategyComments { get; set; } = [];

    public List<StrategyVersion> StrategyVersions { get; set; } = [];

    public List<StrategyApproval> StrategyApprovals { get; set; } = [];

    public BackupLogo? Logo { get; set; }

    public List<Roadmap> Roadmaps { get; set; } = [];

    public List<Workstream> Workstreams { get; set; } = [];

    public List<DeliveryTeam> DeliveryTeams { get; set; } = [];

    public List<TeamCapacity> TeamCapacities { get; set; } = [];

    public List<Initiative> Initiatives { get; set; } = [];

    public List<InitiativeEffort> InitiativeEfforts { get; set; } = [];

    public List<InitiativeDependency> InitiativeDependencies { get; set; } = [];

    public List<Milestone> Milestones { get; set; } = [];

    public List<Kpi> Kpis { get; set; } = [];

    public List<KpiMeasurement> KpiMeasurements { get; set; } = [];

    public List<CheckIn> CheckIns { get; set; } = [];

    public List<RoadmapBaseline> RoadmapBaselines { get; set; } = [];

    public List<CaseStudy> CaseStudies { get; set; } = [];

    public List<CaseStudyImage> CaseStudyImages { get; set; } = [];

    /// <summary>The photos' JPEG renditions (base64 in the file); the uploads themselves were never kept.</summary>
    public List<CaseStudyImageRendition> CaseStudyImageRenditions { get; set; } = [];

    public List<ShowAndTellEvent> Events { get; set; } = [];

    public List<EventAgendaItem> EventAgendaItems { get; set; } = [];

    public List<EventAttendee> EventAttendees { get; set; } = [];

    public List<EventFeedback> EventFeedback { get; set; } = [];

    /// <summary>Format 7: the theme scores the organisation shares with the peer benchmark, as other organisations read them.</summary>
    public List<PeerScore> PeerScores { get; set; } = [];

    /// <summary>Format 9: the data inventory.</summary>
    public List<Dataset> Datasets { get; set; } = [];

    /// <summary>Format 9: the records of processing of the datasets holding personal data.</summary>
    public List<ProcessingRecord> ProcessingRecords { get; set; } = [];

    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        // A backup is a file for people and tools, never HTML: keep accents readable.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // Multilingual text as a plain {"fr": …, "nl": …} object, as the database stores it.
        Converters = { new JsonStringEnumConverter(), new LocalizedTextJsonConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    public static OrganisationBackup FromJson(string json)
    {
        OrganisationBackup? backup;
        try
        {
            backup = BackupUpgrade.WrapPlainTexts(json) is { } upgraded
                ? upgraded.Deserialize<OrganisationBackup>(JsonOptions)
                : JsonSerializer.Deserialize<OrganisationBackup>(json, JsonOptions);
        }
        catch (JsonException ex)
        {
            throw new BackupException($"Not a valid backup file: {ex.Message}");
        }

        if (backup is null || backup.Format is < 1 or > CurrentFormat)
        {
            throw new BackupException($"Unsupported backup format (expected {CurrentFormat}).");
        }

        if (string.IsNullOrWhiteSpace(backup.Organisation.Slug) || !Slug.IsValid(backup.Organisation.Slug))
        {
            throw new BackupException("The backup has no valid organisation slug.");
        }

        return backup;
    }

    public static async Task<OrganisationBackup> ExportAsync(AppDbContext db, string slug, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var org = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Slug == slug, cancellationToken)
            ?? throw new BackupException($"No organisation with slug '{slug}'.");
        var departments = await db.Departments.IgnoreQueryFilters().AsNoTracking().Where(d => d.OrganisationId == org.Id).ToListAsync(cancellationToken);
        var stakeholders = await db.Stakeholders.IgnoreQueryFilters().AsNoTracking().Where(s => s.OrganisationId == org.Id).ToListAsync(cancellationToken);
        var members = await db.Memberships.IgnoreQueryFilters().AsNoTracking().Where(m => m.OrganisationId == org.Id).Include(m => m.User).ToListAsync(cancellationToken);
        var audit = await db.AuditEntries.IgnoreQueryFilters().AsNoTracking().Where(a => a.OrganisationId == org.Id).ToListAsync(cancellationToken);
        var frameworks = await db.Frameworks.IgnoreQueryFilters().AsNoTracking().Where(f => f.OrganisationId == org.Id).OrderBy(f => f.Key).ThenBy(f => f.VersionNumber).ToListAsync(cancellationToken);

        return new OrganisationBackup
        {
            Organisation = new BackupOrganisation
            {
                Id = org.Id,
                Slug = org.Slug,
                Name = new(org.Name.Values),
                Languages = [.. org.Languages],
                DefaultLanguage = org.DefaultLanguage,
                CreatedAt = org.CreatedAt,
                SharesBenchmark = org.SharesBenchmark,
                PublishesMaturity = org.PublishesMaturity,
                AccentColour = org.AccentColour,
                BelgianCatalogueProfile = org.BelgianCatalogueProfile,
                CatalogueContactEmail = org.CatalogueContactEmail,
                Homepage = org.Homepage,
            },
            Departments = departments.OrderBy(d => d.Code, StringComparer.Ordinal).Select(d => new BackupDepartment
            {
                Id = d.Id,
                Code = d.Code,
                Kind = d.Kind,
                Name = new(d.Name.Values),
            }).ToList(),
            Stakeholders = stakeholders.OrderBy(s => s.Id).Select(s => new BackupStakeholder
            {
                Id = s.Id,
                Name = s.Name,
                JobTitle = s.JobTitle,
                DepartmentId = s.DepartmentId,
                Email = s.Email,
                Notes = s.Notes,
                Language = s.Language,
                NotesLanguage = s.NotesLanguage,
                ErasedAt = s.ErasedAt,
                CreatedAt = s.CreatedAt,
            }).ToList(),
            Members = members.OrderBy(m => m.User!.NormalizedEmail, StringComparer.Ordinal).Select(m => new BackupMember
            {
                Id = m.Id,
                UserId = m.UserId,
                Email = m.User!.Email ?? string.Empty,
                DisplayName = m.User.DisplayName,
                Role = m.Role,
                DataProtectionOfficer = m.DataProtectionOfficer,
                CreatedAt = m.CreatedAt,
            }).ToList(),
            AuditLog = audit.OrderBy(a => a.At).ThenBy(a => a.Id).Select(a => new BackupAuditEntry
            {
                At = a.At,
                UserId = a.UserId,
                UserName = a.UserName,
                EntityType = a.EntityType,
                EntityId = a.EntityId,
                Action = a.Action,
                Changes = a.Changes,
            }).ToList(),
            Frameworks = frameworks.Select(f => new BackupFramework { Id = f.Id, Key = f.Key, VersionNumber = f.VersionNumber, Origin = f.Origin, CreatedAt = f.CreatedAt, Content = f.Content, RollUpRule = f.RollUpRule }).ToList(),
            Campaigns = await db.Campaigns.IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == org.Id).OrderBy(x => x.CreatedAt).ToListAsync(cancellationToken),
            Responses = await db.Responses.IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == org.Id).OrderBy(x => x.Id).ToListAsync(cancellationToken),
            Answers = await db.Answers.IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == org.Id).OrderBy(x => x.Id).ToListAsync(cancellationToken),
            Notes = await db.EvidenceNotes.IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == org.Id).OrderBy(x => x.CreatedAt).ToListAsync(cancellationToken),
            SurveyLinks = await db.SurveyLinks.IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == org.Id).OrderBy(x => x.CreatedAt).ToListAsync(cancellationToken),
            RespondentMessages = await db.RespondentMessages.IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == org.Id).OrderBy(x => x.ResponseId).ThenBy(x => x.Round).ToListAsync(cancellationToken),
            AnswerImports = await db.AnswerImportBatches.IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == org.Id).OrderBy(x => x.ImportedAt).ToListAsync(cancellationToken),
            Findings = await db.Findings.IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == org.Id).OrderBy(x => x.CreatedAt).ThenBy(x => x.Id).ToListAsync(cancellationToken),
            // An answer is named by its response and question: answer row numbers are not kept across databases.
            FindingEvidence = await (from e in db.FindingEvidence.IgnoreQueryFilters()
                                     where e.OrganisationId == org.Id
                                     join a in db.Answers.IgnoreQueryFilters() on e.AnswerId equals a.Id into answers
                                     from a in answers.DefaultIfEmpty()
                                     orderby e.Id
                                     select new BackupEvidence { Id = e.Id, FindingId = e.FindingId, NoteId = e.NoteId, AnswerResponseId = a == null ? null : a.ResponseId, AnswerQuestionId = a == null ? null : a.QuestionId })
                                     .ToListAsync(cancellationToken),
            Priorities = await db.ThemePriorities.IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == org.Id).OrderBy(x => x.Id).ToListAsync(cancellationToken),
            Workshops = await db.Workshops.IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == org.Id).OrderBy(x => x.CreatedAt).ToListAsync(cancellationToken),
            WorkshopParticipants = await db.WorkshopParticipants.IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == org.Id).OrderBy(x => x.JoinedAt).ThenBy(x => x.Id).ToListAsync(cancellationToken),
            WorkshopVotes = await db.WorkshopVotes.IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == org.Id).OrderBy(x => x.Id).ToListAsync(cancellationToken),
            WorkshopComments = await db.WorkshopComments.IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == org.Id).OrderBy(x => x.CreatedAt).ThenBy(x => x.Id).ToListAsync(cancellationToken),

            // Strategy rows are ordered in memory: the same order whatever the database provider.
            CityPriorities = [.. (await db.CityPriorities.IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == org.Id).ToListAsync(cancellationToken)).OrderBy(x => x.Position).ThenBy(x => x.Id)],
            WorkingSessions = [.. (await db.WorkingSessions.IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == org.Id).ToListAsync(cancellationToken)).OrderBy(x => x.Position).ThenBy(x => x.Id)],
            SessionParticipants = [.. (await db.WorkingSessionParticipants.IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == org.Id).ToListAsync(cancellationToken)).OrderBy(x => x.SessionId).ThenBy(x => x.Id)],
            SessionOutcomes = [.. (await db.SessionOutcomes.IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == org.Id).ToListAsync(cancellationToken)).OrderBy(x => x.CreatedAt).ThenBy(x => x.Id)],
            Strategies = await db.Strategies.IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == org.Id).ToListAsync(cancellationToken),
            StrategyItems = [.. (await db.StrategyItems.IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == org.Id).ToListAsync(cancellationToken)).OrderBy(x => x.Kind).ThenBy(x => x.Position).ThenBy(x => x.Id)],
            StrategyItemSessions = [.. (await db.StrategyItemSessions.IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == org.Id).ToListAsync(cancellationToken)).OrderBy(x => x.ItemId).ThenBy(x => x.SessionId)],
            Raci = [.. (await db.RaciAssignments.IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == org.Id).ToListAsync(cancellationToken)).OrderBy(x => x.ActivityId).ThenBy(x => x.RoleId)],
            StrategyRevisions = [.. (await db.StrategyItemRevisions.IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == org.Id).ToListAsync(cancellationToken)).OrderBy(x => x.At).ThenBy(x => x.Id)],
            StrategyComments = [.. (await db.StrategyComments.IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == org.Id).ToListAsync(cancellationToken)).OrderBy(x => x.CreatedAt).ThenBy(x => x.Id)],
            StrategyVersions = [.. (await db.StrategyVersions.IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == org.Id).ToListAsync(cancellationToken)).OrderBy(x => x.Number).ThenBy(x => x.Id)],
            StrategyApprovals = [.. (await db.StrategyApprovals.IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == org.Id).ToListAsync(cancellationToken)).OrderBy(x => x.At).ThenBy(x => x.Id)],
            Logo = await db.OrganisationLogos.AsNoTracking().Where(l => l.OrganisationId == org.Id)
                .Select(l => new BackupLogo { ContentType = l.ContentType, Data = l.Data, UpdatedAt = l.UpdatedAt }).SingleOrDefaultAsync(cancellationToken),

            // Roadmap rows, also ordered in memory; schedule proposals are transient and stay behind.
            Roadmaps = await db.Roadmaps.IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == org.Id).ToListAsync(cancellationToken),
            Workstreams = [.. (await db.Workstreams.IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == org.Id).ToListAsync(cancellationToken)).OrderBy(x => x.Position).ThenBy(x => x.Id)],
            DeliveryTeams = [.. (await db.DeliveryTeams.IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == org.Id).ToListAsync(cancellationToken)).OrderBy(x => x.Position).ThenBy(x => x.Id)],
            TeamCapacities = [.. (await db.TeamCapacities.IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == org.Id).ToListAsync(cancellationToken)).OrderBy(x => x.TeamId).ThenBy(x => x.FromMonth)],
            Initiatives = [.. (await db.Initiatives.IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == org.Id).ToListAsync(cancellationToken)).OrderBy(x => x.Position).ThenBy(x => x.Code, StringComparer.Ordinal).ThenBy(x => x.Id)],
            InitiativeEfforts = [.. (await db.InitiativeEfforts.IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == org.Id).ToListAsync(cancellationToken)).OrderBy(x => x.InitiativeId).ThenBy(x => x.TeamId)],
            InitiativeDependencies = [.. (await db.InitiativeDependencies.IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == org.Id).ToListAsync(cancellationToken)).OrderBy(x => x.SuccessorId).ThenBy(x => x.PredecessorId)],
            Milestones = [.. (await db.Milestones.IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == org.Id).ToListAsync(cancellationToken)).OrderBy(x => x.InitiativeId).ThenBy(x => x.DueOn).ThenBy(x => x.Id)],
            Kpis = [.. (await db.Kpis.IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == org.Id).ToListAsync(cancellationToken)).OrderBy(x => x.Position).ThenBy(x => x.Id)],
            KpiMeasurements = [.. (await db.KpiMeasurements.IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == org.Id).ToListAsync(cancellationToken)).OrderBy(x => x.KpiId).ThenBy(x => x.MeasuredOn).ThenBy(x => x.Id)],
            CheckIns = [.. (await db.CheckIns.IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == org.Id).ToListAsync(cancellationToken)).OrderBy(x => x.InitiativeId).ThenBy(x => x.Month)],
            RoadmapBaselines = [.. (await db.RoadmapBaselines.IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == org.Id).ToListAsync(cancellationToken)).OrderBy(x => x.CreatedAt).ThenBy(x => x.Id)],

            // Case studies and Show & Tell (format 6). API tokens are credentials and stay behind: members make new ones.
            CaseStudies = [.. (await db.CaseStudies.IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == org.Id).ToListAsync(cancellationToken)).OrderBy(x => x.Slug, StringComparer.Ordinal).ThenBy(x => x.Id)],
            CaseStudyImages = [.. (await db.CaseStudyImages.IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == org.Id).ToListAsync(cancellationToken)).OrderBy(x => x.CaseStudyId).ThenBy(x => x.Position).ThenBy(x => x.Id)],
            CaseStudyImageRenditions = [.. (await db.CaseStudyImageRenditions.IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == org.Id).ToListAsync(cancellationToken)).OrderBy(x => x.ImageId).ThenBy(x => x.Size, StringComparer.Ordinal)],
            Events = [.. (await db.ShowAndTellEvents.IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == org.Id).ToListAsync(cancellationToken)).OrderBy(x => x.HeldAt).ThenBy(x => x.Id)],
            EventAgendaItems = [.. (await db.EventAgendaItems.IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == org.Id).ToListAsync(cancellationToken)).OrderBy(x => x.EventId).ThenBy(x => x.Position).ThenBy(x => x.Id)],
            EventAttendees = [.. (await db.EventAttendees.IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == org.Id).ToListAsync(cancellationToken)).OrderBy(x => x.EventId).ThenBy(x => x.Name, StringComparer.Ordinal).ThenBy(x => x.Id)],
            EventFeedback = [.. (await db.EventFeedback.IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == org.Id).ToListAsync(cancellationToken)).OrderBy(x => x.EventId).ThenBy(x => x.CreatedAt).ThenBy(x => x.Id)],

            // Format 7: what the organisation shares with the peer benchmark (not tenant-owned: read across organisations).
            // Format 9: the data inventory.
            Datasets = [.. (await db.Datasets.IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == org.Id).ToListAsync(cancellationToken)).OrderBy(x => x.Slug, StringComparer.Ordinal).ThenBy(x => x.Id)],
            ProcessingRecords = [.. (await db.ProcessingRecords.IgnoreQueryFilters().AsNoTracking().Where(x => x.OrganisationId == org.Id).ToListAsync(cancellationToken)).OrderBy(x => x.DatasetId)],

            PeerScores = [.. (await db.PeerScores.AsNoTracking().Where(x => x.OrganisationId == org.Id).ToListAsync(cancellationToken)).OrderBy(x => x.FrameworkKey, StringComparer.Ordinal).ThenBy(x => x.ThemeId, StringComparer.Ordinal)],
        };
    }

    /// <summary>Restores into a database that does not hold this organisation yet. All or nothing.</summary>
    public async Task ImportAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.Organisations.AnyAsync(o => o.Slug == Organisation.Slug || o.Id == Organisation.Id, cancellationToken))
        {
            throw new BackupException($"Organisation '{Organisation.Slug}' already exists in this database.");
        }

        var departmentIds = Departments.Select(d => d.Id).ToHashSet();
        if (Stakeholders.Any(s => s.DepartmentId is { } id && !departmentIds.Contains(id)))
        {
            throw new BackupException("A stakeholder refers to a department that is not in the backup.");
        }

        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        db.SuppressAudit = true;
        var orgId = Organisation.Id;
        db.Organisations.Add(new Entities.Organisation
        {
            Id = orgId,
            Slug = Organisation.Slug,
            Name = new LocalizedText(Organisation.Name),
            Languages = [.. Organisation.Languages],
            DefaultLanguage = Organisation.DefaultLanguage,
            CreatedAt = Organisation.CreatedAt,
            SharesBenchmark = Organisation.SharesBenchmark,
            PublishesMaturity = Organisation.PublishesMaturity,
            AccentColour = AccentColourRegex().IsMatch(Organisation.AccentColour ?? string.Empty) ? Organisation.AccentColour!.ToUpperInvariant() : new Entities.Organisation().AccentColour,
            BelgianCatalogueProfile = Organisation.BelgianCatalogueProfile,
            CatalogueContactEmail = Organisation.CatalogueContactEmail,
            Homepage = Organisation.Homepage,
        });
        db.Departments.AddRange(Departments.Select(d => new Department { Id = d.Id, OrganisationId = orgId, Code = d.Code, Kind = d.Kind, Name = new LocalizedText(d.Name) }));
        db.Stakeholders.AddRange(Stakeholders.Select(s => new Stakeholder
        {
            Id = s.Id,
            OrganisationId = orgId,
            Name = s.Name,
            JobTitle = s.JobTitle,
            DepartmentId = s.DepartmentId,
            Email = s.Email,
            Language = s.Language,
            NotesLanguage = s.NotesLanguage,
            Notes = s.Notes,
            ErasedAt = s.ErasedAt,
            CreatedAt = s.CreatedAt,
        }));
        // Comments, versions and approvals name their members by user ID; IDs may differ in this database.
        var userIds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in Members)
        {
            var normalized = m.Email.ToUpperInvariant();
            var user = await db.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == normalized, cancellationToken)
                ?? db.Users.Local.SingleOrDefault(u => u.NormalizedEmail == normalized);
            if (user is null)
            {
                // The account comes back without a password: the person signs in through SSO or an administrator resets it.
                user = new ApplicationUser
                {
                    // Keeping the ID (when free) makes a restore into an empty database an exact copy.
                    Id = m.UserId is { Length: > 0 } keep && !await db.Users.AnyAsync(u => u.Id == keep, cancellationToken) ? keep : Guid.NewGuid().ToString(),
                    UserName = m.Email,
                    NormalizedUserName = normalized,
                    Email = m.Email,
                    NormalizedEmail = normalized,
                    DisplayName = m.DisplayName,
                    EmailConfirmed = true,
                    SecurityStamp = Guid.NewGuid().ToString("N"),
                    LockoutEnabled = true,
                };
                db.Users.Add(user);
            }

            db.Memberships.Add(new Membership { Id = m.Id, OrganisationId = orgId, UserId = user.Id, Role = m.Role, DataProtectionOfficer = m.DataProtectionOfficer, CreatedAt = m.CreatedAt });
            if (m.UserId is { Length: > 0 } original)
            {
                userIds[original] = user.Id;
            }
        }

        foreach (var f in Frameworks)
        {
            var parsed = Core.Frameworks.FrameworkJson.Read(System.Text.Encoding.UTF8.GetBytes(f.Content));
            if (!parsed.IsValid)
            {
                throw new BackupException($"Framework {f.Key} version {f.VersionNumber} in the backup is invalid ({parsed.Issues[0].Path}: {parsed.Issues[0].Code}).");
            }

            var d = parsed.Framework!;
            db.Frameworks.Add(new Framework
            {
                Id = f.Id,
                OrganisationId = orgId,
                Key = f.Key,
                VersionNumber = f.VersionNumber,
                VersionLabel = d.VersionLabel,
                Name = d.Name,
                Origin = f.Origin,
                ThemeCount = d.Themes.Count,
                TopicCount = d.Topics.Count,
                QuestionCount = d.Questions.Count,
                LevelCount = d.Levels.Count,
                Content = f.Content,
                CreatedAt = f.CreatedAt,
                RollUpRule = f.RollUpRule,
            });
        }

        // Assessment rows keep their IDs; their organisation is the restored one, whatever the file says.
        foreach (var c in Campaigns)
        {
            c.OrganisationId = orgId;
        }

        foreach (var r in Responses)
        {
            r.OrganisationId = orgId;
        }

        foreach (var a in Answers)
        {
            a.OrganisationId = orgId;
            a.Id = 0;
        }

        foreach (var n in Notes)
        {
            n.OrganisationId = orgId;
        }

        foreach (var l in SurveyLinks)
        {
            l.OrganisationId = orgId;
        }

        foreach (var b in AnswerImports)
        {
            b.OrganisationId = orgId;
        }

        var batchIds = AnswerImports.Select(b => b.Id).ToHashSet();
        Require(Responses.All(r => r.ImportBatchId is not { } b || batchIds.Contains(b)), "A response refers to an answer import that is not in the backup.");
        db.Campaigns.AddRange(Campaigns);
        db.SurveyLinks.AddRange(SurveyLinks);
        db.AnswerImportBatches.AddRange(AnswerImports);
        db.Responses.AddRange(Responses);
        // Answers are numbered by the database in the order they are written: written after their responses and in
        // the file's order, a restore into an empty database numbers them as the original did.
        await db.SaveChangesAsync(cancellationToken);
        db.Answers.AddRange(Answers);
        db.EvidenceNotes.AddRange(Notes);
        var personalLinks = Responses.Select(r => (r.Id, r.CampaignId)).ToHashSet();
        Require(RespondentMessages.All(m => personalLinks.Contains((m.ResponseId, m.CampaignId))), "A survey e-mail refers to a response that is not in the backup.");
        foreach (var m in RespondentMessages)
        {
            m.OrganisationId = orgId;
        }

        db.RespondentMessages.AddRange(RespondentMessages);
        foreach (var row in Findings.Cast<ITenantOwned>().Concat(Priorities).Concat(Workshops).Concat(WorkshopParticipants).Concat(WorkshopVotes).Concat(WorkshopComments))
        {
            row.OrganisationId = orgId;
        }

        foreach (var w in Workshops)
        {
            // Join codes are unique on the installation: a restored copy next to its original gets a new one.
            while (await db.Workshops.IgnoreQueryFilters().AnyAsync(x => x.Code == w.Code, cancellationToken) || Workshops.Count(x => x.Code == w.Code) > 1)
            {
                w.Code = Analysis.WorkshopCodes.New();
            }
        }

        db.Findings.AddRange(Findings);
        db.ThemePriorities.AddRange(Priorities);
        db.Workshops.AddRange(Workshops);
        db.WorkshopParticipants.AddRange(WorkshopParticipants);
        db.WorkshopVotes.AddRange(WorkshopVotes);
        db.WorkshopComments.AddRange(WorkshopComments);
        // The log's authors: a member is the restored account; anyone else (a former member, a system administrator)
        // is the account of this database with the e-mail address the entry names, if there is one. An ID that names
        // no account here is not kept: it could only ever point at nobody, or at somebody else.
        var authors = await AuditAuthorsAsync(db, userIds, cancellationToken);
        db.AuditEntries.AddRange(AuditLog.Select(a => new AuditEntry
        {
            OrganisationId = orgId,
            At = a.At,
            UserId = a.UserId is { Length: > 0 } id ? userIds.GetValueOrDefault(id) ?? authors.GetValueOrDefault(a.UserName.ToUpperInvariant()) : null,
            UserName = a.UserName,
            EntityType = a.EntityType,
            EntityId = a.EntityId,
            Action = a.Action,
            Changes = a.Changes,
        }));
        await db.SaveChangesAsync(cancellationToken);

        // Writing the answers after their campaigns renewed the campaigns' answers stamps: the restored answers are the
        // backup's, so are their stamps.
        foreach (var c in Campaigns)
        {
            var stamp = c.AnswersStamp;
            await db.Campaigns.IgnoreQueryFilters().Where(x => x.Id == c.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.AnswersStamp, stamp), cancellationToken);
        }

        // Evidence on answers needs the answers' new row numbers.
        var answerIds = FindingEvidence.Any(e => e.AnswerResponseId is not null)
            ? await db.Answers.IgnoreQueryFilters().Where(a => a.OrganisationId == orgId).Select(a => new { a.Id, a.ResponseId, a.QuestionId }).ToDictionaryAsync(a => (a.ResponseId, a.QuestionId), a => a.Id, cancellationToken)
            : [];
        var findingIds = Findings.Select(f => f.Id).ToHashSet();
        var noteIds = Notes.Select(n => n.Id).ToHashSet();
        foreach (var e in FindingEvidence)
        {
            long? answerId = e.AnswerResponseId is { } r && e.AnswerQuestionId is { } q && answerIds.TryGetValue((r, q), out var id) ? id : null;
            if (!findingIds.Contains(e.FindingId) || (e.NoteId is { } n && !noteIds.Contains(n)) || (e.NoteId is null && answerId is null))
            {
                throw new BackupException("A finding's evidence refers to something that is not in the backup.");
            }

            db.FindingEvidence.Add(new Entities.FindingEvidence { Id = e.Id, OrganisationId = orgId, FindingId = e.FindingId, NoteId = e.NoteId, AnswerId = answerId });
        }

        await db.SaveChangesAsync(cancellationToken);
        await ImportStrategyAsync(db, orgId, userIds, cancellationToken);
        // Datasets before the roadmap: a KPI names its source dataset by a foreign key.
        await ImportInventoryAsync(db, orgId, cancellationToken);
        await ImportRoadmapAsync(db, orgId, cancellationToken);
        await ImportShowAndTellAsync(db, orgId, cancellationToken);
        await ImportPeerScoresAsync(db, orgId, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        db.SuppressAudit = false;
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[0-9A-Fa-f]{6}$")]
    private static partial System.Text.RegularExpressions.Regex AccentColourRegex();

    /// <summary>Format 4: the strategy phase and the logo. References are checked so a tampered file fails with a message, not half-restored.</summary>
    private async Task ImportStrategyAsync(AppDbContext db, Guid orgId, Dictionary<string, string> userIds, CancellationToken cancellationToken)
    {
        var stakeholderIds = Stakeholders.Select(s => s.Id).ToHashSet();
        var departmentIds = Departments.Select(d => d.Id).ToHashSet();
        var sessionIds = WorkingSessions.Select(s => s.Id).ToHashSet();
        var strategyIds = Strategies.Select(s => s.Id).ToHashSet();
        var itemIds = StrategyItems.Select(i => i.Id).ToHashSet();
        var commentIds = StrategyComments.Select(c => c.Id).ToHashSet();
        var versionIds = StrategyVersions.Select(v => v.Id).ToHashSet();
        Require(Strategies.Count <= 1, "The backup holds more than one strategy.");
        Require(SessionParticipants.All(p => sessionIds.Contains(p.SessionId) && stakeholderIds.Contains(p.StakeholderId)), "A session participant refers to a session or stakeholder that is not in the backup.");
        Require(SessionOutcomes.All(o => sessionIds.Contains(o.SessionId) && (o.OwnerStakeholderId is not { } s || stakeholderIds.Contains(s))), "A session outcome refers to a session or stakeholder that is not in the backup.");
        Require(StrategyItems.All(i => strategyIds.Contains(i.StrategyId) && (i.DepartmentId is not { } d || departmentIds.Contains(d))), "A strategy item refers to a strategy or department that is not in the backup.");
        Require(StrategyItemSessions.All(x => itemIds.Contains(x.ItemId) && sessionIds.Contains(x.SessionId)), "A strategy item refers to a session that is not in the backup.");
        Require(Raci.All(r => itemIds.Contains(r.ActivityId) && itemIds.Contains(r.RoleId)), "A RACI cell refers to an item that is not in the backup.");
        Require(StrategyComments.All(c => itemIds.Contains(c.ItemId) && (c.ParentId is not { } p || commentIds.Contains(p))), "A comment refers to an item or comment that is not in the backup.");
        Require(StrategyVersions.All(v => strategyIds.Contains(v.StrategyId)), "A strategy version refers to a strategy that is not in the backup.");
        Require(StrategyApprovals.All(a => versionIds.Contains(a.VersionId)), "An approval refers to a version that is not in the backup.");

        string? User(string? id) => id is not null && userIds.TryGetValue(id, out var mapped) ? mapped : null;
        foreach (var c in StrategyComments)
        {
            c.AuthorId = User(c.AuthorId);
            c.Mentions = [.. c.Mentions.Select(User).OfType<string>()];
        }

        foreach (var v in StrategyVersions)
        {
            v.SubmittedById = User(v.SubmittedById);
        }

        foreach (var a in StrategyApprovals)
        {
            a.UserId = User(a.UserId);
        }

        foreach (var row in CityPriorities.Cast<ITenantOwned>().Concat(WorkingSessions).Concat(SessionParticipants).Concat(SessionOutcomes)
            .Concat(Strategies).Concat(StrategyItems).Concat(StrategyItemSessions).Concat(Raci).Concat(StrategyRevisions)
            .Concat(StrategyComments).Concat(StrategyVersions).Concat(StrategyApprovals))
        {
            row.OrganisationId = orgId;
        }

        db.CityPriorities.AddRange(CityPriorities);
        db.WorkingSessions.AddRange(WorkingSessions);
        db.WorkingSessionParticipants.AddRange(SessionParticipants);
        db.SessionOutcomes.AddRange(SessionOutcomes);
        db.Strategies.AddRange(Strategies);
        db.StrategyItems.AddRange(StrategyItems);
        db.StrategyItemSessions.AddRange(StrategyItemSessions);
        db.RaciAssignments.AddRange(Raci);
        db.StrategyItemRevisions.AddRange(StrategyRevisions);
        db.StrategyComments.AddRange(StrategyComments);
        db.StrategyVersions.AddRange(StrategyVersions);
        db.StrategyApprovals.AddRange(StrategyApprovals);
        if (Logo is not null)
        {
            var check = Core.Images.LogoImage.Inspect(Logo.Data ?? []);
            Require(check.IsValid, "The logo in the backup is not a valid PNG or JPEG image.");
            // A backup made before logos were cleaned on upload may still carry the camera's metadata.
            db.OrganisationLogos.Add(new OrganisationLogo { OrganisationId = orgId, ContentType = check.ContentType!, Data = Core.Images.LogoMetadata.Strip(Logo.Data!)!, UpdatedAt = Logo.UpdatedAt });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Format 5: the roadmap. Rows keep their IDs (so the links between them, the baselines' plans and the
    /// KPIs' initiative lists stay valid) and take the restored organisation; every reference is checked first.
    /// A named lead who was erased comes back as the anonymised stakeholder row the backup carries.
    /// </summary>
    private async Task ImportRoadmapAsync(AppDbContext db, Guid orgId, CancellationToken cancellationToken)
    {
        if (Format < 5)
        {
            // Older formats had no roadmap: whatever such a file carries under these names is not restored.
            return;
        }

        var stakeholderIds = Stakeholders.Select(s => s.Id).ToHashSet();
        var departmentIds = Departments.Select(d => d.Id).ToHashSet();
        var itemIds = StrategyItems.Select(i => i.Id).ToHashSet();
        var workstreamIds = Workstreams.Select(w => w.Id).ToHashSet();
        var teamIds = DeliveryTeams.Select(t => t.Id).ToHashSet();
        var initiativeIds = Initiatives.Select(i => i.Id).ToHashSet();
        var kpiIds = Kpis.Select(k => k.Id).ToHashSet();
        Require(Roadmaps.Count <= 1, "The backup holds more than one roadmap.");
        Require(DeliveryTeams.All(t => t.DepartmentId is not { } d || departmentIds.Contains(d)), "A delivery team refers to a department that is not in the backup.");
        Require(TeamCapacities.All(c => teamIds.Contains(c.TeamId)), "A team capacity refers to a team that is not in the backup.");
        Require(Initiatives.Select(i => i.Code).Distinct(StringComparer.OrdinalIgnoreCase).Count() == Initiatives.Count, "Two initiatives in the backup have the same code.");
        Require(
            Initiatives.All(i => (i.WorkstreamId is not { } w || workstreamIds.Contains(w))
                && (i.DepartmentId is not { } d || departmentIds.Contains(d))
                && (i.LeadRoleId is not { } r || itemIds.Contains(r))
                && (i.LeadStakeholderId is not { } s || stakeholderIds.Contains(s))),
            "An initiative refers to a workstream, department, role or stakeholder that is not in the backup.");
        Require(InitiativeEfforts.All(e => initiativeIds.Contains(e.InitiativeId) && teamIds.Contains(e.TeamId)), "An initiative's effort refers to an initiative or team that is not in the backup.");
        Require(InitiativeDependencies.All(d => initiativeIds.Contains(d.PredecessorId) && initiativeIds.Contains(d.SuccessorId) && d.PredecessorId != d.SuccessorId), "A dependency refers to an initiative that is not in the backup, or to itself.");
        Require(Milestones.All(m => initiativeIds.Contains(m.InitiativeId)), "A milestone refers to an initiative that is not in the backup.");
        Require(KpiMeasurements.All(m => kpiIds.Contains(m.KpiId)), "A KPI measurement refers to a KPI that is not in the backup.");
        Require(CheckIns.All(c => initiativeIds.Contains(c.InitiativeId)), "A check-in refers to an initiative that is not in the backup.");

        if (Format < 9)
        {
            // Before format 9 there was no register: a KPI cannot name a source dataset the file does not carry.
            foreach (var kpi in Kpis)
            {
                kpi.SourceDatasetId = null;
            }
        }

        foreach (var row in Roadmaps.Cast<ITenantOwned>().Concat(Workstreams).Concat(DeliveryTeams).Concat(TeamCapacities)
            .Concat(Initiatives).Concat(InitiativeEfforts).Concat(InitiativeDependencies).Concat(Milestones)
            .Concat(Kpis).Concat(KpiMeasurements).Concat(CheckIns).Concat(RoadmapBaselines))
        {
            row.OrganisationId = orgId;
        }

        db.Roadmaps.AddRange(Roadmaps);
        db.Workstreams.AddRange(Workstreams);
        db.DeliveryTeams.AddRange(DeliveryTeams);
        db.TeamCapacities.AddRange(TeamCapacities);
        db.Initiatives.AddRange(Initiatives);
        db.InitiativeEfforts.AddRange(InitiativeEfforts);
        db.InitiativeDependencies.AddRange(InitiativeDependencies);
        db.Milestones.AddRange(Milestones);
        db.Kpis.AddRange(Kpis);
        db.KpiMeasurements.AddRange(KpiMeasurements);
        db.CheckIns.AddRange(CheckIns);
        db.RoadmapBaselines.AddRange(RoadmapBaselines);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Format 6: case studies with their photos' renditions, and Show &amp; Tell events with agenda, attendees and
    /// feedback. Rows keep their IDs; every link (department, theme-free lists of findings, objectives and initiatives,
    /// images, agenda items, favourites) must point inside the backup.
    /// </summary>
    private async Task ImportShowAndTellAsync(AppDbContext db, Guid orgId, CancellationToken cancellationToken)
    {
        if (Format < 6)
        {
            return;
        }

        var departmentIds = Departments.Select(d => d.Id).ToHashSet();
        var findingIds = Findings.Select(f => f.Id.ToString("D")).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var itemIds = StrategyItems.Select(i => i.Id.ToString("D")).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var initiativeIds = Initiatives.Select(i => i.Id.ToString("D")).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var studyIds = CaseStudies.Select(c => c.Id).ToHashSet();
        var imageIds = CaseStudyImages.Select(i => i.Id).ToHashSet();
        var eventIds = Events.Select(e => e.Id).ToHashSet();
        Require(CaseStudies.Select(c => c.Slug).Distinct(StringComparer.Ordinal).Count() == CaseStudies.Count, "Two case studies in the backup have the same address.");
        Require(
            CaseStudies.All(c => (c.DepartmentId is not { } d || departmentIds.Contains(d))
                && c.FindingIds.All(findingIds.Contains) && c.ObjectiveIds.All(itemIds.Contains) && c.InitiativeIds.All(initiativeIds.Contains)),
            "A case study refers to a department, finding, objective or initiative that is not in the backup.");
        Require(CaseStudyImages.All(i => studyIds.Contains(i.CaseStudyId)), "A photo refers to a case study that is not in the backup.");
        Require(CaseStudyImageRenditions.All(r => imageIds.Contains(r.ImageId) && r.Data.Length > 0), "A photo rendition refers to a photo that is not in the backup, or is empty.");
        Require(EventAgendaItems.All(a => eventIds.Contains(a.EventId) && (a.CaseStudyId is not { } c || studyIds.Contains(c))), "An agenda item refers to an event or case study that is not in the backup.");
        Require(EventAttendees.All(a => eventIds.Contains(a.EventId)), "An attendee refers to an event that is not in the backup.");
        Require(EventFeedback.All(f => eventIds.Contains(f.EventId) && (f.FavouriteCaseStudyId is not { } c || studyIds.Contains(c)) && f.Usefulness is >= 1 and <= 5), "A feedback answer refers to an event or case study that is not in the backup, or is out of range.");
        var codes = Events.Select(e => e.FeedbackCode).ToList();
        Require(codes.Distinct(StringComparer.Ordinal).Count() == codes.Count, "Two events in the backup have the same feedback code.");
        Require(!await db.ShowAndTellEvents.IgnoreQueryFilters().AnyAsync(e => codes.Contains(e.FeedbackCode), cancellationToken), "An event's feedback code is already used by another organisation in this database.");

        foreach (var row in CaseStudies.Cast<ITenantOwned>().Concat(CaseStudyImages).Concat(CaseStudyImageRenditions)
            .Concat(Events).Concat(EventAgendaItems).Concat(EventAttendees).Concat(EventFeedback))
        {
            row.OrganisationId = orgId;
        }

        db.CaseStudies.AddRange(CaseStudies);
        db.CaseStudyImages.AddRange(CaseStudyImages);
        db.CaseStudyImageRenditions.AddRange(CaseStudyImageRenditions);
        db.ShowAndTellEvents.AddRange(Events);
        db.EventAgendaItems.AddRange(EventAgendaItems);
        db.EventAttendees.AddRange(EventAttendees);
        db.EventFeedback.AddRange(EventFeedback);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Format 9: the data inventory. Every link (department, owner, steward, duplicated source, initiatives, case studies, KPI sources) must point inside the backup.</summary>
    private async Task ImportInventoryAsync(AppDbContext db, Guid orgId, CancellationToken cancellationToken)
    {
        if (Format < 9)
        {
            return;
        }

        var departmentIds = Departments.Select(d => d.Id).ToHashSet();
        var stakeholderIds = Stakeholders.Select(s => s.Id).ToHashSet();
        var datasetIds = Datasets.Select(d => d.Id).ToHashSet();
        var initiativeIds = Initiatives.Select(i => i.Id.ToString("D")).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var studyIds = CaseStudies.Select(c => c.Id.ToString("D")).ToHashSet(StringComparer.OrdinalIgnoreCase);
        Require(Datasets.Select(d => d.Slug).Distinct(StringComparer.Ordinal).Count() == Datasets.Count, "Two datasets in the backup have the same address.");
        Require(
            Datasets.All(d => (d.DepartmentId is not { } dep || departmentIds.Contains(dep))
                && (d.OwnerId is not { } o || stakeholderIds.Contains(o))
                && (d.StewardId is not { } s || stakeholderIds.Contains(s))
                && (d.DuplicatesId is not { } dup || (datasetIds.Contains(dup) && dup != d.Id))
                && d.InitiativeIds.All(initiativeIds.Contains) && d.CaseStudyIds.All(studyIds.Contains)),
            "A dataset refers to a department, person, dataset, initiative or case study that is not in the backup.");
        Require(ProcessingRecords.All(p => datasetIds.Contains(p.DatasetId)) && ProcessingRecords.Select(p => p.DatasetId).Distinct().Count() == ProcessingRecords.Count, "A record of processing refers to a dataset that is not in the backup, or two refer to the same one.");
        Require(Kpis.All(k => k.SourceDatasetId is not { } s || datasetIds.Contains(s)), "A KPI refers to a source dataset that is not in the backup.");

        foreach (var row in Datasets.Cast<ITenantOwned>().Concat(ProcessingRecords))
        {
            row.OrganisationId = orgId;
        }

        db.Datasets.AddRange(Datasets);
        db.ProcessingRecords.AddRange(ProcessingRecords);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Accounts of this database named by the e-mail address of log entries whose author is not a member, by normalized address.</summary>
    private async Task<Dictionary<string, string>> AuditAuthorsAsync(AppDbContext db, Dictionary<string, string> memberIds, CancellationToken cancellationToken)
    {
        var names = AuditLog.Where(a => a.UserId is { Length: > 0 } id && !memberIds.ContainsKey(id) && a.UserName.Length > 0)
            .Select(a => a.UserName.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var chunk in names.Chunk(500))
        {
            foreach (var user in await db.Users.Where(u => u.NormalizedEmail != null && chunk.Contains(u.NormalizedEmail)).Select(u => new { u.Id, u.NormalizedEmail }).ToListAsync(cancellationToken))
            {
                found[user.NormalizedEmail!] = user.Id;
            }
        }

        return found;
    }

    /// <summary>Format 7: the scores shared with the peer benchmark, checked so a tampered file cannot put noise into every peer's comparison.</summary>
    private async Task ImportPeerScoresAsync(AppDbContext db, Guid orgId, CancellationToken cancellationToken)
    {
        // Scores exist to be shared: an organisation that does not share has none to restore (its settings page
        // withdraws them, so a backup holds some only if the database was changed by hand).
        if (Format < 7 || PeerScores.Count == 0 || !Organisation.SharesBenchmark)
        {
            return;
        }

        Require(
            PeerScores.All(p => p.FrameworkKey.Length is > 0 and <= 64 && p.ThemeId.Length is > 0 and <= 64 && double.IsFinite(p.Score) && p.Score is >= 0 and <= 100),
            "A peer-benchmark score in the backup is empty, too long or not a number in range.");
        Require(PeerScores.Select(p => (p.FrameworkKey, p.ThemeId)).Distinct().Count() == PeerScores.Count, "The backup holds two peer-benchmark scores for the same theme.");
        foreach (var score in PeerScores)
        {
            score.OrganisationId = orgId;
        }

        db.PeerScores.AddRange(PeerScores);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new BackupException(message);
        }
    }
}
