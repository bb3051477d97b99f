using System.Net;
using System.Text;
using DataStrategy.Core.Strategy;
using DataStrategy.Core.Text;
using DataStrategy.Data.Demo;
using DataStrategy.Data.Entities;
using DataStrategy.Data.Strategies;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static DataStrategy.Web.Tests.Infrastructure.AnalysisHelpers;

namespace DataStrategy.Web.Tests;

/// <summary>The strategy working sessions: the default series, participants, notes, decisions, actions, items shaped.</summary>
public sealed class WorkingSessionTests : IDisposable, IAsyncLifetime
{
    private const string SessionsUrl = DemoOrg + "/sessions";
    private const string NewSessionUrl = DemoOrg + "/sessions/edit";

    private readonly DssApp _app = new();

    public void Dispose() => _app.Dispose();

    public Task InitializeAsync() => _app.ClearDemoStrategyAsync();

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    private static string ViewUrl(Guid id) => $"{SessionsUrl}/{id}";

    private static string EditUrl(Guid id) => $"{SessionsUrl}/edit/{id}";

    private static async Task<string> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.ParseAsync()).QuerySelector("[data-testid=error-summary]")?.TextContent ?? "(no error summary)";
    }

    private Task<int> SessionCountAsync() => _app.InDemoAsync(db => db.WorkingSessions.CountAsync());

    private Task<List<Guid>> StakeholderIdsAsync(int n) =>
        _app.InDemoAsync(db => db.Stakeholders.Where(s => s.ErasedAt == null).OrderBy(s => s.Name).Select(s => s.Id).Take(n).ToListAsync());

    private static FormUrlEncodedContent Form(HtmlForm form, Dictionary<string, string> values, string listField, IEnumerable<Guid> ids) =>
        new(form.With(values).Where(f => f.Key != listField).Concat(ids.Select(id => new KeyValuePair<string, string>(listField, id.ToString()))));

    /// <summary>A session written directly in the demo organisation's database.</summary>
    private Task<Guid> SessionAsync(string title = "Session de test", WorkingSessionTemplate template = WorkingSessionTemplate.VisionAndObjectives, params Guid[] participants) =>
        _app.InDemoAsync(async db =>
        {
            var session = new WorkingSession { Title = LocalizedText.Of(title, title, title), Template = template, Position = 1 };
            db.WorkingSessions.Add(session);
            db.WorkingSessionParticipants.AddRange(participants.Select(p => new WorkingSessionParticipant { SessionId = session.Id, StakeholderId = p }));
            await db.SaveChangesAsync();
            return session.Id;
        });

    private static async Task<HttpResponseMessage> AddOutcomeAsync(HttpClient client, Guid session, Dictionary<string, string> values)
    {
        var form = await client.GetFormAsync(ViewUrl(session), "AddOutcome");
        return await client.SubmitAsync(form, values);
    }

    [Fact]
    public async Task Plan_DefaultSeries_CreatesFourSessions_TitledInThreeLanguages()
    {
        var facilitator = await _app.FacilitatorAsync();
        var page = await facilitator.GetDocumentAsync(SessionsUrl);
        Assert.Null(page.QuerySelector("[data-testid=sessions]"));

        var response = await facilitator.SubmitAsync(HttpClientExtensions.FormOf(page, SessionsUrl, "Plan"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var sessions = await _app.InDemoAsync(db => db.WorkingSessions.OrderBy(s => s.Position).ToListAsync());
        Assert.Equal(
            [WorkingSessionTemplate.VisionAndObjectives, WorkingSessionTemplate.Services, WorkingSessionTemplate.RolesAndOrganisation, WorkingSessionTemplate.Governance],
            sessions.Select(s => s.Template));
        Assert.All(sessions, s => Assert.True(s.Title.Has("fr") && s.Title.Has("nl") && s.Title.Has("en"), s.Title.ToJson()));
        Assert.All(sessions, s => Assert.True(s.Agenda.Has("fr") && s.Agenda.Has("nl"), s.Agenda.ToJson()));
        Assert.Equal("Visie en doelstellingen", sessions[0].Title["nl"]);
        // The demo city works in French and Dutch: the agendas are written in both.
        Assert.StartsWith("1. Rappel des constats", sessions[0].Agenda["fr"], StringComparison.Ordinal);
        var list = await facilitator.GetDocumentAsync(SessionsUrl);
        var titles = list.QuerySelectorAll("[data-testid=sessions] tbody th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Equal(["Vision and objectives", "New data-driven services", "Roles and organisation", "Governance"], titles);
        Assert.Empty(list.QuerySelectorAll("form[action*='handler=Plan']"));
    }

    [Fact]
    public async Task Plan_Twice_IsRefused_AndTheSeriesIsNotDoubled()
    {
        var facilitator = await _app.FacilitatorAsync();
        var form = await facilitator.GetFormAsync(SessionsUrl, "Plan");
        Assert.Equal(HttpStatusCode.Redirect, (await facilitator.SubmitAsync(form)).StatusCode);

        var again = await facilitator.SubmitAsync(form);

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(4, await SessionCountAsync());
        var page = await facilitator.GetDocumentAsync(SessionsUrl);
        Assert.Contains("The series is already planned", page.QuerySelector(".flash")?.TextContent ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_NewSessionWithParticipants_IsSaved_AndShownWithNamesAndDepartments()
    {
        var people = await StakeholderIdsAsync(3);
        var names = await _app.InDemoAsync(db => db.Stakeholders.Where(s => people.Contains(s.Id)).Select(s => s.Name).ToListAsync());
        var facilitator = await _app.FacilitatorAsync();
        var form = await facilitator.GetFormAsync(NewSessionUrl);

        var response = await facilitator.PostAsync(form.Action, Form(form, new() { ["Title[fr]"] = "Session données ouvertes", ["Title[nl]"] = "Sessie open data", ["Template"] = "Services", ["HeldOn"] = "2026-03-12", ["Agenda[fr]"] = "1. Tour de table" }, "Participants", people));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var session = await _app.InDemoAsync(db => db.WorkingSessions.SingleAsync());
        Assert.Equal(new DateOnly(2026, 3, 12), session.HeldOn);
        Assert.Equal(WorkingSessionTemplate.Services, session.Template);
        Assert.Equal(ViewUrl(session.Id), response.Location());
        var view = await facilitator.GetDocumentAsync(ViewUrl(session.Id));
        var listed = view.QuerySelectorAll("[data-testid=participants] li").Select(li => li.TextContent).ToList();
        Assert.Equal(3, listed.Count);
        Assert.All(names, n => Assert.Contains(listed, l => l.StartsWith(n + " – ", StringComparison.Ordinal)));
        var edit = await facilitator.GetDocumentAsync(EditUrl(session.Id));
        Assert.Equal(people.Order(), edit.QuerySelectorAll("input[name=Participants]:checked").Select(i => Guid.Parse(i.GetAttribute("value")!)).Order());
    }

    [Fact]
    public async Task Edit_RemovingAParticipant_KeepsTheOthers()
    {
        var people = await StakeholderIdsAsync(2);
        var id = await SessionAsync(participants: [.. people]);
        var facilitator = await _app.FacilitatorAsync();
        var form = await facilitator.GetFormAsync(EditUrl(id));

        var response = await facilitator.PostAsync(form.Action, Form(form, new(), "Participants", [people[1]]));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal([people[1]], await _app.InDemoAsync(db => db.WorkingSessionParticipants.Where(p => p.SessionId == id).Select(p => p.StakeholderId).ToListAsync()));
    }

    [Fact]
    public async Task Edit_StakeholderOfAnotherOrganisation_IsRefused_AndNothingIsSaved()
    {
        var b = await SecondOrganisation.CreateAsync(_app);
        var facilitator = await _app.FacilitatorAsync();
        var form = await facilitator.GetFormAsync(NewSessionUrl);

        var response = await facilitator.PostAsync(form.Action, Form(form, new() { ["Title[en]"] = "Borrowed people" }, "Participants", [b.StakeholderId]));

        Assert.Contains("Choose participants among the organisation's stakeholders.", await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal(0, await SessionCountAsync());
        Assert.Equal(0, await _app.DbAsync(db => db.WorkingSessionParticipants.IgnoreQueryFilters().CountAsync()));
    }

    [Fact]
    public async Task Edit_ErasedStakeholder_IsNotOffered_AndIsRefused()
    {
        var erased = (await StakeholderIdsAsync(1))[0];
        await _app.InDemoAsync(async db =>
        {
            var s = await db.Stakeholders.SingleAsync(x => x.Id == erased);
            (s.Name, s.Email, s.ErasedAt) = (string.Empty, null, DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });
        var facilitator = await _app.FacilitatorAsync();
        var page = await facilitator.GetDocumentAsync(NewSessionUrl);
        Assert.Null(page.QuerySelector($"input[name=Participants][value='{erased}']"));
        var form = HttpClientExtensions.FormOf(page, NewSessionUrl);

        var response = await facilitator.PostAsync(form.Action, Form(form, new() { ["Title[en]"] = "With a ghost" }, "Participants", [erased]));

        Assert.Contains("Choose participants among the organisation's stakeholders.", await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal(0, await SessionCountAsync());
    }

    [Fact]
    public async Task View_ErasedParticipant_IsShownAsAnAnonymisedPerson()
    {
        var people = await StakeholderIdsAsync(2);
        var name = await _app.InDemoAsync(db => db.Stakeholders.Where(s => s.Id == people[0]).Select(s => s.Name).SingleAsync());
        var id = await SessionAsync(participants: [.. people]);
        var lead = await _app.LeadAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await lead.SubmitAsync(await lead.GetFormAsync($"{DemoOrg}/stakeholders/erase/{people[0]}"))).StatusCode);

        var html = await lead.GetStringAsync(ViewUrl(id));
        var view = await lead.GetDocumentAsync(ViewUrl(id));

        Assert.DoesNotContain(name, html, StringComparison.Ordinal);
        var listed = view.QuerySelectorAll("[data-testid=participants] li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(2, listed.Count);
        Assert.Contains("Anonymised person", listed);
    }

    [Fact]
    public async Task Edit_Script_IsShownAsText()
    {
        var facilitator = await _app.FacilitatorAsync();
        var form = await facilitator.GetFormAsync(NewSessionUrl);

        var response = await facilitator.SubmitAsync(form, new() { ["Title[en]"] = "<script>alert(1)</script> Vision", ["Agenda[nl]"] = "<img src=x onerror=alert(2)> Agenda" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        foreach (var url in new[] { response.Location()!, SessionsUrl })
        {
            var html = await facilitator.GetStringAsync(url);
            Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; Vision", html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("Title[en]", "long200", "The title must be at most 200 characters long.")]
    [InlineData("Title[en]", "", "Enter a title in at least one language.")]
    [InlineData("Agenda[nl]", "long8000", "The agenda must be at most 8000 characters long.")]
    [InlineData("Notes[fr]", "long40000", "The notes must be at most 40000 characters long.")]
    [InlineData("HeldOn", "2026-02-30", "The value '2026-02-30' is not valid")]
    [InlineData("HeldOn", "tomorrow", "The value 'tomorrow' is not valid")]
    [InlineData("Template", "Brainstorm", "is not valid")]
    [InlineData("Template", "42", "The value '42' is not valid")]
    [InlineData("Participants", "not-a-guid", "is not valid")]
    [InlineData("Participants", "random", "Choose participants among the organisation's stakeholders.")]
    public async Task Edit_BadInput_IsRefused_AndNothingIsSaved(string field, string value, string message)
    {
        var facilitator = await _app.FacilitatorAsync();
        var form = await facilitator.GetFormAsync(NewSessionUrl);
        var values = new Dictionary<string, string> { ["Title[en]"] = "A session", ["Template"] = "Other" };
        values[field] = value switch
        {
            "long200" => new string('t', 201),
            "long8000" => new string('a', 8001),
            "long40000" => new string('n', 40001),
            "random" => Guid.NewGuid().ToString(),
            _ => value,
        };

        var response = await facilitator.SubmitAsync(form, values);

        Assert.Contains(message, await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal(0, await SessionCountAsync());
    }

    [Fact]
    public async Task Edit_StaleVersion_IsRefused_AndTheOtherEditStays()
    {
        var id = await SessionAsync("Avant");
        var first = await _app.FacilitatorAsync();
        var second = await _app.LeadAsync();
        var stale = await first.GetFormAsync(EditUrl(id));
        var fresh = await second.GetFormAsync(EditUrl(id));
        Assert.Equal(HttpStatusCode.Redirect, (await second.SubmitAsync(fresh, new() { ["Title[en]"] = "Second editor" })).StatusCode);

        var response = await first.SubmitAsync(stale, new() { ["Title[en]"] = "First editor" });

        Assert.Contains("Someone else changed this record", await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal("Second editor", (await _app.InDemoAsync(db => db.WorkingSessions.SingleAsync(s => s.Id == id))).Title["en"]);
    }

    [Fact]
    public async Task Delete_StaleVersion_IsRefused_ThenFreshDeleteRemovesTheSession()
    {
        var id = await SessionAsync();
        var facilitator = await _app.FacilitatorAsync();
        var stale = await facilitator.GetFormAsync(EditUrl(id), "Delete");
        Assert.Equal(HttpStatusCode.Redirect, (await facilitator.SubmitAsync(await facilitator.GetFormAsync(EditUrl(id)), new() { ["Title[en]"] = "Renamed" })).StatusCode);

        Assert.Contains("Someone else changed this record", await ErrorsAsync(await facilitator.SubmitAsync(stale)), StringComparison.Ordinal);
        Assert.Equal(1, await SessionCountAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await facilitator.SubmitAsync(await facilitator.GetFormAsync(EditUrl(id), "Delete"))).StatusCode);
        Assert.Equal(0, await SessionCountAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await facilitator.GetAsync(ViewUrl(id))).StatusCode);
    }

    [Fact]
    public async Task Notes_QuickUpdate_IsSaved_AndAStaleOneIsRefused()
    {
        var id = await SessionAsync();
        var facilitator = await _app.FacilitatorAsync();
        var stale = await facilitator.GetFormAsync(ViewUrl(id), "Notes");

        Assert.Equal(HttpStatusCode.Redirect, (await facilitator.SubmitAsync(stale, new() { ["Notes[en]"] = "Consensus on a CDO." })).StatusCode);
        var response = await facilitator.SubmitAsync(stale, new() { ["Notes[en]"] = "Overwritten." });

        Assert.Contains("Someone else changed this record", await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal("Consensus on a CDO.", (await _app.InDemoAsync(db => db.WorkingSessions.SingleAsync(s => s.Id == id))).Notes["en"]);
        Assert.Equal("Consensus on a CDO.", (await facilitator.GetDocumentAsync(ViewUrl(id))).QuerySelector("textarea[name='Notes[en]']")!.TextContent.Trim());
    }

    [Fact]
    public async Task AddOutcome_DecisionAndAction_AreListed_WithOwnerAndDueDate()
    {
        var people = await StakeholderIdsAsync(1);
        var owner = await _app.InDemoAsync(db => db.Stakeholders.Where(s => s.Id == people[0]).Select(s => s.Name).SingleAsync());
        var id = await SessionAsync(participants: [.. people]);
        var facilitator = await _app.FacilitatorAsync();

        Assert.Equal(HttpStatusCode.Redirect, (await AddOutcomeAsync(facilitator, id, new() { ["NewKind"] = "Decision", ["NewText[en]"] = "Appoint a chief data officer." })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await AddOutcomeAsync(facilitator, id, new() { ["NewKind"] = "Action", ["NewText[en]"] = "Draft the CDO's mandate.", ["NewOwner"] = people[0].ToString(), ["NewDueOn"] = "2020-01-31" })).StatusCode);

        var view = await facilitator.GetDocumentAsync(ViewUrl(id));
        Assert.Equal("Appoint a chief data officer.", view.QuerySelector("[data-testid=decisions] .outcome-text")!.TextContent);
        var row = view.QuerySelector("[data-testid=actions] tbody tr")!;
        Assert.Equal("Draft the CDO's mandate.", row.QuerySelector(".outcome-text")!.TextContent);
        Assert.Contains(owner, row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Overdue", row.TextContent, StringComparison.Ordinal);
        var list = await facilitator.GetDocumentAsync(SessionsUrl);
        var todo = list.QuerySelector("[data-testid=open-actions]")!.TextContent;
        Assert.Contains("Draft the CDO's mandate.", todo, StringComparison.Ordinal);
        Assert.Contains(owner, todo, StringComparison.Ordinal);
        Assert.Contains("Overdue", todo, StringComparison.Ordinal);
        Assert.DoesNotContain("Appoint a chief data officer.", todo, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NewText[en]", "long", "The text must be at most 2000 characters long.")]
    [InlineData("NewText[en]", "", "Write the decision or action.")]
    [InlineData("NewKind", "Wish", "is not valid")]
    [InlineData("NewOwner", "foreign", "Choose the owner among the organisation's stakeholders.")]
    [InlineData("NewOwner", "random", "Choose the owner among the organisation's stakeholders.")]
    [InlineData("NewDueOn", "31/31/2026", "is not valid")]
    public async Task AddOutcome_BadInput_IsRefused_AndNothingIsSaved(string field, string value, string message)
    {
        var b = await SecondOrganisation.CreateAsync(_app);
        var id = await SessionAsync();
        var facilitator = await _app.FacilitatorAsync();
        var values = new Dictionary<string, string> { ["NewKind"] = "Action", ["NewText[en]"] = "Do something." };
        values[field] = value switch
        {
            "long" => new string('x', 2001),
            "foreign" => b.StakeholderId.ToString(),
            "random" => Guid.NewGuid().ToString(),
            _ => value,
        };

        var response = await AddOutcomeAsync(facilitator, id, values);

        Assert.Contains(message, await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal(0, await _app.DbAsync(db => db.SessionOutcomes.IgnoreQueryFilters().CountAsync()));
        Assert.DoesNotContain(b.StakeholderName, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateOutcome_Status_IsChanged_AndDoneActionsLeaveTheToDoList()
    {
        var id = await SessionAsync();
        var facilitator = await _app.FacilitatorAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await AddOutcomeAsync(facilitator, id, new() { ["NewKind"] = "Action", ["NewText[en]"] = "Map the data owners." })).StatusCode);
        var form = await facilitator.GetFormAsync(ViewUrl(id), "UpdateOutcome");

        Assert.Equal(HttpStatusCode.Redirect, (await facilitator.SubmitAsync(form, new() { ["Status"] = "InProgress" })).StatusCode);
        Assert.Equal(ActionStatus.InProgress, (await _app.InDemoAsync(db => db.SessionOutcomes.SingleAsync())).Status);
        Assert.Contains("Map the data owners.", (await facilitator.GetDocumentAsync(SessionsUrl)).QuerySelector("[data-testid=open-actions]")!.TextContent, StringComparison.Ordinal);

        var fresh = await facilitator.GetFormAsync(ViewUrl(id), "UpdateOutcome");
        Assert.Equal(HttpStatusCode.Redirect, (await facilitator.SubmitAsync(fresh, new() { ["Status"] = "Done" })).StatusCode);

        Assert.Equal(ActionStatus.Done, (await _app.InDemoAsync(db => db.SessionOutcomes.SingleAsync())).Status);
        Assert.Null((await facilitator.GetDocumentAsync(SessionsUrl)).QuerySelector("[data-testid=open-actions]"));
    }

    [Fact]
    public async Task UpdateOutcome_StaleVersion_IsRefused()
    {
        var id = await SessionAsync();
        var facilitator = await _app.FacilitatorAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await AddOutcomeAsync(facilitator, id, new() { ["NewKind"] = "Action", ["NewText[en]"] = "Map the data owners." })).StatusCode);
        var stale = await facilitator.GetFormAsync(ViewUrl(id), "UpdateOutcome");
        Assert.Equal(HttpStatusCode.Redirect, (await facilitator.SubmitAsync(stale, new() { ["Status"] = "Done" })).StatusCode);

        var response = await facilitator.SubmitAsync(stale, new() { ["Status"] = "InProgress" });

        Assert.Contains("Someone else changed this record", await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal(ActionStatus.Done, (await _app.InDemoAsync(db => db.SessionOutcomes.SingleAsync())).Status);
    }

    [Theory]
    [InlineData("UpdateOutcome")]
    [InlineData("DeleteOutcome")]
    public async Task Outcome_OfAnotherSession_AnswersNotFound_AndIsUnchanged(string handler)
    {
        var first = await SessionAsync("Première");
        var second = await SessionAsync("Deuxième");
        var facilitator = await _app.FacilitatorAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await AddOutcomeAsync(facilitator, first, new() { ["NewKind"] = "Action", ["NewText[en]"] = "Belongs to the first session." })).StatusCode);
        var outcome = await _app.InDemoAsync(db => db.SessionOutcomes.SingleAsync());
        var form = await facilitator.GetFormAsync(ViewUrl(first), handler);
        var action = form.Action.Replace(first.ToString(), second.ToString(), StringComparison.Ordinal);
        Assert.NotEqual(form.Action, action);

        var response = await facilitator.PostAsync(action, new FormUrlEncodedContent(form.With(new() { ["Status"] = "Done" })));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var after = await _app.InDemoAsync(db => db.SessionOutcomes.SingleAsync());
        Assert.Equal((outcome.Id, outcome.SessionId, ActionStatus.Open, outcome.Version), (after.Id, after.SessionId, after.Status, after.Version));
    }

    [Fact]
    public async Task View_ItemsShapedInTheSession_AreListedByKind_WithLinks()
    {
        var id = await SessionAsync(template: WorkingSessionTemplate.RolesAndOrganisation);
        var other = await SessionAsync("Autre session");
        var itemIds = await _app.InDemoAsync(async db =>
        {
            var org = await db.Organisations.SingleAsync(o => o.Slug == DemoSeeder.Slug);
            var strategy = await StrategyWorkspace.EnsureAsync(db, org);
            var role = new StrategyItem { StrategyId = strategy.Id, Kind = StrategyItemKind.Role, Title = LocalizedText.Of("Délégué à la donnée", "Data steward", "Data steward"), Position = 1 };
            var team = new StrategyItem { StrategyId = strategy.Id, Kind = StrategyItemKind.Team, Title = LocalizedText.Of(en: "Data office"), Position = 2 };
            var elsewhere = new StrategyItem { StrategyId = strategy.Id, Kind = StrategyItemKind.Objective, Title = LocalizedText.Of(en: "Shaped elsewhere"), Position = 3 };
            db.StrategyItems.AddRange(role, team, elsewhere);
            db.StrategyItemSessions.AddRange(
                new StrategyItemSession { ItemId = role.Id, SessionId = id },
                new StrategyItemSession { ItemId = team.Id, SessionId = id },
                new StrategyItemSession { ItemId = elsewhere.Id, SessionId = other });
            await db.SaveChangesAsync();
            return new[] { role.Id, team.Id };
        });
        var facilitator = await _app.FacilitatorAsync();

        var view = await facilitator.GetDocumentAsync(ViewUrl(id));

        var items = view.QuerySelector("[data-testid=items]")!;
        Assert.Equal(["Roles", "Teams"], items.QuerySelectorAll("h3").Select(h => h.TextContent.Trim()));
        Assert.Equal(
            itemIds.Select(i => $"{DemoOrg}/strategy/items/{i}"),
            items.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.DoesNotContain("Shaped elsewhere", items.TextContent, StringComparison.Ordinal);
        var create = view.QuerySelectorAll("[data-testid=create-here] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(new[] { "Role", "Team", "Network" }.Select(k => $"{DemoOrg}/strategy/edit?kind={k}&session={id}"), create);
        var list = await facilitator.GetDocumentAsync(SessionsUrl);
        var row = list.QuerySelectorAll("[data-testid=sessions] tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == "Session de test");
        Assert.Equal("2", row.QuerySelectorAll("td")[4].TextContent.Trim());
    }

    [Theory]
    [InlineData(DemoSeeder.ContributorEmail)]
    [InlineData(DemoSeeder.ViewerEmail)]
    public async Task EverySessionsPage_ContributorAndViewer_AreForbidden(string email)
    {
        var id = await SessionAsync();
        var client = await _app.SignInAsync(email);
        var token = await AuthorizationTests.AntiforgeryTokenAsync(client);
        string[] gets = [SessionsUrl, SessionsUrl + "?handler=Csv", NewSessionUrl, EditUrl(id), ViewUrl(id)];
        string[] posts =
        [
            SessionsUrl + "?handler=Plan", NewSessionUrl, EditUrl(id), EditUrl(id) + "?handler=Delete",
            ViewUrl(id) + "?handler=Notes", ViewUrl(id) + "?handler=AddOutcome", ViewUrl(id) + "?handler=UpdateOutcome", ViewUrl(id) + "?handler=DeleteOutcome",
        ];

        foreach (var url in gets)
        {
            Assert.True((await client.GetAsync(url)).StatusCode == HttpStatusCode.Forbidden, "GET " + url);
        }

        foreach (var url in posts)
        {
            var response = await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Title[en]"] = "Hijacked", ["NewText[en]"] = "Hijacked", ["NewKind"] = "Decision" }));
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, "POST " + url);
        }

        Assert.Equal(1, await SessionCountAsync());
        Assert.Equal(0, await _app.InDemoAsync(db => db.SessionOutcomes.CountAsync()));
    }

    [Fact]
    public async Task Csv_ActionStartingWithAFormula_IsNeutralised()
    {
        var id = await SessionAsync("Gouvernance");
        var facilitator = await _app.FacilitatorAsync();
        const string formula = "=HYPERLINK(\"http://evil.example\",\"click\")";
        Assert.Equal(HttpStatusCode.Redirect, (await AddOutcomeAsync(facilitator, id, new() { ["NewKind"] = "Action", ["NewText[en]"] = formula, ["NewDueOn"] = "2026-06-30" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await AddOutcomeAsync(facilitator, id, new() { ["NewKind"] = "Decision", ["NewText[en]"] = "A decision is not an action." })).StatusCode);

        var response = await facilitator.GetAsync(SessionsUrl + "?handler=Csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var csv = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal("Session,Action,Owner,Due date,Status", lines[0]);
        Assert.StartsWith("Gouvernance,\"'=HYPERLINK(", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain(",=HYPERLINK", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",\"=HYPERLINK", csv, StringComparison.Ordinal);
        Assert.EndsWith(",2026-06-30,Open", lines[1], StringComparison.Ordinal);
    }
}
