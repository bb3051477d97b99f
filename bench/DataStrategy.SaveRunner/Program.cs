using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

// Interview-capture autosave under N concurrent savers, against a running app (see bench/save/run.sh).
//   dotnet DataStrategy.SaveRunner.dll <base url> <SQLite file of the app> [clients=32] [seconds=20] [warm-up seconds=5]
// Signs in as the demo facilitator, makes sure the demo campaign has one interview per client (the demo
// seeds 20; missing ones are cloned in SQL from the first), reads each capture page for its antiforgery
// token and question IDs, then for each target (static file, /health, autosave) runs a warm-up and a
// timed phase in which every client sends requests back to back. Each autosave client posts to its
// OWN interview, exactly what the page's script sends (multipart: QuestionId, Level, Target, Evidence, token).
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: DataStrategy.SaveRunner <base url> <sqlite file> [clients] [seconds] [warm-up seconds]");
    return 2;
}

var baseUrl = new Uri(args[0]);
var dbFile = args[1];
var clients = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 32;
var seconds = args.Length > 3 ? double.Parse(args[3], CultureInfo.InvariantCulture) : 20;
var warmup = args.Length > 4 ? double.Parse(args[4], CultureInfo.InvariantCulture) : 5;
const string Org = "/o/ville-de-demo";

using var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, MaxConnectionsPerServer = clients + 4 };
using var http = new HttpClient(handler) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) };

// Sign in.
var login = await http.GetStringAsync(new Uri("/account/login", UriKind.Relative));
using (var form = new FormUrlEncodedContent(new Dictionary<string, string>
{
    ["Email"] = "facilitator@ville-de-demo.example",
    ["Password"] = "Demo-Studio-2026!",
    ["__RequestVerificationToken"] = Page.Token(login),
}))
{
    using var signIn = await http.PostAsync(new Uri("/account/login", UriKind.Relative), form);
    if (signIn.StatusCode != HttpStatusCode.Redirect)
    {
        throw new InvalidOperationException("sign-in answered " + signIn.StatusCode);
    }
}

// The demo campaign and its interviews; clone interviews in SQL until there is one per client.
var campaigns = await http.GetStringAsync(new Uri(Org + "/campaigns", UriKind.Relative));
var campaignId = Page.CampaignIds().Match(campaigns).Groups[1].Value;
var interviews = Page.InterviewIds().Matches(await http.GetStringAsync(new Uri(Org + "/campaigns/" + campaignId, UriKind.Relative))).Select(m => m.Groups[1].Value).Distinct().ToList();
var cloned = 0;
if (interviews.Count < clients)
{
    using var connection = new SqliteConnection("Data Source=" + dbFile);
    connection.Open();
    var columns = new List<string>();
    using (var info = connection.CreateCommand())
    {
        info.CommandText = "PRAGMA table_info(\"Responses\")";
        using var reader = info.ExecuteReader();
        while (reader.Read())
        {
            columns.Add(reader.GetString(1));
        }
    }

    var list = string.Join(", ", columns.Select(c => "\"" + c + "\""));
    var select = string.Join(", ", columns.Select(c => c switch { "Id" => "$id", "Version" => "$version", _ => "\"" + c + "\"" }));
    while (interviews.Count < clients)
    {
        using var insert = connection.CreateCommand();
#pragma warning disable CA2100 // column names come from the schema itself
        insert.CommandText = $"INSERT INTO \"Responses\" ({list}) SELECT {select} FROM \"Responses\" WHERE upper(\"Id\") = upper($source)";
#pragma warning restore CA2100
        var id = Guid.NewGuid();
        insert.Parameters.AddWithValue("$id", id.ToString().ToUpperInvariant());
        insert.Parameters.AddWithValue("$version", Guid.NewGuid().ToString().ToUpperInvariant());
        insert.Parameters.AddWithValue("$source", interviews[0]);
        if (insert.ExecuteNonQuery() != 1)
        {
            throw new InvalidOperationException("could not clone interview " + interviews[0]);
        }

        interviews.Add(id.ToString());
        cloned++;
    }
}

