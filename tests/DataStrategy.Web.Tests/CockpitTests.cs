using System.Net;
using AngleSharp.Html.Dom;
using DataStrategy.Core.Text;
using DataStrategy.Data;
using DataStrategy.Data.Demo;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Web.Tests;

/// <summary>
/// The programme cockpit (/o/{org}): phases computed from the data, the guided set-up of a new organisation, the
/// next tasks of those who run the programme, a readers' summary without tasks or personal data; and the empty
/// states of a new organisation's list pages.
/// </summary>
public sealed class CockpitTests
{
    private const string Demo = "/o/" + DemoSeeder.Slug;
    private const string NewSlug = "commune-neuve";
    private const string New = "/o/" + NewSlug;

    private static async Task<(HttpClient Lead, Guid Id)> NewOrganisationAsync(DssApp app, string language = "en")
    {
        var lead = await app.SignInAsync(DemoSeeder.LeadEmail, language: language);
        var form = await lead.GetFormAsync("/organisations/new");
        var created = await lead.SubmitAsync(form, new() { ["Form.Name[fr]"] = "Commune Neuve", ["Form.Name[nl]"] = "Nieuwe Gemeente" });
        Assert.Equal(New, created.Location());
        return (lead, await app.DbAsync(db => db.Organisations.Where(o => o.Slug == NewSlug).Select(o => o.Id).SingleAsync()));
    }

    private static async Task<Dictionary<string, string>> PhaseStatesAsync(HttpClient client, string url)
    {
        var doc = await client.GetDocumentAsync(url);
        return doc.QuerySelectorAll("[data-testid=phases] [data-phase]").ToDictionary(e => e.GetAttribute("data-phase")!, e => e.GetAttribute("data-state")!);
    }

    private static Task<Framework> AddFrameworkAsync(DssApp app, Guid org) => app.DbAsync(async db =>
    {
        var framework = await DataStrategy.Data.Assessment.FrameworkLibrary.AddVersionAsync(db, DataStrategy.Core.Frameworks.BuiltInFrameworks.City(), FrameworkOrigin.BuiltIn);
        framework.OrganisationId = org;
        await db.SaveChangesAsync();
        return framework;
    }, org);

    private static Task<int> SaveAsync(DssApp app, Guid org, Action<AppDbContext> change) => app.DbAsync(db =>
    {
        change(db);
        return db.SaveChangesAsync();
    }, org);

