using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using DataStrategy.Core.Roadmap;

namespace DataStrategy.Cli;

public static partial class Commands
{
    public static void AddBench(RootCommand root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var command = new Command("bench", "Benchmarks.");
        var psplib = new Command("psplib", "Solve PSPLIB single-mode instances (.sm) with the roadmap scheduler; compare with optimum.csv and the critical-path bound.");
        var dirs = new Argument<DirectoryInfo[]>("dir") { Description = "Folders of .sm files (one set each), each with its optimum.csv.", Arity = ArgumentArity.OneOrMore };
        var timeLimit = new Option<double>("--time-limit") { Description = "Seconds per instance.", DefaultValueFactory = _ => 1.0 };
        var workers = new Option<int>("--workers") { Description = "CP-SAT workers.", DefaultValueFactory = _ => 2 };
        var every = new Option<int>("--every") { Description = "Solve every K-th instance (in name order).", DefaultValueFactory = _ => 1 };
        var output = new Option<FileInfo?>("--out") { Description = "Also write one CSV row per instance." };
        var tuning = new Option<string>("--tuning")
        {
            Description = "Model variants to compare, comma-separated: 'default' (= 'fbi': genetic algorithm with forward-backward improvement "
                + "before CP-SAT, knapsack cuts for the weighted objective), 'plain' (OR-Tools' RCPSP example) or 'issue6' (the default before issue 21), followed by +hint +ub +tight +energy +cliques (-hint -tight -energy -cliques -ga -knap switch off) +params +ga +below +knap "
                + "(+stage6: the default before the walk; +stage7: the walk without longer steps; +walkN: N moves in the genetic algorithm's walk; +worseP: a P% chance of keeping a one-period-longer step in it; +params: the cumulative propagators of OR-Tools' RCPSP example; +ga: the metaheuristic; +below: horizon = heuristic makespan - 1; +lin2: linearization_level:2; +idleN: stop the metaheuristic after N "
                + "generations without improvement; +shareP: at most P% of the time limit for it; +sub=a/b: CP-SAT's full-problem workers by name; +p=key:value: one CP-SAT parameter). 'list' is the ListScheduler heuristic alone, 'search' the genetic algorithm alone for the whole time limit. Several variants solve each instance in turn (a paired comparison "
                + "that a varying machine load affects alike) and print one summary line each.",
            DefaultValueFactory = _ => "default",
        };
        var parameters = new Option<string>("--params") { Description = "Extra CP-SAT parameters (protobuf text format).", DefaultValueFactory = _ => string.Empty };
        foreach (var option in new Option[] { timeLimit, workers, every, output, tuning, parameters })
        {
            psplib.Options.Add(option);
        }

        psplib.Arguments.Add(dirs);
        psplib.SetAction(async (parse, ct) =>
        {
            var variants = parse.GetValue(tuning)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(name => (Name: name, Options: new SchedulerOptions
                {
                    TimeLimit = TimeSpan.FromSeconds(parse.GetValue(timeLimit)),
                    Workers = parse.GetValue(workers),
                    Tuning = ParseTuning(name, parse.GetValue(parameters)!),
                }))
                .ToArray();
            var csv = new StringBuilder("set,variant,problem,status,makespan,bound,mpm,known,seconds\n");
            var summaries = new List<string>();
            foreach (var dir in parse.GetValue(dirs)!)
            {
                summaries.AddRange(await BenchSetAsync(dir, variants, Math.Max(1, parse.GetValue(every)), csv, ct));
            }

            Console.WriteLine();
            summaries.ForEach(Console.WriteLine);
            if (parse.GetValue(output) is { } file)
            {
                await File.WriteAllTextAsync(file.FullName, csv.ToString(), ct);
            }

            return 0;
        });
        command.Subcommands.Add(psplib);
        command.Subcommands.Add(BenchPdfCommand());
        command.Subcommands.Add(BenchSeedDatasetsCommand());
        command.Subcommands.Add(BenchCatalogueCommand());
        root.Subcommands.Add(command);
    }

    /// <summary>The cumulative propagators OR-Tools' RCPSP example switches on.</summary>
    private const string CumulativeParameters = "use_overload_checker_in_cumulative:true use_timetable_edge_finding_in_cumulative:true "
        + "use_hard_precedences_in_cumulative:true exploit_all_precedences:true";