// Each client's capture page: token and question IDs.
var savers = new List<(string Url, string Token, string[] Questions)>();
foreach (var id in interviews.Take(clients))
{
    var url = Org + "/interviews/" + id;
    var html = await http.GetStringAsync(new Uri(url, UriKind.Relative));
    var questions = Page.QuestionIds().Matches(html).Select(m => m.Groups[1].Value).ToArray();
    if (questions.Length == 0)
    {
        throw new InvalidOperationException("no question on " + url);
    }

    savers.Add((url + "?handler=Field", Page.Token(html), questions));
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# {clients} clients, {seconds} s timed after {warmup} s warm-up; {interviews.Count} interviews ({cloned} cloned); {savers[0].Questions.Length} questions on the first capture page"));

async Task<HttpStatusCode> StaticFile(int client, int n)
{
    using var r = await http.GetAsync(new Uri("/css/site.css", UriKind.Relative));
    await r.Content.ReadAsByteArrayAsync();
    return r.StatusCode;
}

async Task<HttpStatusCode> Health(int client, int n)
{
    using var r = await http.GetAsync(new Uri("/health", UriKind.Relative));
    await r.Content.ReadAsByteArrayAsync();
    return r.StatusCode;
}

async Task<HttpStatusCode> Save(int client, int n)
{
    var (url, token, questions) = savers[client];
    using var content = new MultipartFormDataContent
    {
        { new StringContent(questions[n % questions.Length]), "QuestionId" },
        { new StringContent((1 + (n % 5)).ToString(CultureInfo.InvariantCulture)), "Level" },
        { new StringContent("4"), "Target" },
        { new StringContent("Benchmark evidence " + n.ToString(CultureInfo.InvariantCulture)), "Evidence" },
        { new StringContent(token), "__RequestVerificationToken" },
    };
    using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url, UriKind.Relative)) { Content = content };
    request.Headers.Accept.ParseAdd("application/json");
    using var r = await http.SendAsync(request);
    await r.Content.ReadAsByteArrayAsync();
    return r.StatusCode;
}

var targets = (Environment.GetEnvironmentVariable("TARGETS") ?? "static health save").Split(' ', StringSplitOptions.RemoveEmptyEntries);
foreach (var target in targets)
{
    Func<int, int, Task<HttpStatusCode>> send = target switch
    {
        "static" => StaticFile,
        "health" => Health,
        "save" => Save,
        _ => throw new ArgumentException("unknown target " + target),
    };
    await Load.RunAsync(send, clients, TimeSpan.FromSeconds(warmup));
    var (latencies, failures, elapsed) = await Load.RunAsync(send, clients, TimeSpan.FromSeconds(seconds));
    latencies.Sort();
    double P(double q) => latencies.Count == 0 ? double.NaN : latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(q * latencies.Count) - 1)];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"target={target} clients={clients} requests={latencies.Count} non200={failures} rps={latencies.Count / elapsed.TotalSeconds:0.#} p50_ms={P(0.50):0.##} p90_ms={P(0.90):0.##} p99_ms={P(0.99):0.##} max_ms={latencies[^1]:0.##} load={File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
}

return 0;

internal static partial class Page
{
    public static string Token(string html) => TokenPattern().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("no antiforgery token");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("/o/ville-de-demo/campaigns/([0-9a-f-]{36})")]
    public static partial Regex CampaignIds();

    [GeneratedRegex("/o/ville-de-demo/interviews/([0-9a-f-]{36})")]
    public static partial Regex InterviewIds();

    [GeneratedRegex("name=\"A\\[\\d+\\]\\.QuestionId\" value=\"([^\"]+)\"")]
    public static partial Regex QuestionIds();
}

internal static class Load
{
    /// <summary>Every client sends requests back to back until the time is up; latencies in ms of the 200 answers.</summary>
    public static async Task<(List<double> Latencies, int Failures, TimeSpan Elapsed)> RunAsync(Func<int, int, Task<HttpStatusCode>> send, int clients, TimeSpan duration)
    {
        var all = new List<double>[clients];
        var failures = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            var mine = all[c] = new List<double>(4096);
            var n = 0;
            while (clock.Elapsed < duration)
            {
                var start = Stopwatch.GetTimestamp();
                var status = await send(c, n++);
                if (status == HttpStatusCode.OK)
                {
                    mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
                else
                {
                    Interlocked.Increment(ref failures);
                }
            }
        })));
        return (all.SelectMany(l => l).ToList(), failures, clock.Elapsed);
    }
}