    [Fact]
    public async Task Phases_OfANewOrganisation_StartNotStarted_AndEachFollowsItsData()
    {
        using var app = new DssApp();
        var (lead, org) = await NewOrganisationAsync(app);
        var now = DateTimeOffset.UtcNow;
        var today = DateOnly.FromDateTime(now.UtcDateTime);

        var states = await PhaseStatesAsync(lead, New);
        Assert.Equal(["Assessment", "FindingsWorkshop", "WorkingSessions", "Strategy", "Roadmap", "ShowAndTell"], states.Keys);
        Assert.All(states.Values, s => Assert.Equal("NotStarted", s));

        // Assessment: a campaign collecting with one of two responses completed, then analysed.
        var framework = await AddFrameworkAsync(app, org);
        var campaign = new Campaign { OrganisationId = org, Name = LocalizedText.Of(fr: "Évaluation"), FrameworkId = framework.Id, Status = CampaignStatus.Collecting, StartsOn = today.AddDays(-30) };
        await SaveAsync(app, org, db =>
        {
            db.Campaigns.Add(campaign);
            db.Responses.Add(new CampaignResponse { OrganisationId = org, CampaignId = campaign.Id, Kind = ResponseKind.Survey, Status = ResponseStatus.Completed, CompletedAt = now });
            db.Responses.Add(new CampaignResponse { OrganisationId = org, CampaignId = campaign.Id, Kind = ResponseKind.Interview, Status = ResponseStatus.Planned });
        });
        var doc = await lead.GetDocumentAsync(New);
        var assessment = doc.QuerySelector("[data-phase=Assessment]")!;
        Assert.Equal("InProgress", assessment.GetAttribute("data-state"));
        Assert.Contains("Responses completed: 1 of 2", assessment.TextContent, StringComparison.Ordinal);
        Assert.Equal("50", assessment.QuerySelector("progress")!.GetAttribute("value"));
        await SaveAsync(app, org, db => db.Campaigns.Single(c => c.Id == campaign.Id).Status = CampaignStatus.Analysing);
        Assert.Equal("Done", (await PhaseStatesAsync(lead, New))["Assessment"]);

        // Findings workshop: live, then ended.
        var workshop = new Workshop { OrganisationId = org, CampaignId = campaign.Id, Title = LocalizedText.Of(fr: "Atelier"), Code = "CKPT01", Status = WorkshopStatus.Live };
        await SaveAsync(app, org, db => db.Workshops.Add(workshop));
        Assert.Equal("InProgress", (await PhaseStatesAsync(lead, New))["FindingsWorkshop"]);
        await SaveAsync(app, org, db => db.Workshops.Single(w => w.Id == workshop.Id).Status = WorkshopStatus.Ended);
        Assert.Equal("Done", (await PhaseStatesAsync(lead, New))["FindingsWorkshop"]);

        // Working sessions: one of two held.
        var later = new WorkingSession { OrganisationId = org, Title = LocalizedText.Of(fr: "Séance 2"), HeldOn = today.AddDays(20) };
        await SaveAsync(app, org, db =>
        {
            db.WorkingSessions.Add(new WorkingSession { OrganisationId = org, Title = LocalizedText.Of(fr: "Séance 1"), HeldOn = today.AddDays(-2) });
            db.WorkingSessions.Add(later);
        });
        Assert.Equal("InProgress", (await PhaseStatesAsync(lead, New))["WorkingSessions"]);
        await SaveAsync(app, org, db => db.WorkingSessions.Single(s => s.Id == later.Id).HeldOn = today);
        Assert.Equal("Done", (await PhaseStatesAsync(lead, New))["WorkingSessions"]);

        // Strategy: in review, then published.
        var strategy = new DataStrategy.Data.Entities.Strategy { OrganisationId = org, Title = LocalizedText.Of(fr: "Stratégie") };
        var version = new StrategyVersion { OrganisationId = org, StrategyId = strategy.Id, Number = 1, Status = StrategyVersionStatus.InReview, Snapshot = "{}", SubmittedByName = "Claire" };
        await SaveAsync(app, org, db =>
        {
            db.Strategies.Add(strategy);
            db.StrategyVersions.Add(version);
        });
        doc = await lead.GetDocumentAsync(New);
        Assert.Equal("InProgress", doc.QuerySelector("[data-phase=Strategy]")!.GetAttribute("data-state"));
        Assert.Contains("Step 2 of 4: In review", doc.QuerySelector("[data-phase=Strategy]")!.TextContent, StringComparison.Ordinal);
        await SaveAsync(app, org, db =>
        {
            var v = db.StrategyVersions.Single(x => x.Id == version.Id);
            v.Status = StrategyVersionStatus.Published;
            v.PublishedAt = now;
        });
        Assert.Equal("Done", (await PhaseStatesAsync(lead, New))["Strategy"]);

        // Roadmap: one of two initiatives done (a cancelled one does not count), then both.
        var open = new Initiative { OrganisationId = org, Code = "I-2", Title = LocalizedText.Of(fr: "Deux"), Status = InitiativeStatus.InProgress };
        await SaveAsync(app, org, db =>
        {
            db.Roadmaps.Add(new Roadmap { OrganisationId = org, StartMonth = new DateOnly(today.Year, today.Month, 1) });
            db.Initiatives.Add(new Initiative { OrganisationId = org, Code = "I-1", Title = LocalizedText.Of(fr: "Un"), Status = InitiativeStatus.Done });
            db.Initiatives.Add(new Initiative { OrganisationId = org, Code = "I-3", Title = LocalizedText.Of(fr: "Trois"), Status = InitiativeStatus.Cancelled });
            db.Initiatives.Add(open);
        });
        doc = await lead.GetDocumentAsync(New);
        Assert.Equal("InProgress", doc.QuerySelector("[data-phase=Roadmap]")!.GetAttribute("data-state"));
        Assert.Contains("Initiatives done: 1 of 2", doc.QuerySelector("[data-phase=Roadmap]")!.TextContent, StringComparison.Ordinal);
        await SaveAsync(app, org, db => db.Initiatives.Single(i => i.Id == open.Id).Status = InitiativeStatus.Done);
        Assert.Equal("Done", (await PhaseStatesAsync(lead, New))["Roadmap"]);

        // Show & Tell: planned in the future, then held.
        var show = new ShowAndTellEvent { OrganisationId = org, Title = LocalizedText.Of(fr: "Show & Tell"), HeldAt = now.AddDays(10), FeedbackCode = "CKPT02" };
        await SaveAsync(app, org, db => db.ShowAndTellEvents.Add(show));
        Assert.Equal("InProgress", (await PhaseStatesAsync(lead, New))["ShowAndTell"]);
        await SaveAsync(app, org, db => db.ShowAndTellEvents.Single(e => e.Id == show.Id).HeldAt = now.AddDays(-1));
        Assert.Equal("Done", (await PhaseStatesAsync(lead, New))["ShowAndTell"]);
    }