    private static SolverTuning ParseTuning(string text, string parameters)
    {
        if (text is "list" or "search")
        {
            return SolverTuning.Plain;
        }

        var parts = text.Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var tuning = parts.Length == 0 ? SolverTuning.Default : parts[0] switch
        {
            "plain" => SolverTuning.Plain,
            "fbi" => SolverTuning.Fbi,
            "default" => SolverTuning.Default,
            "issue6" => SolverTuning.Issue6,
            _ => throw new ArgumentException($"Unknown variant '{parts[0]}' (plain, default, fbi, issue6, list or search, then +options)."),
        };
        foreach (var part in parts.Skip(1))
        {
            tuning = part switch
            {
                "hint" => tuning with { HeuristicHint = true },
                "-hint" => tuning with { HeuristicHint = false },
                "-tight" => tuning with { TightDomains = false },
                "-energy" => tuning with { EnergeticBound = false },
                "ub" => tuning with { HeuristicUpperBound = true },
                "tight" => tuning with { TightDomains = true },
                "energy" => tuning with { EnergeticBound = true },
                "cliques" => tuning with { NoOverlapCliques = true },
                "-cliques" => tuning with { NoOverlapCliques = false },
                "ga" => tuning with { Metaheuristic = true },
                "-ga" => tuning with { Metaheuristic = false },
                "islands" => tuning with { MetaheuristicIslands = true },
                "-islands" => tuning with { MetaheuristicIslands = false },
                "stage5" => tuning with { MetaheuristicIslands = false, MetaheuristicLongShare = 0, MetaheuristicWalk = 0 },
                "stage6" => tuning with { MetaheuristicWalk = 0 },
                "stage7" => tuning with { MetaheuristicWalkWorse = 0 },
                _ when part.StartsWith("worse", StringComparison.Ordinal) => tuning with { MetaheuristicWalkWorse = int.Parse(part[5..], CultureInfo.InvariantCulture) / 100.0 },
                _ when part.StartsWith("walk", StringComparison.Ordinal) => tuning with { MetaheuristicWalk = int.Parse(part[4..], CultureInfo.InvariantCulture) },
                _ when part.StartsWith("long", StringComparison.Ordinal) => tuning with { MetaheuristicLongShare = int.Parse(part[4..], CultureInfo.InvariantCulture) / 100.0 },
                "below" => tuning with { ProveBelowHeuristic = true },
                "knap" => tuning with { KnapsackCuts = true },
                "-knap" => tuning with { KnapsackCuts = false },
                "params" => tuning with { Parameters = (tuning.Parameters + " " + CumulativeParameters).Trim() },
                "full2" => tuning with { Parameters = (tuning.Parameters + " num_full_subsolvers:2").Trim() },
                "lbtree" => tuning with { Parameters = (tuning.Parameters + " num_full_subsolvers:2 subsolvers:\"default_lp\" subsolvers:\"lb_tree_search\"").Trim() },
                "quick" => tuning with { Parameters = (tuning.Parameters + " num_full_subsolvers:1 subsolvers:\"quick_restart\"").Trim() },
                "maxlp" => tuning with { Parameters = (tuning.Parameters + " num_full_subsolvers:2 subsolvers:\"default_lp\" subsolvers:\"max_lp\"").Trim() },
                "bnb" => tuning with { BranchAndBound = BranchAndBoundMode.Before },
                "beside" => tuning with { BranchAndBound = BranchAndBoundMode.Beside },
                "beside1" => tuning with { BranchAndBound = BranchAndBoundMode.Beside, BranchAndBoundTakesWorker = true },
                "-bnb" => tuning with { BranchAndBound = BranchAndBoundMode.Off },
                "bnb1way" => tuning with { BranchAndBoundBothWays = false },
                _ when part.StartsWith("bnbfirst", StringComparison.Ordinal) => tuning with { BranchAndBound = BranchAndBoundMode.Before, BranchAndBoundFirstShare = int.Parse(part[8..], CultureInfo.InvariantCulture) / 100.0 },
                _ when part.StartsWith("bnbshare", StringComparison.Ordinal) => tuning with { BranchAndBound = BranchAndBoundMode.Before, BranchAndBoundShare = int.Parse(part[8..], CultureInfo.InvariantCulture) / 100.0 },
                "lin2" => tuning with { Parameters = (tuning.Parameters + " linearization_level:2").Trim() },
                _ when part.StartsWith("sub=", StringComparison.Ordinal) => tuning with { Parameters = (tuning.Parameters + " " + Subsolvers(part[4..].Split('/'))).Trim() },
                _ when part.StartsWith("p=", StringComparison.Ordinal) => tuning with { Parameters = (tuning.Parameters + " " + part[2..]).Trim() },
                _ when part.StartsWith("idle", StringComparison.Ordinal) => tuning with { MetaheuristicIdleGenerations = int.Parse(part[4..], CultureInfo.InvariantCulture) },
                _ when part.StartsWith("share", StringComparison.Ordinal) => tuning with { MetaheuristicShare = int.Parse(part[5..], CultureInfo.InvariantCulture) / 100.0 },
                _ => throw new ArgumentException($"Unknown tuning '{part}'."),
            };
        }

        return parameters.Length == 0 ? tuning : tuning with { Parameters = (tuning.Parameters + " " + parameters).Trim() };
    }

