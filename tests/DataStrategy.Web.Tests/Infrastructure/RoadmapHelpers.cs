using DataStrategy.Core.Text;
using DataStrategy.Data.Entities;
using DataStrategy.Data.Roadmaps;
using Microsoft.EntityFrameworkCore;
using static DataStrategy.Web.Tests.Infrastructure.AnalysisHelpers;

namespace DataStrategy.Web.Tests.Infrastructure;

/// <summary>What the roadmap tests share: an empty demo roadmap, initiatives and dependencies written straight to the database.</summary>
public static class RoadmapHelpers
{
    public const string RoadmapPath = DemoOrg + "/roadmap";

    /// <summary>The first day of the current month (UTC), as the pages count months.</summary>
    public static DateOnly ThisMonth => Months.First(DateOnly.FromDateTime(DateTime.UtcNow));

    /// <summary>
    /// Removes the demo's roadmap content (initiatives, teams, KPIs, check-ins, baselines…), so a test starts from an
    /// empty roadmap whatever demo content exists; the roadmap itself is kept and starts <paramref name="monthsAgo"/> months ago.
    /// </summary>
    public static Task ClearDemoRoadmapAsync(this DssApp app, int monthsAgo = 6) =>
        app.InDemoAsync(async db =>
        {
            await db.CheckIns.ExecuteDeleteAsync();
            await db.KpiMeasurements.ExecuteDeleteAsync();
            await db.Kpis.ExecuteDeleteAsync();
            await db.Milestones.ExecuteDeleteAsync();
            await db.InitiativeDependencies.ExecuteDeleteAsync();
            await db.InitiativeEfforts.ExecuteDeleteAsync();
            await db.Initiatives.ExecuteDeleteAsync();
            await db.ScheduleProposals.ExecuteDeleteAsync();
            await db.RoadmapBaselines.ExecuteDeleteAsync();
            await db.TeamCapacities.ExecuteDeleteAsync();
            await db.DeliveryTeams.ExecuteDeleteAsync();
            await db.Workstreams.ExecuteDeleteAsync();
            var roadmap = await RoadmapWorkspace.EnsureAsync(db);
            roadmap.StartMonth = ThisMonth.AddMonths(-monthsAgo);
            return await db.SaveChangesAsync();
        });

    /// <summary>An initiative of the demo organisation planned from <paramref name="start"/> for <paramref name="months"/> months.</summary>
    public static async Task<Guid> AddInitiativeAsync(this DssApp app, string code, string title, DateOnly start, int months, InitiativeStatus status = InitiativeStatus.Planned, int percent = 0, Rag rag = Rag.None, DateOnly? actualStart = null, DateOnly? actualFinish = null, params string[] themes)
    {
        var initiative = new Initiative
        {
            Code = code,
            Title = LocalizedText.Of(title + " (fr)", title + " (nl)", title),
            PlannedStart = Months.First(start),
            DurationMonths = months,
            Status = status,
            PercentComplete = percent,
            Rag = rag,
            ActualStart = actualStart,
            ActualFinish = actualFinish,
            ThemeIds = [.. themes],
            Position = int.Parse(code[2..], System.Globalization.CultureInfo.InvariantCulture),
        };
        await app.InDemoAsync(db =>
        {
            db.Initiatives.Add(initiative);
            return db.SaveChangesAsync();
        });
        return initiative.Id;
    }

    public static Task AddDependencyAsync(this DssApp app, Guid predecessor, Guid successor, DependencyType type = DependencyType.FinishToStart) =>
        app.InDemoAsync(db =>
        {
            db.InitiativeDependencies.Add(new InitiativeDependency { PredecessorId = predecessor, SuccessorId = successor, Type = type });
            return db.SaveChangesAsync();
        });

    public static Task<Initiative> InitiativeAsync(this DssApp app, Guid id) =>
        app.InDemoAsync(db => db.Initiatives.AsNoTracking().SingleAsync(i => i.Id == id));

    public static Task<List<CheckIn>> CheckInsAsync(this DssApp app) =>
        app.InDemoAsync(db => db.CheckIns.AsNoTracking().ToListAsync());

    /// <summary>Changes an initiative behind the page's back (as another user would), renewing its version.</summary>
    public static Task TouchInitiativeAsync(this DssApp app, Guid id, Action<Initiative> change) =>
        app.InDemoAsync(async db =>
        {
            var initiative = await db.Initiatives.SingleAsync(i => i.Id == id);
            change(initiative);
            db.Entry(initiative).State = EntityState.Modified;
            return await db.SaveChangesAsync();
        });

    /// <summary>An outcome indicator of the demo organisation, added directly.</summary>
    public static async Task<Guid> AddKpiAsync(this DssApp app, string name, decimal baseline, DateOnly baselineOn, decimal target, DateOnly targetOn, string unit = "%")
    {
        var kpi = new Kpi { Name = LocalizedText.Of(name + " (fr)", name + " (nl)", name), Unit = LocalizedText.Of(unit, unit, unit), Baseline = baseline, BaselineOn = baselineOn, Target = target, TargetOn = targetOn, Position = 1 };
        await app.InDemoAsync(db =>
        {
            db.Kpis.Add(kpi);
            return db.SaveChangesAsync();
        });
        return kpi.Id;
    }
}