    [Fact]
    public async Task NewOrganisation_SeesTheGuidedSetUp_WhoseStepsTickFromTheData()
    {
        using var app = new DssApp();
        var (lead, org) = await NewOrganisationAsync(app);

        var doc = await lead.GetDocumentAsync(New);
        var steps = doc.QuerySelectorAll("[data-testid=setup] [data-step]").ToList();
        Assert.Equal(["Departments", "Stakeholders", "Framework", "Campaign", "Members", "Interviews"], steps.Select(s => s.GetAttribute("data-step")));
        Assert.All(steps, s => Assert.Equal("false", s.GetAttribute("data-done")));
        Assert.Equal(New + "/departments/edit", steps[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(New + "/stakeholders/import", steps[1].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(New + "/frameworks/import", steps[2].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(New + "/campaigns/edit", steps[3].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(New + "/members/invite", steps[4].QuerySelector("a")!.GetAttribute("href"));
        foreach (var step in steps)
        {
            Assert.Equal(HttpStatusCode.OK, (await lead.GetAsync(step.QuerySelector("a")!.GetAttribute("href"))).StatusCode);
        }

        // A department through the real form: its step is done, the others are not.
        var form = await lead.GetFormAsync(New + "/departments/edit");
        await lead.SubmitAsync(form, new() { ["Code"] = "URB", ["Name[fr]"] = "Urbanisme", ["Name[nl]"] = "Stedenbouw", ["Kind"] = "Business" });
        doc = await lead.GetDocumentAsync(New);
        Assert.Equal("true", doc.QuerySelector("[data-step=Departments]")!.GetAttribute("data-done"));
        Assert.Equal("false", doc.QuerySelector("[data-step=Stakeholders]")!.GetAttribute("data-done"));
        Assert.Contains("Steps done: 1 of 6", doc.QuerySelector("[data-testid=setup]")!.TextContent, StringComparison.Ordinal);

        // The demo is set up: no set-up list there.
        Assert.Null((await lead.GetDocumentAsync(Demo)).QuerySelector("[data-testid=setup]"));
    }

    [Fact]
    public async Task Viewer_SeesPhasesAndSummary_ButNoTasksAndNoPersonalData()
    {
        using var app = new DssApp();
        await AddTasksAsync(app);
        var viewer = await app.SignInAsync(DemoSeeder.ViewerEmail);

        var response = await viewer.GetAsync(Demo);
        var html = await response.Content.ReadAsStringAsync();
        var doc = await response.ParseAsync();

        Assert.Equal(6, doc.QuerySelectorAll("[data-testid=phases] [data-phase]").Length);
        Assert.NotNull(doc.QuerySelector("[data-testid=summary-maturity]"));
        Assert.NotNull(doc.QuerySelector("[data-testid=summary-strategy]"));
        Assert.NotNull(doc.QuerySelector("[data-testid=summary-roadmap]"));
        Assert.Contains(EventTitle, doc.QuerySelector("[data-testid=summary-event]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(doc.QuerySelector("[data-testid=next-tasks]"));
        Assert.Null(doc.QuerySelector("[data-testid=setup]"));
        Assert.DoesNotContain("/interviews/", html, StringComparison.Ordinal);
        Assert.DoesNotContain(ActionText, html, StringComparison.Ordinal);
        var people = await app.InDemoAsync(db => db.Stakeholders.Where(s => s.ErasedAt == null).Select(s => new { s.Name, s.Email }).ToListAsync());
        var respondents = await app.InDemoAsync(db => db.Responses.Where(r => r.RespondentName != null).Select(r => r.RespondentName!).ToListAsync());
        Assert.NotEmpty(people);
        Assert.All(people, p => Assert.DoesNotContain(p.Name, html, StringComparison.Ordinal));
        Assert.All(people.Where(p => p.Email is not null), p => Assert.DoesNotContain(p.Email!, html, StringComparison.Ordinal));
        Assert.All(respondents, r => Assert.DoesNotContain(r, html, StringComparison.Ordinal));

        // A phase the viewer may not open is not a link.
        Assert.Null(doc.QuerySelector("[data-phase=WorkingSessions] a"));

        // Every link on the viewer's cockpit opens for the viewer.
        foreach (var href in doc.QuerySelectorAll("main a[href^='/o/']").Select(a => a.GetAttribute("href")!).Distinct())
        {
            Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync(href)).StatusCode);
        }
    }

    private const string ActionText = "Envoyer le compte rendu au collège";
    private const string EventTitle = "Show & Tell du cockpit";
    private const string Hostile = "<script>alert('cockpit')</script>";

    private sealed record Added(Guid CampaignId, Guid SessionId, Guid InitiativeId, List<Guid> Interviews);

    /// <summary>In the demo: a collecting campaign (hostile name) with four personal survey links (two answered), one open-link answer and three interviews to capture; an overdue action and initiative; a coming event.</summary>
    private static async Task<Added> AddTasksAsync(DssApp app)
    {
        var org = await app.DemoOrganisationIdAsync();
        var now = DateTimeOffset.UtcNow;
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var framework = await app.InDemoAsync(db => db.Frameworks.Select(f => f.Id).FirstAsync());
        var stakeholders = await app.InDemoAsync(db => db.Stakeholders.Where(s => s.ErasedAt == null).Select(s => s.Id).Take(4).ToListAsync());
        var campaign = new Campaign { OrganisationId = org, Name = LocalizedText.Of(fr: Hostile), FrameworkId = framework, Status = CampaignStatus.Collecting, StartsOn = today.AddYears(-10) };
        var link = new SurveyLink { OrganisationId = org, CampaignId = campaign.Id, Label = LocalizedText.Of(fr: "Lien"), Token = "cockpit-open-link" };
        var session = new WorkingSession { OrganisationId = org, Title = LocalizedText.Of(fr: "Séance du cockpit"), HeldOn = today.AddDays(-20) };
        var initiative = new Initiative { OrganisationId = org, Code = "CK-01", Title = LocalizedText.Of(fr: "Initiative en retard"), Status = InitiativeStatus.InProgress, Deadline = today.AddDays(-5) };
        var interviews = new List<Guid>();
        await SaveAsync(app, org, db =>
        {
            db.Campaigns.Add(campaign);
            db.SurveyLinks.Add(link);
            for (var i = 0; i < 4; i++)
            {
                db.Responses.Add(new CampaignResponse { OrganisationId = org, CampaignId = campaign.Id, Kind = ResponseKind.Survey, StakeholderId = stakeholders[i], Token = "cockpit-" + i, Status = i < 2 ? ResponseStatus.Completed : ResponseStatus.Planned });
            }

            db.Responses.Add(new CampaignResponse { OrganisationId = org, CampaignId = campaign.Id, Kind = ResponseKind.Survey, SurveyLinkId = link.Id, Status = ResponseStatus.Completed, IsAnonymous = true });
            for (var i = 0; i < 3; i++)
            {
                var interview = new CampaignResponse { OrganisationId = org, CampaignId = campaign.Id, Kind = ResponseKind.Interview, StakeholderId = stakeholders[i], Status = ResponseStatus.Planned, ScheduledAt = now.AddDays(-365 * 5 + i) };
                interviews.Add(interview.Id);
                db.Responses.Add(interview);
            }

            db.WorkingSessions.Add(session);
            db.SessionOutcomes.Add(new SessionOutcome { OrganisationId = org, SessionId = session.Id, Kind = SessionOutcomeKind.Action, Text = LocalizedText.Of(fr: ActionText), DueOn = today.AddDays(-10), Status = ActionStatus.Open });
            db.Initiatives.Add(initiative);
            db.ShowAndTellEvents.Add(new ShowAndTellEvent { OrganisationId = org, Title = LocalizedText.Of(fr: EventTitle, nl: EventTitle, en: EventTitle), HeldAt = now.AddMinutes(30), FeedbackCode = "CKPT03" });
            db.ShowAndTellEvents.Add(new ShowAndTellEvent { OrganisationId = org, Title = LocalizedText.Of(fr: "Événement passé", nl: "Voorbij", en: "Past"), HeldAt = now.AddDays(-1), FeedbackCode = "CKPT04" });
        });
        return new Added(campaign.Id, session.Id, initiative.Id, interviews);
    }

    [Fact]
    public async Task Facilitator_SeesNextTasks_EachALinkToWhereToAct()
    {
        using var app = new DssApp();
        var added = await AddTasksAsync(app);
        var facilitator = await app.FacilitatorAsync();

        var response = await facilitator.GetAsync(Demo);
        var html = await response.Content.ReadAsStringAsync();
        var doc = await response.ParseAsync();
        var tasks = doc.QuerySelector("[data-testid=next-tasks]")!;

        // Interviews: the count covers every interview planned in an open campaign; the earliest (ours) come first.
        var expected = await app.InDemoAsync(db => db.Responses.CountAsync(r => r.Kind == ResponseKind.Interview && (r.Status == ResponseStatus.Planned || r.Status == ResponseStatus.InProgress)
            && db.Campaigns.Any(c => c.Id == r.CampaignId && c.Status != CampaignStatus.Closed)));
        var interviews = tasks.QuerySelector("[data-testid=task-interviews]")!;
        Assert.StartsWith(expected + " interview", interviews.QuerySelector("h3")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(added.Interviews.Select(i => Demo + "/interviews/" + i), interviews.QuerySelectorAll("a").Take(3).Select(a => a.GetAttribute("href")));

        // Survey response rate of our campaign: 2 of the 4 invited, and 1 answer through an open link.
        var rate = tasks.QuerySelectorAll("[data-testid=task-surveys] li").Single(li => li.QuerySelector("a")!.GetAttribute("href") == $"{Demo}/campaigns/{added.CampaignId}/surveys");
        Assert.Contains("Invited people who answered: 2 of 4 (50%)", rate.TextContent, StringComparison.Ordinal);
        Assert.Contains("1 answer through open links", rate.TextContent, StringComparison.Ordinal);

        // Suggestions: as many as the findings page counts for the demo campaign.
        var demoCampaign = await app.DemoCampaignAsync();
        var pending = (await facilitator.GetDocumentAsync($"{Demo}/campaigns/{demoCampaign}/findings")).QuerySelector("[data-testid=suggestion-count]")!.TextContent.Trim();
        var suggestion = tasks.QuerySelectorAll("[data-testid=task-suggestions] a").SingleOrDefault(a => a.GetAttribute("href") == $"{Demo}/campaigns/{demoCampaign}/findings/suggestions");
        if (pending == "0")
        {
            Assert.Null(suggestion);
        }
        else
        {
            Assert.StartsWith(pending + " suggestion", suggestion!.TextContent.Trim(), StringComparison.Ordinal);
        }

        // Overdue action and initiative, with their links.
        Assert.Contains(tasks.QuerySelectorAll("[data-testid=task-actions] a"), a => a.GetAttribute("href") == $"{Demo}/sessions/{added.SessionId}" && a.TextContent.Contains(ActionText, StringComparison.Ordinal));
        Assert.Contains(tasks.QuerySelectorAll("[data-testid=task-initiatives] a"), a => a.GetAttribute("href") == $"{Demo}/roadmap/initiatives/{added.InitiativeId}" && a.TextContent.Contains("CK-01", StringComparison.Ordinal));

        // Translations: the initiative written in French only is missing in Dutch.
        Assert.Contains(tasks.QuerySelectorAll("[data-testid=task-translations] li"), li => li.TextContent.Contains("Roadmap", StringComparison.Ordinal) && li.TextContent.Contains("Dutch", StringComparison.Ordinal));

        // The campaign's name is shown, escaped.
        Assert.DoesNotContain(Hostile, html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);

        // Every task link opens for the facilitator.
        foreach (var href in tasks.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).Distinct())
        {
            Assert.Equal(HttpStatusCode.OK, (await facilitator.GetAsync(href)).StatusCode);
        }
    }

    [Fact]
    public async Task Contributor_SeesTheSummary_WithoutTheFacilitatorsTasks()
    {
        using var app = new DssApp();
        await AddTasksAsync(app);
        var contributor = await app.SignInAsync(DemoSeeder.ContributorEmail);

        var doc = await contributor.GetDocumentAsync(Demo);

        Assert.NotNull(doc.QuerySelector("[data-testid=summary]"));
        Assert.Null(doc.QuerySelector("[data-testid=next-tasks]"));
        Assert.Null(doc.QuerySelector("[data-testid=setup]"));
    }

    [Fact]
    public async Task MemberOfOneOrganisation_LandsOnItsCockpit_AndASystemAdministratorCanStillListThem()
    {
        using var app = new DssApp();
        var lead = await app.LeadAsync();

        var home = await lead.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal(Demo, home.Location());
        var cockpit = await lead.GetDocumentAsync(Demo);
        Assert.NotNull(cockpit.QuerySelector("a[href='/?all=true']"));
        var list = await lead.GetDocumentAsync("/?all=true");
        Assert.NotNull(list.QuerySelector("[data-testid=organisation-list]"));
        Assert.NotNull(list.QuerySelector("a[href='/organisations/new']"));

        // A viewer is no system administrator: no link to create organisations.
        var viewer = await app.SignInAsync(DemoSeeder.ViewerEmail);
        Assert.Null((await viewer.GetDocumentAsync(Demo)).QuerySelector("a[href='/organisations/new']"));
    }

    /// <summary>A new organisation's list pages, and the action each empty state offers the programme lead.</summary>
    public static readonly (string Page, string TestId, string? Action)[] EmptyPages =
    [
        ("/departments", "departments-empty", "/departments/edit"),
        ("/stakeholders", "stakeholders-empty", "/stakeholders/import"),
        ("/frameworks", "frameworks-empty", "/frameworks/import"),
        ("/campaigns", "campaigns-empty", "/campaigns/edit"),
        ("/sessions", "sessions-empty", null),
        ("/strategy", "strategy-empty", "/strategy/edit?kind=Vision"),
        ("/roadmap", "roadmap-empty", "/roadmap/initiatives/edit"),
        ("/roadmap/progress", "progress-empty", "/roadmap"),
        ("/roadmap/kpis", "kpis-empty", "/roadmap/kpis/new"),
        ("/events", "events-empty", "#new-h"),
        ("/case-studies", "case-studies-empty", "/case-studies/edit"),
    ];

    [Theory]
    [InlineData("fr")]
    [InlineData("nl")]
    public async Task NewOrganisation_EveryListPage_SaysWhatToDoNext_InTheReadersLanguage(string language)
    {
        using var app = new DssApp();
        var (lead, org) = await NewOrganisationAsync(app, language);
        var english = await app.SignInAsync(DemoSeeder.LeadEmail, language: "en");
        await english.PostAsync("/language", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = await AuthorizationTests.AntiforgeryTokenAsync(english), ["culture"] = "en", ["returnUrl"] = "/" }));
        await lead.PostAsync("/language", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = await AuthorizationTests.AntiforgeryTokenAsync(lead), ["culture"] = language, ["returnUrl"] = "/" }));

        async Task CheckAsync(string page, string testId, string? action)
        {
            var doc = await lead.GetDocumentAsync(New + page);
            Assert.Equal(language, doc.DocumentElement.GetAttribute("lang"));
            var empty = doc.QuerySelector($"[data-testid={testId}]");
            Assert.True(empty is not null, $"{page} has no empty state");
            Assert.Contains("empty-state", empty!.ClassName, StringComparison.Ordinal);
            var text = empty.QuerySelector(".empty-state-text")!.TextContent.Trim();
            Assert.True(text.Length > 40, $"{page}: \"{text}\" does not say what to do next");
            var inEnglish = (await english.GetDocumentAsync(New + page)).QuerySelector($"[data-testid={testId}] .empty-state-text")!.TextContent.Trim();
            Assert.NotEqual(inEnglish, text);
            var button = empty.QuerySelector(".empty-state-action a, .empty-state-action button");
            Assert.True(button is not null, $"{page} offers no action");
            if (action is not null)
            {
                var href = ((IHtmlAnchorElement)button!).GetAttribute("href")!;
                Assert.Equal(action.StartsWith('#') ? action : New + action, href);
                if (!action.StartsWith('#'))
                {
                    Assert.Equal(HttpStatusCode.OK, (await lead.GetAsync(href)).StatusCode);
                }
            }
        }

        foreach (var (page, testId, action) in EmptyPages)
        {
            await CheckAsync(page, testId, action);
        }

        // Pages of a campaign: interviews, findings, workshops.
        var framework = await AddFrameworkAsync(app, org);
        var campaign = new Campaign { OrganisationId = org, Name = LocalizedText.Of(fr: "Évaluation", nl: "Evaluatie"), FrameworkId = framework.Id, Status = CampaignStatus.Collecting };
        await SaveAsync(app, org, db => db.Campaigns.Add(campaign));
        await CheckAsync($"/campaigns/{campaign.Id}", "interviews-empty", $"/interviews/edit?campaign={campaign.Id}");
        await CheckAsync($"/campaigns/{campaign.Id}/findings", "findings-empty", $"/campaigns/{campaign.Id}/findings/suggestions");
        await CheckAsync($"/campaigns/{campaign.Id}/workshops", "workshops-empty", "#plan-h");
    }

    [Fact]
    public async Task NewOrganisation_EmptyStates_OfferAReaderNoActionButSayWhoAddsThem()
    {
        using var app = new DssApp();
        var (_, org) = await NewOrganisationAsync(app);
        var viewerId = await app.DbAsync(db => db.Users.Where(u => u.Email == DemoSeeder.ViewerEmail).Select(u => u.Id).SingleAsync());
        await SaveAsync(app, org, db => db.Memberships.Add(new Membership { OrganisationId = org, UserId = viewerId, Role = MemberRole.Viewer }));
        var viewer = await app.SignInAsync(DemoSeeder.ViewerEmail);

        foreach (var (page, testId) in new[] { ("/departments", "departments-empty"), ("/campaigns", "campaigns-empty"), ("/strategy", "strategy-empty"), ("/roadmap", "roadmap-empty"), ("/case-studies", "case-studies-empty") })
        {
            var empty = (await viewer.GetDocumentAsync(New + page)).QuerySelector($"[data-testid={testId}]")!;
            Assert.Null(empty.QuerySelector("a"));
            Assert.Equal("Those who run the programme add them here.", empty.QuerySelector(".empty-state-hint")!.TextContent.Trim());
        }

        // The viewer's cockpit of the new organisation: phases, no set-up, no tasks.
        var cockpit = await viewer.GetDocumentAsync(New);
        Assert.Equal(6, cockpit.QuerySelectorAll("[data-phase]").Length);
        Assert.Null(cockpit.QuerySelector("[data-testid=setup]"));
        Assert.Null(cockpit.QuerySelector("[data-testid=next-tasks]"));
    }
}
