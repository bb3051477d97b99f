using DataStrategy.Core.Roadmap;
using System.Globalization;
using System.Net;
using DataStrategy.Core.Text;
using DataStrategy.Data.Demo;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static DataStrategy.Web.Tests.Infrastructure.AnalysisHelpers;

namespace DataStrategy.Web.Tests;

/// <summary>Planning the roadmap through the real pages: teams and capacity, the initiative editor, critical path, capacity, auto-schedule.</summary>
public sealed class RoadmapPlanningTests : IDisposable, IAsyncLifetime
{
    private const string RoadmapUrl = DemoOrg + "/roadmap";
    private const string SettingsUrl = DemoOrg + "/roadmap/settings";
    private const string NewUrl = DemoOrg + "/roadmap/initiatives/edit";
    private const string ScheduleUrl = DemoOrg + "/roadmap/schedule";
    private static readonly DateOnly Start = new(2027, 1, 1);

    private readonly DssApp _app = new();

    public void Dispose() => _app.Dispose();

    /// <summary>Each test starts from an empty roadmap starting January 2027 (the demo roadmap has its own tests).</summary>
    public Task InitializeAsync() =>
        _app.InDemoAsync(async db =>
        {
            await db.ScheduleProposals.ExecuteDeleteAsync();
            await db.CheckIns.ExecuteDeleteAsync();
            await db.KpiMeasurements.ExecuteDeleteAsync();
            await db.Kpis.ExecuteDeleteAsync();
            await db.Milestones.ExecuteDeleteAsync();
            await db.InitiativeDependencies.ExecuteDeleteAsync();
            await db.InitiativeEfforts.ExecuteDeleteAsync();
            await db.Initiatives.ExecuteDeleteAsync();
            await db.TeamCapacities.ExecuteDeleteAsync();
            await db.DeliveryTeams.ExecuteDeleteAsync();
            await db.Workstreams.ExecuteDeleteAsync();
            await db.RoadmapBaselines.ExecuteDeleteAsync();
            await db.Roadmaps.ExecuteDeleteAsync();
            db.Roadmaps.Add(new Roadmap { StartMonth = Start, HorizonMonths = 24 });
            return await db.SaveChangesAsync();
        });

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    private async Task<DeliveryTeam> TeamAsync(string name, params (int Month, decimal Fte)[] capacity)
    {
        var team = new DeliveryTeam { Name = LocalizedText.Of(name, name, name) };
        await _app.InDemoAsync(db =>
        {
            db.DeliveryTeams.Add(team);
            db.TeamCapacities.AddRange(capacity.Select(c => new TeamCapacity { TeamId = team.Id, FromMonth = Start.AddMonths(c.Month), Fte = c.Fte }));
            return db.SaveChangesAsync();
        });
        return team;
    }

    private async Task<Initiative> InitiativeAsync(string code, int months, int start, params (DeliveryTeam Team, decimal Fte)[] effort)
    {
        var initiative = new Initiative { Code = code, Title = LocalizedText.Of("Initiative " + code, "Initiatief " + code, "Initiative " + code), DurationMonths = months, PlannedStart = Start.AddMonths(start), Position = int.Parse(code[2..], System.Globalization.CultureInfo.InvariantCulture), Status = InitiativeStatus.Planned };
        await _app.InDemoAsync(db =>
        {
            db.Initiatives.Add(initiative);
            db.InitiativeEfforts.AddRange(effort.Select(e => new InitiativeEffort { InitiativeId = initiative.Id, TeamId = e.Team.Id, Fte = e.Fte }));
            return db.SaveChangesAsync();
        });
        return initiative;
    }

    private Task<int> DependAsync(Initiative before, Initiative after, DependencyType type = DependencyType.FinishToStart, int lag = 0) =>
        _app.InDemoAsync(db =>
        {
            db.InitiativeDependencies.Add(new InitiativeDependency { PredecessorId = before.Id, SuccessorId = after.Id, Type = type, LagMonths = lag });
            return db.SaveChangesAsync();
        });

    private Task<List<Initiative>> InitiativesAsync() => _app.InDemoAsync(db => db.Initiatives.AsNoTracking().OrderBy(i => i.Code).ToListAsync());

