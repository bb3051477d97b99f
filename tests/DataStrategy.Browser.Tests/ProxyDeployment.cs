using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Playwright;
using Npgsql;

namespace DataStrategy.Browser.Tests;

/// <summary>
/// The deployment of docs/deploy.md, for real: nginx from Debian's packages terminating TLS (a throwaway certificate)
/// with deploy/nginx-datastrategy.conf as committed (only ports, name and certificate paths replaced), in front of two
/// instances of the application started at the same moment on one new PostgreSQL database. Two more TLS ports of the
/// same nginx lead to one instance each, so a test can put a person on a chosen instance.
/// </summary>
public sealed class ProxyDeployment : IAsyncLifetime
{
    public const string NginxPath = "/usr/sbin/nginx";

    private readonly string _folder = Directory.CreateTempSubdirectory("dss-proxy-").FullName;
    private readonly List<Process> _instances = [];
    private readonly StringBuilder _log = new();
    private Process? _nginx;
    private string _connectionString = string.Empty;
    private string _thumbprint = "-";

    /// <summary>Through the load-balanced server block: what people use.</summary>
    public string PublicUrl { get; private set; } = string.Empty;

    /// <summary>Through nginx, to one instance only.</summary>
    public string[] InstanceUrls { get; private set; } = [];

    public IPlaywright Playwright { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public const int LoginAttemptsPerMinute = 5;

    public async Task InitializeAsync()
    {
        if (!File.Exists(NginxPath))
        {
            throw new InvalidOperationException($"nginx is not installed at {NginxPath} (apt-get install nginx); the proxy tier cannot run.");
        }

        var server = Environment.GetEnvironmentVariable("DSS_TEST_POSTGRES")
            ?? throw new InvalidOperationException("The proxy tier needs PostgreSQL: DSS_TEST_POSTGRES is not set.");
        _connectionString = new NpgsqlConnectionStringBuilder(server) { Database = "dss_proxy_" + Guid.NewGuid().ToString("N") }.ConnectionString;
        var (publicPort, onlyA, onlyB, plainHttp) = (FreePort(), FreePort(), FreePort(), FreePort());
        PublicUrl = $"https://localhost:{publicPort}";
        InstanceUrls = [$"https://localhost:{onlyA}", $"https://localhost:{onlyB}"];

        // Both instances start together on a database that does not exist yet.
        var ports = new[] { FreePort(), FreePort() };
        foreach (var port in ports)
        {
            _instances.Add(StartInstance(port));
        }

        foreach (var port in ports)
        {
            await WaitAsync($"http://127.0.0.1:{port}/health/ready", TimeSpan.FromSeconds(180));
        }

        Run("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
            "-keyout", Path.Combine(_folder, "cert.key"), "-out", Path.Combine(_folder, "cert.pem"));
        using (var certificate = System.Security.Cryptography.X509Certificates.X509Certificate2.CreateFromPemFile(Path.Combine(_folder, "cert.pem"), Path.Combine(_folder, "cert.key")))
        {
            _thumbprint = certificate.GetCertHashString();
        }

        var site = File.ReadAllText(Path.Combine(AppHost.RepositoryRoot(), "deploy", "nginx-datastrategy.conf"))
            .Replace("listen 443 ssl", $"listen 127.0.0.1:{publicPort} ssl", StringComparison.Ordinal)
            .Replace("listen 80;", $"listen 127.0.0.1:{plainHttp};", StringComparison.Ordinal)
            .Replace("127.0.0.1:5001", $"127.0.0.1:{ports[0]}", StringComparison.Ordinal)
            .Replace("127.0.0.1:5002", $"127.0.0.1:{ports[1]}", StringComparison.Ordinal)
            .Replace("data.example.brussels;", "localhost;", StringComparison.Ordinal)
            .Replace("/etc/ssl/certs/data.example.brussels.pem", Path.Combine(_folder, "cert.pem"), StringComparison.Ordinal)
            .Replace("/etc/ssl/private/data.example.brussels.key", Path.Combine(_folder, "cert.key"), StringComparison.Ordinal);
        var pinned = string.Concat(new[] { (onlyA, ports[0]), (onlyB, ports[1]) }.Select(p => $$"""

            server {
                listen 127.0.0.1:{{p.Item1}} ssl;
                server_name localhost;
                ssl_certificate {{Path.Combine(_folder, "cert.pem")}};
                ssl_certificate_key {{Path.Combine(_folder, "cert.key")}};
                location / {
                    proxy_pass http://127.0.0.1:{{p.Item2}};
                    proxy_set_header Host $host;
                    proxy_set_header X-Forwarded-For $remote_addr;
                    proxy_set_header X-Forwarded-Proto $scheme;
                }
            }
            """));
        File.WriteAllText(Path.Combine(_folder, "site.conf"), site + pinned);
        File.WriteAllText(Path.Combine(_folder, "nginx.conf"), $$"""
            {{(Environment.UserName == "root" ? "user root;" : "")}}
            worker_processes 2;
            pid {{_folder}}/nginx.pid;
            error_log {{_folder}}/nginx-error.log warn;
            events { worker_connections 1024; }
            http {
                access_log off;
                client_body_temp_path {{_folder}}/body;
                proxy_temp_path {{_folder}}/proxy;
                fastcgi_temp_path {{_folder}}/fastcgi;
                uwsgi_temp_path {{_folder}}/uwsgi;
                scgi_temp_path {{_folder}}/scgi;
                include {{_folder}}/site.conf;
            }
            """);
        _nginx = Process.Start(new ProcessStartInfo(NginxPath, ["-p", _folder, "-c", Path.Combine(_folder, "nginx.conf"), "-g", "daemon off;"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        }) ?? throw new InvalidOperationException("nginx did not start");
        _nginx.ErrorDataReceived += (_, e) => Log("nginx", e.Data);
        _nginx.BeginErrorReadLine();
        await WaitAsync(PublicUrl + "/health/live", TimeSpan.FromSeconds(30));

        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = AppHost.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    /// <summary>A browser page on <paramref name="baseUrl"/> that accepts the throwaway certificate.</summary>
    public async Task<IPage> NewPageAsync(string baseUrl)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl, IgnoreHTTPSErrors = true, Locale = "en-GB" });
        context.SetDefaultTimeout(20_000);
        return await context.NewPageAsync();
    }

