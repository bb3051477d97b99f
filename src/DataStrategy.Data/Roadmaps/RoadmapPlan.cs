using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DataStrategy.Core.Roadmap;
using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Data.Roadmaps;

/// <summary>Everything of an organisation's roadmap, loaded at once, and its translation into a scheduling problem.</summary>
public sealed class RoadmapPlan
{
    /// <summary>FTE are scheduled in tenths (0.5 FTE = 5 units).</summary>
    public const int UnitsPerFte = 10;

    public required Roadmap Roadmap { get; init; }

    public required IReadOnlyList<Workstream> Workstreams { get; init; }

    public required IReadOnlyList<DeliveryTeam> Teams { get; init; }

    public required IReadOnlyList<TeamCapacity> Capacities { get; init; }

    /// <summary>In roadmap order.</summary>
    public required IReadOnlyList<Initiative> Initiatives { get; init; }

    public required IReadOnlyList<InitiativeEffort> Efforts { get; init; }

    public required IReadOnlyList<InitiativeDependency> Dependencies { get; init; }

    public required IReadOnlyList<Milestone> Milestones { get; init; }

    public DateOnly Start => Roadmap.StartMonth;

    /// <summary>Initiatives the plan schedules (cancelled ones are not).</summary>
    public IReadOnlyList<Initiative> Scheduled => scheduled ??= Initiatives.Where(i => i.Status != InitiativeStatus.Cancelled).ToList();

    private IReadOnlyList<Initiative>? scheduled;

