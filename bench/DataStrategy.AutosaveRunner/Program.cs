using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

// Autosave of ONE interview under N concurrent savers, against a running app (see bench/autosave/run.sh).
//   dotnet DataStrategy.AutosaveRunner.dll <base url> [clients=32] [seconds=20] [warm-up seconds=5] [runs=3] [sessions=4]
// Signs in as the demo facilitator in SESSIONS browser sessions (cookies of their own, antiforgery token read from the
// capture page), takes the demo campaign's first interview, and reads its 30 questions from the capture pages. Clients
// 0–25 each own one question; the other clients all write the last four questions in turn (several writers on one
// question). Each client sends what the page's script sends (multipart: QuestionId, Level, Target, Evidence, token)
// back to back, one save at a time; every save is different (its evidence names the client and the save number).
// After a warm-up, RUNS timed phases; after each, the capture pages are read back over HTTP and a question "keeps its
// last write" when it holds the last save of one of its clients (each client's saves follow each other, those of
// different clients overlap: whichever of those lands last is a correct last write). A save that did not answer 200
// with JSON is an error; its value counts as the client's last write all the same (the person typed it).
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: DataStrategy.AutosaveRunner <base url> [clients] [seconds] [warm-up seconds] [runs] [sessions]");
    return 2;
}

var baseUrl = new Uri(args[0]);
var clients = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 32;
var seconds = args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 20;
var warmup = args.Length > 3 ? double.Parse(args[3], CultureInfo.InvariantCulture) : 5;
var runs = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 3;
var sessionCount = args.Length > 5 ? int.Parse(args[5], CultureInfo.InvariantCulture) : 4;
const string Org = "/o/ville-de-demo";

var sessions = new List<(HttpClient Http, string Token)>();
for (var s = 0; s < sessionCount; s++)
{
    var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, MaxConnectionsPerServer = clients + 4 };
    var http = new HttpClient(handler) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(120) };
    var login = await http.GetStringAsync(new Uri("/account/login", UriKind.Relative));
    using var form = new FormUrlEncodedContent(new Dictionary<string, string>
    {
        ["Email"] = "facilitator@ville-de-demo.example",
        ["Password"] = "Demo-Studio-2026!",
        ["__RequestVerificationToken"] = Page.Token(login),
    });
    using var signIn = await http.PostAsync(new Uri("/account/login", UriKind.Relative), form);
    if (signIn.StatusCode != HttpStatusCode.Redirect)
    {
        throw new InvalidOperationException("sign-in answered " + signIn.StatusCode);
    }

    sessions.Add((http, string.Empty));
}

// The demo campaign's first interview, its themes and questions; each session's antiforgery token.
var reader = sessions[0].Http;
var campaigns = await reader.GetStringAsync(new Uri(Org + "/campaigns", UriKind.Relative));
var campaignId = Page.CampaignIds().Match(campaigns).Groups[1].Value;
var interview = Page.InterviewIds().Match(await reader.GetStringAsync(new Uri(Org + "/campaigns/" + campaignId, UriKind.Relative))).Groups[1].Value;
var captureUrl = Org + "/interviews/" + interview;
var capture = await reader.GetStringAsync(new Uri(captureUrl, UriKind.Relative));
var themes = Page.ThemeIds().Matches(capture).Select(m => m.Groups[1].Value).Distinct().ToList();
var questions = new List<string>();
foreach (var theme in themes)
{
    questions.AddRange(Page.QuestionIds().Matches(await reader.GetStringAsync(new Uri(captureUrl + "?theme=" + theme, UriKind.Relative))).Select(m => m.Groups[1].Value));
}

questions = questions.Distinct().ToList();
for (var s = 0; s < sessions.Count; s++)
{
    sessions[s] = (sessions[s].Http, Page.Token(await sessions[s].Http.GetStringAsync(new Uri(captureUrl, UriKind.Relative))));
}

var shared = questions.Skip(questions.Count - 4).ToArray();
string QuestionOf(int client, int n) => client < questions.Count - 4 ? questions[client] : shared[(n + client) % shared.Length];

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"# {clients} clients in {sessions.Count} sessions on interview {interview}: {questions.Count} questions in {themes.Count} themes, {Math.Min(clients, questions.Count - 4)} owned by one client each, {shared.Length} written by {Math.Max(0, clients - (questions.Count - 4))} clients each; {seconds} s timed x {runs} after {warmup} s warm-up"));

var last = new ConcurrentDictionary<(int Client, string Question), (string Level, string Evidence)>();
var counters = new int[clients];