    /// <summary>An HTTP client that connects to nginx from <paramref name="localAddress"/> (127.0.0.x: another machine, for nginx).</summary>
    public HttpClient ClientFrom(string localAddress) => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        UseCookies = true,
        CookieContainer = new CookieContainer(),
        SslOptions = { RemoteCertificateValidationCallback = (_, certificate, _, _) => IsOurs(certificate) },
        ConnectCallback = async (context, cancellationToken) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            socket.Bind(new IPEndPoint(IPAddress.Parse(localAddress), 0));
            await socket.ConnectAsync(IPAddress.Loopback, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        },
    })
    { BaseAddress = new Uri(PublicUrl) };

    /// <summary>Stops instance <paramref name="index"/> at once, as a crash would.</summary>
    public void Kill(int index)
    {
        _instances[index].Kill(entireProcessTree: true);
        _instances[index].WaitForExit();
    }

    public string Log() => _log.ToString();

    /// <summary>The throwaway certificate this deployment made, and no other.</summary>
    private bool IsOurs(System.Security.Cryptography.X509Certificates.X509Certificate? certificate) =>
        certificate is not null && string.Equals(certificate.GetCertHashString(), _thumbprint, StringComparison.OrdinalIgnoreCase);

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        Playwright?.Dispose();
        foreach (var process in _instances.Append(_nginx).OfType<Process>().Where(p => !p.HasExited))
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        NpgsqlConnection.ClearAllPools();
        await using (var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_connectionString) { Database = "postgres", Pooling = false }.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(_connectionString).Database}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }

        Directory.Delete(_folder, recursive: true);
    }

    private Process StartInstance(int port)
    {
        var name = "instance-" + port;
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "DataStrategy.Web.dll"), "--contentRoot", Path.Combine(AppHost.RepositoryRoot(), "src", "DataStrategy.Web")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["DataFolder"] = Path.Combine(_folder, name);
        start.Environment["Database__Provider"] = "Postgres";
        start.Environment["ConnectionStrings__Default"] = _connectionString;
        start.Environment["Demo__Enabled"] = "true";
        start.Environment["PublicBaseUrl"] = PublicUrl;
        // Memberships remembered for up to a minute: a quick refusal on the other instance can only be PostgreSQL's
        // notification (ADR 0039), not the 2 s limit.
        start.Environment["TenantCache__MaxAgeSeconds"] = "60";
        start.Environment["Security__LoginAttemptsPerMinute"] = LoginAttemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + name);
        process.OutputDataReceived += (_, e) => Log(name, e.Data);
        process.ErrorDataReceived += (_, e) => Log(name, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private void Log(string source, string? line)
    {
        if (line is not null)
        {
            lock (_log)
            {
                _log.Append(source).Append(": ").AppendLine(line);
            }
        }
    }

    private async Task WaitAsync(string url, TimeSpan timeout)
    {
        using var http = new HttpClient(new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, certificate, _, _) => IsOurs(certificate) }) { Timeout = TimeSpan.FromSeconds(5) };
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (_instances.Any(p => p.HasExited))
            {
                throw new InvalidOperationException("An instance stopped while starting:\n" + Log());
            }

            try
            {
                if ((await http.GetAsync(url)).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // not up yet
            }

            await Task.Delay(250);
        }

        throw new InvalidOperationException($"No answer from {url} in {timeout.TotalSeconds} s:\n" + Log());
    }

    private static void Run(string program, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardError = true, RedirectStandardOutput = true })
            ?? throw new InvalidOperationException("Could not run " + program);
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} failed: {error}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
