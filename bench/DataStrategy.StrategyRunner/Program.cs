using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using DataStrategy.Core.Documents;
using DataStrategy.Core.Strategy;
using DataStrategy.Core.Tests.Strategy;
using DataStrategy.Core.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

// Strategy document and version comparison benchmarks (see bench/strategy/run.sh). Every mode prints key=value lines,
// then a markdown table. The strategy is StrategySamples.Create(20 objectives, 15 services, 12 roles, 40 RACI
// activities, 5 governance bodies, seed 42) of the tests, with a vision, 4 principles, 2 teams and a network.
//   time    <doc runs> <compare runs> [warm-ups=5]  medians, alternating baseline and measured operations in each iteration
//   memory  <repeats> [gc modes=workstation]         one child process per case and repeat: peak working set, allocations
//   child   <sample|minimal|json|fr|frnl|fr_x10|frnl_x10>  one case in this process (what `memory` runs; x10: ten builds)
//   edits                                            what StrategyDiff.Compare finds between the two versions
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: DataStrategy.StrategyRunner <time|memory|child|edits> ...");
    return 2;
}

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
return args[0] switch
{
    "time" => Timing.Run(Bench.Int(args[1]), Bench.Int(args[2]), args.Length > 3 ? Bench.Int(args[3]) : 5),
    "memory" => Memory.Run(Bench.Int(args[1]), args.Length > 2 ? args[2] : "workstation"),
    "child" => Memory.Child(args[1]),
    "edits" => Versions.PrintEdits(),
    _ => 2,
};

/// <summary>The sample strategy, its documents, the two baselines and the timing helpers.</summary>
internal static class Bench
{
    public const int Objectives = 20;
    public const int Services = 15;
    public const int Roles = 12;
    public const int Activities = 40;
    public const int Bodies = 5;
    public const int Seed = 42;

    /// <summary>Keeps results alive so that no measured work can be optimised away.</summary>
    public static long Sink { get; set; }

    public static int Int(string s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);

    public static StrategySnapshot Sample() => StrategySamples.Create(Objectives, Services, Roles, Activities, Bodies, Seed);

    /// <summary>What StrategyDocumentComposer hands to the builder for a published version (no logo).</summary>
    public static StrategyDocument Document(StrategySnapshot snapshot, IReadOnlyDictionary<Guid, string> holders, params string[] languages) => new()
    {
        Languages = languages,
        OrganisationName = LocalizedText.Of("Ville de Démo", "Stad Demo", "Demo City"),
        Strategy = snapshot,
        VersionText = new Dictionary<string, string>
        {
            ["fr"] = "Version 3 — publiée le 27 novembre 2026",
            ["nl"] = "Versie 3 — gepubliceerd op 27 november 2026",
        },
        HolderNames = holders,
    };

    /// <summary>Baseline: a DOCX of one paragraph, with the same SDK, package type and stream as StrategyDocx.Build.</summary>
    public static byte[] MinimalDocx()
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            main.Document = new Document(new Body(new Paragraph(new Run(new Text("Stratégie data 2026–2030")))));
        }

        return stream.ToArray();
    }

    public static double Median(IReadOnlyList<double> values) => Percentile(values, 0.5);

    /// <summary>Linear interpolation between the closest ranks.</summary>
    public static double Percentile(IReadOnlyList<double> values, double p)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToArray();
        var rank = p * (sorted.Length - 1);
        var low = (int)Math.Floor(rank);
        var high = Math.Min(low + 1, sorted.Length - 1);
        return sorted[low] + ((rank - low) * (sorted[high] - sorted[low]));
    }

    public static string Load() => File.ReadAllText("/proc/loadavg").Split(' ')[0];

    public static string F(double value, string format = "0.###") => value.ToString(format, CultureInfo.InvariantCulture);

    public static void Print(params (string Key, object Value)[] figures) =>
        Console.WriteLine(string.Join(' ', figures.Select(f => f.Key + "=" + (f.Value is double d ? F(d) : Convert.ToString(f.Value, CultureInfo.InvariantCulture)))));

    public static void FullGc()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}

/// <summary>The second version: the first one with realistic edits.</summary>
internal static class Versions
{
    private static readonly Dictionary<string, string> NewWord = new() { ["fr"] = "prioritairement", ["nl"] = "voortaan" };

    private static readonly Dictionary<string, string> NewSentence = new()
    {
        ["fr"] = "Le périmètre est revu chaque année par le comité.",
        ["nl"] = "De reikwijdte wordt jaarlijks door het comité herzien.",
    };

