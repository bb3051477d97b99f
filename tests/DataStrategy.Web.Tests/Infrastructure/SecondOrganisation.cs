using DataStrategy.Core.Text;
using DataStrategy.Data.Entities;
using Microsoft.AspNetCore.Identity;

namespace DataStrategy.Web.Tests.Infrastructure;

/// <summary>Another tenant ("organisation B") whose data members of the demo organisation must never reach.</summary>
public sealed record SecondOrganisation(Guid Id, string Slug, Guid DepartmentId, Guid StakeholderId, Guid MembershipId, Guid InvitationId, string StakeholderName, string AdminEmail, Guid FrameworkId, Guid CampaignId, Guid InterviewId, Guid FindingId, Guid WorkshopId, Guid SessionId, Guid StrategyItemId, Guid InitiativeId, Guid KpiId, Guid CaseStudyId, Guid CaseStudyImageId, Guid EventId)
{
    public const string Password = "Other-city-password-1";
    public const string CampaignName = "Campagne secrète B";

    public EndpointIds Ids => new(DepartmentId, StakeholderId, FrameworkId, CampaignId, InterviewId, FindingId, WorkshopId, SessionId, StrategyItemId, InitiativeId, KpiId, CaseStudyId, CaseStudyImageId, EventId);

    public const string FindingText = "Constat secret B";

    public const string CaseStudyTitle = "Étude de cas secrète B";

