using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using DataStrategy.Data.Demo;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace DataStrategy.Browser.Tests;

/// <summary>
/// Starts the real application (Kestrel, its own SQLite database, the demo organisation) as a
/// separate process, and Debian's Chromium through Playwright. Shared by the browser tests.
/// </summary>
public sealed class AppHost : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    private Process? _process;
    private readonly System.Text.StringBuilder _log = new();

    public string BaseUrl { get; private set; } = string.Empty;

    public IPlaywright Playwright { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), "dss-browser", Guid.NewGuid().ToString("N"));

    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "DataStrategy.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found");
    }

    public static string ArtifactsFolder()
    {
        var folder = Path.Combine(RepositoryRoot(), "TestResults", "browser");
        Directory.CreateDirectory(folder);
        return folder;
    }

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium is not installed at {ChromiumPath} (apt-get install chromium); the browser tier cannot run.");
        }

        var root = RepositoryRoot();
        var webProject = Path.Combine(root, "src", "DataStrategy.Web");
        var dll = Path.Combine(AppContext.BaseDirectory, "DataStrategy.Web.dll");
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        Directory.CreateDirectory(DataFolder);
        var start = new ProcessStartInfo("dotnet", [dll, "--contentRoot", webProject])
        {
            WorkingDirectory = DataFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = BaseUrl;
        start.Environment["DataFolder"] = DataFolder;
        start.Environment["Demo__Enabled"] = "true";
        start.Environment["Security__LoginAttemptsPerMinute"] = "1000";
        _process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the app");
        _process.OutputDataReceived += (_, e) => { lock (_log) { _log.AppendLine(e.Data); } };
        _process.ErrorDataReceived += (_, e) => { lock (_log) { _log.AppendLine(e.Data); } };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var http = new HttpClient();
        var deadline = DateTime.UtcNow.AddSeconds(180);
        while (true)
        {
            try
            {
                if ((await http.GetAsync(BaseUrl + "/health")).StatusCode == HttpStatusCode.OK)
                {
                    break;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            if (DateTime.UtcNow > deadline || _process.HasExited)
            {
                if (_process.HasExited)
                {
                    // Let the output readers drain what the process wrote before it ended.
                    await _process.WaitForExitAsync();
                }

                throw new InvalidOperationException($"The app did not start ({(_process.HasExited ? "exit code " + _process.ExitCode : "no answer in 180 s")}):\n{_log}");
            }

            await Task.Delay(200);
        }

        await WarmUpAsync();

        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        Playwright?.Dispose();
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // best effort
        }
    }

    /// <summary>
    /// Signs in once over plain HTTP before any test runs, so that no test meets a cold server: the first sign-in and
    /// the first organisation page compile their code paths, which on a loaded machine took longer than a test waits.
    /// </summary>
    private async Task WarmUpAsync()
    {
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = true };
        using var http = new HttpClient(handler) { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromMinutes(2) };
        var form = await http.GetStringAsync("/account/login");
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = DemoSeeder.FacilitatorEmail,
            ["Password"] = DemoSeeder.Password,
            ["__RequestVerificationToken"] = token,
        });
        var signedIn = await http.PostAsync("/account/login", content);
        var landing = await signedIn.Content.ReadAsStringAsync();
        if (!signedIn.IsSuccessStatusCode || landing.Contains("name=\"Password\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The warm-up sign-in failed ({(int)signedIn.StatusCode}):\n{landing}\n{_log}");
        }
    }

    public static string LocaleOf(string language) => language switch
    {
        "fr" => "fr-BE",
        "nl" => "nl-BE",
        _ => "en-GB",
    };

    /// <summary>
    /// A page signed in as <paramref name="email"/> through the sign-in form, with the interface in
    /// <paramref name="language"/> (chosen on the page: the account remembers the last language another test chose).
    /// </summary>
    public async Task<IPage> SignInAsync(string email, string language = "en", bool javaScript = true)
    {
        var page = await NewPageAsync(javaScript, LocaleOf(language));
        await page.GotoAsync("/account/login");
        await page.Locator("input[type=email]").FillAsync(email);
        await page.Locator("input[type=password]").FillAsync(DemoSeeder.Password);
        await page.Locator("main button[type=submit]").First.ClickAsync();
        try
        {
            await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        }
        catch (TimeoutException)
        {
            // Say what the page shows (an error message, a lockout, an error page) rather than only that it timed out.
            throw new InvalidOperationException($"The sign-in of {email} stayed on {page.Url}, showing: {await page.Locator("main").InnerTextAsync()}");
        }

        var button = page.Locator($".language-switch button[value={language}]");
        await button.ClickAsync();
        await Assertions.Expect(button).ToHaveAttributeAsync("aria-pressed", "true");
        return page;
    }

    public async Task<IPage> NewPageAsync(bool javaScript = true, string locale = "en-GB")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            JavaScriptEnabled = javaScript,
            Locale = locale,
            ExtraHTTPHeaders = new Dictionary<string, string> { ["Accept-Language"] = locale },
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        return page;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<AppHost>
{
    public const string Name = "app";
}