    /// <summary>
    /// A copy of <paramref name="first"/> with: 10 items with a word changed or a sentence added in French or in
    /// French and Dutch (titles and text fields, objectives, services, a role, a body, an activity); 2 items
    /// added (an objective and a service that serves it); 1 service removed; 2 objectives swapped (moved); 5 RACI
    /// letters changed (C and I swapped, so every activity keeps one A and one R).
    /// </summary>
    public static StrategySnapshot Second(StrategySnapshot first)
    {
        var second = StrategySnapshot.FromJson(first.ToJson());
        var objectives = second.OfKind(StrategyItemKind.Objective).ToList();
        var services = second.OfKind(StrategyItemKind.Service).ToList();
        var roles = second.OfKind(StrategyItemKind.Role).ToList();
        var bodies = second.OfKind(StrategyItemKind.GovernanceBody).ToList();
        var activities = second.OfKind(StrategyItemKind.RaciActivity).ToList();
        string[] fr = ["fr"];
        string[] frNl = ["fr", "nl"];
        (StrategyItemData Item, string Field, bool Sentence, string[] Languages)[] edits =
        [
            (objectives[1], StrategySchema.Description, false, fr),
            (objectives[3], StrategySchema.Indicators, false, frNl),
            (objectives[5], StrategyDiff.TitleField, false, frNl),
            (objectives[8], StrategySchema.Outcomes, true, fr),
            (services[0], StrategySchema.Problem, true, frNl),
            (services[4], StrategySchema.Benefits, false, fr),
            (services[9], StrategySchema.Users, false, frNl),
            (roles[2], StrategySchema.Responsibilities, true, frNl),
            (bodies[1], StrategySchema.Purpose, false, fr),
            (activities[6], StrategySchema.Description, true, frNl),
        ];
        foreach (var (item, field, sentence, languages) in edits)
        {
            var text = field == StrategyDiff.TitleField ? item.Title : item.Texts[field];
            foreach (var language in languages)
            {
                var before = text[language] ?? throw new InvalidOperationException($"{item.Title.Get("fr")}: no {field} in {language}");
                text.Set(language, sentence ? before + " " + NewSentence[language] : ChangeWord(before, NewWord[language]));
            }
        }

        // 2 added: an objective (last among objectives) and a service that serves it.
        var random = new Random(7);
        Guid NewId()
        {
            var bytes = new byte[16];
            random.NextBytes(bytes);
            return new Guid(bytes);
        }

        var position = second.Items.Max(i => i.Position) + 1;
        var objective = new StrategyItemData
        {
            Id = NewId(),
            Kind = StrategyItemKind.Objective,
            Position = position++,
            Title = LocalizedText.Of("Ouvrir les données de mobilité", "Mobiliteitsdata openstellen", "Open mobility data"),
            Texts = new()
            {
                [StrategySchema.Description] = LocalizedText.Of("Publier les comptages et les horaires en temps réel.", "Tellingen en dienstregelingen in real time publiceren.", "Publish counts and timetables in real time."),
                [StrategySchema.Indicators] = LocalizedText.Of("Dix jeux de données mobilité publiés en 2027", "Tien mobiliteitsdatasets gepubliceerd in 2027", "Ten mobility datasets published by 2027"),
            },
            Links = [.. objectives[0].Links.Where(l => l.Relation == StrategyRelation.Priority)],
        };
        second.Items.Add(objective);
        second.Items.Add(new StrategyItemData
        {
            Id = NewId(),
            Kind = StrategyItemKind.Service,
            Position = position,
            Title = LocalizedText.Of("API des comptages vélo", "API van de fietstellingen", "Bike count API"),
            Texts = new()
            {
                [StrategySchema.Problem] = LocalizedText.Of("Les comptages restent dans un tableur.", "De tellingen blijven in een rekenblad.", "Counts stay in a spreadsheet."),
                [StrategySchema.Benefits] = LocalizedText.Of("Réutilisation par les applications de mobilité.", "Hergebruik door mobiliteitsapps.", "Reuse by mobility apps."),
            },
            Links = [new StrategyLink(StrategyRelation.Objective, objective.Id.ToString())],
            DepartmentId = services[0].DepartmentId,
        });

        // 1 removed: a service (nothing links to services).
        second.Items.Remove(services[12]);

        // 2 moved: two objectives swap places.
        Swap(second, objectives[2], objectives[6]);

        // 5 RACI letters changed.
        var consultedOrInformed = second.Raci.Select((c, i) => (Cell: c, Index: i)).Where(x => x.Cell.Letter is RaciLetter.C or RaciLetter.I).ToList();
        for (var k = 0; k < 5; k++)
        {
            var (cell, index) = consultedOrInformed[k * consultedOrInformed.Count / 5];
            second.Raci[index] = cell with { Letter = cell.Letter == RaciLetter.C ? RaciLetter.I : RaciLetter.C };
        }

        return second;
    }

