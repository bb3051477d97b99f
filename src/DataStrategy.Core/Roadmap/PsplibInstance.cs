using System.Globalization;

namespace DataStrategy.Core.Roadmap;

/// <summary>A single-mode PSPLIB instance. Jobs are numbered from 0 here (job number − 1); job 0 and the last are the
/// dummy source and sink.</summary>
/// <param name="MpmTime">The critical-path length from the file: a lower bound of the makespan.</param>
/// <param name="Horizon">The file's horizon (the sum of durations).</param>
public sealed record PsplibInstance(
    int Jobs,
    IReadOnlyList<int> Durations,
    IReadOnlyList<IReadOnlyList<int>> Successors,
    IReadOnlyList<IReadOnlyList<int>> Demands,
    IReadOnlyList<int> Capacities,
    int MpmTime,
    int Horizon)
{
    public ScheduleProblem ToProblem() => new()
    {
        Tasks = Enumerable.Range(0, Jobs)
            .Select(j => new ScheduleTask((j + 1).ToString(CultureInfo.InvariantCulture), "Job " + (j + 1).ToString(CultureInfo.InvariantCulture), Durations[j], Demands[j]))
            .ToArray(),
        Resources = Capacities
            .Select((c, r) => new ScheduleResource("R" + (r + 1).ToString(CultureInfo.InvariantCulture), "R " + (r + 1).ToString(CultureInfo.InvariantCulture), [c]))
            .ToArray(),
        Dependencies = Enumerable.Range(0, Jobs).SelectMany(j => Successors[j].Select(s => new ScheduleDependency(j, s))).ToArray(),
        Horizon = Horizon,
    };
}
