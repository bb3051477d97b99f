using System.Text.Json;
using DataStrategy.Core;
using DataStrategy.Core.Roadmap;
using DataStrategy.Core.Strategy;
using DataStrategy.Core.Text;
using DataStrategy.Data;
using DataStrategy.Data.Assessment;
using DataStrategy.Data.Demo;
using DataStrategy.Data.Entities;
using DataStrategy.Data.Roadmaps;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataStrategy.Web.Tests;

/// <summary>One seeded demo, read by every test of the class (none of them changes it).</summary>
public sealed class DemoRoadmapFixture : IDisposable
{
    public DssApp App { get; } = new();

    public void Dispose() => App.Dispose();
}

/// <summary>The demo's roadmap: a feasible two-year plan, a year of check-ins, KPIs and a baseline to compare against.</summary>
public sealed class DemoRoadmapTests(DemoRoadmapFixture fixture) : IClassFixture<DemoRoadmapFixture>
{
    private static readonly DateOnly FirstCheckIn = new(2025, 12, 1);
    private static readonly DateOnly LastCheckIn = new(2026, 11, 1);
    private readonly DssApp _app = fixture.App;

    [Fact]
    public async Task Seed_Demo_HasAboutThirtyInitiativesOverThreeTeamsAndFourWorkstreams()
    {
        var plan = await PlanAsync();

        Assert.Equal(Enumerable.Range(1, 30).Select(n => $"I-{n:00}"), plan.Initiatives.Select(i => i.Code));
        Assert.Equal(4, plan.Workstreams.Count);
        Assert.Equal(3, plan.Teams.Count);
        Assert.All(plan.Workstreams, w => Assert.Contains(plan.Initiatives, i => i.WorkstreamId == w.Id));
        Assert.All(plan.Teams, t => Assert.Contains(plan.Efforts, e => e.TeamId == t.Id));
        Assert.All(plan.Initiatives, i =>
        {
            Assert.InRange(i.DurationMonths, 1, 9);
            Assert.InRange(i.Priority, 1, 5);
            Assert.NotNull(i.DepartmentId);
            Assert.Contains(plan.Efforts, e => e.InitiativeId == i.Id);
        });
        Assert.All(plan.Efforts, e => Assert.InRange(e.Fte, 0.5m, 3m));
    }

    [Fact]
    public async Task Seed_Demo_TeamsHaveTheirCapacityWithAHireInMonthSeven()
    {
        var plan = await PlanAsync();

        var capacities = plan.Teams.Select(t => plan.CapacityOf(t.Id, 24)).ToList();
        Assert.Equal([4m, 6m, 2m], capacities.Select(c => c[0]));
        Assert.Equal([4m, 6m, 3m], capacities.Select(c => c[23]));
        Assert.Equal(2m, capacities[2][5]);
        Assert.Equal(3m, capacities[2][6]);
        Assert.Equal(new DateOnly(2026, 6, 1), Months.At(plan.Start, 6));
        Assert.All(plan.Teams, t => Assert.NotNull(t.DepartmentId));
    }

    [Fact]
    public async Task Seed_Demo_RoadmapStartsInDecember2025ForTwentyFourMonths()
    {
        var plan = await PlanAsync();

        Assert.Equal((new DateOnly(2025, 12, 1), 24, RoadmapGranularity.Month), (plan.Roadmap.StartMonth, plan.Roadmap.HorizonMonths, plan.Roadmap.Granularity));
        Assert.All(plan.Initiatives, i => Assert.True(plan.PlannedPeriod(i) + i.DurationMonths <= 24, $"{i.Code} ends after the horizon"));
    }

