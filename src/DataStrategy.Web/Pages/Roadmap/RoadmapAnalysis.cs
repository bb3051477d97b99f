using DataStrategy.Core.Roadmap;
using DataStrategy.Data.Entities;
using DataStrategy.Data.Roadmaps;

namespace DataStrategy.Web.Pages.Roadmap;

/// <summary>The current plan's critical path and capacity problems, by initiative.</summary>
public sealed class RoadmapAnalysis
{
    public required ScheduleProblem Problem { get; init; }

    public required CriticalPathResult CriticalPath { get; init; }

    /// <summary>Start period per scheduled initiative in the current plan.</summary>
    public required IReadOnlyList<int?> Starts { get; init; }

    public required IReadOnlyList<CapacityOverload> Overloads { get; init; }

    public required IReadOnlyDictionary<Guid, int> TaskIndex { get; init; }

    /// <summary>Initiatives on the critical chain.</summary>
    public required IReadOnlySet<Guid> Critical { get; init; }

    /// <summary>Dependencies the current plan breaks (the successor starts too early).</summary>
    public required IReadOnlyList<InitiativeDependency> Broken { get; init; }

    /// <summary>Last month (exclusive period) of the current plan.</summary>
    public int Finish { get; init; }

    public static RoadmapAnalysis Of(RoadmapPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var horizon = Math.Max(plan.Roadmap.HorizonMonths, plan.Scheduled.Count == 0 ? 0 : plan.Scheduled.Max(i => plan.PlannedPeriod(i) + i.DurationMonths));
        var problem = plan.ToProblem(horizon);
        var cpm = Core.Roadmap.CriticalPath.Analyse(problem);
        var starts = plan.CurrentStarts();
        var index = plan.Scheduled.Select((i, n) => (i.Id, n)).ToDictionary(x => x.Id, x => x.n);
        var critical = cpm.Cycle is null ? cpm.CriticalChain.Select(n => plan.Scheduled[n].Id).ToHashSet() : [];
        var broken = new List<InitiativeDependency>();
        foreach (var d in plan.Dependencies)
        {
            if (!index.TryGetValue(d.PredecessorId, out var p) || !index.TryGetValue(d.SuccessorId, out var s))
            {
                continue;
            }

            var earliest = d.Type == DependencyType.StartToStart ? starts[p]!.Value + d.LagMonths : starts[p]!.Value + problem.Tasks[p].Duration + d.LagMonths;
            if (starts[s]!.Value < earliest)
            {
                broken.Add(d);
            }
        }

        return new RoadmapAnalysis
        {
            Problem = problem,
            CriticalPath = cpm,
            Starts = starts,
            Overloads = problem.Resources.Count == 0 ? [] : CapacityCheck.Find(problem, starts),
            TaskIndex = index,
            Critical = critical,
            Broken = broken,
            Finish = problem.Tasks.Count == 0 ? 0 : problem.Tasks.Select((t, n) => starts[n]!.Value + t.Duration).Max(),
        };
    }

    public int? Slack(Guid initiativeId) =>
        CriticalPath.Cycle is null && TaskIndex.TryGetValue(initiativeId, out var n) && n < CriticalPath.Timings.Count ? CriticalPath.Timings[n].Slack : null;
}
