using System.Text.Json;
using DataStrategy.Core.Text;
using DataStrategy.Data.Entities;
using DataStrategy.Data.Mappings;
using DataStrategy.Data.Saving;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace DataStrategy.Data;

/// <summary>
/// The database. Entity mappings live in Mappings/ (one per entity), value conventions in
/// <see cref="ConfigureConventions"/>, and what every save does (tenant stamping, concurrency tokens, audit, answers
/// stamp) in the interceptors of Saving/.
/// </summary>
public class AppDbContext : IdentityDbContext<ApplicationUser>, IDataProtectionKeyContext
{
    /// <summary>Run in this order on every save (stateless, shared by every context).</summary>
    internal static readonly Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor[] Interceptors =
        [new DatasetScheduleInterceptor(), new TenantStampInterceptor(), new AuditInterceptor(), new AnswersStampInterceptor(), new ContentStampInterceptor()];

    private ITenantContext tenant;
    private IActor actor;

    /// <summary>One constructor only, as the pool requires (<see cref="DatabaseServiceCollectionExtensions.AddAppDatabase"/>):
    /// the tenant and actor of a scope are given by <see cref="Lease"/>; until then, none and the system.</summary>
    public AppDbContext(DbContextOptions<AppDbContext> options)
        : base(options)
    {
        tenant = new TenantContext();
        actor = new SystemActor();
    }

    /// <summary>A pooled context taken for one scope: its tenant and actor, and none of its last user's state.</summary>
    public AppDbContext Lease(ITenantContext tenantContext, IActor currentActor)
    {
        tenant = tenantContext;
        actor = currentActor;
        SuppressAudit = false;
        CampaignsToTouch = null;
        PendingContent = null;
        StampedInTransaction = false;
        return this;
    }

    /// <summary>Read by the global query filters; EF evaluates it per query, so one context serves one tenant.</summary>
    public Guid? CurrentOrganisationId => tenant.OrganisationId;

    /// <summary>Who the audit log names for this context's saves.</summary>
    internal IActor Actor => actor;

    /// <summary>When set, saves write no audit rows (used by backup restore, which brings its own log).</summary>
    public bool SuppressAudit { get; set; }

    /// <summary>Campaigns whose answers the save under way changes (kept between the interceptor's two steps).</summary>
    internal List<Guid>? CampaignsToTouch { get; set; }

    /// <summary>Writes made and not yet announced by a new content stamp (<see cref="ContentStampInterceptor"/>).</summary>
    internal ContentChanges? PendingContent { get; set; }

    /// <summary>New stamps were written inside the open transaction (SQLite): its commit moves <see cref="DataChanges"/>.</summary>
    internal bool StampedInTransaction { get; set; }

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<Department> Departments => Set<Department>();

    public DbSet<Stakeholder> Stakeholders => Set<Stakeholder>();

    public DbSet<Membership> Memberships => Set<Membership>();

    public DbSet<Invitation> Invitations => Set<Invitation>();

    public DbSet<RateLimitWindow> RateLimitWindows => Set<RateLimitWindow>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<PendingImport> PendingImports => Set<PendingImport>();

    public DbSet<Framework> Frameworks => Set<Framework>();

    public DbSet<Campaign> Campaigns => Set<Campaign>();

    public DbSet<CampaignResponse> Responses => Set<CampaignResponse>();

    public DbSet<Answer> Answers => Set<Answer>();

    public DbSet<EvidenceNote> EvidenceNotes => Set<EvidenceNote>();

    public DbSet<SurveyLink> SurveyLinks => Set<SurveyLink>();

    public DbSet<RespondentMessage> RespondentMessages => Set<RespondentMessage>();

    public DbSet<AnswerImportBatch> AnswerImportBatches => Set<AnswerImportBatch>();

    public DbSet<Finding> Findings => Set<Finding>();

    public DbSet<FindingEvidence> FindingEvidence => Set<FindingEvidence>();