    public static int PrintEdits()
    {
        var first = Bench.Sample();
        var second = Second(first);
        var comparison = StrategyDiff.Compare(first, second);
        Bench.Print(
            ("items_v1", first.Items.Count),
            ("items_v2", second.Items.Count),
            ("raci_cells", first.Raci.Count),
            ("json_kb_v1", first.ToJson().Length / 1024.0),
            ("json_kb_v2", second.ToJson().Length / 1024.0),
            ("changed", comparison.Items.Count(c => c.Change == ChangeKind.Changed && c.Fields.Count > 0)),
            ("field_changes", comparison.Items.Sum(c => c.Fields.Count)),
            ("added", comparison.Items.Count(c => c.Change == ChangeKind.Added)),
            ("removed", comparison.Items.Count(c => c.Change == ChangeKind.Removed)),
            ("moved", comparison.Items.Count(c => c.Moved)),
            ("raci_changes", comparison.Raci.Count));
        return 0;
    }

    private static string ChangeWord(string text, string word)
    {
        var words = text.Split(' ');
        words[words.Length / 2] = word;
        return string.Join(' ', words);
    }

    private static void Swap(StrategySnapshot snapshot, StrategyItemData a, StrategyItemData b)
    {
        snapshot.Items[snapshot.Items.IndexOf(a)] = WithPosition(a, b.Position);
        snapshot.Items[snapshot.Items.IndexOf(b)] = WithPosition(b, a.Position);
    }

    private static StrategyItemData WithPosition(StrategyItemData item, int position) => new()
    {
        Id = item.Id,
        Kind = item.Kind,
        Position = position,
        Title = item.Title,
        Texts = item.Texts,
        Links = item.Links,
        DepartmentId = item.DepartmentId,
    };
}

/// <summary>One timed operation: its durations and allocations over the measured iterations.</summary>
internal sealed class Operation(string name, Func<long> run)
{
    public string Name { get; } = name;

    public List<double> Ms { get; } = [];

    public List<double> AllocKb { get; } = [];