    [Fact]
    public async Task Seed_Demo_EveryInitiativeServesDemoObjectivesThemesAndHasALeadRole()
    {
        var (initiatives, objectives, roles, themes) = await _app.InDemoAsync(async db =>
        {
            var items = await db.StrategyItems.AsNoTracking().ToListAsync();
            var campaign = await db.Campaigns.AsNoTracking().SingleAsync(c => c.Name == DemoAssessment.CampaignNames);
            var framework = await db.Frameworks.AsNoTracking().SingleAsync(f => f.Id == campaign.FrameworkId);
            return (
                await db.Initiatives.AsNoTracking().ToListAsync(),
                items.Where(i => i.Kind == StrategyItemKind.Objective).Select(i => i.Id.ToString("D")).ToHashSet(),
                items.Where(i => i.Kind == StrategyItemKind.Role).Select(i => i.Id).ToHashSet(),
                FrameworkLibrary.Definition(framework).Themes.Select(t => t.Id).ToHashSet());
        });

        Assert.All(initiatives, i =>
        {
            Assert.InRange(i.ObjectiveIds.Count, 1, 2);
            Assert.All(i.ObjectiveIds, o => Assert.Contains(o, objectives));
            Assert.InRange(i.ThemeIds.Count, 1, 2);
            Assert.All(i.ThemeIds, t => Assert.Contains(t, themes));
            Assert.Contains(i.LeadRoleId!.Value, roles);
        });
        Assert.True(objectives.SetEquals(initiatives.SelectMany(i => i.ObjectiveIds)), "every demo objective is served");
        Assert.Contains(initiatives, i => i.ThemeIds.Contains(DemoStrategy.UnansweredTheme));
        Assert.InRange(initiatives.Count(i => i.LeadStakeholderId is not null), 5, 25);
    }

    [Fact]
    public async Task Seed_Demo_EveryTextIsInFrenchDutchAndEnglish()
    {
        var texts = await _app.InDemoAsync(async db =>
        {
            var list = new List<(string What, LocalizedText Text)>();
            list.AddRange((await db.Workstreams.AsNoTracking().ToListAsync()).Select(w => ("workstream", w.Name)));
            list.AddRange((await db.DeliveryTeams.AsNoTracking().ToListAsync()).Select(t => ("team", t.Name)));
            foreach (var i in await db.Initiatives.AsNoTracking().ToListAsync())
            {
                list.Add((i.Code + " title", i.Title));
                list.Add((i.Code + " description", i.Description));
            }

            list.AddRange((await db.Milestones.AsNoTracking().ToListAsync()).Select(m => ("milestone", m.Title)));
            list.AddRange((await db.Kpis.AsNoTracking().ToListAsync()).Select(k => ("KPI", k.Name)));
            return list;
        });

        Assert.True(texts.Count > 80, $"{texts.Count} texts");
        Assert.All(texts, t => Assert.True(
            t.Text.Has(Languages.French) && t.Text.Has(Languages.Dutch) && t.Text.Has(Languages.English)
                && t.Text.Get(Languages.French) != t.Text.Get(Languages.Dutch),
            $"{t.What}: {t.Text.Get("en")}"));
    }

    [Fact]
    public async Task Plan_Demo_RespectsEveryDependency()
    {
        var plan = await PlanAsync();
        var problem = plan.ToProblem();
        var starts = plan.CurrentStarts();

        Assert.Equal(30, problem.Dependencies.Count);
        Assert.Contains(problem.Dependencies, d => d.Kind == DependencyKind.StartToStart);
        Assert.Contains(problem.Dependencies, d => d.Lag > 0);
        Assert.Empty(BrokenDependencies(problem, starts));
    }

    [Fact]
    public async Task Plan_Demo_NeverOverAllocatesATeam()
    {
        var plan = await PlanAsync();
        var problem = plan.ToProblem();
        var starts = plan.CurrentStarts();

        // Computed here while Core's CapacityCheck is being written; to be replaced by CapacityCheck.Find(problem, starts).
        var overloads = Overloads(problem, starts);

        Assert.Empty(overloads);
        // The plan is tight: each team is fully used in some month.
        Assert.All(Enumerable.Range(0, problem.Resources.Count), r => Assert.Contains(
            Enumerable.Range(0, problem.Horizon),
            m => Demand(problem, starts, r, m) == problem.Resources[r].CapacityAt(m)));
    }

