using System.Diagnostics;
using System.Globalization;
using DataStrategy.Core.Roadmap;

// Roadmap scheduling on generated roadmaps (see bench/roadmap/run.sh). For each size, both objectives: the
// ListScheduler baseline and Scheduler.Solve (CP-SAT), RUNS times each in this process, medians printed.
//   time <runs> <time limit s> <sizes, comma-separated> [workers=2] [tunings=default, comma-separated: plain, default, fbi, issue6, fbi-lin2, nowb (no relaxation bound), noknap (no knapsack cuts in the model), nowp (no CP-SAT parameters for the weighted objective), wbNN (relaxation bound for NN% of the limit), or default+key:value+… for the default with these CP-SAT parameters]
//   describe <size>     what the generated roadmap looks like
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: DataStrategy.RoadmapRunner <time|describe> ...");
    return 2;
}

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
return args[0] switch
{
    "time" => Timing.Run(int.Parse(args[1], CultureInfo.InvariantCulture), double.Parse(args[2], CultureInfo.InvariantCulture),
        args[3].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray(), args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 2,
        (args.Length > 5 ? args[5] : "default").Split(',')),
    "describe" => Roadmaps.Describe(int.Parse(args[1], CultureInfo.InvariantCulture)),
    _ => 2,
};

/// <summary>Realistic generated roadmaps: a fixed seed per size.</summary>
internal static class Roadmaps
{
    public const int Months = 24;

    /// <summary>
    /// <paramref name="size"/> initiatives over 24 months on 3–6 teams (capacity in tenths of an FTE, sized so that the
    /// work is about 110% of what the teams can do in 24 months, with a hire in month 12); durations 1–9 months, each on
    /// one or two teams at 0.2–2 FTE, at a planned month that fits the 24 months; 0–3 dependencies on initiatives planned
    /// earlier (80% finish-to-start, 20% start-to-start with a lag of 0–2), so the critical path fits the horizon; weights
    /// 1, 2, 3, 5 or 8. Locks (10%) and deadlines (8%, 0–6 months after) are taken from a capacity-feasible list schedule
    /// of the unlocked roadmap, so a schedule always exists.
    /// </summary>
    public static ScheduleProblem Generate(int size)
    {
        var random = new Random(1000 + size);
        var teams = random.Next(3, 7);
        var tasks = new List<ScheduleTask>();
        var planned = new List<int>();
        var dependencies = new List<ScheduleDependency>();
        var work = new long[teams];
        int[] weights = [1, 2, 3, 5, 8];
        for (var j = 0; j < size; j++)
        {
            var duration = random.Next(1, 10);
            var demand = new int[teams];
            var first = random.Next(teams);
            demand[first] = random.Next(2, 21);
            if (random.NextDouble() < 0.35)
            {
                demand[(first + random.Next(1, teams)) % teams] = random.Next(2, 11);
            }

            for (var r = 0; r < teams; r++)
            {
                work[r] += (long)demand[r] * duration;
            }

            var plan = random.Next(0, Months - duration + 1);
            var candidates = Enumerable.Range(0, j).Where(i => planned[i] + tasks[i].Duration <= plan).ToArray();
            var count = candidates.Length == 0 ? 0 : random.Next(0, 4);
            foreach (var pred in Enumerable.Range(0, count).Select(_ => candidates[random.Next(candidates.Length)]).Distinct())
            {
                dependencies.Add(random.NextDouble() < 0.8
                    ? new ScheduleDependency(pred, j)
                    : new ScheduleDependency(pred, j, DependencyKind.StartToStart, random.Next(0, 3)));
            }

            planned.Add(plan);
            tasks.Add(new ScheduleTask("I" + (j + 1), "Initiative " + (j + 1), duration, demand, Weight: weights[random.Next(weights.Length)]));
        }

        // Base capacity such that base × 12 + (base + hire) × 12 ≈ work / 1.1, never below the largest single demand.
        var resources = new ScheduleResource[teams];
        for (var r = 0; r < teams; r++)
        {
            var target = work[r] / 1.1 / Months;
            var hire = Math.Max(5, (int)(target * 0.2));
            var largest = tasks.Max(t => t.Demand[r]);
            var base_ = Math.Max(largest, (int)Math.Round(target - (hire / 2.0)));
            resources[r] = new ScheduleResource("T" + (r + 1), "Team " + (r + 1), [.. Enumerable.Repeat(base_, 12), base_ + hire]);
        }

        var problem = new ScheduleProblem { Tasks = tasks, Resources = resources, Dependencies = dependencies, Horizon = Months };
        var schedule = ListScheduler.Schedule(problem).Starts;
        var fixedTasks = tasks.Select((t, j) => random.NextDouble() switch
        {
            < 0.10 => t with { LockedStart = schedule[j] },
            < 0.18 => t with { Deadline = schedule[j] + t.Duration + random.Next(0, 7) },
            _ => t,
        }).ToArray();
        return new ScheduleProblem { Tasks = fixedTasks, Resources = resources, Dependencies = dependencies, Horizon = Months };
    }