    public static async Task<RoadmapPlan> LoadAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var roadmap = await RoadmapWorkspace.EnsureAsync(db, cancellationToken);
        return new RoadmapPlan
        {
            Roadmap = roadmap,
            Workstreams = await db.Workstreams.AsNoTracking().OrderBy(w => w.Position).ToListAsync(cancellationToken),
            Teams = await db.DeliveryTeams.AsNoTracking().OrderBy(t => t.Position).ToListAsync(cancellationToken),
            Capacities = await db.TeamCapacities.AsNoTracking().OrderBy(c => c.FromMonth).ToListAsync(cancellationToken),
            Initiatives = await db.Initiatives.AsNoTracking().OrderBy(i => i.Position).ThenBy(i => i.Code).ToListAsync(cancellationToken),
            Efforts = await db.InitiativeEfforts.AsNoTracking().ToListAsync(cancellationToken),
            Dependencies = await db.InitiativeDependencies.AsNoTracking().ToListAsync(cancellationToken),
            Milestones = await db.Milestones.AsNoTracking().OrderBy(m => m.DueOn).ToListAsync(cancellationToken),
        };
    }

    /// <summary>FTE of a team in each month of the horizon (the latest change on or before the month; 0 before the first).</summary>
    public decimal[] CapacityOf(Guid teamId, int months)
    {
        var changes = Capacities.Where(c => c.TeamId == teamId).OrderBy(c => c.FromMonth).ToList();
        var result = new decimal[months];
        for (var m = 0; m < months; m++)
        {
            var month = Months.At(Start, m);
            result[m] = changes.LastOrDefault(c => c.FromMonth <= month)?.Fte ?? 0m;
        }

        return result;
    }

    /// <summary>Start period of an initiative in the current plan: its lock, else its planned start, else its earliest start, else 0.</summary>
    public int PlannedPeriod(Initiative initiative)
    {
        ArgumentNullException.ThrowIfNull(initiative);
        var month = initiative.LockedStart ?? initiative.PlannedStart ?? initiative.EarliestStart;
        return month is { } m ? Math.Max(0, Months.Index(Start, m)) : 0;
    }

    /// <summary>The plan as a scheduling problem: one task per scheduled initiative (same order as <see cref="Scheduled"/>),
    /// one resource per team, demand in tenths of an FTE. Work already started or done keeps its start (locked);
    /// work not yet begun starts this month at the earliest.</summary>
    /// <param name="today">Work not yet begun is not scheduled before this month (default: now).</param>
    public ScheduleProblem ToProblem(int? horizon = null, DateOnly? today = null)
    {
        var now = Math.Max(0, Months.Index(Start, today ?? DateOnly.FromDateTime(DateTime.UtcNow)));
        var tasks = Scheduled;
        var index = tasks.Select((t, i) => (t.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var teamIndex = Teams.Select((t, i) => (t.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var months = horizon ?? Roadmap.HorizonMonths;
        var capacityMonths = Math.Max(months, 1) + 1;
        var resources = Teams.Select(t => new ScheduleResource(
            t.Id.ToString("D"),
            t.Name.ToString(),
            CapacityOf(t.Id, capacityMonths).Select(f => (int)Math.Round(f * UnitsPerFte, MidpointRounding.AwayFromZero)).ToList())).ToList();
        var demands = Efforts.Where(e => index.ContainsKey(e.InitiativeId) && teamIndex.ContainsKey(e.TeamId))
            .ToLookup(e => e.InitiativeId);
        var list = new List<ScheduleTask>(tasks.Count);
        foreach (var initiative in tasks)
        {
            var demand = new int[Teams.Count];
            foreach (var effort in demands[initiative.Id])
            {
                demand[teamIndex[effort.TeamId]] = (int)Math.Round(effort.Fte * UnitsPerFte, MidpointRounding.AwayFromZero);
            }

            int? locked = initiative.LockedStart is { } l ? Math.Max(0, Months.Index(Start, l)) : null;
            if (locked is null && initiative.Status is InitiativeStatus.InProgress or InitiativeStatus.Done)
            {
                // Work that has begun has a start the scheduler cannot change.
                var begun = initiative.ActualStart ?? initiative.PlannedStart;
                locked = begun is { } b ? Math.Max(0, Months.Index(Start, b)) : null;
            }

            list.Add(new ScheduleTask(
                initiative.Id.ToString("D"),
                Label(initiative),
                Math.Max(0, initiative.DurationMonths),
                demand,
                Math.Max(initiative.EarliestStart is { } e ? Math.Max(0, Months.Index(Start, e)) : 0, locked is null ? now : 0),
                initiative.Deadline is { } d ? Math.Max(0, Months.Index(Start, d) + 1) : null,
                locked,
                Math.Clamp(initiative.Priority, 1, 5)));
        }

        var dependencies = Dependencies
            .Where(d => index.ContainsKey(d.PredecessorId) && index.ContainsKey(d.SuccessorId))
            .Select(d => new ScheduleDependency(index[d.PredecessorId], index[d.SuccessorId],
                d.Type == DependencyType.StartToStart ? DependencyKind.StartToStart : DependencyKind.FinishToStart, d.LagMonths))
            .ToList();
        return new ScheduleProblem { Tasks = list, Resources = resources, Dependencies = dependencies, Horizon = months };
    }

    /// <summary>Current start period of every scheduled initiative (by task index).</summary>
    public IReadOnlyList<int?> CurrentStarts() => Scheduled.Select(i => (int?)PlannedPeriod(i)).ToList();

    public static string Label(Initiative initiative)
    {
        ArgumentNullException.ThrowIfNull(initiative);
        return initiative.Code + " " + initiative.Title.ToString();
    }

    /// <summary>A fingerprint of everything the scheduler reads, so a proposal computed from other inputs is not applied.</summary>
    public static string Fingerprint(ScheduleProblem problem, RoadmapObjective objective)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{objective}|{problem.Horizon}|");
        foreach (var t in problem.Tasks)
        {
            text.Append(CultureInfo.InvariantCulture, $"{t.Key}:{t.Duration}:{string.Join(',', t.Demand)}:{t.EarliestStart}:{t.Deadline}:{t.LockedStart}:{t.Weight};");
        }

        foreach (var r in problem.Resources)
        {
            text.Append(CultureInfo.InvariantCulture, $"{r.Key}:{string.Join(',', r.Capacity)};");
        }

        foreach (var d in problem.Dependencies)
        {
            text.Append(CultureInfo.InvariantCulture, $"{d.Predecessor}>{d.Successor}:{d.Kind}:{d.Lag};");
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