    [Fact]
    public async Task Plan_Demo_KeepsLocksDeadlinesAndEarliestStarts()
    {
        var plan = await PlanAsync();
        var problem = plan.ToProblem();
        var starts = plan.CurrentStarts();

        var locked = plan.Initiatives.Where(i => i.LockedStart is not null).ToList();
        Assert.InRange(locked.Count, 2, 3);
        Assert.All(locked, i => Assert.Equal(i.LockedStart, i.PlannedStart));
        Assert.InRange(plan.Initiatives.Count(i => i.Deadline is not null), 2, 4);
        Assert.InRange(plan.Initiatives.Count(i => i.Budget is > 0), 10, 30);
        Assert.All(Enumerable.Range(0, problem.Tasks.Count), n =>
        {
            var task = problem.Tasks[n];
            Assert.True(starts[n] >= task.EarliestStart, task.Name);
            Assert.True(task.Deadline is not { } deadline || starts[n] + task.Duration <= deadline, task.Name);
            Assert.True(task.LockedStart is not { } lockedAt || starts[n] == lockedAt, task.Name);
        });
    }

    [Fact]
    public async Task Plan_Demo_HalfTheInitiativesHaveMilestonesWithinTheirPeriod()
    {
        var plan = await PlanAsync();

        var byInitiative = plan.Milestones.GroupBy(m => m.InitiativeId).ToList();
        Assert.InRange(byInitiative.Count, 12, 18);
        Assert.All(byInitiative, g =>
        {
            var initiative = plan.Initiatives.Single(i => i.Id == g.Key);
            var start = initiative.PlannedStart!.Value;
            var end = start.AddMonths(initiative.DurationMonths);
            Assert.InRange(g.Count(), 1, 3);
            Assert.All(g, m => Assert.True(m.DueOn >= start && m.DueOn < end, $"{initiative.Code}: {m.DueOn}"));
        });
        Assert.All(plan.Milestones.Where(m => m.AchievedOn is not null), m => Assert.True(m.AchievedOn < new DateOnly(2026, 11, 27)));
        Assert.Contains(plan.Milestones, m => m.AchievedOn is null && m.DueOn < new DateOnly(2026, 11, 1));
    }