    public DbSet<ThemePriority> ThemePriorities => Set<ThemePriority>();

    public DbSet<Workshop> Workshops => Set<Workshop>();

    public DbSet<WorkshopParticipant> WorkshopParticipants => Set<WorkshopParticipant>();

    public DbSet<WorkshopVote> WorkshopVotes => Set<WorkshopVote>();

    public DbSet<WorkshopComment> WorkshopComments => Set<WorkshopComment>();

    public DbSet<PeerScore> PeerScores => Set<PeerScore>();

    public DbSet<CityPriority> CityPriorities => Set<CityPriority>();

    public DbSet<WorkingSession> WorkingSessions => Set<WorkingSession>();

    public DbSet<WorkingSessionParticipant> WorkingSessionParticipants => Set<WorkingSessionParticipant>();

    public DbSet<SessionOutcome> SessionOutcomes => Set<SessionOutcome>();

    public DbSet<Strategy> Strategies => Set<Strategy>();

    public DbSet<StrategyItem> StrategyItems => Set<StrategyItem>();

    public DbSet<StrategyItemSession> StrategyItemSessions => Set<StrategyItemSession>();

    public DbSet<RaciAssignment> RaciAssignments => Set<RaciAssignment>();

    public DbSet<StrategyItemRevision> StrategyItemRevisions => Set<StrategyItemRevision>();

    public DbSet<StrategyComment> StrategyComments => Set<StrategyComment>();

    public DbSet<StrategyVersion> StrategyVersions => Set<StrategyVersion>();

    public DbSet<StrategyApproval> StrategyApprovals => Set<StrategyApproval>();

    public DbSet<OrganisationLogo> OrganisationLogos => Set<OrganisationLogo>();

    public DbSet<Roadmap> Roadmaps => Set<Roadmap>();

    public DbSet<Workstream> Workstreams => Set<Workstream>();

    public DbSet<DeliveryTeam> DeliveryTeams => Set<DeliveryTeam>();

    public DbSet<TeamCapacity> TeamCapacities => Set<TeamCapacity>();

    public DbSet<Initiative> Initiatives => Set<Initiative>();

    public DbSet<InitiativeEffort> InitiativeEfforts => Set<InitiativeEffort>();

    public DbSet<InitiativeDependency> InitiativeDependencies => Set<InitiativeDependency>();

    public DbSet<Milestone> Milestones => Set<Milestone>();

    public DbSet<Kpi> Kpis => Set<Kpi>();

    public DbSet<KpiMeasurement> KpiMeasurements => Set<KpiMeasurement>();

    public DbSet<CheckIn> CheckIns => Set<CheckIn>();

    public DbSet<RoadmapBaseline> RoadmapBaselines => Set<RoadmapBaseline>();

    public DbSet<ScheduleProposal> ScheduleProposals => Set<ScheduleProposal>();

    public DbSet<CaseStudy> CaseStudies => Set<CaseStudy>();

    public DbSet<Dataset> Datasets => Set<Dataset>();

    public DbSet<ProcessingRecord> ProcessingRecords => Set<ProcessingRecord>();

    public DbSet<CaseStudyImage> CaseStudyImages => Set<CaseStudyImage>();

    public DbSet<CaseStudyImageRendition> CaseStudyImageRenditions => Set<CaseStudyImageRendition>();

    public DbSet<ShowAndTellEvent> ShowAndTellEvents => Set<ShowAndTellEvent>();

    public DbSet<EventAgendaItem> EventAgendaItems => Set<EventAgendaItem>();

    public DbSet<EventAttendee> EventAttendees => Set<EventAttendee>();