    public void Measure(bool record)
    {
        Bench.FullGc();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        Bench.Sink += run();
        var ms = clock.Elapsed.TotalMilliseconds;
        var kb = (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1024.0;
        if (record)
        {
            Ms.Add(ms);
            AllocKb.Add(kb);
        }
    }
}

/// <summary>Medians of the document builds and of the comparison against baselines timed in the same iterations.</summary>
internal static class Timing
{
    public static int Run(int docRuns, int compareRuns, int warmups)
    {
        var first = Bench.Sample();
        var holders = StrategySamples.HolderNames(first);
        var second = Versions.Second(first);
        var json1 = first.ToJson();
        var json2 = second.ToJson();
        var fr = Bench.Document(first, holders, "fr");
        var frNl = Bench.Document(first, holders, "fr", "nl");
        long docxFr = 0, docxFrNl = 0, docxMinimal = 0;

        // Documents: the two baselines, then one language and both.
        Operation[] documents =
        [
            new("minimal_docx", () => docxMinimal = Bench.MinimalDocx().Length),
            new("snapshot_json", () => first.ToJson().Length),
            new("doc_fr", () => docxFr = StrategyDocx.Build(fr).Length),
            new("doc_fr_nl", () => docxFrNl = StrategyDocx.Build(frNl).Length),
        ];
        var load0 = Bench.Load();
        Alternate(documents, warmups, docRuns);
        var load1 = Bench.Load();

        // Comparison: loading both versions from JSON (what the app does first), comparing loaded snapshots, both.
        Operation[] comparison =
        [
            new("load_json_x2", () => StrategySnapshot.FromJson(json1).Items.Count + StrategySnapshot.FromJson(json2).Items.Count),
            new("compare", () => StrategyDiff.Compare(first, second).Items.Count),
            new("load_and_compare", () => StrategyDiff.Compare(StrategySnapshot.FromJson(json1), StrategySnapshot.FromJson(json2)).Items.Count),
        ];
        Alternate(comparison, warmups, compareRuns);
        var load2 = Bench.Load();

        var m = documents.Concat(comparison).ToDictionary(o => o.Name);
        Bench.Print(
            ("sample", $"{Bench.Objectives}obj/{Bench.Services}svc/{Bench.Roles}roles/{Bench.Activities}act/{Bench.Bodies}bodies"),
            ("items", first.Items.Count),
            ("raci_cells", first.Raci.Count),
            ("json_kb", json1.Length / 1024.0),
            ("docx_minimal_kb", docxMinimal / 1024.0),
            ("docx_fr_kb", docxFr / 1024.0),
            ("docx_fr_nl_kb", docxFrNl / 1024.0),
            ("load_start", load0),
            ("load_after_documents", load1),
            ("load_end", load2),
            ("gc", System.Runtime.GCSettings.IsServerGC ? "server" : "workstation"));
        Line(m["minimal_docx"], null, null);
        Line(m["snapshot_json"], null, null);
        Line(m["doc_fr"], m["minimal_docx"], m["snapshot_json"]);
        Line(m["doc_fr_nl"], m["minimal_docx"], m["snapshot_json"]);
        Line(m["doc_fr_nl"], m["doc_fr"], null);
        Line(m["load_json_x2"], null, null);
        Line(m["compare"], m["load_json_x2"], null);
        Line(m["load_and_compare"], m["load_json_x2"], null);

        Console.WriteLine();
        Console.WriteLine("| Operation | Median ms | p10 | p90 | Alloc KB (median) | Baseline | Ratio of medians | Median of paired ratios | Iterations |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
        Row(m["minimal_docx"], null);
        Row(m["snapshot_json"], null);
        Row(m["doc_fr"], m["minimal_docx"]);
        Row(m["doc_fr"], m["snapshot_json"]);
        Row(m["doc_fr_nl"], m["minimal_docx"]);
        Row(m["doc_fr_nl"], m["snapshot_json"]);
        Row(m["doc_fr_nl"], m["doc_fr"]);
        Row(m["load_json_x2"], null);
        Row(m["compare"], m["load_json_x2"]);
        Row(m["load_and_compare"], m["load_json_x2"]);
        return Bench.Sink == long.MinValue ? 1 : 0;
    }

    /// <summary>Every iteration runs every operation once, the starting one rotating, so that noise and GC debt hit all.</summary>
    private static void Alternate(Operation[] operations, int warmups, int runs)
    {
        for (var it = 0; it < warmups + runs; it++)
        {
            for (var j = 0; j < operations.Length; j++)
            {
                operations[(it + j) % operations.Length].Measure(it >= warmups);
            }
        }
    }

    private static double PairedRatio(Operation op, Operation baseline) =>
        Bench.Median(op.Ms.Zip(baseline.Ms, (a, b) => a / b).ToList());

    private static void Line(Operation op, Operation? baseline, Operation? second)
    {
        var figures = new List<(string, object)>
        {
            ("name", op.Name),
            ("median_ms", Bench.Median(op.Ms)),
            ("p10_ms", Bench.Percentile(op.Ms, 0.1)),
            ("p90_ms", Bench.Percentile(op.Ms, 0.9)),
            ("alloc_kb", Bench.Median(op.AllocKb)),
        };
        foreach (var b in new[] { baseline, second })
        {
            if (b is not null)
            {
                figures.Add(("baseline", b.Name));
                figures.Add(("ratio", Bench.Median(op.Ms) / Bench.Median(b.Ms)));
                figures.Add(("paired_ratio", PairedRatio(op, b)));
            }
        }

        figures.Add(("iterations", op.Ms.Count));
        Bench.Print([.. figures]);
    }

    private static void Row(Operation op, Operation? baseline) =>
        Console.WriteLine($"| {op.Name} | {Bench.F(Bench.Median(op.Ms), "0.00")} | {Bench.F(Bench.Percentile(op.Ms, 0.1), "0.00")} | {Bench.F(Bench.Percentile(op.Ms, 0.9), "0.00")} | {Bench.F(Bench.Median(op.AllocKb), "0")} | "
            + (baseline is null ? "| | " : $"{baseline.Name} | {Bench.F(Bench.Median(op.Ms) / Bench.Median(baseline.Ms), "0.0")} | {Bench.F(PairedRatio(op, baseline), "0.0")} ") + $"| {op.Ms.Count} |");
}

/// <summary>Peak memory: each case in its own process, next to a process that only generates the sample.</summary>
internal static class Memory
{
    private static readonly string[] Cases = ["sample", "minimal", "json", "fr", "frnl", "fr_x10", "frnl_x10"];