    public static async Task<SecondOrganisation> CreateAsync(DssApp app)
    {
        var org = new Organisation { Slug = "stad-b", Name = LocalizedText.Of("Ville B", "Stad B", "City B"), Languages = ["fr", "nl", "en"] };
        var department = new Department { OrganisationId = org.Id, Code = "SECRET", Name = LocalizedText.Of("Service secret B", "Geheime dienst B", "Secret department B") };
        var stakeholder = new Stakeholder { OrganisationId = org.Id, Name = "Zoë Geheim-Persoon", Email = "zoe.geheim@stad-b.example", DepartmentId = department.Id, Notes = "B-only note" };
        var user = new ApplicationUser { UserName = "admin@stad-b.example", Email = "admin@stad-b.example", NormalizedEmail = "ADMIN@STAD-B.EXAMPLE", NormalizedUserName = "ADMIN@STAD-B.EXAMPLE", DisplayName = "Admin B", SecurityStamp = Guid.NewGuid().ToString("N"), LockoutEnabled = true };
        user.PasswordHash = new PasswordHasher<ApplicationUser>().HashPassword(user, Password);
        var membership = new Membership { OrganisationId = org.Id, UserId = user.Id, Role = MemberRole.Administrator };
        var invitation = new Invitation { OrganisationId = org.Id, Email = "pending@stad-b.example", Role = MemberRole.Viewer, TokenHash = Guid.NewGuid().ToString("N"), InvitedByUserId = user.Id, ExpiresAt = DateTimeOffset.UtcNow.AddDays(7) };
        var definition = DataStrategy.Core.Frameworks.BuiltInFrameworks.City();
        Framework? framework = null;
        var campaignId = Guid.NewGuid();
        var interviewId = Guid.NewGuid();
        var findingId = Guid.NewGuid();
        var workshopId = Guid.NewGuid();
        var session = new WorkingSession { OrganisationId = org.Id, Title = LocalizedText.Of("Session secrète B", "Geheime sessie B", "Secret session B") };
        var strategy = new DataStrategy.Data.Entities.Strategy { OrganisationId = org.Id, Title = LocalizedText.Of("Stratégie B", "Strategie B", "Strategy B") };
        var item = new StrategyItem { OrganisationId = org.Id, StrategyId = strategy.Id, Kind = DataStrategy.Core.Strategy.StrategyItemKind.Objective, Position = 1, Title = LocalizedText.Of("Objectif secret B", "Geheime doelstelling B", "Secret objective B") };
        var initiative = new Initiative { OrganisationId = org.Id, Code = "B-01", Title = LocalizedText.Of("Initiative secrète B", "Geheim initiatief B", "Secret initiative B"), ObjectiveIds = [item.Id.ToString("D")] };
        var kpi = new Kpi { OrganisationId = org.Id, Name = LocalizedText.Of("Indicateur secret B", "Geheime indicator B", "Secret indicator B"), Unit = LocalizedText.Of("%", "%"), BaselineOn = new DateOnly(2026, 1, 1), TargetOn = new DateOnly(2027, 12, 1), Target = 50 };
        var caseStudy = new CaseStudy { OrganisationId = org.Id, Slug = "secret-b", Title = LocalizedText.Of(CaseStudyTitle, CaseStudyTitle, CaseStudyTitle), Contacts = "Zoë Geheim-Persoon" };
        var image = new CaseStudyImage { OrganisationId = org.Id, CaseStudyId = caseStudy.Id, AltText = LocalizedText.Of("b", "b", "b"), Width = 400, Height = 300 };
        var showAndTell = new ShowAndTellEvent { OrganisationId = org.Id, Title = LocalizedText.Of("Événement secret B", "Geheim evenement B", "Secret event B"), HeldAt = DateTimeOffset.UtcNow, FeedbackCode = "BBBFFF" };
        await app.DbAsync(async db =>
        {
            db.ShowAndTellEvents.Add(showAndTell);
            db.EventAgendaItems.Add(new EventAgendaItem { OrganisationId = org.Id, EventId = showAndTell.Id, Kind = AgendaItemKind.CaseStudy, CaseStudyId = caseStudy.Id, Presenter = "Zoë Geheim-Persoon" });
            db.EventAttendees.Add(new EventAttendee { OrganisationId = org.Id, EventId = showAndTell.Id, Name = "Zoë Geheim-Persoon" });
            db.CaseStudies.Add(caseStudy);
            db.CaseStudyImages.Add(image);
            db.CaseStudyImageRenditions.Add(new CaseStudyImageRendition { OrganisationId = org.Id, ImageId = image.Id, Size = "small", Width = 400, Height = 300, Data = [0xFF, 0xD8, 0xFF, 0xD9] });
            framework = await DataStrategy.Data.Assessment.FrameworkLibrary.AddVersionAsync(db, definition, FrameworkOrigin.Imported);
            framework.OrganisationId = org.Id;
            db.Campaigns.Add(new Campaign { Id = campaignId, OrganisationId = org.Id, Name = LocalizedText.Of(fr: CampaignName), FrameworkId = framework.Id });
            db.Responses.Add(new CampaignResponse { Id = interviewId, OrganisationId = org.Id, CampaignId = campaignId, Kind = ResponseKind.Interview, StakeholderId = stakeholder.Id });
            db.Answers.Add(new Answer { OrganisationId = org.Id, CampaignId = campaignId, ResponseId = interviewId, QuestionId = definition.Questions[0].Id, Level = 2 });
            db.Findings.Add(new Finding { Id = findingId, OrganisationId = org.Id, CampaignId = campaignId, Kind = DataStrategy.Core.Analysis.FindingKind.Risk, ThemeIds = [definition.Themes[0].Id], Text = LocalizedText.Of(FindingText, FindingText, FindingText) });
            db.Workshops.Add(new Workshop { Id = workshopId, OrganisationId = org.Id, CampaignId = campaignId, Title = LocalizedText.Of(fr: "Atelier secret B"), Code = "BBBBBB", Status = WorkshopStatus.Live, VotingOpen = true });
            db.Organisations.Add(org);
            db.WorkingSessions.Add(session);
            db.Strategies.Add(strategy);
            db.StrategyItems.Add(item);
            db.Roadmaps.Add(new Roadmap { OrganisationId = org.Id, StartMonth = new DateOnly(2026, 1, 1) });
            db.Initiatives.Add(initiative);
            db.Milestones.Add(new Milestone { OrganisationId = org.Id, InitiativeId = initiative.Id, Title = LocalizedText.Of("Jalon secret B", "Geheime mijlpaal B", "Secret milestone B"), DueOn = new DateOnly(2026, 6, 1) });
            db.Kpis.Add(kpi);
            db.KpiMeasurements.Add(new KpiMeasurement { OrganisationId = org.Id, KpiId = kpi.Id, MeasuredOn = new DateOnly(2026, 6, 1), Value = 20 });
            db.StrategyVersions.Add(new StrategyVersion { OrganisationId = org.Id, StrategyId = strategy.Id, Number = 1, Status = StrategyVersionStatus.InReview, Snapshot = new DataStrategy.Core.Strategy.StrategySnapshot { Items = [item.ToData()] }.ToJson(), SubmittedByName = "Admin B" });
            db.Users.Add(user);
            db.Departments.Add(department);
            db.Stakeholders.Add(stakeholder);
            db.Memberships.Add(membership);
            db.Invitations.Add(invitation);
            return await db.SaveChangesAsync();
        }, org.Id);
        return new SecondOrganisation(org.Id, org.Slug, department.Id, stakeholder.Id, membership.Id, invitation.Id, stakeholder.Name, user.Email, framework!.Id, campaignId, interviewId, findingId, workshopId, session.Id, item.Id, initiative.Id, kpi.Id, caseStudy.Id, image.Id, showAndTell.Id);
    }
}
