using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

// API load against a running app (see bench/api/run.sh).
//   dotnet DataStrategy.ApiRunner.dll <base url> <write token> [clients=32] [seconds=10] [warm-up seconds=3] [runs=3]
// For each target — the static style sheet (ceiling), the KPI list (an API read), a KPI measurement POST (an API
// write) — runs a warm-up and RUNS timed phases in which CLIENTS clients send requests back to back. Every request
// is awaited to its answer (none is abandoned at the end of a phase), so for writes the rows the API reports before
// and after each phase must differ by exactly the number of 201 answers: anything else is a lost or phantom write.
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: DataStrategy.ApiRunner <base url> <token> [clients] [seconds] [warm-up seconds] [runs]");
    return 2;
}

var baseUrl = new Uri(args[0]);
var token = args[1];
var clients = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 32;
var seconds = args.Length > 3 ? double.Parse(args[3], CultureInfo.InvariantCulture) : 10;
var warmup = args.Length > 4 ? double.Parse(args[4], CultureInfo.InvariantCulture) : 3;
var runs = args.Length > 5 ? int.Parse(args[5], CultureInfo.InvariantCulture) : 3;
const string Org = "/api/v1/o/ville-de-demo";

using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients + 4, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
using var http = new HttpClient(handler) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) };
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

using var kpis = JsonDocument.Parse(await http.GetStringAsync(new Uri(Org + "/roadmap/kpis", UriKind.Relative)));
var kpi = kpis.RootElement[0].GetProperty("id").GetString()!;
var measurements = new Uri($"{Org}/roadmap/kpis/{kpi}/measurements", UriKind.Relative);
var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

async Task<int> RowsAsync()
{
    using var page = JsonDocument.Parse(await http.GetStringAsync(new Uri(measurements + "?limit=1", UriKind.Relative)));
    return page.RootElement.GetProperty("total").GetInt32();
}

var targets = new (string Label, Func<int, HttpRequestMessage> Request, HttpStatusCode Expected)[]
{
    ("static style sheet (ceiling)", _ => new HttpRequestMessage(HttpMethod.Get, "/css/site.css"), HttpStatusCode.OK),
    ("API read: KPI list with latest values", _ => new HttpRequestMessage(HttpMethod.Get, Org + "/roadmap/kpis"), HttpStatusCode.OK),
    ("API write: POST a KPI measurement", n => new HttpRequestMessage(HttpMethod.Post, measurements)
    {
        Content = new StringContent($$"""{"value": {{n % 1000}}.5, "measuredOn": "{{today}}", "note": "bench {{n}}"}""", Encoding.UTF8, "application/json"),
    }, HttpStatusCode.Created),
};

async Task<(int Ok, int Other, List<double> Latencies, double Elapsed)> PhaseAsync(Func<int, HttpRequestMessage> request, HttpStatusCode expected, double duration)
{
    var ok = 0;
    var other = 0;
    var counter = 0;
    var latencies = new List<double>[clients];
    var clock = Stopwatch.StartNew();
    var deadline = TimeSpan.FromSeconds(duration);
    await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
    {
        latencies[c] = [];
        while (clock.Elapsed < deadline)
        {
            var started = clock.Elapsed;
            using var message = request(Interlocked.Increment(ref counter));
            using var response = await http.SendAsync(message);
            await response.Content.ReadAsByteArrayAsync();
            latencies[c].Add((clock.Elapsed - started).TotalMilliseconds);
            if (response.StatusCode == expected)
            {
                Interlocked.Increment(ref ok);
            }
            else
            {
                Interlocked.Increment(ref other);
            }
        }
    })));
    return (ok, other, latencies.SelectMany(l => l).Order().ToList(), clock.Elapsed.TotalSeconds);
}

static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

static double Median(IEnumerable<double> values)
{
    var v = values.Order().ToList();
    return v.Count % 2 == 1 ? v[v.Count / 2] : (v[(v.Count / 2) - 1] + v[v.Count / 2]) / 2;
}

Console.WriteLine($"| request | requests/s (median of {runs}) | p50 ms | p99 ms | answers not as expected | rows written vs 201 answers |");
Console.WriteLine("|---|---|---|---|---|---|");
var failed = false;
foreach (var (label, request, expected) in targets)
{
    await PhaseAsync(request, expected, warmup);
    var rates = new List<double>();
    var p50 = new List<double>();
    var p99 = new List<double>();
    var others = 0;
    var written = 0;
    var created = 0;
    foreach (var _ in Enumerable.Range(0, runs))
    {
        var before = expected == HttpStatusCode.Created ? await RowsAsync() : 0;
        var (ok, other, latencies, elapsed) = await PhaseAsync(request, expected, seconds);
        var after = expected == HttpStatusCode.Created ? await RowsAsync() : 0;
        rates.Add((ok + other) / elapsed);
        p50.Add(Percentile(latencies, 0.50));
        p99.Add(Percentile(latencies, 0.99));
        others += other;
        written += after - before;
        created += expected == HttpStatusCode.Created ? ok : 0;
    }

    var rows = expected == HttpStatusCode.Created ? $"{written:N0} rows, {created:N0} × 201: {(written == created ? "0 lost" : "MISMATCH")}" : "—";
    failed |= others > 0 || written != created;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {label} | {Median(rates):F0} | {Median(p50):F1} | {Median(p99):F1} | {others} | {rows} |"));
}

Console.WriteLine($"\n{clients} clients, {seconds} s per run after a {warmup} s warm-up; {Environment.ProcessorCount} cores; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
return failed ? 1 : 0;