    public static int Describe(int size)
    {
        var p = Generate(size);
        var cpm = CriticalPath.Analyse(p);
        Console.WriteLine($"initiatives={p.Tasks.Count} teams={p.Resources.Count} dependencies={p.Dependencies.Count} " +
            $"(ss={p.Dependencies.Count(d => d.Kind == DependencyKind.StartToStart)}) locked={p.Tasks.Count(t => t.LockedStart is not null)} " +
            $"deadlines={p.Tasks.Count(t => t.Deadline is not null)} cpm_finish={cpm.Finish} " +
            $"capacity=[{string.Join("; ", p.Resources.Select(r => $"{r.Capacity[0]}→{r.Capacity[^1]}"))}] " +
            $"conflicts={Scheduler.FindConflicts(p).Count}");
        return 0;
    }
}

internal static class Timing
{
    public static int Run(int runs, double seconds, int[] sizes, int workers, string[] tunings)
    {
        Console.WriteLine("| initiatives | objective | method | median s | p10–p90 s | status | finish | bound | weight delivered / total | left out |");
        Console.WriteLine("| ---: | --- | --- | ---: | --- | --- | ---: | ---: | ---: | ---: |");
        foreach (var size in sizes)
        {
            var p = Roadmaps.Generate(size);
            var total = p.Tasks.Sum(t => (long)t.Weight);
            foreach (var objective in new[] { ScheduleObjective.MinimiseFinish, ScheduleObjective.MaximiseWeightedDelivered })
            {
                Measure(size, objective, "ListScheduler", runs, total, () => ListScheduler.Schedule(p, objective));
                foreach (var name in tunings)
                {
                    var tuning = name switch
                    {
                        "plain" => SolverTuning.Plain,
                        "fbi" => SolverTuning.Fbi,
                        "issue6" => SolverTuning.Issue6,
                        "fbi-lin2" => SolverTuning.Fbi with { Parameters = "linearization_level:2" },
                        "nowb" => SolverTuning.Default with { WeightBoundShare = 0 },
                        "noknap" => SolverTuning.Default with { KnapsackCuts = false },
                        "nowp" => SolverTuning.Default with { WeightedParameters = string.Empty },
                        _ when name.StartsWith("wb", StringComparison.Ordinal) => SolverTuning.Default with { WeightBoundShare = int.Parse(name[2..], CultureInfo.InvariantCulture) / 100.0 },
                        // default+key:value+key:value: the default with these CP-SAT parameters.
                        _ when name.StartsWith("default+", StringComparison.Ordinal) => SolverTuning.Default with { Parameters = name[8..].Replace('+', ' ') },
                        _ => SolverTuning.Default,
                    };
                    var options = new SchedulerOptions { Objective = objective, TimeLimit = TimeSpan.FromSeconds(seconds), Workers = workers, Tuning = tuning };
                    Measure(size, objective, $"CP-SAT {name} {seconds:0.#} s", runs, total, () => Scheduler.Solve(p, options));
                }
            }
        }

        return 0;
    }

    private static void Measure(int size, ScheduleObjective objective, string method, int runs, long total, Func<ScheduleResult> solve)
    {
        var times = new List<double>();
        ScheduleResult? last = null;
        var statuses = new SortedSet<string>(StringComparer.Ordinal);
        var finishes = new List<double>();
        var bounds = new List<double>();
        var weights = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            GC.Collect();
            var clock = Stopwatch.StartNew();
            last = solve();
            times.Add(clock.Elapsed.TotalSeconds);
            statuses.Add(last.Status.ToString());
            finishes.Add(last.Finish);
            bounds.Add(last.Bound);
            weights.Add(last.WeightDelivered);
        }

        var isMin = objective == ScheduleObjective.MinimiseFinish;
        Console.WriteLine($"| {size} | {(isMin ? "min finish" : "max weight")} | {method} | {Median(times):0.000} | {Percentile(times, 0.1):0.000}–{Percentile(times, 0.9):0.000} | " +
            $"{string.Join("/", statuses)} | {Median(finishes):0} | {(method == "ListScheduler" ? "–" : Median(bounds).ToString("0", CultureInfo.InvariantCulture))} | " +
            $"{Median(weights):0} / {total} | {last!.LeftOut.Count} |{string.Join(", ", last.Conflicts.Select(c => c.Kind))}");
    }

    private static double Median(List<double> values) => Percentile(values, 0.5);

    private static double Percentile(List<double> values, double q)
    {
        var sorted = values.Order().ToArray();
        var rank = q * (sorted.Length - 1);
        var low = (int)Math.Floor(rank);
        var high = (int)Math.Ceiling(rank);
        return sorted[low] + ((sorted[high] - sorted[low]) * (rank - low));
    }
}
