using System.Reflection;
using System.Text.Json;
using DataStrategy.Core.Strategy;
using DataStrategy.Core.Text;
using DataStrategy.Data.Entities;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DataStrategy.Data;

public class AppDbContext(DbContextOptions<AppDbContext> options, ITenantContext tenant, IActor actor)
    : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    /// <summary>Read by the global query filters; EF evaluates it per query, so one context serves one tenant.</summary>
    public Guid? CurrentOrganisationId => tenant.OrganisationId;

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<Department> Departments => Set<Department>();

    public DbSet<Stakeholder> Stakeholders => Set<Stakeholder>();

    public DbSet<Membership> Memberships => Set<Membership>();

    public DbSet<Invitation> Invitations => Set<Invitation>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<PendingImport> PendingImports => Set<PendingImport>();

    public DbSet<Framework> Frameworks => Set<Framework>();

    public DbSet<Campaign> Campaigns => Set<Campaign>();

    public DbSet<CampaignResponse> Responses => Set<CampaignResponse>();

    public DbSet<Answer> Answers => Set<Answer>();

    public DbSet<EvidenceNote> EvidenceNotes => Set<EvidenceNote>();

    public DbSet<SurveyLink> SurveyLinks => Set<SurveyLink>();

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

    public DbSet<CaseStudyImage> CaseStudyImages => Set<CaseStudyImage>();

    public DbSet<CaseStudyImageRendition> CaseStudyImageRenditions => Set<CaseStudyImageRendition>();

    public DbSet<ShowAndTellEvent> ShowAndTellEvents => Set<ShowAndTellEvent>();

    public DbSet<EventAgendaItem> EventAgendaItems => Set<EventAgendaItem>();

    public DbSet<EventAttendee> EventAttendees => Set<EventAttendee>();

    public DbSet<EventFeedback> EventFeedback => Set<EventFeedback>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        var localizedText = new ValueConverter<LocalizedText, string>(v => v.ToJson(), v => LocalizedText.FromJson(v));
        var localizedComparer = new ValueComparer<LocalizedText>((a, b) => a!.Equals(b), v => v.GetHashCode(), v => LocalizedText.FromJson(v.ToJson()));
        var stringList = new ValueConverter<List<string>, string>(v => string.Join(',', v), v => v.Split(',', StringSplitOptions.RemoveEmptyEntries).ToList());
        var stringListComparer = new ValueComparer<List<string>>((a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, s) => HashCode.Combine(h, s.GetHashCode(StringComparison.Ordinal))), v => v.ToList());

        builder.Entity<Organisation>(e =>
        {
            e.HasIndex(o => o.Slug).IsUnique();
            e.Property(o => o.Slug).HasMaxLength(60);
            e.Property(o => o.Name).HasConversion(localizedText, localizedComparer).HasMaxLength(2000);
            e.Property(o => o.Languages).HasConversion(stringList, stringListComparer).HasMaxLength(100);
            e.Property(o => o.DefaultLanguage).HasMaxLength(5);
            e.Property(o => o.AccentColour).HasMaxLength(6).HasDefaultValue("1F4E79");
            e.Property(o => o.Version).IsConcurrencyToken();
        });

        builder.Entity<Department>(e =>
        {
            e.HasIndex(d => new { d.OrganisationId, d.Code }).IsUnique();
            e.Property(d => d.Code).HasMaxLength(20);
            e.Property(d => d.Name).HasConversion(localizedText, localizedComparer).HasMaxLength(2000);
            e.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(d => d.Version).IsConcurrencyToken();
            e.HasOne<Organisation>().WithMany().HasForeignKey(d => d.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Stakeholder>(e =>
        {
            e.HasIndex(s => new { s.OrganisationId, s.Name });
            e.Property(s => s.Name).HasMaxLength(200);
            e.Property(s => s.JobTitle).HasMaxLength(200);
            e.Property(s => s.Email).HasMaxLength(254);
            e.Property(s => s.Notes).HasMaxLength(4000);
            e.Property(s => s.Version).IsConcurrencyToken();
            e.HasOne(s => s.Department).WithMany().HasForeignKey(s => s.DepartmentId).OnDelete(DeleteBehavior.SetNull);
            e.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Membership>(e =>
        {
            e.HasIndex(m => new { m.OrganisationId, m.UserId }).IsUnique();
            e.HasIndex(m => m.UserId);
            e.Property(m => m.Role).HasConversion<string>().HasMaxLength(20);
            e.Property(m => m.Version).IsConcurrencyToken();
            e.HasOne(m => m.Organisation).WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(m => m.User).WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Invitation>(e =>
        {
            e.HasIndex(i => i.TokenHash).IsUnique();
            e.HasIndex(i => new { i.OrganisationId, i.Email });
            e.Property(i => i.Email).HasMaxLength(254);
            e.Property(i => i.TokenHash).HasMaxLength(64);
            e.Property(i => i.Role).HasConversion<string>().HasMaxLength(20);
            e.HasOne<Organisation>().WithMany().HasForeignKey(i => i.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<ApiToken>(e =>
        {
            e.HasIndex(t => t.TokenHash).IsUnique();
            e.HasIndex(t => new { t.OrganisationId, t.UserId });
            e.Property(t => t.Name).HasMaxLength(100);
            e.Property(t => t.Prefix).HasMaxLength(16);
            e.Property(t => t.TokenHash).HasMaxLength(64);
            e.Property(t => t.UserId).HasMaxLength(450);
            e.Property(t => t.Scope).HasConversion<string>().HasMaxLength(10);
            e.HasOne<Organisation>().WithMany().HasForeignKey(t => t.OrganisationId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<ApplicationUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<AuditEntry>(e =>
        {
            e.HasIndex(a => new { a.OrganisationId, a.At });
            e.HasIndex(a => new { a.OrganisationId, a.EntityType, a.EntityId });
            e.Property(a => a.UserName).HasMaxLength(256);
            e.Property(a => a.EntityType).HasMaxLength(64);
            e.Property(a => a.EntityId).HasMaxLength(64);
            e.Property(a => a.Action).HasConversion<string>().HasMaxLength(20);
            e.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<PendingImport>(e =>
        {
            e.Property(p => p.Kind).HasMaxLength(40);
            e.Property(p => p.FileName).HasMaxLength(260);
            e.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Framework>(e =>
        {
            e.HasIndex(f => new { f.OrganisationId, f.Key, f.VersionNumber }).IsUnique();
            e.Property(f => f.Key).HasMaxLength(64);
            e.Property(f => f.VersionLabel).HasMaxLength(40);
            e.Property(f => f.Name).HasConversion(localizedText, localizedComparer).HasMaxLength(4000);
            e.Property(f => f.Origin).HasConversion<string>().HasMaxLength(20);
            e.Property(f => f.RollUpRule).HasMaxLength(40);
            e.Property(f => f.Version).IsConcurrencyToken();
            e.HasOne<Organisation>().WithMany().HasForeignKey(f => f.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Campaign>(e =>
        {
            e.HasIndex(c => new { c.OrganisationId, c.Name });
            e.Property(c => c.Name).HasMaxLength(200);
            e.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(c => c.DepartmentIds).HasConversion(stringList, stringListComparer).HasMaxLength(4000);
            e.Property(c => c.TargetLevels).HasMaxLength(4000);
            e.Property(c => c.Version).IsConcurrencyToken();
            e.HasOne(c => c.Framework).WithMany().HasForeignKey(c => c.FrameworkId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<CampaignResponse>(e =>
        {
            e.ToTable("Responses");
            e.HasIndex(r => new { r.CampaignId, r.Kind, r.Status });
            e.HasIndex(r => r.Token).IsUnique();
            e.HasIndex(r => r.StakeholderId);
            e.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(r => r.InterviewerId).HasMaxLength(450);
            e.Property(r => r.RespondentName).HasMaxLength(200);
            e.Property(r => r.Token).HasMaxLength(64);
            e.Property(r => r.ExternalKey).HasMaxLength(200);
            e.Property(r => r.LastThemeId).HasMaxLength(64);
            e.Property(r => r.Version).IsConcurrencyToken();
            e.HasOne(r => r.Stakeholder).WithMany().HasForeignKey(r => r.StakeholderId).OnDelete(DeleteBehavior.SetNull);
            e.HasOne<Department>().WithMany().HasForeignKey(r => r.DepartmentId).OnDelete(DeleteBehavior.SetNull);
            e.HasOne<Campaign>().WithMany().HasForeignKey(r => r.CampaignId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Answer>(e =>
        {
            e.HasIndex(a => new { a.ResponseId, a.QuestionId }).IsUnique();
            // Leads with the organisation so that it also serves the foreign key: one index fewer to maintain on bulk imports.
            // It covers the analysis scan (ADR 0010): reading a campaign's answers never touches the table rows,
            // and rows come grouped by response.
            e.HasIndex(a => new { a.OrganisationId, a.CampaignId, a.ResponseId, a.QuestionId, a.State, a.Level });
            e.Property(a => a.QuestionId).HasMaxLength(64);
            e.Property(a => a.Evidence).HasMaxLength(4000);
            e.HasOne<CampaignResponse>().WithMany().HasForeignKey(a => a.ResponseId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<EvidenceNote>(e =>
        {
            e.HasIndex(n => n.ResponseId);
            e.HasIndex(n => n.CampaignId);
            e.Property(n => n.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(n => n.Text).HasMaxLength(4000);
            e.Property(n => n.QuestionId).HasMaxLength(64);
            e.Property(n => n.ThemeId).HasMaxLength(64);
            e.HasOne<CampaignResponse>().WithMany().HasForeignKey(n => n.ResponseId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Organisation>().WithMany().HasForeignKey(n => n.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<SurveyLink>(e =>
        {
            e.HasIndex(l => l.Token).IsUnique();
            e.Property(l => l.Label).HasMaxLength(200);
            e.Property(l => l.Token).HasMaxLength(64);
            e.HasOne<Campaign>().WithMany().HasForeignKey(l => l.CampaignId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Organisation>().WithMany().HasForeignKey(l => l.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<AnswerImportBatch>(e =>
        {
            e.HasIndex(b => b.CampaignId);
            e.Property(b => b.FileName).HasMaxLength(260);
            e.Property(b => b.UserName).HasMaxLength(256);
            e.HasOne<Campaign>().WithMany().HasForeignKey(b => b.CampaignId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Organisation>().WithMany().HasForeignKey(b => b.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Finding>(e =>
        {
            e.HasIndex(f => new { f.CampaignId, f.Position });
            e.Property(f => f.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(f => f.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(f => f.ThemeIds).HasConversion(stringList, stringListComparer).HasMaxLength(2000);
            e.Property(f => f.Text).HasConversion(localizedText, localizedComparer).HasMaxLength(12000);
            e.Property(f => f.SuggestionKey).HasMaxLength(140);
            e.Property(f => f.Version).IsConcurrencyToken();
            e.HasOne<Campaign>().WithMany().HasForeignKey(f => f.CampaignId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Organisation>().WithMany().HasForeignKey(f => f.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<FindingEvidence>(e =>
        {
            e.HasIndex(f => f.FindingId);
            e.HasIndex(f => f.NoteId);
            e.HasIndex(f => f.AnswerId);
            e.HasOne<Finding>().WithMany().HasForeignKey(f => f.FindingId).OnDelete(DeleteBehavior.Cascade);
            // Erasing a person deletes their notes; the evidence link goes with them.
            e.HasOne<EvidenceNote>().WithMany().HasForeignKey(f => f.NoteId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Answer>().WithMany().HasForeignKey(f => f.AnswerId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Organisation>().WithMany().HasForeignKey(f => f.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<ThemePriority>(e =>
        {
            e.HasIndex(p => new { p.CampaignId, p.ThemeId }).IsUnique();
            e.Property(p => p.ThemeId).HasMaxLength(64);
            e.Property(p => p.Reasoning).HasConversion(localizedText, localizedComparer).HasMaxLength(12000);
            e.Property(p => p.Version).IsConcurrencyToken();
            e.HasOne<Campaign>().WithMany().HasForeignKey(p => p.CampaignId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Workshop>(e =>
        {
            e.HasIndex(w => w.Code).IsUnique();
            e.HasIndex(w => w.CampaignId);
            e.Property(w => w.Title).HasMaxLength(200);
            e.Property(w => w.Code).HasMaxLength(12);
            e.Property(w => w.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(w => w.Version).IsConcurrencyToken();
            e.HasOne<Campaign>().WithMany().HasForeignKey(w => w.CampaignId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Organisation>().WithMany().HasForeignKey(w => w.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<WorkshopParticipant>(e =>
        {
            e.HasIndex(p => new { p.WorkshopId, p.DeviceHash }).IsUnique();
            e.Property(p => p.DeviceHash).HasMaxLength(64);
            e.HasOne<Workshop>().WithMany().HasForeignKey(p => p.WorkshopId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<WorkshopVote>(e =>
        {
            e.HasIndex(v => new { v.ParticipantId, v.ThemeId }).IsUnique();
            e.HasIndex(v => v.WorkshopId);
            e.Property(v => v.ThemeId).HasMaxLength(64);
            e.HasOne<WorkshopParticipant>().WithMany().HasForeignKey(v => v.ParticipantId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Organisation>().WithMany().HasForeignKey(v => v.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<WorkshopComment>(e =>
        {
            e.HasIndex(c => new { c.WorkshopId, c.CreatedAt });
            e.Property(c => c.Text).HasMaxLength(500);
            e.HasOne<WorkshopParticipant>().WithMany().HasForeignKey(c => c.ParticipantId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<PeerScore>(e =>
        {
            e.HasIndex(p => new { p.FrameworkKey, p.OrganisationId, p.ThemeId }).IsUnique();
            e.Property(p => p.FrameworkKey).HasMaxLength(64);
            e.Property(p => p.ThemeId).HasMaxLength(64);
            e.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });

        ConfigureStrategy(builder, localizedText, localizedComparer, stringList, stringListComparer);
        ConfigureRoadmap(builder, localizedText, localizedComparer, stringList, stringListComparer);
        ConfigureCaseStudies(builder, localizedText, localizedComparer, stringList, stringListComparer);

        builder.Entity<ApplicationUser>(e =>
        {
            e.Property(u => u.DisplayName).HasMaxLength(200);
            e.Property(u => u.PreferredLanguage).HasMaxLength(5);
        });

        // Tenant isolation by construction: every tenant-owned entity is filtered to the
        // organisation resolved for this request. No organisation resolved → no rows.
        foreach (var type in builder.Model.GetEntityTypes().Where(t => typeof(ITenantOwned).IsAssignableFrom(t.ClrType)))
        {
            var method = typeof(AppDbContext).GetMethod(nameof(ApplyTenantFilter), BindingFlags.NonPublic | BindingFlags.Instance)!
                .MakeGenericMethod(type.ClrType);
            method.Invoke(this, [builder]);
        }

        // DateTimeOffset is not orderable in SQLite; store it as ticks there (UTC).
        if (Database.IsSqlite())
        {
            foreach (var type in builder.Model.GetEntityTypes())
            {
                foreach (var property in type.ClrType.GetProperties().Where(p => p.PropertyType == typeof(DateTimeOffset) || p.PropertyType == typeof(DateTimeOffset?)))
                {
                    if (type.FindProperty(property.Name) is { } p)
                    {
                        p.SetValueConverter(property.PropertyType == typeof(DateTimeOffset)
                            ? new ValueConverter<DateTimeOffset, long>(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero))
                            : new ValueConverter<DateTimeOffset?, long?>(v => v.HasValue ? v.Value.UtcTicks : null, v => v.HasValue ? new DateTimeOffset(v.Value, TimeSpan.Zero) : null));
                    }
                }
            }
        }
    }

    private static void ConfigureCaseStudies(ModelBuilder builder, ValueConverter<LocalizedText, string> localizedText, ValueComparer<LocalizedText> localizedComparer, ValueConverter<List<string>, string> stringList, ValueComparer<List<string>> stringListComparer)
    {
        var jsonOptions = new JsonSerializerOptions { Converters = { new LocalizedTextJsonConverter() } };
        var figures = new ValueConverter<List<CaseStudyFigure>, string>(
            v => JsonSerializer.Serialize(v, jsonOptions),
            v => JsonSerializer.Deserialize<List<CaseStudyFigure>>(v, jsonOptions) ?? new List<CaseStudyFigure>());
        var figuresComparer = new ValueComparer<List<CaseStudyFigure>>(
            (a, b) => JsonSerializer.Serialize(a, jsonOptions) == JsonSerializer.Serialize(b, jsonOptions),
            v => JsonSerializer.Serialize(v, jsonOptions).GetHashCode(StringComparison.Ordinal),
            v => JsonSerializer.Deserialize<List<CaseStudyFigure>>(JsonSerializer.Serialize(v, jsonOptions), jsonOptions)!);

        builder.Entity<CaseStudy>(e =>
        {
            e.HasIndex(c => new { c.OrganisationId, c.Slug }).IsUnique();
            e.HasIndex(c => new { c.OrganisationId, c.Status, c.PublishedAt });
            e.Property(c => c.Slug).HasMaxLength(80);
            e.Property(c => c.Title).HasConversion(localizedText, localizedComparer).HasMaxLength(2000);
            e.Property(c => c.Summary).HasConversion(localizedText, localizedComparer).HasMaxLength(4000);
            foreach (var name in new[] { nameof(CaseStudy.Problem), nameof(CaseStudy.DataUsed), nameof(CaseStudy.Approach), nameof(CaseStudy.Outcome), nameof(CaseStudy.Lessons) })
            {
                e.Property<LocalizedText>(name).HasConversion(localizedText, localizedComparer).HasMaxLength(40000);
            }

            e.Property(c => c.Contacts).HasMaxLength(2000);
            e.Property(c => c.Figures).HasConversion(figures, figuresComparer).HasMaxLength(4000);
            e.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(c => c.ThemeIds).HasConversion(stringList, stringListComparer).HasMaxLength(4000);
            e.Property(c => c.FindingIds).HasConversion(stringList, stringListComparer).HasMaxLength(4000);
            e.Property(c => c.ObjectiveIds).HasConversion(stringList, stringListComparer).HasMaxLength(4000);
            e.Property(c => c.InitiativeIds).HasConversion(stringList, stringListComparer).HasMaxLength(4000);
            e.Property(c => c.Version).IsConcurrencyToken();
            e.HasOne<Department>().WithMany().HasForeignKey(c => c.DepartmentId).OnDelete(DeleteBehavior.SetNull);
            e.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<ShowAndTellEvent>(e =>
        {
            e.HasIndex(x => x.FeedbackCode).IsUnique();
            e.HasIndex(x => new { x.OrganisationId, x.HeldAt });
            e.Property(x => x.Title).HasConversion(localizedText, localizedComparer).HasMaxLength(2000);
            e.Property(x => x.Audience).HasConversion(localizedText, localizedComparer).HasMaxLength(2000);
            e.Property(x => x.Location).HasMaxLength(200);
            e.Property(x => x.FeedbackCode).HasMaxLength(6);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<EventAgendaItem>(e =>
        {
            e.HasIndex(x => new { x.EventId, x.Position });
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Presenter).HasMaxLength(200);
            e.Property(x => x.Title).HasConversion(localizedText, localizedComparer).HasMaxLength(2000);
            e.HasOne<ShowAndTellEvent>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<CaseStudy>().WithMany().HasForeignKey(x => x.CaseStudyId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<EventAttendee>(e =>
        {
            e.HasIndex(x => x.EventId);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Affiliation).HasMaxLength(200);
            e.HasOne<ShowAndTellEvent>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<EventFeedback>(e =>
        {
            e.HasIndex(x => x.EventId);
            e.Property(x => x.Comment).HasMaxLength(1000);
            e.HasOne<ShowAndTellEvent>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<CaseStudy>().WithMany().HasForeignKey(x => x.FavouriteCaseStudyId).OnDelete(DeleteBehavior.SetNull);
            e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<CaseStudyImage>(e =>
        {
            e.HasIndex(i => new { i.CaseStudyId, i.Position });
            e.Property(i => i.AltText).HasConversion(localizedText, localizedComparer).HasMaxLength(2000);
            e.HasOne<CaseStudy>().WithMany().HasForeignKey(i => i.CaseStudyId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Organisation>().WithMany().HasForeignKey(i => i.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<CaseStudyImageRendition>(e =>
        {
            e.HasIndex(r => new { r.ImageId, r.Size }).IsUnique();
            e.Property(r => r.Size).HasMaxLength(10);
            e.HasOne<CaseStudyImage>().WithMany().HasForeignKey(r => r.ImageId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });
    }

    private static void ConfigureRoadmap(ModelBuilder builder, ValueConverter<LocalizedText, string> localizedText, ValueComparer<LocalizedText> localizedComparer, ValueConverter<List<string>, string> stringList, ValueComparer<List<string>> stringListComparer)
    {
        builder.Entity<Roadmap>(e =>
        {
            e.HasIndex(r => r.OrganisationId).IsUnique();
            e.Property(r => r.Granularity).HasConversion<string>().HasMaxLength(20);
            e.Property(r => r.Objective).HasConversion<string>().HasMaxLength(30);
            e.Property(r => r.Version).IsConcurrencyToken();
            e.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Workstream>(e =>
        {
            e.HasIndex(w => new { w.OrganisationId, w.Position });
            e.Property(w => w.Name).HasConversion(localizedText, localizedComparer).HasMaxLength(2000);
            e.Property(w => w.Version).IsConcurrencyToken();
            e.HasOne<Organisation>().WithMany().HasForeignKey(w => w.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<DeliveryTeam>(e =>
        {
            e.HasIndex(t => new { t.OrganisationId, t.Position });
            e.Property(t => t.Name).HasConversion(localizedText, localizedComparer).HasMaxLength(2000);
            e.Property(t => t.Version).IsConcurrencyToken();
            e.HasOne<Department>().WithMany().HasForeignKey(t => t.DepartmentId).OnDelete(DeleteBehavior.SetNull);
            e.HasOne<Organisation>().WithMany().HasForeignKey(t => t.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<TeamCapacity>(e =>
        {
            e.HasIndex(c => new { c.TeamId, c.FromMonth }).IsUnique();
            e.Property(c => c.Fte).HasPrecision(8, 2);
            e.HasOne<DeliveryTeam>().WithMany().HasForeignKey(c => c.TeamId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Initiative>(e =>
        {
            e.HasIndex(i => new { i.OrganisationId, i.Code }).IsUnique();
            e.HasIndex(i => new { i.OrganisationId, i.Position });
            e.Property(i => i.Code).HasMaxLength(20);
            e.Property(i => i.Title).HasConversion(localizedText, localizedComparer).HasMaxLength(2000);
            e.Property(i => i.Description).HasConversion(localizedText, localizedComparer).HasMaxLength(20000);
            e.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(i => i.Rag).HasConversion<string>().HasMaxLength(10);
            e.Property(i => i.Budget).HasPrecision(14, 2);
            e.Property(i => i.ObjectiveIds).HasConversion(stringList, stringListComparer).HasMaxLength(4000);
            e.Property(i => i.ThemeIds).HasConversion(stringList, stringListComparer).HasMaxLength(4000);
            e.Property(i => i.Version).IsConcurrencyToken();
            e.HasOne<Workstream>().WithMany().HasForeignKey(i => i.WorkstreamId).OnDelete(DeleteBehavior.SetNull);
            e.HasOne<Department>().WithMany().HasForeignKey(i => i.DepartmentId).OnDelete(DeleteBehavior.SetNull);
            e.HasOne<StrategyItem>().WithMany().HasForeignKey(i => i.LeadRoleId).OnDelete(DeleteBehavior.SetNull);
            e.HasOne<Stakeholder>().WithMany().HasForeignKey(i => i.LeadStakeholderId).OnDelete(DeleteBehavior.SetNull);
            e.HasOne<Organisation>().WithMany().HasForeignKey(i => i.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<InitiativeEffort>(e =>
        {
            e.HasIndex(f => new { f.InitiativeId, f.TeamId }).IsUnique();
            e.HasIndex(f => f.TeamId);
            e.Property(f => f.Fte).HasPrecision(8, 2);
            e.HasOne<Initiative>().WithMany().HasForeignKey(f => f.InitiativeId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<DeliveryTeam>().WithMany().HasForeignKey(f => f.TeamId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Organisation>().WithMany().HasForeignKey(f => f.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<InitiativeDependency>(e =>
        {
            e.HasIndex(d => new { d.PredecessorId, d.SuccessorId }).IsUnique();
            e.HasIndex(d => d.SuccessorId);
            e.Property(d => d.Type).HasConversion<string>().HasMaxLength(20);
            e.HasOne<Initiative>().WithMany().HasForeignKey(d => d.PredecessorId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Initiative>().WithMany().HasForeignKey(d => d.SuccessorId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Organisation>().WithMany().HasForeignKey(d => d.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Milestone>(e =>
        {
            e.HasIndex(m => new { m.InitiativeId, m.DueOn });
            e.Property(m => m.Title).HasConversion(localizedText, localizedComparer).HasMaxLength(2000);
            e.Property(m => m.Version).IsConcurrencyToken();
            e.HasOne<Initiative>().WithMany().HasForeignKey(m => m.InitiativeId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Kpi>(e =>
        {
            e.HasIndex(k => new { k.OrganisationId, k.Position });
            e.Property(k => k.Name).HasConversion(localizedText, localizedComparer).HasMaxLength(2000);
            e.Property(k => k.Unit).HasMaxLength(40);
            e.Property(k => k.Baseline).HasPrecision(18, 4);
            e.Property(k => k.Target).HasPrecision(18, 4);
            e.Property(k => k.ObjectiveIds).HasConversion(stringList, stringListComparer).HasMaxLength(4000);
            e.Property(k => k.InitiativeIds).HasConversion(stringList, stringListComparer).HasMaxLength(40000);
            e.Property(k => k.Version).IsConcurrencyToken();
            e.HasOne<Organisation>().WithMany().HasForeignKey(k => k.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<KpiMeasurement>(e =>
        {
            e.HasIndex(m => new { m.KpiId, m.MeasuredOn });
            e.Property(m => m.Value).HasPrecision(18, 4);
            e.Property(m => m.Note).HasMaxLength(500);
            e.Property(m => m.RecordedBy).HasMaxLength(200);
            e.HasOne<Kpi>().WithMany().HasForeignKey(m => m.KpiId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<CheckIn>(e =>
        {
            e.HasIndex(c => new { c.InitiativeId, c.Month }).IsUnique();
            e.HasIndex(c => new { c.OrganisationId, c.Month });
            e.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(c => c.Rag).HasConversion<string>().HasMaxLength(10);
            e.Property(c => c.Note).HasMaxLength(1000);
            e.Property(c => c.RecordedBy).HasMaxLength(200);
            e.Property(c => c.Version).IsConcurrencyToken();
            e.HasOne<Initiative>().WithMany().HasForeignKey(c => c.InitiativeId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<RoadmapBaseline>(e =>
        {
            e.HasIndex(b => new { b.OrganisationId, b.CreatedAt });
            e.Property(b => b.Name).HasMaxLength(200);
            e.Property(b => b.CreatedBy).HasMaxLength(200);
            e.HasOne<Organisation>().WithMany().HasForeignKey(b => b.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<ScheduleProposal>(e =>
        {
            e.HasIndex(p => new { p.OrganisationId, p.CreatedAt });
            e.Property(p => p.Objective).HasConversion<string>().HasMaxLength(30);
            e.Property(p => p.State).HasConversion<string>().HasMaxLength(20);
            e.Property(p => p.Status).HasMaxLength(20);
            e.Property(p => p.InputHash).HasMaxLength(64);
            e.Property(p => p.CreatedBy).HasMaxLength(200);
            e.Property(p => p.Version).IsConcurrencyToken();
            e.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });
    }

    private static void ConfigureStrategy(ModelBuilder builder, ValueConverter<LocalizedText, string> localizedText, ValueComparer<LocalizedText> localizedComparer, ValueConverter<List<string>, string> stringList, ValueComparer<List<string>> stringListComparer)
    {
        var jsonOptions = new JsonSerializerOptions { Converters = { new LocalizedTextJsonConverter() } };
        var texts = new ValueConverter<Dictionary<string, LocalizedText>, string>(
            v => JsonSerializer.Serialize(v, jsonOptions),
            v => JsonSerializer.Deserialize<Dictionary<string, LocalizedText>>(v, jsonOptions) ?? new Dictionary<string, LocalizedText>());
        var textsComparer = new ValueComparer<Dictionary<string, LocalizedText>>(
            (a, b) => JsonSerializer.Serialize(a, jsonOptions) == JsonSerializer.Serialize(b, jsonOptions),
            v => JsonSerializer.Serialize(v, jsonOptions).GetHashCode(StringComparison.Ordinal),
            v => JsonSerializer.Deserialize<Dictionary<string, LocalizedText>>(JsonSerializer.Serialize(v, jsonOptions), jsonOptions)!);
        var links = new ValueConverter<List<StrategyLink>, string>(
            v => JsonSerializer.Serialize(v, jsonOptions),
            v => JsonSerializer.Deserialize<List<StrategyLink>>(v, jsonOptions) ?? new List<StrategyLink>());
        var linksComparer = new ValueComparer<List<StrategyLink>>((a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, l) => HashCode.Combine(h, l.GetHashCode())), v => v.ToList());

        builder.Entity<CityPriority>(e =>
        {
            e.HasIndex(p => new { p.OrganisationId, p.Position });
            e.Property(p => p.Name).HasConversion(localizedText, localizedComparer).HasMaxLength(2000);
            e.Property(p => p.Version).IsConcurrencyToken();
            e.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<WorkingSession>(e =>
        {
            e.HasIndex(s => new { s.OrganisationId, s.Position });
            e.Property(s => s.Title).HasConversion(localizedText, localizedComparer).HasMaxLength(2000);
            e.Property(s => s.Template).HasConversion<string>().HasMaxLength(30);
            e.Property(s => s.Agenda).HasMaxLength(8000);
            e.Property(s => s.Notes).HasMaxLength(40000);
            e.Property(s => s.Version).IsConcurrencyToken();
            e.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<WorkingSessionParticipant>(e =>
        {
            e.HasIndex(p => new { p.SessionId, p.StakeholderId }).IsUnique();
            e.HasIndex(p => p.StakeholderId);
            e.HasOne<WorkingSession>().WithMany().HasForeignKey(p => p.SessionId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Stakeholder>().WithMany().HasForeignKey(p => p.StakeholderId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<SessionOutcome>(e =>
        {
            e.HasIndex(o => new { o.SessionId, o.Kind });
            e.HasIndex(o => o.OwnerStakeholderId);
            e.Property(o => o.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(o => o.Text).HasMaxLength(2000);
            e.Property(o => o.Version).IsConcurrencyToken();
            e.HasOne<WorkingSession>().WithMany().HasForeignKey(o => o.SessionId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Stakeholder>().WithMany().HasForeignKey(o => o.OwnerStakeholderId).OnDelete(DeleteBehavior.SetNull);
            e.HasOne<Organisation>().WithMany().HasForeignKey(o => o.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Strategy>(e =>
        {
            e.HasIndex(s => s.OrganisationId).IsUnique();
            e.Property(s => s.Title).HasConversion(localizedText, localizedComparer).HasMaxLength(2000);
            e.Property(s => s.Version).IsConcurrencyToken();
            e.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<StrategyItem>(e =>
        {
            e.HasIndex(i => new { i.StrategyId, i.Kind, i.Position });
            e.Property(i => i.Kind).HasConversion<string>().HasMaxLength(30);
            e.Property(i => i.Title).HasConversion(localizedText, localizedComparer).HasMaxLength(2000);
            e.Property(i => i.Texts).HasConversion(texts, textsComparer).HasMaxLength(200000);
            e.Property(i => i.Links).HasConversion(links, linksComparer).HasMaxLength(40000);
            e.Property(i => i.Version).IsConcurrencyToken();
            e.HasOne<Strategy>().WithMany().HasForeignKey(i => i.StrategyId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Department>().WithMany().HasForeignKey(i => i.DepartmentId).OnDelete(DeleteBehavior.SetNull);
            e.HasOne<Organisation>().WithMany().HasForeignKey(i => i.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<StrategyItemSession>(e =>
        {
            e.HasIndex(s => new { s.ItemId, s.SessionId }).IsUnique();
            e.HasIndex(s => s.SessionId);
            e.HasOne<StrategyItem>().WithMany().HasForeignKey(s => s.ItemId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<WorkingSession>().WithMany().HasForeignKey(s => s.SessionId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<RaciAssignment>(e =>
        {
            e.HasIndex(r => new { r.ActivityId, r.RoleId }).IsUnique();
            e.HasIndex(r => r.RoleId);
            e.Property(r => r.Letter).HasConversion<string>().HasMaxLength(1);
            e.HasOne<StrategyItem>().WithMany().HasForeignKey(r => r.ActivityId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<StrategyItem>().WithMany().HasForeignKey(r => r.RoleId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<StrategyItemRevision>(e =>
        {
            // No foreign key to the item: the history of a deleted item stays readable.
            e.HasIndex(r => new { r.ItemId, r.At });
            e.Property(r => r.Action).HasConversion<string>().HasMaxLength(20);
            e.Property(r => r.UserName).HasMaxLength(200);
            e.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<StrategyComment>(e =>
        {
            e.HasIndex(c => new { c.ItemId, c.CreatedAt });
            e.Property(c => c.Text).HasMaxLength(4000);
            e.Property(c => c.AuthorId).HasMaxLength(450);
            e.Property(c => c.AuthorName).HasMaxLength(200);
            e.Property(c => c.ResolvedByName).HasMaxLength(200);
            e.Property(c => c.Mentions).HasConversion(stringList, stringListComparer).HasMaxLength(4000);
            e.Property(c => c.Version).IsConcurrencyToken();
            e.HasOne<StrategyItem>().WithMany().HasForeignKey(c => c.ItemId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<StrategyComment>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<StrategyVersion>(e =>
        {
            e.HasIndex(v => new { v.StrategyId, v.Number }).IsUnique();
            e.HasIndex(v => new { v.OrganisationId, v.Status });
            e.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(v => v.Summary).HasMaxLength(4000);
            e.Property(v => v.SubmittedById).HasMaxLength(450);
            e.Property(v => v.SubmittedByName).HasMaxLength(200);
            e.Property(v => v.PublishedByName).HasMaxLength(200);
            e.Property(v => v.Version).IsConcurrencyToken();
            e.HasOne<Strategy>().WithMany().HasForeignKey(v => v.StrategyId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Organisation>().WithMany().HasForeignKey(v => v.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<StrategyApproval>(e =>
        {
            e.HasIndex(a => a.VersionId);
            e.Property(a => a.Decision).HasConversion<string>().HasMaxLength(20);
            e.Property(a => a.UserId).HasMaxLength(450);
            e.Property(a => a.UserName).HasMaxLength(200);
            e.Property(a => a.Comment).HasMaxLength(2000);
            e.HasOne<StrategyVersion>().WithMany().HasForeignKey(a => a.VersionId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<OrganisationLogo>(e =>
        {
            e.HasKey(l => l.OrganisationId);
            e.Property(l => l.ContentType).HasMaxLength(20);
            e.HasOne<Organisation>().WithOne().HasForeignKey<OrganisationLogo>(l => l.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });
    }

    private void ApplyTenantFilter<T>(ModelBuilder builder)
        where T : class, ITenantOwned =>
        builder.Entity<T>().HasQueryFilter(e => e.OrganisationId == CurrentOrganisationId);

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var campaigns = ChangedAnswerCampaigns();
        PrepareSave();
        var saved = base.SaveChanges(acceptAllChangesOnSuccess);
        if (campaigns.Count > 0)
        {
            TouchAnswersAsync(campaigns).GetAwaiter().GetResult();
        }

        return saved;
    }

    /// <summary>
    /// SQLite has one writer at a time; a writer that finds the file locked is retried by Microsoft.Data.Sqlite after
    /// sleeping 150 ms, so concurrent single saves queue in steps of 150 ms. Saves that are not inside a transaction
    /// (one SaveChanges, atomic by itself: API writes, autosave) take turns in this process instead, per database file.
    /// Saves inside a request-wide transaction are not gated (they may already hold the lock).
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, SemaphoreSlim> SqliteWriteGates = new(StringComparer.Ordinal);

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (Database.CurrentTransaction is null && Database.IsSqlite() && Database.GetConnectionString() is { } file)
        {
            var gate = SqliteWriteGates.GetOrAdd(file, _ => new SemaphoreSlim(1, 1));
            await gate.WaitAsync(cancellationToken);
            try
            {
                return await SaveChangesCoreAsync(acceptAllChangesOnSuccess, cancellationToken);
            }
            finally
            {
                gate.Release();
            }
        }

        return await SaveChangesCoreAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private async Task<int> SaveChangesCoreAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        var campaigns = ChangedAnswerCampaigns();
        PrepareSave();
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (campaigns.Count > 0)
        {
            await TouchAnswersAsync(campaigns, cancellationToken);
        }

        return saved;
    }

    private List<Guid> ChangedAnswerCampaigns()
    {
        var entries = ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();
        // A campaign added in the same save already carries a fresh stamp.
        var added = entries.Where(e => e.State == EntityState.Added && e.Entity is Campaign).Select(e => ((Campaign)e.Entity).Id).ToHashSet();
        return entries
            .Select(e => e.Entity switch
            {
                Answer a => a.CampaignId,
                CampaignResponse r => r.CampaignId,
                _ => Guid.Empty,
            })
            .Where(id => id != Guid.Empty && !added.Contains(id))
            .Distinct()
            .ToList();
    }

    /// <summary>Renews the answers stamp of campaigns whose answers changed outside the change tracker too (bulk import).</summary>
    public Task TouchAnswersAsync(IReadOnlyCollection<Guid> campaignIds, CancellationToken cancellationToken = default) =>
        Campaigns.IgnoreQueryFilters().Where(c => campaignIds.Contains(c.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.AnswersStamp, Guid.NewGuid()), cancellationToken);

    /// <summary>When set, saves write no audit rows (used by backup restore, which brings its own log).</summary>
    public bool SuppressAudit { get; set; }

    private void PrepareSave()
    {
        var entries = ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();
        foreach (var entry in entries)
        {
            if (entry.Entity is ITenantOwned owned && entry.State == EntityState.Added && owned.OrganisationId == Guid.Empty && tenant.OrganisationId is { } org)
            {
                owned.OrganisationId = org;
            }

            if (entry.Entity is ITenantOwned changed && entry.State != EntityState.Added && tenant.OrganisationId is { } current && changed.OrganisationId != current)
            {
                // Defence in depth: nothing loaded for one organisation may be written under another.
                throw new InvalidOperationException("Cross-organisation write refused.");
            }

            if (entry.Entity is IVersioned versioned && entry.State == EntityState.Modified)
            {
                versioned.Version = Guid.NewGuid();
            }

            if (!SuppressAudit && entry.Entity is IAudited audited)
            {
                var organisationId = entry.Entity switch
                {
                    ITenantOwned t => t.OrganisationId,
                    Organisation o => o.Id,
                    _ => Guid.Empty,
                };
                if (organisationId != Guid.Empty)
                {
                    AuditEntries.Add(new AuditEntry
                    {
                        OrganisationId = organisationId,
                        UserId = actor.UserId,
                        UserName = actor.UserName,
                        EntityType = entry.Metadata.ClrType.Name,
                        EntityId = audited.Id.ToString(),
                        Action = entry.State switch
                        {
                            EntityState.Added => AuditAction.Created,
                            EntityState.Deleted => AuditAction.Deleted,
                            _ => AuditAction.Updated,
                        },
                        Changes = DescribeChanges(entry),
                    });
                }
            }
        }
    }

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
            Changes = details is null ? "{}" : JsonSerializer.Serialize(details, AuditJson),
        });

    public const string MaskedValue = "•••";

    // The log is shown HTML-encoded and exported CSV-escaped: keep accents readable in the JSON.
    private static readonly JsonSerializerOptions AuditJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string DescribeChanges(EntityEntry entry)
    {
        var changes = new SortedDictionary<string, object?[]>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (name is nameof(IVersioned.Version) or "Id" or nameof(ITenantOwned.OrganisationId) or nameof(IdentityUser.ConcurrencyStamp)
                or nameof(IdentityUser.SecurityStamp) or nameof(IdentityUser.PasswordHash) or nameof(Invitation.TokenHash)
                or nameof(Framework.Content) or nameof(CampaignResponse.Token) or nameof(SurveyLink.Token))
            {
                continue;
            }

            var before = entry.State == EntityState.Added ? null : property.OriginalValue;
            var after = entry.State == EntityState.Deleted ? null : property.CurrentValue;
            if (entry.State == EntityState.Modified && !property.IsModified)
            {
                continue;
            }

            if (Equals(Render(before), Render(after)))
            {
                continue;
            }

            var personal = property.Metadata.PropertyInfo?.GetCustomAttribute<PersonalDataAttribute>() is not null;
            changes[name] = personal
                ? [before is null ? null : MaskedValue, after is null ? null : MaskedValue]
                : [Render(before), Render(after)];
        }

        return JsonSerializer.Serialize(changes, AuditJson);
    }

    private static object? Render(object? value) => value switch
    {
        null => null,
        LocalizedText t => t.Values,
        List<string> l => string.Join(',', l),
        DateTimeOffset d => d.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) + " UTC",
        Enum e => e.ToString(),
        _ => value.ToString(),
    };
}