public static class PageChecks
{
    /// <summary>Full-page screenshots of every page checked, for reading the app as a reviewer (DSS_BROWSER_SCREENSHOTS=1).</summary>
    public static bool ScreenshotEveryPage { get; } = Environment.GetEnvironmentVariable("DSS_BROWSER_SCREENSHOTS") == "1";

    private static readonly System.Text.Json.JsonSerializerOptions WebJson = new(System.Text.Json.JsonSerializerDefaults.Web);

    /// <summary>axe-core as Deque ships it in Deque.AxeCore.Commons (the version the package pins).</summary>
    private static readonly Lazy<string> AxeSource = new(() =>
    {
        using var stream = typeof(AxeResult).Assembly.GetManifestResourceStream("Deque.AxeCore.Commons.Resources.axe.min.js")
            ?? throw new InvalidOperationException("axe-core is missing from Deque.AxeCore.Commons.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>
    /// Runs axe-core on the page, every rule as axe runs them by default; any serious or critical violation fails the test,
    /// with a screenshot of the page. axe is loaded into the page once (not again for a second check of the same page) and
    /// run with <c>axe.run</c> in the page itself: the Playwright package's analyser finishes every run in a new blank page,
    /// which cost about 1.5 s a check, two thirds of the browser tier's time. Our pages have no frames, so the result is
    /// the same.
    /// </summary>
    public static async Task AssertAccessibleAsync(this IPage page, string name)
    {
        var shot = new PageScreenshotOptions { Path = Path.Combine(AppHost.ArtifactsFolder(), name + ".png"), FullPage = true };
        if (ScreenshotEveryPage)
        {
            await page.ScreenshotAsync(shot);
        }

        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(AxeSource.Value);
        }

        var json = await page.EvaluateAsync<string>(
            """
            async () => {
              const result = await axe.run(document, { resultTypes: ['violations'] });
              return JSON.stringify(result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.html) })));
            }
            """);
        var bad = System.Text.Json.JsonSerializer.Deserialize<AxeViolation[]>(json, WebJson)!;
        if (bad.Length > 0 && !ScreenshotEveryPage)
        {
            await page.ScreenshotAsync(shot);
        }

        Assert.True(bad.Length == 0, $"{name} ({page.Url}): " + string.Join("; ", bad.Select(v => $"{v.Impact} {v.Id}: {v.Help} [{string.Join(", ", v.Nodes)}]")));
    }

    public static async Task AssertPageIsOkAsync(this IPage page, IResponse? response, string name)
    {
        Assert.NotNull(response);
        Assert.True(response!.Status < 400, $"{name}: HTTP {response.Status} at {page.Url}");
        await page.AssertAccessibleAsync(name);
    }
}