async Task<(List<double> Latencies, int Errors, string? Example, TimeSpan Elapsed)> PhaseAsync(TimeSpan duration)
{
    var latencies = new List<double>[clients];
    var errors = 0;
    string? example = null;
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
    {
        var mine = latencies[c] = new List<double>(4096);
        var (http, token) = sessions[c % sessions.Count];
        while (clock.Elapsed < duration)
        {
            var n = counters[c]++;
            var question = QuestionOf(c, n);
            var level = (1 + ((n + c) % 5)).ToString(CultureInfo.InvariantCulture);
            var evidence = string.Create(CultureInfo.InvariantCulture, $"bench client {c} save {n}");
            using var content = new MultipartFormDataContent
            {
                { new StringContent(question), "QuestionId" },
                { new StringContent(level), "Level" },
                { new StringContent(string.Empty), "Target" },
                { new StringContent(evidence), "Evidence" },
                { new StringContent(token), "__RequestVerificationToken" },
            };
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(captureUrl + "?handler=Field", UriKind.Relative)) { Content = content };
            request.Headers.Accept.ParseAdd("application/json");
            var start = Stopwatch.GetTimestamp();
            string? failure = null;
            try
            {
                using var response = await http.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "application/json")
                {
                    failure = $"{(int)response.StatusCode} {response.Content.Headers.ContentType?.MediaType}: {body.Split('\n')[0][..Math.Min(80, body.Split('\n')[0].Length)]}";
                }
            }
            catch (HttpRequestException e)
            {
                failure = e.Message;
            }
            catch (TaskCanceledException e)
            {
                failure = e.Message;
            }

            last[(c, question)] = (level, evidence);
            if (failure is null)
            {
                mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
            else
            {
                Interlocked.Increment(ref errors);
                example ??= failure;
            }
        }
    })));
    return (latencies.SelectMany(l => l).ToList(), errors, example, clock.Elapsed);
}

/// <summary>Questions whose stored answer (read back from the capture pages) is the last write of one of their clients.</summary>
async Task<(int Kept, int Written)> VerifyAsync()
{
    var stored = new Dictionary<string, (string Level, string Evidence)>();
    foreach (var theme in themes)
    {
        var html = await reader.GetStringAsync(new Uri(captureUrl + "?theme=" + theme, UriKind.Relative));
        foreach (var card in html.Split("<fieldset class=\"question-card\"").Skip(1))
        {
            var id = Page.QuestionOfCard().Match(card).Groups[1].Value;
            stored[id] = (Page.CheckedLevel().Match(card).Groups[1].Value, WebUtility.HtmlDecode(Page.Evidence().Match(card).Groups[1].Value).Trim());
        }
    }

    var written = last.Keys.Select(k => k.Question).Distinct().ToList();
    var kept = written.Count(q => last.Where(w => w.Key.Question == q).Any(w => stored.TryGetValue(q, out var s) && s == w.Value));
    return (kept, written.Count);
}

await PhaseAsync(TimeSpan.FromSeconds(warmup));
var results = new List<(double Rate, double P50, double P99, int Errors, int Kept, int Written)>();
for (var run = 1; run <= runs; run++)
{
    var (latencies, errors, example, elapsed) = await PhaseAsync(TimeSpan.FromSeconds(seconds));
    var (kept, written) = await VerifyAsync();
    latencies.Sort();
    double P(double q) => latencies.Count == 0 ? double.NaN : latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(q * latencies.Count) - 1)];
    var rate = latencies.Count / elapsed.TotalSeconds;
    results.Add((rate, P(0.5), P(0.99), errors, kept, written));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"run={run} saves={latencies.Count + errors} ok={latencies.Count} errors={errors} saves_per_s={rate:0.#} p50_ms={P(0.50):0.#} p90_ms={P(0.90):0.#} p99_ms={P(0.99):0.#} max_ms={(latencies.Count == 0 ? double.NaN : latencies[^1]):0} questions_keeping_last_write={kept}/{written} load={File.ReadAllText("/proc/loadavg").Split(' ')[0]}{(example is null ? string.Empty : " first_error=\"" + example + "\"")}"));
}

double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"median of {runs}: saves_per_s={Median(results.Select(r => r.Rate)):0.#} p50_ms={Median(results.Select(r => r.P50)):0.#} p99_ms={Median(results.Select(r => r.P99)):0.#} errors={Median(results.Select(r => (double)r.Errors)):0} questions_keeping_last_write={Median(results.Select(r => (double)r.Kept)):0}/{results[0].Written}"));
return 0;

internal static partial class Page
{
    public static string Token(string html) => TokenPattern().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("no antiforgery token");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("/o/ville-de-demo/campaigns/([0-9a-f-]{36})")]
    public static partial Regex CampaignIds();

    [GeneratedRegex("/o/ville-de-demo/interviews/([0-9a-f-]{36})\"")]
    public static partial Regex InterviewIds();

    [GeneratedRegex("/interviews/[0-9a-f-]{36}\\?theme=([^\"&]+)\"")]
    public static partial Regex ThemeIds();

    [GeneratedRegex("name=\"A\\[\\d+\\]\\.QuestionId\" value=\"([^\"]+)\"")]
    public static partial Regex QuestionIds();

    [GeneratedRegex("data-question=\"([^\"]+)\"")]
    public static partial Regex QuestionOfCard();

    [GeneratedRegex("type=\"radio\"[^>]*value=\"([^\"]*)\"[^>]*checked=\"checked\"")]
    public static partial Regex CheckedLevel();

    [GeneratedRegex("<textarea[^>]*>([^<]*)</textarea>")]
    public static partial Regex Evidence();
}
