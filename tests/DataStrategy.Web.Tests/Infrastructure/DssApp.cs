using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using DataStrategy.Data;
using DataStrategy.Data.Demo;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Time.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataStrategy.Web.Tests.Infrastructure;

/// <summary>
/// The real application over HTTP, on its own database (SQLite file or PostgreSQL database), in Production mode so
/// that error handling is what users get. A test that takes the defaults gets a started host from
/// <see cref="HostPool"/> with a fresh copy of its template database; one that sets the clock, the sign-in limit or
/// other settings gets a host of its own.
/// </summary>
public sealed class DssApp : IDisposable
{
    public const int DefaultLoginAttemptsPerMinute = 10_000;

    private readonly DssHost _host;
    private readonly bool _pooled;
    private int _disposed;

    /// <param name="demo">Whether the database holds the demo organisation (copied from a template seeded once per test process).</param>
    /// <param name="loginAttemptsPerMinute">The sign-in rate limit.</param>
    /// <param name="settings">Configuration for this app, applied last.</param>
    /// <param name="clock">The app's clock; a test that moves time passes a <see cref="FakeTimeProvider"/>.</param>
    public DssApp(bool demo = true, int loginAttemptsPerMinute = DefaultLoginAttemptsPerMinute, IReadOnlyDictionary<string, string?>? settings = null, TimeProvider? clock = null)
    {
        var data = demo ? TestData.Demo : TestData.Empty;
        if (settings is null && clock is null && loginAttemptsPerMinute == DefaultLoginAttemptsPerMinute)
        {
            _host = HostPool.Lease(data);
            _pooled = true;
        }
        else
        {
            var own = new Dictionary<string, string?>
            {
                ["Security:LoginAttemptsPerMinute"] = loginAttemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                own[key] = value;
            }

            _host = new DssHost(data, own, clock);
        }
    }

    public string DataFolder => _host.DataFolder;

    /// <inheritdoc cref="DssHost.DatabaseSettings"/>
    public IReadOnlyDictionary<string, string?> DatabaseSettings => _host.DatabaseSettings;

    /// <summary>The app's settings, its database among them (for the CLI on the same database).</summary>
    public IReadOnlyDictionary<string, string?> Settings => _host.Settings;

    public IServiceProvider Services => _host.Services;

    public HttpClient Anonymous(string? language = null)
    {
        var client = _host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

        // A PDF made by LibreOffice may take more than the default 100 s on a loaded machine; the converter has its own limit.
        client.Timeout = TimeSpan.FromMinutes(4);
        if (language is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        }

        return client;
    }

    /// <summary>
    /// An anonymous client on https://localhost, as a browser behind TLS: the app's Secure cookies (single sign-on's
    /// correlation and nonce cookies among them) are kept and sent back.
    /// </summary>
    public HttpClient AnonymousOverHttps(string? language = null)
    {
        var client = _host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost") });
        if (language is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        }

        return client;
    }

    /// <summary>A client signed in through the real login form.</summary>
    public async Task<HttpClient> SignInAsync(string email, string password = DemoSeeder.Password, string language = "en")
    {
        var client = Anonymous(language);
        var form = await client.GetFormAsync("/account/login");
        var response = await client.SubmitAsync(form, new() { ["Email"] = email, ["Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in of {email} failed: {(int)response.StatusCode}");
        }

        return client;
    }

    public Task<HttpClient> LeadAsync() => SignInAsync(DemoSeeder.LeadEmail);

    public Task<HttpClient> FacilitatorAsync() => SignInAsync(DemoSeeder.FacilitatorEmail);

    /// <summary>Runs against the database with no tenant filter applied unless one is set.</summary>
    public async Task<T> DbAsync<T>(Func<AppDbContext, Task<T>> query, Guid? organisationId = null)
    {
        using var scope = Services.CreateScope();
        if (organisationId is { } id)
        {
            scope.ServiceProvider.GetRequiredService<TenantContext>().SetOrganisation(id);
        }

        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await query(db);
    }

    public Task<Guid> DemoOrganisationIdAsync() =>
        DbAsync(db => db.Organisations.Where(o => o.Slug == DemoSeeder.Slug).Select(o => o.Id).SingleAsync());

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        if (_pooled)
        {
            HostPool.Return(_host);
        }
        else
        {
            _host.Dispose();
        }
    }
}

/// <summary>A form as the browser would submit it: its action, its fields, its antiforgery token.</summary>
public sealed record HtmlForm(string Action, List<KeyValuePair<string, string>> Fields)
{
    /// <summary>The fields with <paramref name="values"/> replacing every field of the same name.</summary>
    public List<KeyValuePair<string, string>> With(Dictionary<string, string>? values)
    {
        var result = Fields.Where(f => values is null || !values.ContainsKey(f.Key)).ToList();
        result.AddRange(values ?? []);
        return result;
    }
}

public static class HttpClientExtensions
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {url} gave {(int)response.StatusCode}");
        }

        return await Parser.ParseDocumentAsync(html);
    }

    public static async Task<IHtmlDocument> ParseAsync(this HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    /// <summary>The n-th form inside main (skipping the layout's language and sign-out forms), or the one whose action contains <paramref name="handler"/>.</summary>
    public static async Task<HtmlForm> GetFormAsync(this HttpClient client, string url, string? handler = null, int index = 0)
    {
        var doc = await client.GetDocumentAsync(url);
        return FormOf(doc, url, handler, index);
    }

    public static HtmlForm FormOf(IHtmlDocument doc, string url, string? handler = null, int index = 0)
    {
        var forms = doc.QuerySelectorAll("main form").OfType<IHtmlFormElement>()
            .Where(f => handler is null || (f.GetAttribute("action") ?? string.Empty).Contains("handler=" + handler, StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (forms.Count <= index)
        {
            throw new InvalidOperationException($"No form {handler} #{index} on {url}");
        }

        var form = forms[index];
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var input in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            var name = input.GetAttribute("name")!;
            switch (input)
            {
                case IHtmlInputElement i when i.Type is "checkbox" or "radio":
                    if (i.IsChecked)
                    {
                        fields.Add(new(name, i.Value));
                    }

                    break;
                case IHtmlInputElement { Type: "file" }:
                    break;
                case IHtmlInputElement i:
                    fields.Add(new(name, i.Value));
                    break;
                case IHtmlTextAreaElement t:
                    fields.Add(new(name, t.Value));
                    break;
                case IHtmlSelectElement s:
                    fields.Add(new(name, s.Value ?? string.Empty));
                    break;
            }
        }

        var action = form.GetAttribute("action");
        return new HtmlForm(string.IsNullOrEmpty(action) ? url : action, fields);
    }

    public static Task<HttpResponseMessage> SubmitAsync(this HttpClient client, HtmlForm form, Dictionary<string, string>? values = null)
    {
        return client.PostAsync(form.Action, new FormUrlEncodedContent(form.With(values)));
    }

    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient client, HtmlForm form, string fileField, string fileName, byte[] content, string contentType = "text/csv")
    {
        using var multipart = new MultipartFormDataContent();
        foreach (var (k, v) in form.Fields)
        {
            multipart.Add(new StringContent(v), k);
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        multipart.Add(file, fileField, fileName);
        return await client.PostAsync(form.Action, multipart);
    }

    public static string? Location(this HttpResponseMessage response) => response.Headers.Location?.OriginalString;
}