    private static async Task<string> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = (await response.ParseAsync()).QuerySelector("[data-testid=error-summary]")?.TextContent ?? "(no error summary)";
        return System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Trim();
    }

    // ---- Teams and capacity ----

    [Fact]
    public async Task AddTeam_ThenHireInMonthSeven_CapacityChangesFromThatMonth()
    {
        var client = await _app.FacilitatorAsync();
        var add = await client.GetFormAsync(SettingsUrl, "AddTeam");
        var response = await client.SubmitAsync(add, new() { ["Name[fr]"] = "Équipe data", ["Name[nl]"] = "Datateam", ["Capacity"] = "2" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var team = await _app.InDemoAsync(db => db.DeliveryTeams.SingleAsync());

        var doc = await client.GetDocumentAsync(SettingsUrl);
        var capacityForm = HttpClientExtensions.FormOf(doc, SettingsUrl, "Capacity");
        response = await client.SubmitAsync(capacityForm, new() { ["FromMonth"] = "2027-07", ["Capacity"] = "3,5" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var steps = await _app.InDemoAsync(db => db.TeamCapacities.Where(c => c.TeamId == team.Id).OrderBy(c => c.FromMonth).Select(c => new { c.FromMonth, c.Fte }).ToListAsync());
        Assert.Equal([(Start, 2m), (new DateOnly(2027, 7, 1), 3.5m)], steps.Select(s => (s.FromMonth, s.Fte)));
    }

    [Theory]
    [InlineData("lots")]
    [InlineData("-1")]
    [InlineData("1e9")]
    [InlineData("")]
    public async Task AddTeam_BadFte_RefusedAndNothingSaved(string fte)
    {
        var client = await _app.FacilitatorAsync();
        var add = await client.GetFormAsync(SettingsUrl, "AddTeam");
        var errors = await ErrorsAsync(await client.SubmitAsync(add, new() { ["Name[en]"] = "Hackers", ["Capacity"] = fte }));

        Assert.Contains("full-time equivalents", errors, StringComparison.Ordinal);
        Assert.Equal(0, await _app.InDemoAsync(db => db.DeliveryTeams.CountAsync()));
    }

    [Fact]
    public async Task SavePlan_ImpossibleMonthInFrench_RefusedInFrench()
    {
        var client = await _app.SignInAsync(DemoSeeder.FacilitatorEmail, language: "fr");
        var form = await client.GetFormAsync(SettingsUrl, "Plan");
        var errors = await ErrorsAsync(await client.SubmitAsync(form, new() { ["StartMonth"] = "2027-13", ["HorizonMonths"] = "500" }));

        Assert.Contains("mois", errors, StringComparison.Ordinal);
        Assert.Contains("horizon", errors, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(Start, await _app.InDemoAsync(db => db.Roadmaps.Select(r => r.StartMonth).SingleAsync()));
    }

    // ---- Initiative editor ----

    [Fact]
    public async Task CreateInitiative_WithEffortDependencyAndMilestone_SavedAndShown()
    {
        var team = await TeamAsync("IT", (0, 6));
        var first = await InitiativeAsync("I-01", 3, 0, (team, 2));
        var client = await _app.FacilitatorAsync();
        var form = await client.GetFormAsync(NewUrl);
        var response = await client.SubmitAsync(form, new()
        {
            ["Code"] = "I-02",
            ["Title[fr]"] = "Portail de données ouvertes",
            ["Title[nl]"] = "Opendataportaal",
            ["Duration"] = "4",
            ["Effort[" + team.Id.ToString("D") + "]"] = "1,5",
            ["Dependencies[0].Predecessor"] = first.Id.ToString("D"),
            ["Dependencies[0].Type"] = "FinishToStart",
            ["Dependencies[0].Lag"] = "1",
            ["MilestoneRows[0].Title[fr]"] = "Portail en ligne",
            ["MilestoneRows[0].DueOn"] = "2027-08",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await _app.InDemoAsync(async db =>
        {
            var i = await db.Initiatives.AsNoTracking().SingleAsync(x => x.Code == "I-02");
            return (i, await db.InitiativeEfforts.SingleAsync(e => e.InitiativeId == i.Id), await db.InitiativeDependencies.SingleAsync(d => d.SuccessorId == i.Id), await db.Milestones.SingleAsync(m => m.InitiativeId == i.Id));
        });
        Assert.Equal(4, saved.i.DurationMonths);
        Assert.Equal(1.5m, saved.Item2.Fte);
        Assert.Equal((first.Id, 1), (saved.Item3.PredecessorId, saved.Item3.LagMonths));
        Assert.Equal(new DateOnly(2027, 8, 1), saved.Item4.DueOn);
        var page = await client.GetDocumentAsync(response.Location()!);
        Assert.Contains("I-01", page.QuerySelector("#deps-h")!.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditInitiative_EveryValueAtItsMaximum_IsSavedAndReadBackUnchanged()
    {
        var team = await TeamAsync("Data team", (0, 2));
        var client = await _app.FacilitatorAsync();
        var form = await client.GetFormAsync(NewUrl);
        var title = new string('é', RoadmapRules.MaxTitle);
        var response = await client.SubmitAsync(form, new()
        {
            ["Code"] = "I-99",
            ["Title[fr]"] = title,
            ["Title[nl]"] = title,
            ["Title[en]"] = title,
            ["Duration"] = RoadmapRules.MaxDuration.ToString(CultureInfo.InvariantCulture),
            ["Budget"] = RoadmapRules.MaxBudget.ToString(CultureInfo.InvariantCulture),
            ["Effort[" + team.Id.ToString("D") + "]"] = RoadmapRules.MaxFte.ToString(CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await _app.InDemoAsync(async db =>
        {
            var i = await db.Initiatives.AsNoTracking().SingleAsync(x => x.Code == "I-99");
            return (i, await db.InitiativeEfforts.AsNoTracking().SingleAsync(e => e.InitiativeId == i.Id));
        });
        Assert.Equal((RoadmapRules.MaxDuration, RoadmapRules.MaxBudget, RoadmapRules.MaxFte), (saved.i.DurationMonths, saved.i.Budget, saved.Item2.Fte));
        Assert.Equal([title, title, title], new[] { "fr", "nl", "en" }.Select(l => saved.i.Title[l]));
    }

    [Fact]
    public async Task EditInitiative_DependencyClosingACycle_RefusedNamingTheCycle()
    {
        var a = await InitiativeAsync("I-01", 2, 0);
        var b = await InitiativeAsync("I-02", 2, 2);
        var c = await InitiativeAsync("I-03", 2, 4);
        await DependAsync(a, b);
        await DependAsync(b, c);
        var client = await _app.FacilitatorAsync();
        var form = await client.GetFormAsync(NewUrl + "/" + a.Id);
        var errors = await ErrorsAsync(await client.SubmitAsync(form, new() { ["Dependencies[0].Predecessor"] = c.Id.ToString("D") }));

        Assert.Contains("cycle", errors, StringComparison.Ordinal);
        Assert.Contains("I-01 → I-02 → I-03 → I-01", errors, StringComparison.Ordinal);
        Assert.Equal(2, await _app.InDemoAsync(db => db.InitiativeDependencies.CountAsync()));
    }

    public static TheoryData<string, string, string> HostileFields => new()
    {
        { "Duration", "abc", "whole number of months" },
        { "Duration", "-1", "whole number of months" },
        { "Duration", "121", "whole number of months" },
        { "Budget", "1000000000000", "budget" },
        { "Budget", "1e30", "budget" },
        { "Budget", "abc", "budget" },
        { "Duration", "", "whole number of months" },
        { "Percent", "half", "0 to 100" },
        { "Dependencies[0].Lag", "soon", "lag" },
        { "Percent", "140", "0 to 100" },
        { "EarliestStart", "1899-01", "between 2000 and 2100" },
        { "Code", "<script>", "short code" },
        { "Title[en]", new string('x', 301), "At most 300 characters" },
        { "Status", "Hacked", "options offered" },
        { "Objectives", Guid.NewGuid().ToString(), "objectives offered" },
        { "Themes", "not-a-theme", "themes offered" },
        { "Dependencies[0].Lag", "99", "lag" },
    };

    [Theory]
    [MemberData(nameof(HostileFields))]
    public async Task CreateInitiative_HostileField_RefusedAndNothingSaved(string field, string value, string message)
    {
        var client = await _app.FacilitatorAsync();
        var form = await client.GetFormAsync(NewUrl);
        var values = new Dictionary<string, string> { ["Title[en]"] = "Valid title", [field] = value };
        if (field == "Dependencies[0].Lag")
        {
            var other = await InitiativeAsync("I-09", 1, 0);
            values["Dependencies[0].Predecessor"] = other.Id.ToString("D");
        }

        var errors = await ErrorsAsync(await client.SubmitAsync(form, values));

        Assert.Contains(message, errors, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(await InitiativesAsync(), i => i.Title.Get("en") == "Valid title");
    }

    [Theory]
    [InlineData("en", "25000,50")]
    [InlineData("fr", "25000.50")]
    public async Task CreateInitiative_BudgetWithCommaOrPoint_ReadAsTheSameAmountInEveryLanguage(string language, string typed)
    {
        var client = await _app.SignInAsync(DemoSeeder.FacilitatorEmail, language: language);
        var form = await client.GetFormAsync(NewUrl);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(form, new() { ["Title[en]"] = "Budgeted", ["Budget"] = typed, ["Duration"] = "120" })).StatusCode);

        var saved = Assert.Single(await InitiativesAsync(), i => i.Title.Get("en") == "Budgeted");
        Assert.Equal(25000.50m, saved.Budget);
        Assert.Equal(120, saved.DurationMonths);
    }

    [Fact]
    public async Task CreateInitiative_UnreadableNumbers_ComeBackAsTypedNextToTheMessage()
    {
        var client = await _app.FacilitatorAsync();
        var form = await client.GetFormAsync(NewUrl);
        var response = await client.SubmitAsync(form, new() { ["Title[en]"] = "Typo", ["Budget"] = "25k", ["Duration"] = "121" });

        var page = await response.ParseAsync();
        Assert.Equal("25k", page.QuerySelector("#Budget")?.GetAttribute("value"));
        Assert.Equal("121", page.QuerySelector("#Duration")?.GetAttribute("value"));
        Assert.Equal(RoadmapRules.MaxDuration.ToString(CultureInfo.InvariantCulture), page.QuerySelector("#Duration")?.GetAttribute("max"));
        Assert.Equal("true", page.QuerySelector("#Budget")?.GetAttribute("aria-invalid"));
        Assert.DoesNotContain(await InitiativesAsync(), i => i.Title.Get("en") == "Typo");
    }

    [Fact]
    public async Task CreateInitiative_OtherOrganisationsTeamAndPredecessor_Refused()
    {
        var other = await SecondOrganisation.CreateAsync(_app);
        var client = await _app.FacilitatorAsync();
        var form = await client.GetFormAsync(NewUrl);
        var errors = await ErrorsAsync(await client.SubmitAsync(form, new()
        {
            ["Title[en]"] = "Sneaky",
            ["Effort[" + Guid.NewGuid().ToString("D") + "]"] = "1",
            ["Dependencies[0].Predecessor"] = other.InitiativeId.ToString("D"),
        }));

        Assert.Contains("teams offered", errors, StringComparison.Ordinal);
        Assert.Contains("initiatives offered", errors, StringComparison.Ordinal);
        Assert.Empty(await InitiativesAsync());
    }

    [Fact]
    public async Task CreateInitiative_ScriptInTitle_ShownEscapedOnOverviewAndChart()
    {
        var client = await _app.FacilitatorAsync();
        var form = await client.GetFormAsync(NewUrl);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(form, new() { ["Title[en]"] = "<script>alert(1)</script>\" onmouseover=\"x" })).StatusCode);

        var response = await client.GetAsync(RoadmapUrl);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\" onmouseover=\"x", html, StringComparison.Ordinal);
        var doc = await response.ParseAsync();
        Assert.Contains("<script>alert(1)</script>", doc.QuerySelector("[data-testid=roadmap-table]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(doc.QuerySelector("[data-testid=gantt] svg title"));
    }

    [Fact]
    public async Task EditInitiative_StaleVersion_RefusedAndOtherEditKept()
    {
        var a = await InitiativeAsync("I-01", 2, 0);
        var client = await _app.FacilitatorAsync();
        var form = await client.GetFormAsync(NewUrl + "/" + a.Id);
        await _app.InDemoAsync(async db =>
        {
            var i = await db.Initiatives.SingleAsync(x => x.Id == a.Id);
            i.Title = LocalizedText.Of(en: "Renamed by someone else");
            i.Version = Guid.NewGuid();
            return await db.SaveChangesAsync();
        });

        var errors = await ErrorsAsync(await client.SubmitAsync(form, new() { ["Title[en]"] = "Mine" }));

        Assert.Contains("Someone else changed this record", errors, StringComparison.Ordinal);
        Assert.Equal("Renamed by someone else", (await InitiativesAsync()).Single().Title.Get("en"));
    }

    // ---- Analysis of the current plan ----

    [Fact]
    public async Task Overview_DependentChain_MarksTheCriticalPathAndBrokenDependency()
    {
        var a = await InitiativeAsync("I-01", 3, 0);
        var b = await InitiativeAsync("I-02", 2, 1); // starts before I-01 finishes: broken
        var c = await InitiativeAsync("I-03", 1, 0);
        await DependAsync(a, b);
        var client = await _app.FacilitatorAsync();
        var doc = await client.GetDocumentAsync(RoadmapUrl);

        var critical = doc.QuerySelectorAll("[data-testid=roadmap-table] tr.critical").Select(r => r.GetAttribute("data-code")).ToList();
        Assert.Equal(["I-01", "I-02"], critical);
        Assert.NotNull(doc.QuerySelector("[data-testid=broken-dependencies]"));
        Assert.DoesNotContain(c.Code, critical);
    }

    [Fact]
    public async Task Capacity_TwoInitiativesOverloadTheTeam_NamesTheMonthsAndExcess()
    {
        var team = await TeamAsync("Data", (0, 2), (6, 3));
        await InitiativeAsync("I-01", 3, 0, (team, 1.5m));
        await InitiativeAsync("I-02", 2, 1, (team, 1));
        var client = await _app.FacilitatorAsync();
        var doc = await client.GetDocumentAsync(DemoOrg + "/roadmap/capacity");

        var rows = doc.QuerySelectorAll("[data-testid=overloads] tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal("0.5", r[3]));
        Assert.All(rows, r => Assert.Equal("I-01, I-02", r[4]));
    }

    // ---- Auto-schedule ----

    private static async Task<HttpResponseMessage> ComputeAsync(HttpClient client, string objective = "EarliestFinish", string seconds = "2")
    {
        var form = await client.GetFormAsync(ScheduleUrl, "Compute");
        return await client.SubmitAsync(form, new() { ["Objective"] = objective, ["TimeLimit"] = seconds });
    }

    [Fact]
    public async Task Schedule_NoDeliveryTeamsYet_ProposesFromDependenciesInsteadOfFailing()
    {
        var a = await InitiativeAsync("I-01", 3, 0);
        var b = await InitiativeAsync("I-02", 2, 0);
        await DependAsync(a, b);
        var client = await _app.FacilitatorAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await ComputeAsync(client)).StatusCode);

        var doc = await client.GetDocumentAsync(ScheduleUrl);
        Assert.Equal("Optimal", doc.QuerySelector("[data-testid=proposal]")!.GetAttribute("data-status"));
    }

    [Fact]
    public async Task Schedule_OverloadedTeam_ProposalRespectsCapacityAndApplyMovesTheSecond()
    {
        var team = await TeamAsync("Data", (0, 2));
        var a = await InitiativeAsync("I-01", 3, 0, (team, 2));
        var b = await InitiativeAsync("I-02", 2, 0, (team, 1));
        var client = await _app.FacilitatorAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await ComputeAsync(client)).StatusCode);

        var doc = await client.GetDocumentAsync(ScheduleUrl);
        Assert.Equal("Optimal", doc.QuerySelector("[data-testid=proposal]")!.GetAttribute("data-status"));
        var apply = HttpClientExtensions.FormOf(doc, ScheduleUrl, "Apply");
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(apply)).StatusCode);

        var plan = (await InitiativesAsync()).ToDictionary(i => i.Code, i => i.PlannedStart);
        var starts = new[] { plan["I-01"]!.Value, plan["I-02"]!.Value };
        // Together they need 3 FTE of a 2 FTE team: one must wait for the other; the shorter first finishes in month 5.
        Assert.True(plan["I-02"] >= Start.AddMonths(3) || plan["I-01"] >= Start.AddMonths(2));
        Assert.Equal(Start.AddMonths(5), starts.Max() == plan["I-01"] ? plan["I-01"]!.Value.AddMonths(3) : plan["I-02"]!.Value.AddMonths(2));
        Assert.NotEqual(a.PlannedStart == plan["I-01"], b.PlannedStart == plan["I-02"]);
    }

    [Fact]
    public async Task Schedule_LockBreaksDependency_ExplainsNamingBothInitiatives()
    {
        var a = await InitiativeAsync("I-01", 4, 0);
        var b = await InitiativeAsync("I-02", 2, 0);
        await DependAsync(a, b);
        await _app.InDemoAsync(async db =>
        {
            (await db.Initiatives.SingleAsync(i => i.Id == a.Id)).LockedStart = Start;
            (await db.Initiatives.SingleAsync(i => i.Id == b.Id)).LockedStart = Start.AddMonths(1);
            return await db.SaveChangesAsync();
        });
        var client = await _app.FacilitatorAsync();
        await ComputeAsync(client);

        var doc = await client.GetDocumentAsync(ScheduleUrl);
        Assert.Equal("Infeasible", doc.QuerySelector("[data-testid=proposal]")!.GetAttribute("data-status"));
        var conflicts = doc.QuerySelector("[data-testid=conflicts]")!.TextContent;
        Assert.Contains("I-01", conflicts, StringComparison.Ordinal);
        Assert.Contains("I-02", conflicts, StringComparison.Ordinal);
        Assert.Null(doc.QuerySelector("form[action*='handler=Apply']"));
    }

    [Fact]
    public async Task Schedule_DemandLargerThanAnyTeam_ExplainsNeedAndAvailability()
    {
        var team = await TeamAsync("IT", (0, 6));
        await InitiativeAsync("I-01", 2, 0, (team, 8));
        var client = await _app.FacilitatorAsync();
        await ComputeAsync(client);

        var conflicts = (await client.GetDocumentAsync(ScheduleUrl)).QuerySelector("[data-testid=conflicts]")!.TextContent;
        Assert.Contains("I-01", conflicts, StringComparison.Ordinal);
        Assert.Contains("8", conflicts, StringComparison.Ordinal);
        Assert.Contains("6", conflicts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schedule_MostValue_LeavesOutWhatCannotFinishAndSaysWhy()
    {
        var team = await TeamAsync("IT", (0, 1));
        await InitiativeAsync("I-01", 20, 0, (team, 1));
        await InitiativeAsync("I-02", 30, 0);
        var client = await _app.FacilitatorAsync();
        await ComputeAsync(client, "MostValueByHorizon");

        var leftOut = (await client.GetDocumentAsync(ScheduleUrl)).QuerySelector("[data-testid=left-out]")!.TextContent;
        Assert.Contains("I-02", leftOut, StringComparison.Ordinal);
        Assert.Contains("end of the horizon", leftOut, StringComparison.Ordinal);
        Assert.DoesNotContain("I-01", leftOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schedule_ApplyAfterThePlanChanged_RefusedAndNothingMoved()
    {
        var team = await TeamAsync("Data", (0, 1));
        await InitiativeAsync("I-01", 3, 0, (team, 1));
        var b = await InitiativeAsync("I-02", 2, 0, (team, 1));
        var client = await _app.FacilitatorAsync();
        await ComputeAsync(client);
        var apply = await client.GetFormAsync(ScheduleUrl, "Apply");
        await _app.InDemoAsync(async db =>
        {
            (await db.Initiatives.SingleAsync(i => i.Id == b.Id)).DurationMonths = 5;
            return await db.SaveChangesAsync();
        });

        var errors = await ErrorsAsync(await client.SubmitAsync(apply));

        Assert.Contains("changed after this schedule was computed", errors, StringComparison.Ordinal);
        Assert.All(await InitiativesAsync(), i => Assert.Equal(Start, i.PlannedStart));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("121")]
    [InlineData("ten")]
    public async Task Schedule_BadTimeLimit_RefusedWithoutProposal(string seconds)
    {
        await InitiativeAsync("I-01", 3, 0);
        var client = await _app.FacilitatorAsync();
        var errors = await ErrorsAsync(await ComputeAsync(client, seconds: seconds));

        Assert.Contains("time limit", errors, StringComparison.Ordinal);
        Assert.Equal(0, await _app.InDemoAsync(db => db.ScheduleProposals.CountAsync()));
    }
}
