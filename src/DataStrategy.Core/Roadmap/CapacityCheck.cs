namespace DataStrategy.Core.Roadmap;

/// <summary>Finds the periods in which a schedule asks a resource for more than it has.</summary>
public static class CapacityCheck
{
    /// <summary>Overloads ordered by resource, then period. Tasks whose start is null (left out) are ignored.</summary>
    public static IReadOnlyList<CapacityOverload> Find(ScheduleProblem p, IReadOnlyList<int?> starts)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(starts);
        if (starts.Count != p.Tasks.Count)
        {
            throw new ArgumentException($"{starts.Count} starts for {p.Tasks.Count} tasks.", nameof(starts));
        }

        var overloads = new List<CapacityOverload>();
        for (var r = 0; r < p.Resources.Count; r++)
        {
            // Usage by period over the span the schedule covers, with the tasks running in each period.
            var running = new SortedDictionary<int, (int Demand, List<int> Tasks)>();
            for (var j = 0; j < p.Tasks.Count; j++)
            {
                var demand = DemandOf(p.Tasks[j], r);
                if (starts[j] is not { } start || demand == 0)
                {
                    continue;
                }

                for (var t = start; t < start + p.Tasks[j].Duration; t++)
                {
                    if (!running.TryGetValue(t, out var slot))
                    {
                        slot = (0, []);
                    }

                    slot.Tasks.Add(j);
                    running[t] = (slot.Demand + demand, slot.Tasks);
                }
            }

            foreach (var (period, slot) in running)
            {
                var capacity = p.Resources[r].CapacityAt(period);
                if (slot.Demand > capacity)
                {
                    overloads.Add(new CapacityOverload(r, period, slot.Demand, capacity, slot.Tasks));
                }
            }
        }

        return overloads;
    }

    /// <summary>A task's demand on resource <paramref name="r"/>; a demand list shorter than the resources means 0 for the rest.</summary>
    internal static int DemandOf(ScheduleTask task, int r) => r < task.Demand.Count ? task.Demand[r] : 0;
}
