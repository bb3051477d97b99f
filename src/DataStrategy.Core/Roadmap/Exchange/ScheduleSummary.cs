using System.Globalization;

namespace DataStrategy.Core.Roadmap.Exchange;

/// <summary>A scheduler result in plain English lines, for the command line: status, finish month, what was left
/// out and why, or why no schedule exists.</summary>
public static class ScheduleSummary
{
    /// <param name="start">First month of the roadmap (period 0).</param>
    public static IReadOnlyList<string> Describe(ScheduleProblem problem, ScheduleResult result, DateOnly start)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(result);
        string Month(int period) => start.AddMonths(period).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        string Task(int index) => index >= 0 && index < problem.Tasks.Count ? problem.Tasks[index].Name : "#" + index.ToString(CultureInfo.InvariantCulture);
        string Resource(int? index) => index is { } r && r >= 0 && r < problem.Resources.Count ? problem.Resources[r].Name : "?";

        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"Status: {result.Status} ({result.Elapsed.TotalSeconds:0.0} s)"),
        };
        switch (result.Status)
        {
            case ScheduleStatus.Infeasible:
                lines.Add("No schedule satisfies the constraints:");
                lines.AddRange(result.Conflicts.Select(c => "  - " + Conflict(c, Task, Resource, Month)));
                return lines;
            case ScheduleStatus.Unknown:
                lines.Add("The time limit ended the search before any schedule was found; try a longer --time-limit.");
                return lines;
        }

        var scheduled = result.Starts.Count(s => s is not null);
        lines.Add(result.Finish > 0
            ? $"Finish: {Month(result.Finish - 1)} (month {result.Finish.ToString(CultureInfo.InvariantCulture)} of {problem.Horizon.ToString(CultureInfo.InvariantCulture)})"
            : "Finish: -");
        lines.Add($"Initiatives scheduled: {scheduled.ToString(CultureInfo.InvariantCulture)} of {problem.Tasks.Count.ToString(CultureInfo.InvariantCulture)}");
        if (result.LeftOut.Count > 0)
        {
            lines.Add("Left out:");
            lines.AddRange(result.LeftOut.Select(l => "  - " + Task(l.Task) + ": " + l.Reason switch
            {
                LeftOutReason.PastHorizon => "cannot finish by the end of the horizon, even alone",
                LeftOutReason.NoCapacity => "no capacity left after higher-priority initiatives",
                LeftOutReason.PredecessorLeftOut => "an initiative it depends on was left out",
                _ => l.Reason.ToString(),
            }));
        }

        for (var i = 0; i < result.Starts.Count && i < problem.Tasks.Count; i++)
        {
            if (result.Starts[i] is { } s)
            {
                var task = problem.Tasks[i];
                var end = s + Math.Max(task.Duration, 1) - 1;
                lines.Add($"  {Month(s)} → {Month(end)}  {task.Name}{(task.LockedStart is not null ? " (locked)" : "")}");
            }
        }

        return lines;
    }

    private static string Conflict(ScheduleConflict c, Func<int, string> task, Func<int?, string> resource, Func<int, string> month)
    {
        var tasks = string.Join(", ", c.Tasks.Select(task));
        var amounts = c.Needed is { } n && c.Available is { } a ? $" (needs {n.ToString(CultureInfo.InvariantCulture)}, has {a.ToString(CultureInfo.InvariantCulture)})" : "";
        var when = c.Period is { } p ? " in " + month(p) : "";
        return c.Kind switch
        {
            ConflictKind.DemandExceedsCapacity => $"{tasks} needs more of {resource(c.Resource)} than it ever has{amounts}",
            ConflictKind.LockBreaksDependency => $"the locked start of {tasks} breaks a dependency",
            ConflictKind.LockBeforeEarliestStart => $"{tasks} is locked before its earliest start",
            ConflictKind.DeadlineUnreachable => $"{tasks} cannot finish by its deadline{amounts}",
            ConflictKind.DependencyCycle => "the dependencies form a cycle: " + string.Join(" → ", c.Tasks.Append(c.Tasks.Count > 0 ? c.Tasks[0] : 0).Select(task)),
            ConflictKind.LockedOverCapacity => $"locked initiatives {tasks} need more of {resource(c.Resource)} than it has{when}{amounts}",
            _ => $"no schedule exists with these locks and deadlines together: {tasks}",
        };
    }
}