    public static int Run(int repeats, string gcModes)
    {
        var results = new List<Dictionary<string, string>>();
        foreach (var gc in gcModes.Split(',', ' ').Where(g => g.Length > 0))
        {
            for (var r = 1; r <= repeats; r++)
            {
                foreach (var name in Cases)
                {
                    var line = Spawn(name, gc);
                    Console.WriteLine($"gc={gc} repeat={r} {line}");
                    var fields = line.Split(' ').Select(f => f.Split('=', 2)).ToDictionary(kv => kv[0], kv => kv[1]);
                    fields["gc"] = gc;
                    results.Add(fields);
                }
            }
        }

        Console.WriteLine();
        Console.WriteLine("| GC | Case | Peak WS MB (VmHWM) | minus sample | minus minimal DOCX | Allocated MB (process) | minus sample | Cold ms (first call; x10: all ten) | Processes |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var group in results.GroupBy(f => f["gc"]))
        {
            double Med(string name, string key) => Bench.Median(group.Where(f => f["case"] == name).Select(f => double.Parse(f[key], CultureInfo.InvariantCulture)).ToList());
            foreach (var name in Cases)
            {
                var peak = Med(name, "vmhwm_mb");
                var alloc = Med(name, "alloc_mb");
                Console.WriteLine($"| {group.Key} | {name} | {Bench.F(peak, "0.0")} | {Bench.F(peak - Med("sample", "vmhwm_mb"), "0.0")} | {(name.StartsWith("fr", StringComparison.Ordinal) ? Bench.F(peak - Med("minimal", "vmhwm_mb"), "0.0") : string.Empty)} | {Bench.F(alloc, "0.0")} | {Bench.F(alloc - Med("sample", "alloc_mb"), "0.0")} | {(name == "sample" ? string.Empty : Bench.F(Med(name, "cold_ms"), "0"))} | {group.Count(f => f["case"] == name)} |");
            }
        }

        return 0;
    }

    /// <summary>Generates the sample, runs one case once, then reads the process's high-water mark.</summary>
    public static int Child(string name)
    {
        var snapshot = Bench.Sample();
        var holders = StrategySamples.HolderNames(snapshot);
        var clock = Stopwatch.StartNew();
        long size = name switch
        {
            "sample" => snapshot.Items.Count + holders.Count,
            "minimal" => Bench.MinimalDocx().Length,
            "json" => snapshot.ToJson().Length,
            "fr" => StrategyDocx.Build(Bench.Document(snapshot, holders, "fr")).Length,
            "frnl" => StrategyDocx.Build(Bench.Document(snapshot, holders, "fr", "nl")).Length,
            "fr_x10" => Enumerable.Range(0, 10).Sum(_ => (long)StrategyDocx.Build(Bench.Document(snapshot, holders, "fr")).Length),
            "frnl_x10" => Enumerable.Range(0, 10).Sum(_ => (long)StrategyDocx.Build(Bench.Document(snapshot, holders, "fr", "nl")).Length),
            _ => throw new ArgumentException("unknown case " + name, nameof(name)),
        };
        var ms = clock.Elapsed.TotalMilliseconds;
        var status = File.ReadAllLines("/proc/self/status");
        double Kb(string key) => double.Parse(status.Single(l => l.StartsWith(key + ":", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        using var process = Process.GetCurrentProcess();
        Bench.Print(
            ("case", name),
            ("cold_ms", ms),
            ("bytes", size),
            ("vmhwm_mb", Kb("VmHWM") / 1024.0),
            ("vmrss_mb", Kb("VmRSS") / 1024.0),
            ("peak_ws_mb", process.PeakWorkingSet64 / 1048576.0),
            ("alloc_mb", GC.GetTotalAllocatedBytes(precise: true) / 1048576.0),
            ("gc_heap_mb", GC.GetGCMemoryInfo().HeapSizeBytes / 1048576.0),
            ("server_gc", System.Runtime.GCSettings.IsServerGC));
        return 0;
    }

    private static string Spawn(string name, string gc)
    {
        var host = Environment.ProcessPath ?? throw new InvalidOperationException("no process path");
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        }

        start.ArgumentList.Add("child");
        start.ArgumentList.Add(name);
        start.Environment["DOTNET_gcServer"] = gc == "server" ? "1" : "0";
        using var child = Process.Start(start) ?? throw new InvalidOperationException("could not start " + host);
        var output = child.StandardOutput.ReadToEnd().Trim();
        child.WaitForExit();
        if (child.ExitCode != 0)
        {
            throw new InvalidOperationException($"child {name} exited with {child.ExitCode}: {output}");
        }

        return output;
    }
}