    /// <summary>CP-SAT's full-problem workers by name (for example default_lp/objective_lb_search), no other subsolver.</summary>
    private static string Subsolvers(string[] names) =>
        $"num_full_subsolvers:{names.Length} " + string.Join(' ', names.Select(n => $"subsolvers:\"{n}\""));

    private static async Task<List<string>> BenchSetAsync(DirectoryInfo dir, (string Name, SchedulerOptions Options)[] variants, int every, StringBuilder csv, CancellationToken ct)
    {
        var optimumFile = Path.Combine(dir.FullName, "optimum.csv");
        var optima = File.Exists(optimumFile) ? Psplib.ParseOptima(await File.ReadAllTextAsync(optimumFile, ct)) : new Dictionary<string, PsplibOptimum>();
        var files = dir.GetFiles("*.sm").OrderBy(f => f.Name, StringComparer.Ordinal).Where((_, i) => i % every == 0).ToArray();
        var tallies = variants.Select(_ => new Tally()).ToArray();
        var inv = CultureInfo.InvariantCulture;
        foreach (var file in files)
        {
            ct.ThrowIfCancellationRequested();
            var instance = Psplib.Parse(await File.ReadAllTextAsync(file.FullName, ct));
            var best = optima.TryGetValue(file.Name, out var o) ? o.Upper : null;
            for (var v = 0; v < variants.Length; v++)
            {
                var clock = Stopwatch.StartNew();
                var result = variants[v].Name switch
                {
                    "list" => ListScheduler.Schedule(instance.ToProblem()),
                    "search" => ListScheduler.Search(instance.ToProblem(), variants[v].Options.TimeLimit, int.MaxValue, ct),
                    _ => Scheduler.Solve(instance.ToProblem(), variants[v].Options, ct),
                };
                var elapsed = clock.Elapsed.TotalSeconds;
                tallies[v].Add(result, instance.MpmTime, best, elapsed);
                var line = new StringBuilder(string.Create(inv, $"{dir.Name} {file.Name,-12} {variants[v].Name,-14} {result.Status,-10} makespan={result.Finish,4} bound={result.Bound,4} mpm={instance.MpmTime,4} time={elapsed:0.000}s"));
                if (best is { } b)
                {
                    line.Append(inv, $" known={b}{(o!.Proven ? string.Empty : "(best)")}");
                }

                Console.WriteLine(line);
                csv.Append(inv, $"{dir.Name},{variants[v].Name},{file.Name},{result.Status},{result.Finish},{result.Bound},{instance.MpmTime},{best},{elapsed:0.000}\n");
            }
        }

        return variants.Select((variant, v) => tallies[v].Summary(dir.Name, variant.Name, files.Length, variant.Options)).ToList();
    }

    /// <summary>Per set and variant: solved, proven optimal, equal to the known optimum, mean deviations, seconds.</summary>
    private sealed class Tally
    {
        private int solved;
        private int optimal;
        private int equalKnown;
        private int known;
        private double devLb;
        private double devKnown;
        private double seconds;
        private double maxSeconds;

        public void Add(ScheduleResult result, int mpm, int? best, double elapsed)
        {
            seconds += elapsed;
            maxSeconds = Math.Max(maxSeconds, elapsed);
            if (result.Status is not (ScheduleStatus.Optimal or ScheduleStatus.Feasible))
            {
                return;
            }

            solved++;
            optimal += result.Status == ScheduleStatus.Optimal ? 1 : 0;
            devLb += 100.0 * (result.Finish - mpm) / Math.Max(1, mpm);
            if (best is { } b)
            {
                known++;
                equalKnown += result.Finish == b ? 1 : 0;
                devKnown += 100.0 * (result.Finish - b) / b;
            }
        }

        public string Summary(string set, string variant, int instances, SchedulerOptions options) => string.Create(CultureInfo.InvariantCulture,
            $"set={set} variant={variant} instances={instances} solved={solved} proven_optimal={optimal} equal_known={equalKnown}/{known} "
            + $"mean_dev_cpm_lb={devLb / Math.Max(1, solved):0.00}% mean_dev_known={devKnown / Math.Max(1, known):0.000}% "
            + $"mean_s={seconds / Math.Max(1, instances):0.000} max_s={maxSeconds:0.000} time_limit={options.TimeLimit.TotalSeconds:0.##}s workers={options.Workers}");
    }
}