    public DbSet<EventFeedback> EventFeedback => Set<EventFeedback>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<RenderedPdf> RenderedPdfs => Set<RenderedPdf>();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        // Contexts made by the app's services have them in their options already (and a pooled context may not change its options).
        if (optionsBuilder.Options.FindExtension<Microsoft.EntityFrameworkCore.Infrastructure.CoreOptionsExtension>()?.Interceptors?.Contains(Interceptors[0]) != true)
        {
            optionsBuilder.AddInterceptors(Interceptors);
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<LocalizedText>().HaveConversion<LocalizedTextConverter, LocalizedTextComparer>();
        configurationBuilder.Properties<List<string>>().HaveConversion<StringListConverter, StringListComparer>();
        // Enums are stored by name: readable in the database and in backups, and safe to reorder.
        configurationBuilder.Properties<Enum>().HaveConversion<string>();
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        if (Database.IsSqlite())
        {
            // The register's search reads this narrow index, in slug order, instead of the wide rows (ADR 0043).
            builder.Entity<Dataset>().HasIndex(d => new { d.OrganisationId, d.Slug, d.SearchText });
        }

        foreach (var type in builder.Model.GetEntityTypes().ToList())
        {
            if (typeof(IVersioned).IsAssignableFrom(type.ClrType))
            {
                builder.Entity(type.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
            }

            if (typeof(ITenantOwned).IsAssignableFrom(type.ClrType))
            {
                OwnedByOrganisation(builder, type);
            }
        }
    }

    /// <summary>
    /// Every tenant-owned row: deleted with its organisation, and filtered to the organisation resolved for this request
    /// (no organisation resolved, no rows). Isolation by construction (ADR 0002).
    /// </summary>
    private void OwnedByOrganisation(ModelBuilder builder, IMutableEntityType type)
    {
        var entity = builder.Entity(type.ClrType);
        if (!type.GetForeignKeys().Any(fk => fk.PrincipalEntityType.ClrType == typeof(Organisation) && fk.Properties.Any(p => p.Name == nameof(ITenantOwned.OrganisationId))))
        {
            entity.HasOne(typeof(Organisation)).WithMany().HasForeignKey(nameof(ITenantOwned.OrganisationId)).OnDelete(DeleteBehavior.Cascade);
        }

        var row = System.Linq.Expressions.Expression.Parameter(type.ClrType, "row");
        var organisation = System.Linq.Expressions.Expression.Property(System.Linq.Expressions.Expression.Convert(row, typeof(ITenantOwned)), nameof(ITenantOwned.OrganisationId));
        var current = System.Linq.Expressions.Expression.Property(System.Linq.Expressions.Expression.Constant(this), nameof(CurrentOrganisationId));
        var equal = System.Linq.Expressions.Expression.Equal(System.Linq.Expressions.Expression.Convert(organisation, typeof(Guid?)), current);
        entity.HasQueryFilter(System.Linq.Expressions.Expression.Lambda(equal, row));
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        Database.CurrentTransaction is null && Database.IsSqlite() && Database.GetConnectionString() is { } file
            ? SqliteWriteGate.RunAsync(file, () => base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken), cancellationToken)
            : base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);

    /// <summary>Renews the answers stamp of campaigns whose answers changed outside the change tracker too (bulk import).</summary>
    public Task TouchAnswersAsync(IReadOnlyCollection<Guid> campaignIds, CancellationToken cancellationToken = default) =>
        Campaigns.IgnoreQueryFilters().Where(c => campaignIds.Contains(c.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.AnswersStamp, Guid.NewGuid()), cancellationToken);

    public const string MaskedValue = AuditInterceptor.MaskedValue;

    /// <summary>Records an event that is not a plain row change (erasure, import).</summary>
    public void Audit(Guid organisationId, AuditAction action, string entityType, string entityId, IReadOnlyDictionary<string, object?>? details = null) =>
        AuditEntries.Add(new AuditEntry
        {
            OrganisationId = organisationId,
            UserId = actor.UserId,
            UserName = actor.UserName,
            EntityType = entityType,
            EntityId = entityId,
            Action = action,
            Changes = details is null ? "{}" : JsonSerializer.Serialize(details, AuditInterceptor.Json),
        });
}
