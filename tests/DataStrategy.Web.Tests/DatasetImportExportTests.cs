using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using DataStrategy.Core.Inventory.Exchange;
using DataStrategy.Core.Text;
using DataStrategy.Data.Demo;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Xunit.Abstractions;

namespace DataStrategy.Web.Tests;

/// <summary>
/// Import of an existing inventory (column and value mapping, all or nothing, the same file recognised, hostile
/// files, 10,000 rows) and the register's export (reader's language, formula-safe, never a record of processing,
/// imports back unchanged).
/// </summary>
public sealed class DatasetImportExportTests(ITestOutputHelper output) : IDisposable, IAsyncLifetime
{
    private const string Org = "/o/" + DemoSeeder.Slug;
    private const string Import = Org + "/datasets/import";
    private readonly DssApp _app = new();

    public void Dispose() => _app.Dispose();

    // These tests count, page and name their own datasets: the demo's forty would be in the way.
    public Task InitializeAsync() => _app.RemoveDemoInventoryAsync();

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    private const string Csv =
        "Identifiant;Titre (FR);Titel (NL);Service;Fréquence;Accès;Données personnelles;Thèmes\n" +
        "parkings;Parkings publics;Openbare parkings;URB;Mensuel;Public;non;TRAN\n" +
        "arbres;Arbres de voirie;Straatbomen;URB;maandelijks;Openbaar;nee;ENVI, AGRI\n" +
        "bornes;Bornes de recharge;Laadpalen;URB;monthly;PUBLIC;no;Transports\n";

    [Fact]
    public async Task Import_GuessesColumns_MapsUsualValues_AndImportsEveryRow()
    {
        var facilitator = await _app.FacilitatorAsync();
        var preview = await UploadAsync(facilitator, "inventaire.csv", Encoding.UTF8.GetBytes(Csv));
        var doc = await preview.ParseAsync();
        Assert.Null(doc.QuerySelector("[data-testid=import-errors]"));
        Assert.Null(doc.QuerySelector("[data-testid=value-mapping]"));
        Assert.Equal("slug", doc.QuerySelector("#col-0 option[selected]")!.GetAttribute("value"));
        Assert.Equal("title_nl", doc.QuerySelector("#col-2 option[selected]")!.GetAttribute("value"));

        var done = await ConfirmAsync(facilitator, doc);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var datasets = await DatasetsAsync();
        Assert.Equal(["arbres", "bornes", "parkings"], datasets.Select(d => d.Slug));
        Assert.All(datasets, d => Assert.Equal("MONTHLY", d.Frequency));
        Assert.All(datasets, d => Assert.Equal("PUBLIC", d.AccessRight));
        Assert.All(datasets, d => Assert.False(d.PersonalData));
        Assert.Equal(["ENVI", "AGRI"], datasets[0].Themes);
        Assert.Equal(["TRAN"], datasets[1].Themes);
        Assert.Equal("Straatbomen", datasets[0].Title["nl"]);
        var urb = await _app.DbAsync(db => db.Departments.IgnoreQueryFilters().Where(d => d.Code == "URB").Select(d => d.Id).SingleAsync());
        Assert.All(datasets, d => Assert.Equal(urb, d.DepartmentId));
    }