    [Fact]
    public async Task CheckIns_Demo_CoverTwelveMonthsForEveryActiveInitiative()
    {
        var (initiatives, checkIns) = await _app.InDemoAsync(async db => (
            await db.Initiatives.AsNoTracking().ToListAsync(),
            await db.CheckIns.AsNoTracking().ToListAsync()));

        Assert.Equal(Enumerable.Range(0, 12).Select(m => FirstCheckIn.AddMonths(m)), checkIns.Select(c => c.Month).Distinct().Order());
        Assert.All(initiatives, i =>
        {
            var own = checkIns.Where(c => c.InitiativeId == i.Id).OrderBy(c => c.Month).ToList();
            var planned = Active(i.PlannedStart!.Value, i.DurationMonths).ToList();
            Assert.Equal(planned, own.Select(c => c.Month));
            if (own.Count == 0)
            {
                Assert.Equal((InitiativeStatus.Planned, Rag.None, 0, (DateOnly?)null), (i.Status, i.Rag, i.PercentComplete, i.ActualStart));
                return;
            }

            var latest = own[^1];
            Assert.Equal((latest.Status, latest.Rag, latest.PercentComplete), (i.Status, i.Rag, i.PercentComplete));
            Assert.Equal(own[0].Month, i.ActualStart);
            Assert.Equal(latest.Status == InitiativeStatus.Done ? latest.Month : (DateOnly?)null, i.ActualFinish);
            Assert.True(own.Zip(own.Skip(1)).All(p => p.First.PercentComplete <= p.Second.PercentComplete), $"{i.Code} goes backwards");
            Assert.All(own, c => Assert.True(c.RecordedAt < new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.Zero)));
        });
        Assert.InRange(checkIns.Count(c => c.Note is not null), 5, 30);
    }

    [Fact]
    public async Task Status_Demo_FollowsTheDateWithOneSlippedAndOneRed()
    {
        var initiatives = await _app.InDemoAsync(db => db.Initiatives.AsNoTracking().ToListAsync());
        var baseline = await BaselineAsync();

        DateOnly BaselineEnd(Initiative i) => baseline[i.Id].Start.AddMonths(baseline[i.Id].Months - 1);
        var endedBefore = initiatives.Where(i => BaselineEnd(i) < LastCheckIn).ToList();
        var slipped = Assert.Single(endedBefore, i => i.Status != InitiativeStatus.Done);
        Assert.Equal((DemoRoadmap.SlippedCode, InitiativeStatus.InProgress, Rag.Amber), (slipped.Code, slipped.Status, slipped.Rag));
        Assert.InRange(endedBefore.Count, 10, 20);
        Assert.All(endedBefore.Where(i => i != slipped), i => Assert.Equal(100, i.PercentComplete));

        var current = initiatives.Where(i => i.PlannedStart <= LastCheckIn && BaselineEnd(i) >= LastCheckIn).ToList();
        Assert.InRange(current.Count, 4, 10);
        Assert.All(current, i =>
        {
            Assert.Equal(InitiativeStatus.InProgress, i.Status);
            Assert.InRange(i.PercentComplete, 5, 95);
        });
        var red = Assert.Single(initiatives, i => i.Rag == Rag.Red);
        Assert.Equal(DemoRoadmap.RedCode, red.Code);
        Assert.Contains(red, current);
        Assert.All(initiatives.Where(i => i.PlannedStart > LastCheckIn), i => Assert.Equal(InitiativeStatus.Planned, i.Status));
    }

    [Fact]
    public async Task Baseline_Demo_DiffersFromThePlanOnlyForTheSlippedInitiative()
    {
        var initiatives = await _app.InDemoAsync(db => db.Initiatives.AsNoTracking().ToListAsync());
        var baseline = await BaselineAsync();

        Assert.Equal(initiatives.Select(i => i.Id).Order(), baseline.Keys.Order());
        var changed = initiatives.Where(i => baseline[i.Id] != (i.PlannedStart!.Value, i.DurationMonths)).ToList();
        var slipped = Assert.Single(changed);
        Assert.Equal(DemoRoadmap.SlippedCode, slipped.Code);
        Assert.True(slipped.PlannedStart!.Value.AddMonths(slipped.DurationMonths) > baseline[slipped.Id].Start.AddMonths(baseline[slipped.Id].Months));
    }

    [Fact]
    public async Task Kpis_Demo_HaveAYearOfMeasurementsAndOneIsClearlyBehind()
    {
        var (kpis, measurements, objectives, initiatives) = await _app.InDemoAsync(async db => (
            await db.Kpis.AsNoTracking().OrderBy(k => k.Position).ToListAsync(),
            await db.KpiMeasurements.AsNoTracking().ToListAsync(),
            (await db.StrategyItems.Where(i => i.Kind == StrategyItemKind.Objective).Select(i => i.Id).ToListAsync()).Select(id => id.ToString("D")).ToList(),
            (await db.Initiatives.Select(i => i.Id).ToListAsync()).Select(id => id.ToString("D")).ToList()));

        Assert.InRange(kpis.Count, 5, 6);
        Assert.Contains(kpis, k => k.Target < k.Baseline);
        var behind = new List<string>();
        foreach (var kpi in kpis)
        {
            Assert.NotEmpty(kpi.ObjectiveIds);
            Assert.All(kpi.ObjectiveIds, o => Assert.Contains(o, objectives));
            Assert.NotEmpty(kpi.InitiativeIds);
            Assert.All(kpi.InitiativeIds, i => Assert.Contains(i, initiatives));
            var own = measurements.Where(m => m.KpiId == kpi.Id).OrderBy(m => m.MeasuredOn).ToList();
            Assert.True(own.Count >= 4, kpi.Name.Get("en"));
            Assert.All(own, m => Assert.InRange(m.MeasuredOn, kpi.BaselineOn, new DateOnly(2026, 11, 26)));
            Assert.True(own[^1].MeasuredOn >= new DateOnly(2026, 11, 1), kpi.Name.Get("en"));

            // Share of the way from baseline to target against share of the time elapsed (works for "lower is better" too).
            var latest = own[^1];
            var progress = (double)((latest.Value - kpi.Baseline) / (kpi.Target - kpi.Baseline));
            var elapsed = (double)(latest.MeasuredOn.DayNumber - kpi.BaselineOn.DayNumber) / (kpi.TargetOn.DayNumber - kpi.BaselineOn.DayNumber);
            if (progress < elapsed - 0.2)
            {
                behind.Add(kpi.Name.Get("en"));
            }
        }

        Assert.Equal(["Duplicate rate in the address register"], behind);
    }

    [Fact]
    public async Task SeedAsync_RunTwice_AddsNoRoadmapContent()
    {
        var before = await CountsAsync();

        bool changed;
        using (var scope = _app.Services.CreateScope())
        {
            changed = await DemoSeeder.SeedAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), scope.ServiceProvider.GetRequiredService<TenantContext>());
        }

        Assert.False(changed);
        Assert.Equal(before, await CountsAsync());
    }

    /// <summary>Months the initiative is active in the check-in year.</summary>
    private static IEnumerable<DateOnly> Active(DateOnly start, int months)
    {
        for (var month = start; month < start.AddMonths(months) && month <= LastCheckIn; month = month.AddMonths(1))
        {
            yield return month;
        }
    }

    private static List<ScheduleDependency> BrokenDependencies(ScheduleProblem problem, IReadOnlyList<int?> starts) =>
        problem.Dependencies.Where(d =>
        {
            var predecessor = starts[d.Predecessor]!.Value;
            var earliest = d.Kind == DependencyKind.StartToStart ? predecessor + d.Lag : predecessor + problem.Tasks[d.Predecessor].Duration + d.Lag;
            return starts[d.Successor]!.Value < earliest;
        }).ToList();

    private static List<(int Resource, int Month, int Demand, int Capacity)> Overloads(ScheduleProblem problem, IReadOnlyList<int?> starts)
    {
        var finish = problem.Tasks.Select((t, n) => starts[n]!.Value + t.Duration).Max();
        var result = new List<(int, int, int, int)>();
        for (var r = 0; r < problem.Resources.Count; r++)
        {
            for (var m = 0; m < finish; m++)
            {
                var demand = Demand(problem, starts, r, m);
                if (demand > problem.Resources[r].CapacityAt(m))
                {
                    result.Add((r, m, demand, problem.Resources[r].CapacityAt(m)));
                }
            }
        }

        return result;
    }

    private static int Demand(ScheduleProblem problem, IReadOnlyList<int?> starts, int resource, int month) =>
        problem.Tasks.Select((t, n) => starts[n] <= month && month < starts[n] + t.Duration ? t.Demand[resource] : 0).Sum();

    private Task<RoadmapPlan> PlanAsync() => _app.InDemoAsync(db => RoadmapPlan.LoadAsync(db));

    private async Task<Dictionary<Guid, (DateOnly Start, int Months)>> BaselineAsync()
    {
        var baseline = await _app.InDemoAsync(db => db.RoadmapBaselines.AsNoTracking().SingleAsync());
        Assert.Equal(DemoRoadmap.BaselineName, baseline.Name);
        using var json = JsonDocument.Parse(baseline.Plan);
        return json.RootElement.EnumerateArray().ToDictionary(
            e => e.GetProperty("id").GetGuid(),
            e => (DateOnly.Parse(e.GetProperty("start").GetString()!, System.Globalization.CultureInfo.InvariantCulture), e.GetProperty("months").GetInt32()));
    }

    private Task<(int, int, int, int, int, int, int)> CountsAsync() => _app.InDemoAsync(async db => (
        await db.Initiatives.CountAsync(),
        await db.Workstreams.CountAsync(),
        await db.DeliveryTeams.CountAsync(),
        await db.CheckIns.CountAsync(),
        await db.Kpis.CountAsync(),
        await db.KpiMeasurements.CountAsync(),
        await db.RoadmapBaselines.CountAsync()));
}
