using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using DataStrategy.Core.Catalogue;
using DataStrategy.Core.Text;

namespace DataStrategy.Cli;

public static partial class Commands
{
    /// <summary>
    /// bench catalogue: the DCAT-AP catalogue of N synthetic public datasets (every field, four languages, three
    /// distributions each), written as Turtle and as JSON-LD, the whole harvest (every page of 100) and as one
    /// document; against a baseline measured in the same run: the same records serialized as plain JSON with
    /// System.Text.Json. Medians of --runs, allocated bytes per run, and the process's peak working set.
    /// </summary>
    private static Command BenchCatalogueCommand()
    {
        var command = new Command("catalogue", "Time the DCAT-AP catalogue (Turtle, JSON-LD) of N synthetic datasets against plain JSON of the same records.");
        var count = new Option<int>("--datasets") { Description = "How many datasets.", DefaultValueFactory = _ => 10_000 };
        var runs = new Option<int>("--runs") { Description = "Runs per variant (medians).", DefaultValueFactory = _ => 7 };
        command.Options.Add(count);
        command.Options.Add(runs);
        command.SetAction(parse =>
        {
            var n = parse.GetValue(count);
            var r = Math.Max(1, parse.GetValue(runs));
            var datasets = Enumerable.Range(0, n).Select(SyntheticDataset).ToList();
            var info = new CatalogueInfo("https://dss.example/p/ville", "ville", LocalizedText.Of("Ville", "Stad", "City", "Stadt"), ["fr", "nl", "de", "en"], "https://www.ville.example", "opendata@ville.example", DateTimeOffset.UtcNow, false);
            Console.WriteLine($"{n} datasets, {r} runs each, {Environment.ProcessorCount} logical CPUs, .NET {Environment.Version}");
            Console.WriteLine("variant                          median ms   p-max ms   MB out   MB allocated");
            Measure("baseline: plain JSON (STJ)", r, () => JsonSerializer.SerializeToUtf8Bytes(datasets).LongLength);
            Measure("turtle, 100 pages of 100", r, () => Pages(info, datasets, page => Turtle(page)));
            Measure("json-ld, 100 pages of 100", r, () => Pages(info, datasets, JsonLdWriter.ToBytes));
            Measure("turtle, one document", r, () => Turtle(CatalogueGraph.Build(info, datasets, new CataloguePage(1, n, n, "https://dss.example/p/ville/catalogue.ttl"))));
            Measure("json-ld, one document", r, () => JsonLdWriter.ToBytes(CatalogueGraph.Build(info, datasets, new CataloguePage(1, n, n, "https://dss.example/p/ville/catalogue.jsonld"))).LongLength);
            Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MB");
            return 0;
        });
        return command;
    }

    private static long Turtle(List<RdfResource> graph)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false), 65536, leaveOpen: true))
        {
            TurtleWriter.Write(writer, graph);
        }

        return stream.Length;
    }

    private static long Pages(CatalogueInfo info, List<CatalogueDataset> datasets, Func<List<RdfResource>, long> write)
    {
        long total = 0;
        var size = CataloguePage.DefaultSize;
        for (var page = 1; (page - 1) * size < datasets.Count; page++)
        {
            var slice = datasets.GetRange((page - 1) * size, Math.Min(size, datasets.Count - ((page - 1) * size)));
            total += write(CatalogueGraph.Build(info, slice, new CataloguePage(page, size, datasets.Count, "https://dss.example/p/ville/catalogue.ttl")));
        }

        return total;
    }

    private static long Pages(CatalogueInfo info, List<CatalogueDataset> datasets, Func<List<RdfResource>, byte[]> write) =>
        Pages(info, datasets, graph => write(graph).LongLength);

    private static void Measure(string name, int runs, Func<long> action)
    {
        action(); // warm-up
        var times = new List<double>();
        long bytes = 0, allocated = 0;
        for (var i = 0; i < runs; i++)
        {
            GC.Collect();
            var before = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            bytes = action();
            times.Add(watch.Elapsed.TotalMilliseconds);
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }

        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-32} {times[times.Count / 2],9:F1} {times[^1],10:F1} {bytes / 1048576.0,8:F1} {allocated / 1048576.0,14:F1}"));
    }

    private static CatalogueDataset SyntheticDataset(int i)
    {
        var n = i.ToString(CultureInfo.InvariantCulture);
        return new CatalogueDataset(
            "dataset-" + n,
            LocalizedText.Of("Comptages vélo " + n, "Fietstellingen " + n, "Bicycle counts " + n, "Fahrradzählungen " + n),
            LocalizedText.Of("Passages de vélos par heure et par compteur, " + n + ".", "Fietspassages per uur en per teller, " + n + ".", "Bicycle passages per hour and counter, " + n + ".", "Fahrraddurchfahrten pro Stunde und Zähler, " + n + "."),
            LocalizedText.Of("vélo, mobilité, comptage", "fiets, mobiliteit, telling", "bicycle, mobility, count", "Fahrrad, Mobilität, Zählung"),
            i % 3 == 0 ? ["TRAN", "ENVI"] : ["TRAN"],
            i % 2 == 0 ? "DAILY" : "MONTHLY",
            "PUBLIC",
            "CC_BY_4_0",
            "http://sws.geonames.org/2800866/",
            new DateOnly(2020, 1, 1),
            new DateOnly(2024, 12, 31),
            i % 2 == 0 ? "c_b79e35eb" : null,
            i % 2 == 0,
            DateTimeOffset.UtcNow.AddDays(-10),
            DateTimeOffset.UtcNow.AddDays(-1),
            [
                new CatalogueDistribution(Guid.NewGuid(), LocalizedText.Of("Fichier CSV", "CSV-bestand", "CSV file", "CSV-Datei"), "CSV", "https://data.ville.example/velo", "https://data.ville.example/velo-" + n + ".csv"),
                new CatalogueDistribution(Guid.NewGuid(), LocalizedText.Of("API JSON", "JSON-API", "JSON API", "JSON-API"), "JSON", "https://api.ville.example/velo/" + n, null),
                new CatalogueDistribution(Guid.NewGuid(), new LocalizedText(), "GEOJSON", "https://data.ville.example/velo.geojson", null),
            ]);
    }
}