    [Fact]
    public async Task Import_UnknownValues_AreListed_AndImportWaitsUntilEachIsMapped()
    {
        var facilitator = await _app.FacilitatorAsync();
        var file = "slug;title_fr;frequency;access_right\nsubsides;Subsides;Tous les deux mois;Interne\nbudget;Budget;Annuel;Interne\n";
        var preview = await UploadAsync(facilitator, "f.csv", Encoding.UTF8.GetBytes(file));
        var doc = await preview.ParseAsync();
        var mapping = doc.QuerySelector("[data-testid=value-mapping]")!;
        Assert.Contains("Tous les deux mois", mapping.TextContent, StringComparison.Ordinal);
        Assert.Contains("Interne", mapping.TextContent, StringComparison.Ordinal);
        Assert.Null(doc.QuerySelector("[data-testid=import-summary]"));
        // Confirming anyway imports nothing.
        var refused = await ConfirmAsync(facilitator, doc);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Empty(await DatasetsAsync());

        // Map one value only: still waiting; then the other.
        var form = HttpClientExtensions.FormOf(doc, Import, "Check");
        var values = Values(doc, ("access_right", "Interne", "RESTRICTED"));
        var half = await facilitator.PostAsync(form.Action, new FormUrlEncodedContent(form.With(values)));
        var halfDoc = await half.ParseAsync();
        Assert.Contains("Tous les deux mois", halfDoc.QuerySelector("[data-testid=value-mapping]")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Interne", halfDoc.QuerySelector("[data-testid=value-mapping]")!.TextContent, StringComparison.Ordinal);

        var full = await facilitator.PostAsync(form.Action, new FormUrlEncodedContent(HttpClientExtensions.FormOf(halfDoc, Import, "Check").With(Values(halfDoc, ("frequency", "Tous les deux mois", "IRREG")))));
        var fullDoc = await full.ParseAsync();
        Assert.NotNull(fullDoc.QuerySelector("[data-testid=import-summary]"));
        Assert.Equal(HttpStatusCode.Redirect, (await ConfirmAsync(facilitator, fullDoc)).StatusCode);
        var datasets = await DatasetsAsync();
        Assert.Equal(["IRREG", "ANNUAL"], datasets.OrderByDescending(d => d.Slug).Select(d => d.Frequency));
        Assert.All(datasets, d => Assert.Equal("RESTRICTED", d.AccessRight));
    }

    [Fact]
    public async Task Import_OneBadRow_ImportsNothing_AndSaysWhichRow()
    {
        var facilitator = await _app.FacilitatorAsync();
        var file = "slug;title_fr;review_months\na;A;12\nB C;B;12\nc;C;abc\nd;;6\n";
        var response = await UploadAsync(facilitator, "bad.csv", Encoding.UTF8.GetBytes(file));
        var errors = (await response.ParseAsync()).QuerySelectorAll("[data-testid=import-errors] li").Select(li => li.TextContent).ToList();
        Assert.Contains(errors, e => e.StartsWith("Row 3:", StringComparison.Ordinal) && e.Contains("b c", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Row 4:", StringComparison.Ordinal) && e.Contains("abc", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Row 5:", StringComparison.Ordinal) && e.Contains("required", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await ConfirmAsync(facilitator, await response.ParseAsync())).StatusCode);
        Assert.Empty(await DatasetsAsync());
    }

    [Fact]
    public async Task Import_SameFileTwice_IsRecognised_AndChangesNothing()
    {
        var facilitator = await _app.FacilitatorAsync();
        var bytes = Encoding.UTF8.GetBytes(Csv);
        Assert.Equal(HttpStatusCode.Redirect, (await ConfirmAsync(facilitator, await (await UploadAsync(facilitator, "inventaire.csv", bytes)).ParseAsync())).StatusCode);
        var before = await DatasetsAsync();

        var again = await (await UploadAsync(facilitator, "inventaire (1).csv", bytes)).ParseAsync();
        Assert.Contains("already imported", again.QuerySelector("[data-testid=imported-before]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("0 new datasets, 3 existing", again.QuerySelector("[data-testid=import-summary]")!.TextContent, StringComparison.Ordinal);
        var done = await ConfirmAsync(facilitator, again);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var flash = await (await facilitator.GetAsync(done.Location())).Content.ReadAsStringAsync();
        Assert.Contains("nothing changed", flash, StringComparison.Ordinal);

        var after = await DatasetsAsync();
        Assert.Equal(before.Select(d => (d.Id, d.Version)), after.Select(d => (d.Id, d.Version)));
        Assert.Equal(1, await _app.DbAsync(db => db.AuditEntries.IgnoreQueryFilters().CountAsync(a => a.EntityType == "DatasetImport")));
    }

    [Fact]
    public async Task Import_RowsWithAnExistingSlug_UpdateThatDataset()
    {
        var orgId = await _app.DemoOrganisationIdAsync();
        var id = await _app.DbAsync(async db =>
        {
            var d = new Dataset { OrganisationId = orgId, Slug = "parkings", Title = LocalizedText.Of("Ancien titre", "Oude titel"), SourceSystem = "Nova" };
            db.Datasets.Add(d);
            await db.SaveChangesAsync();
            return d.Id;
        });
        var facilitator = await _app.FacilitatorAsync();
        var doc = await (await UploadAsync(facilitator, "f.csv", Encoding.UTF8.GetBytes("slug,title_fr\nparkings,Nouveau titre\n"))).ParseAsync();
        Assert.Contains("0 new datasets, 1 existing", doc.QuerySelector("[data-testid=import-summary]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await ConfirmAsync(facilitator, doc)).StatusCode);

        var d = Assert.Single(await DatasetsAsync());
        Assert.Equal(id, d.Id);
        Assert.Equal("Nouveau titre", d.Title["fr"]);
        Assert.Equal("Oude titel", d.Title["nl"]);
        Assert.Equal("Nova", d.SourceSystem);
    }

    [Fact]
    public async Task ThirtyTwoConcurrentConfirmations_OfTheSameUpload_ImportOnce()
    {
        var facilitator = await _app.FacilitatorAsync();
        var doc = await (await UploadAsync(facilitator, "inventaire.csv", Encoding.UTF8.GetBytes(Csv))).ParseAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => ConfirmAsync(facilitator, doc)));

        Assert.DoesNotContain(responses, r => (int)r.StatusCode >= 500);
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        Assert.Equal(3, (await DatasetsAsync()).Count);
        Assert.Equal(1, await _app.DbAsync(db => db.AuditEntries.IgnoreQueryFilters().CountAsync(a => a.EntityType == "DatasetImport")));
    }

    [Fact]
    public async Task HostileFiles_AreRefused_OrKeptAsText()
    {
        var facilitator = await _app.FacilitatorAsync();
        async Task<List<string>> Errors(string name, byte[] content)
        {
            var response = await UploadAsync(facilitator, name, content);
            var errors = (await response.ParseAsync()).QuerySelectorAll("[data-testid=import-errors] li").Select(li => li.TextContent).ToList();
            return errors.Count > 0 ? errors : [$"{name}: {(int)response.StatusCode}"];
        }

        var unclosed = await Errors("q.csv", Encoding.UTF8.GetBytes("slug;title_fr\na;\"never closed\nb;B\n"));
        Assert.True(unclosed.Any(e => e.Contains("never closed", StringComparison.Ordinal)), string.Join(" | ", unclosed));
        Assert.Contains(await Errors("big.csv", new byte[DatasetImport.MaxBytes + 1]), e => e.Contains("too large", StringComparison.Ordinal));
        Assert.Contains(await Errors("fake.xlsx", Encoding.UTF8.GetBytes("slug;title_fr\n")), e => e.Contains("cannot be read", StringComparison.Ordinal));
        Assert.Contains(await Errors("bin.csv", [0x50, 0x4B, 0x03, 0x04, 0, 0, 0]), e => e.Contains("cannot be read", StringComparison.Ordinal));
        Assert.Contains(await Errors("x.exe", [1, 2, 3]), e => e.Contains("Only CSV and XLSX", StringComparison.Ordinal));
        var formula = RoadmapExportHelpers.Workbook(["slug", "title_fr"], ["a", "=HYPERLINK(\"http://evil.example\",\"x\")"]);
        Assert.Contains(await Errors("f.xlsx", formula), e => e.Contains("formula", StringComparison.Ordinal));
        Assert.Contains(await Errors("nul.csv", Encoding.UTF8.GetBytes("slug;title_fr\na;A\u0000B\n")), e => e.Contains("cannot be read", StringComparison.Ordinal));
        Assert.Empty(await DatasetsAsync());

        // Windows-1252 (Excel on Western Windows), a script in a header and a title, a formula-like text, a control character.
        var cp1252 = CodePagesEncoding().GetBytes("slug;title_fr;<script>alert(1)</script>\nqualite;Qualité de l'air\u0007;x\nscript;<script>alert(2)</script>;y\nformule;=1+2;z\n");
        var preview = await UploadAsync(facilitator, "w.csv", cp1252);
        var html = await preview.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert(", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await ConfirmAsync(facilitator, await preview.ParseAsync())).StatusCode);
        var datasets = await DatasetsAsync();
        Assert.Equal("Qualité de l'air", datasets.Single(d => d.Slug == "qualite").Title["fr"]);
        Assert.Equal("<script>alert(2)</script>", datasets.Single(d => d.Slug == "script").Title["fr"]);
        Assert.Equal("=1+2", datasets.Single(d => d.Slug == "formule").Title["fr"]);

        // Exported, the formula-like title is text again.
        var csv = await (await facilitator.GetAsync(Org + "/datasets/export?format=csv")).Content.ReadAsStringAsync();
        Assert.Contains("'=1+2", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_InTheReadersLanguage_NeverHoldsARecordOfProcessing_AndImportsBackUnchanged()
    {
        var orgId = await _app.DemoOrganisationIdAsync();
        await _app.DbAsync(async db =>
        {
            var urb = await db.Departments.IgnoreQueryFilters().SingleAsync(d => d.OrganisationId == orgId && d.Code == "URB");
            var d = new Dataset
            {
                OrganisationId = orgId,
                Slug = "population",
                Title = LocalizedText.Of("Registre de la population", "Bevolkingsregister"),
                Description = LocalizedText.Of("Habitants", "Inwoners"),
                DepartmentId = urb.Id,
                Frequency = "MONTHLY",
                Themes = ["SOCI", "GOVE"],
                AccessRight = "NON_PUBLIC",
                PersonalData = true,
                AuthenticSource = true,
                ReviewMonths = 6,
                TemporalStart = new DateOnly(2020, 1, 1),
            };
            db.Datasets.Add(d);
            db.Datasets.Add(new Dataset { OrganisationId = orgId, Slug = "arbres", Title = LocalizedText.Of("Arbres", "Bomen"), AccessRight = "PUBLIC", Licence = "CC_BY_4_0", Frequency = "ANNUAL" });
            db.ProcessingRecords.Add(new ProcessingRecord { OrganisationId = orgId, DatasetId = d.Id, Purposes = "SECRET-PURPOSE-91", Controller = "SECRET-CONTROLLER-91", LegalBases = ["e"], Retention = "SECRET-RETENTION-91" });
            return await db.SaveChangesAsync();
        });
        var viewer = await _app.SignInAsync(DemoSeeder.ViewerEmail, language: "fr");

        var xlsx = await viewer.GetAsync(Org + "/datasets/export?format=xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        var bytes = await xlsx.Content.ReadAsByteArrayAsync();
        using var stream = new MemoryStream(bytes);
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(DatasetColumns.All(["fr", "nl", "en"]).Take(4), rows[0].Keys.Take(4));
        var population = rows.Single(r => Equals(r["slug"], "population"));
        Assert.Equal("Registre de la population", population["title_fr"]);
        Assert.Equal("Bevolkingsregister", population["title_nl"]);
        Assert.Equal("Mensuelle", population["frequency"]);
        Assert.Equal("Non public", population["access_right"]);
        Assert.Equal("Oui", population["personal_data"]);
        Assert.Equal("URB", population["department"]);
        Assert.Equal("2020-01-01", population["temporal_start"]);
        var nl = await (await (await _app.SignInAsync(DemoSeeder.FacilitatorEmail, language: "nl")).GetAsync(Org + "/datasets/export?format=csv")).Content.ReadAsStringAsync();
        Assert.Contains("Maandelijks", nl, StringComparison.Ordinal);
        Assert.Contains(";Ja;", nl, StringComparison.Ordinal);

        foreach (var content in new[] { Encoding.UTF8.GetString(Unzip(bytes)), nl, await (await viewer.GetAsync(Org + "/datasets/export?format=csv")).Content.ReadAsStringAsync() })
        {
            Assert.DoesNotContain("SECRET-", content, StringComparison.Ordinal);
        }

        // Each export imports back: nothing to map, nothing changes.
        var facilitator = await _app.FacilitatorAsync();
        var before = await DatasetsAsync();
        foreach (var (name, file) in new[] { ("export.xlsx", bytes), ("export.csv", Encoding.UTF8.GetBytes(nl)) })
        {
            var doc = await (await UploadAsync(facilitator, name, file)).ParseAsync();
            Assert.Null(doc.QuerySelector("[data-testid=import-errors]"));
            Assert.Null(doc.QuerySelector("[data-testid=value-mapping]"));
            Assert.Equal(HttpStatusCode.Redirect, (await ConfirmAsync(facilitator, doc)).StatusCode);
        }

        var after = await DatasetsAsync();
        Assert.Equal(before.Select(d => (d.Slug, d.Version)), after.Select(d => (d.Slug, d.Version)));
    }

    [Fact]
    public async Task TenThousandRows_ImportInOneGo()
    {
        var sb = new StringBuilder("slug;title_fr;title_nl;frequency;access_right;themes;description_fr\n");
        for (var i = 0; i < DatasetImport.MaxRows; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"jeu-{i:D5};Jeu de données {i};Dataset {i};Mensuel;Public;TRAN;Une description du jeu numéro {i}, assez longue pour ressembler à une vraie.\n");
        }

        var facilitator = await _app.FacilitatorAsync();
        var watch = Stopwatch.StartNew();
        var doc = await (await UploadAsync(facilitator, "big.csv", Encoding.UTF8.GetBytes(sb.ToString()))).ParseAsync();
        var checkedIn = watch.Elapsed;
        Assert.Null(doc.QuerySelector("[data-testid=import-errors]"));
        Assert.Equal(HttpStatusCode.Redirect, (await ConfirmAsync(facilitator, doc)).StatusCode);
        var total = watch.Elapsed;
        output.WriteLine($"10,000 rows: upload+check {checkedIn.TotalSeconds:F1} s, total with import {total.TotalSeconds:F1} s");
        Assert.Equal(DatasetImport.MaxRows, await _app.DbAsync(db => db.Datasets.IgnoreQueryFilters().CountAsync()));
        Assert.True(total < TimeSpan.FromSeconds(120), $"took {total}");

        // One more row than the limit is refused.
        sb.Append("jeu-extra;Extra;Extra;Mensuel;Public;TRAN;x\n");
        var errors = (await (await UploadAsync(facilitator, "bigger.csv", Encoding.UTF8.GetBytes(sb.ToString()))).ParseAsync()).QuerySelectorAll("[data-testid=import-errors] li");
        Assert.Contains(errors, e => e.TextContent.Contains("more than 10000 rows", StringComparison.Ordinal));
    }

    private static Encoding CodePagesEncoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    private static byte[] Unzip(byte[] xlsx)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(xlsx));
        using var all = new MemoryStream();
        foreach (var entry in zip.Entries)
        {
            using var s = entry.Open();
            s.CopyTo(all);
        }

        return all.ToArray();
    }

    /// <summary>The check form's fields with value choices set: (field, value in the file, code).</summary>
    private static Dictionary<string, string> Values(AngleSharp.Html.Dom.IHtmlDocument doc, params (string Field, string Value, string To)[] choices)
    {
        var result = new Dictionary<string, string>();
        var i = 0;
        while (doc.QuerySelector($"input[name='MapField[{i}]']") is { } field)
        {
            var value = doc.QuerySelector($"input[name='MapValue[{i}]']")!.GetAttribute("value");
            var choice = choices.FirstOrDefault(c => c.Field == field.GetAttribute("value") && c.Value == value);
            if (choice.To is not null)
            {
                result[$"MapTo[{i}]"] = choice.To;
            }

            i++;
        }

        return result;
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string name, byte[] content)
    {
        var form = await client.GetFormAsync(Import, "Upload");
        return await client.UploadAsync(form, "File", name, content);
    }

    private static Task<HttpResponseMessage> ConfirmAsync(HttpClient client, AngleSharp.Html.Dom.IHtmlDocument doc)
    {
        var form = HttpClientExtensions.FormOf(doc, Import, "Check");
        return client.PostAsync(Import + "?handler=Confirm", new FormUrlEncodedContent(form.Fields));
    }

    private Task<List<Dataset>> DatasetsAsync() =>
        _app.DbAsync(db => db.Datasets.IgnoreQueryFilters().AsNoTracking().OrderBy(d => d.Slug).ToListAsync());
}
