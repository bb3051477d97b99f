using DataStrategy.Core.Roadmap;
using DataStrategy.Core.Tests.Frameworks;

namespace DataStrategy.Core.Tests.Roadmap;

/// <summary>Small problems built by hand, and an independent check of every constraint of a schedule.</summary>
internal static class RoadmapTestData
{
    public static ScheduleTask Task(string key, int duration, int demand = 1, int earliest = 0, int? deadline = null, int? locked = null, int weight = 1) =>
        new(key, key, duration, [demand], earliest, deadline, locked, weight);

    public static ScheduleResource Team(params int[] capacity) => new("team", "Team", capacity);

    public static ScheduleProblem Problem(ScheduleTask[] tasks, ScheduleResource[] resources, ScheduleDependency[]? dependencies = null, int horizon = 100) => new()
    {
        Tasks = tasks,
        Resources = resources,
        Dependencies = dependencies ?? [],
        Horizon = horizon,
    };

    public static ScheduleDependency Fs(int from, int to, int lag = 0) => new(from, to, DependencyKind.FinishToStart, lag);

    public static ScheduleDependency Ss(int from, int to, int lag = 0) => new(from, to, DependencyKind.StartToStart, lag);

    public static SchedulerOptions Options(ScheduleObjective objective = ScheduleObjective.MinimiseFinish, double seconds = 10) =>
        new() { Objective = objective, TimeLimit = TimeSpan.FromSeconds(seconds) };

    public static string PsplibFolder() => Path.Combine(FrameworkTestData.RepositoryRoot(), "tests", "fixtures", "psplib", "j30");

    /// <summary>A random project: tasks of 1–6 periods needing up to 4 of 5 units on two resources, each with up to two
    /// predecessors among the tasks before it.</summary>
    public static ScheduleProblem RandomProject(int seed, int count)
    {
        var random = new Random(seed);
        var tasks = Enumerable.Range(0, count)
            .Select(i => new ScheduleTask($"T{i}", $"T{i}", random.Next(1, 7), [random.Next(0, 5), random.Next(0, 5)], 0, null, null, 1))
            .ToArray();
        var dependencies = new List<ScheduleDependency>();
        for (var j = 1; j < count; j++)
        {
            foreach (var i in Enumerable.Range(0, random.Next(0, 3)).Select(_ => random.Next(0, j)).Distinct())
            {
                dependencies.Add(Fs(i, j));
            }
        }

        return new ScheduleProblem
        {
            Tasks = tasks,
            Resources = [new ScheduleResource("a", "A", [5]), new ScheduleResource("b", "B", [5])],
            Dependencies = dependencies,
            Horizon = 1000,
        };
    }

    /// <summary>The constraints a schedule violates, checked without the library's own validation (capacity via CapacityCheck).</summary>
    public static List<string> Violations(ScheduleProblem p, IReadOnlyList<int?> starts, ScheduleObjective objective)
    {
        var violations = new List<string>();
        for (var j = 0; j < p.Tasks.Count; j++)
        {
            var t = p.Tasks[j];
            if (starts[j] is not { } s)
            {
                if (objective == ScheduleObjective.MinimiseFinish || t.LockedStart is not null)
                {
                    violations.Add($"task {j} is missing");
                }

                continue;
            }

            var finish = s + t.Duration;
            if (s < t.EarliestStart || s < 0)
            {
                violations.Add($"task {j} starts at {s} before {t.EarliestStart}");
            }

            if (t.LockedStart is { } locked && s != locked)
            {
                violations.Add($"task {j} starts at {s}, locked at {locked}");
            }

            if (t.Deadline is { } deadline && finish > deadline)
            {
                violations.Add($"task {j} finishes at {finish} after its deadline {deadline}");
            }
        }

        foreach (var dep in p.Dependencies)
        {
            if (starts[dep.Successor] is not { } s)
            {
                continue;
            }

            if (starts[dep.Predecessor] is not { } pred)
            {
                violations.Add($"task {dep.Successor} scheduled without its predecessor {dep.Predecessor}");
                continue;
            }

            var needed = dep.Kind == DependencyKind.FinishToStart ? pred + p.Tasks[dep.Predecessor].Duration + dep.Lag : pred + dep.Lag;
            if (s < needed)
            {
                violations.Add($"task {dep.Successor} starts at {s}, its {dep.Kind} dependency on {dep.Predecessor} needs {needed}");
            }
        }

        violations.AddRange(CapacityCheck.Find(p, starts).Select(o => $"resource {o.Resource} over capacity in period {o.Period}"));
        return violations;
    }
}
