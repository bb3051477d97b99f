namespace DataStrategy.Core.Roadmap;

/// <summary>The reasons a problem has no schedule that can be seen without searching: each names its tasks and resource.</summary>
internal static class ConflictFinder
{
    public static List<ScheduleConflict> Find(ScheduleProblem p, ScheduleObjective objective)
    {
        PreparedProblem.Validate(p);
        var conflicts = new List<ScheduleConflict>();
        var q = PreparedProblem.Of(p, objective);
        if (q is null)
        {
            conflicts.Add(new ScheduleConflict(ConflictKind.DependencyCycle, CriticalPath.FindCycle(p)!));
        }

        // Without a critical path only the checks of single tasks are possible; with a cycle every task is "mandatory".
        bool Mandatory(int j) => q is null || q.Mandatory[j];
        for (var j = 0; j < p.Tasks.Count; j++)
        {
            var t = p.Tasks[j];
            for (var r = 0; r < p.Resources.Count && t.Duration > 0 && Mandatory(j); r++)
            {
                var demand = CapacityCheck.DemandOf(t, r);
                var max = p.Resources[r].Capacity.Count == 0 ? 0 : p.Resources[r].Capacity.Max();
                if (demand > max)
                {
                    conflicts.Add(new ScheduleConflict(ConflictKind.DemandExceedsCapacity, [j], r, Needed: demand, Available: max));
                }
            }

            if (t.LockedStart is { } locked && locked < t.EarliestStart)
            {
                conflicts.Add(new ScheduleConflict(ConflictKind.LockBeforeEarliestStart, [j], Period: locked, Needed: t.EarliestStart, Available: locked));
            }
        }

        if (q is null)
        {
            return conflicts;
        }

        for (var j = 0; j < p.Tasks.Count; j++)
        {
            var t = p.Tasks[j];
            if (t.LockedStart is { } locked)
            {
                // The start its dependencies demand, the other locks honoured.
                foreach (var dep in q.Graph.In[j])
                {
                    var needed = CriticalPath.Bound(p, dep, q.Earliest[dep.Predecessor]);
                    if (needed > locked)
                    {
                        var chain = CriticalPath.ChainTo(q.Driver, dep.Predecessor).Append(j).ToArray();
                        conflicts.Add(new ScheduleConflict(ConflictKind.LockBreaksDependency, chain, Period: locked, Needed: needed, Available: locked));
                    }
                }
            }

            var finish = q.Earliest[j] + t.Duration;
            if (t.Deadline is { } deadline && finish > deadline && q.Mandatory[j])
            {
                conflicts.Add(new ScheduleConflict(ConflictKind.DeadlineUnreachable, CriticalPath.ChainTo(q.Driver, j), Period: deadline, Needed: finish, Available: deadline));
            }
        }

        var lockedStarts = p.Tasks.Select(t => t.LockedStart).ToArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var overload in CapacityCheck.Find(p, lockedStarts))
        {
            // One conflict per resource and group of locked tasks, at the first period they overload.
            if (seen.Add(overload.Resource + ":" + string.Join(',', overload.Tasks)))
            {
                conflicts.Add(new ScheduleConflict(ConflictKind.LockedOverCapacity, overload.Tasks, overload.Resource, overload.Period, overload.Demand, overload.Capacity));
            }
        }

        return conflicts;
    }
}
