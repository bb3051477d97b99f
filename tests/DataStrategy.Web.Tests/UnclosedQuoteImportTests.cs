using System.Diagnostics;
using System.Net;
using System.Text;
using DataStrategy.Cli;
using DataStrategy.Data.Demo;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using static DataStrategy.Web.Tests.Infrastructure.AnalysisHelpers;

namespace DataStrategy.Web.Tests;

/// <summary>
/// A CSV whose quoted value never closes used to be read with the rest of the file as one cell. Every surface that
/// reads tabular files refuses it, names the line where the quote opens in the reader's language, and imports nothing.
/// </summary>
public sealed class UnclosedQuoteImportTests : IDisposable
{
    private const string Stakeholders = DemoOrg + "/stakeholders/import";
    private const string Roadmap = DemoOrg + "/roadmap/import";

    private readonly DssApp _app = new();

    public void Dispose() => _app.Dispose();

    private Task<int> StakeholderCountAsync() => _app.InDemoAsync(db => db.Stakeholders.CountAsync());

    private Task<int> PendingCountAsync() => _app.DbAsync(db => db.PendingImports.IgnoreQueryFilters().CountAsync());

    private static async Task<string> ImportErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.ParseAsync()).QuerySelector("[data-testid=import-errors]")?.TextContent ?? "(no import errors shown)";
    }

    [Fact]
    public async Task StakeholderImport_QuoteNeverClosed_NamesTheLineInFrench_AndImportsNothing()
    {
        var client = await _app.SignInAsync(DemoSeeder.FacilitatorEmail, language: "fr");
        var csv = "nom;courriel;notes\nÉlise Moreau;elise@ville-de-demo.example;ok\nTom Claes;tom@ville-de-demo.example;\"vient de Gand\nAnna Peeters;anna@ville-de-demo.example;\n";
        var before = await StakeholderCountAsync();

        var response = await client.UploadAsync(await client.GetFormAsync(Stakeholders, "Upload"), "File", "people.csv", Encoding.UTF8.GetBytes(csv));
        var doc = await response.ParseAsync();

        Assert.Contains("Ligne 3\u00A0: une valeur commence par un guillemet (\") qui n'est jamais fermé.", await ImportErrorsAsync(response), StringComparison.Ordinal);
        Assert.Null(doc.QuerySelector("[data-testid=import-preview]"));
        Assert.Equal(before, await StakeholderCountAsync());
        Assert.Equal(0, await PendingCountAsync());
    }

    [Fact]
    public async Task StakeholderImport_QuotedNotesWithLineBreaksAndDoubledQuotes_StillImport()
    {
        var client = await _app.FacilitatorAsync();
        var csv = "name,email,notes\r\n\"Moreau, Élise\",elise@ville-de-demo.example,\"Said \"\"yes\"\"\r\nthen \"\"maybe\"\"\"\r\nTom Claes,tom@ville-de-demo.example,\"\"\r\n";

        var preview = await client.UploadAsync(await client.GetFormAsync(Stakeholders, "Upload"), "File", "people.csv", Encoding.UTF8.GetBytes(csv));
        var confirm = await client.SubmitAsync(HttpClientExtensions.FormOf(await preview.ParseAsync(), Stakeholders, "Confirm"));

        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        var elise = await _app.InDemoAsync(db => db.Stakeholders.SingleAsync(s => s.Email == "elise@ville-de-demo.example"));
        Assert.Equal("Moreau, Élise", elise.Name);
        Assert.Equal("Said \"yes\"\r\nthen \"maybe\"", elise.Notes);
        Assert.True(await _app.InDemoAsync(db => db.Stakeholders.AnyAsync(s => s.Email == "tom@ville-de-demo.example")));
    }

    [Fact]
    public async Task RoadmapImport_QuoteNeverClosed_NamesTheLineInDutch_AndImportsNothing()
    {
        var client = await _app.SignInAsync(DemoSeeder.FacilitatorEmail, language: "nl");
        var csv = "code,title_fr,duration_months\nI-90,\"Plateforme de données,3\nI-91,Registre,2\n";
        var before = await _app.InDemoAsync(db => db.Initiatives.Select(i => new { i.Code, i.Version }).ToListAsync());

        var response = await client.UploadAsync(await client.GetFormAsync(Roadmap, "Upload"), "File", "roadmap.csv", Encoding.UTF8.GetBytes(csv));

        Assert.Contains("Regel 2: een waarde begint met een aanhalingsteken (\") dat nergens wordt gesloten.", await ImportErrorsAsync(response), StringComparison.Ordinal);
        Assert.Null((await response.ParseAsync()).QuerySelector("[data-testid=import-summary]"));
        Assert.Equal(before, await _app.InDemoAsync(db => db.Initiatives.Select(i => new { i.Code, i.Version }).ToListAsync()));
        Assert.Equal(0, await PendingCountAsync());
    }

    [Fact]
    public async Task AnswerImport_QuoteNeverClosed_NamesTheLineInEnglish_AndImportsNothing()
    {
        var client = await _app.FacilitatorAsync();
        var campaign = await _app.DemoCampaignAsync();
        var url = $"{DemoOrg}/campaigns/{campaign}/import";
        var csv = "Respondent;Service;lead-01\nX-1;URB;3\nX-2;\"IT;2\nX-3;URB;4\n";
        var before = await _app.InDemoAsync(db => db.Answers.CountAsync());

        var response = await client.UploadAsync(await client.GetFormAsync(url, "Upload"), "file", "tool.csv", Encoding.UTF8.GetBytes(csv));

        Assert.Contains("Line 3: a value starts with a quotation mark (\") that is never closed.", await ImportErrorsAsync(response), StringComparison.Ordinal);
        Assert.Null((await response.ParseAsync()).QuerySelector("[data-testid=mapping-form]"));
        Assert.Equal(before, await _app.InDemoAsync(db => db.Answers.CountAsync()));
        Assert.Equal(0, await PendingCountAsync());
    }

    [Fact]
    public async Task Cli_ImportAnswers_QuoteNeverClosed_NamesTheLine_AndImportsNothing()
    {
        var folder = Path.Combine(Path.GetTempPath(), "dss-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var settings = TestDatabase.CreateSettings(folder, TestData.Demo);
        try
        {
            var file = Path.Combine(folder, "answers.csv");
            await File.WriteAllTextAsync(file, "Respondent;Service;lead-01\nX-1;URB;3\nX-2;\"IT;2\nX-3;URB;4\n");

            await using var services = Commands.BuildServices(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
            Task<(int, int)> CountsAsync() => CliDatabases.InScopeAsync(services, async (_, db) =>
                (await db.Answers.IgnoreQueryFilters().CountAsync(), await db.AnswerImportBatches.IgnoreQueryFilters().CountAsync()));
            var before = await CountsAsync();

            var (exitCode, error) = await RunDssAsync(folder, settings, "campaign", "import-answers", "--organisation", DemoSeeder.Slug, "--campaign", DemoAssessment.CampaignName, file);

            Assert.Equal(1, exitCode);
            Assert.Contains("Line 3: a value starts with a quotation mark (\") that is never closed.", error, StringComparison.Ordinal);
            Assert.Contains("Nothing was imported.", error, StringComparison.Ordinal);
            Assert.Equal(before, await CountsAsync());
        }
        finally
        {
            TestDatabase.Drop(settings);
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Runs the built <c>dss</c> command line on the test's database, as an operator would.</summary>
    private static async Task<(int ExitCode, string Error)> RunDssAsync(string workingDirectory, IReadOnlyDictionary<string, string?> settings, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "dss.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        await output;
        return (process.ExitCode, await error);
    }
}
