using System.Net;
using System.Text;
using DataStrategy.Core.Inventory;
using DataStrategy.Core.Text;
using DataStrategy.Data.Demo;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Pages.Datasets;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Web.Tests;

/// <summary>
/// The register's search (ADR 0043): every folded word a substring of the folded text, within the organisation, whatever
/// the index behind it; wildcards and full-text syntax taken literally; the index follows every write.
/// </summary>
public sealed class DatasetSearchTests : IDisposable, IAsyncLifetime
{
    private const string List = "/o/" + DemoSeeder.Slug + "/datasets";
    private readonly DssApp _app = new();

    public void Dispose() => _app.Dispose();

    // These tests count and name their own datasets: the demo's forty would be in the way.
    public Task InitializeAsync() => _app.RemoveDemoInventoryAsync();

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    private static readonly (string Slug, string Fr, string? Nl, string? Description, string? Source)[] Texts =
    [
        ("ecoles", "Écoles communales", "Gemeentelijke scholen", null, null),
        ("dechets", "Collecte des DÉCHETS", "Afvalophaling", "Tournées hebdomadaires", "Nova"),
        ("taux", "Taux de couverture 100% vert", null, null, null),
        ("mille", "1000 arbres plantés", null, null, null),
        ("code-ab", "Table code a_b", null, null, null),
        ("code-axb", "Table code axb", null, null, null),
        ("chemin", "Export c:\\temp\\parcs", null, null, null),
        ("guillemets", "Le \"parc\" du centre", null, null, null),
        ("etoile", "Parc* étoilé", null, "near the station OR the park", null),
        ("nearby", "Nearby services", "Diensten in de buurt", null, null),
        ("oeuvre", "Œuvres d'art publiques", "Kunstwerken", "Straße, café, naïve", "ArcGIS"),
        ("parking", "Parkings publics", "Openbare parkings", "Occupation des parkings", null),
    ];

    private async Task SeedAsync()
    {
        var org = await _app.DemoOrganisationIdAsync();
        await _app.DbAsync(
            async db =>
            {
                foreach (var (slug, fr, nl, description, source) in Texts)
                {
                    db.Datasets.Add(new Dataset
                    {
                        OrganisationId = org,
                        Slug = slug,
                        Title = LocalizedText.Of(fr, nl),
                        Description = description is null ? new LocalizedText() : LocalizedText.Of(en: description),
                        SourceSystem = source,
                    });
                }

                return await db.SaveChangesAsync();
            },
            org);
    }

    /// <summary>The rows the register shows for <paramref name="query"/> and the count in its caption (0 when it says none match).</summary>
    private static async Task<(string[] Slugs, int Total)> SearchAsync(HttpClient client, string query, string extra = "")
    {
        var response = await client.GetAsync(List + "?q=" + Uri.EscapeDataString(query) + extra);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await response.ParseAsync();
        var slugs = doc.QuerySelectorAll("[data-testid=dataset-row]").Select(r => r.GetAttribute("data-slug")!).Order(StringComparer.Ordinal).ToArray();
        var caption = doc.QuerySelector("[data-testid=dataset-table] caption")?.TextContent;
        if (caption is null)
        {
            Assert.NotNull(doc.QuerySelector("[data-testid=no-results]"));
            return (slugs, 0);
        }

        return (slugs, int.Parse(caption.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The register shows exactly <paramref name="slugs"/> for <paramref name="query"/>, and counts as many.</summary>
    private static async Task FindsAsync(HttpClient client, string query, string extra, params string[] slugs)
    {
        var (found, total) = await SearchAsync(client, query, extra);
        Assert.Equal(slugs.Order(StringComparer.Ordinal), found);
        Assert.Equal(slugs.Length, total);
    }

    /// <summary>What the search meant before the indexes: every folded word (of the first 200 characters, at most 10) an ordinal substring of the stored folded text.</summary>
    private static string[] Expected(IEnumerable<Dataset> datasets, string query)
    {
        var words = DatasetRules.Fold(query.Length > DatasetQuery.MaxSearch ? query[..DatasetQuery.MaxSearch] : query).Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(10).ToArray();
        return datasets.Where(d => words.All(w => d.SearchText.Contains(w, StringComparison.Ordinal))).Select(d => d.Slug).Order(StringComparer.Ordinal).ToArray();
    }

    [Fact]
    public async Task Search_AccentsCaseWordsAndShortWords_FindWhatTheFoldedSubstringTestFinds()
    {
        await SeedAsync();
        var client = await _app.SignInAsync(DemoSeeder.ViewerEmail);
        var all = await _app.DbAsync(db => db.Datasets.AsNoTracking().ToListAsync(), await _app.DemoOrganisationIdAsync());
        Assert.Equal(Texts.Length, all.Count);

        // Pinned by hand: accent- and case-insensitive, inside words, every word, any order, any language, 1–2 letters.
        Assert.Equal(["ecoles"], (await SearchAsync(client, "ÉCOLE")).Slugs);
        Assert.Equal(["ecoles"], (await SearchAsync(client, "scholen COMMUNALES")).Slugs);
        Assert.Equal(["dechets"], (await SearchAsync(client, "déchet nova hebdo")).Slugs);
        Assert.Equal(["oeuvre"], (await SearchAsync(client, "naive CAFÉ arcgis")).Slugs);
        Assert.Equal(["parking"], (await SearchAsync(client, "parkings occupation")).Slugs);
        Assert.Equal(["chemin", "etoile", "guillemets"], (await SearchAsync(client, "parc")).Slugs);
        Assert.Equal(["code-ab", "code-axb"], (await SearchAsync(client, "ab")).Slugs.Intersect(["code-ab", "code-axb"]).ToArray());
        Assert.Empty((await SearchAsync(client, "parc arbres")).Slugs);
        Assert.Equal(["dechets", "ecoles"], (await SearchAsync(client, "é")).Slugs.Intersect(["dechets", "ecoles"]).ToArray());

        string[] queries =
        [
            "ÉCOLE", "ecoles scholen", "e", "é", "ab", "xb", "a b", "ar", "œ", "oe", "ss", "straße", "strasse", "cafe", "parc", "PARC*",
            "parkings occupation", "100", "1000", "00 ar", "zzz", "publi", "  parc   publics  ", "gemeentelijke", "é c o l e s",
        ];
        foreach (var query in queries)
        {
            var (slugs, total) = await SearchAsync(client, query);
            Assert.Equal(Expected(all, query), slugs);
            Assert.Equal(slugs.Length, total);
        }
    }

    [Fact]
    public async Task Search_WildcardsQuotesAndFullTextSyntax_AreTakenLiterally_AndALongQueryIsCut()
    {
        await SeedAsync();
        var client = await _app.SignInAsync(DemoSeeder.ViewerEmail);
        var all = await _app.DbAsync(db => db.Datasets.AsNoTracking().ToListAsync(), await _app.DemoOrganisationIdAsync());

        Assert.Equal(["taux"], (await SearchAsync(client, "100%")).Slugs);
        Assert.Equal(["taux"], (await SearchAsync(client, "%")).Slugs);
        Assert.Equal(["code-ab"], (await SearchAsync(client, "a_b")).Slugs);
        Assert.Equal(["code-ab"], (await SearchAsync(client, "_")).Slugs);
        Assert.Equal(["chemin"], (await SearchAsync(client, "c:\\temp")).Slugs);
        Assert.Equal(["chemin"], (await SearchAsync(client, "\\")).Slugs);
        Assert.Equal(["guillemets"], (await SearchAsync(client, "\"parc\"")).Slugs);
        Assert.Equal(["etoile"], (await SearchAsync(client, "parc*")).Slugs);
        Assert.Equal(["etoile"], (await SearchAsync(client, "NEAR the")).Slugs);
        Assert.Equal(["etoile", "nearby"], (await SearchAsync(client, "near")).Slugs);
        Assert.Empty((await SearchAsync(client, "parc OR ecoles")).Slugs);
        Assert.Empty((await SearchAsync(client, "NEAR(parc ecoles)")).Slugs);
        Assert.Empty((await SearchAsync(client, "%%")).Slugs);
        Assert.Empty((await SearchAsync(client, "a%b")).Slugs);

        var longWord = new string('z', 250);
        var cut = "parc " + new string('p', 196) + " ecoles";
        string[] hostile =
        [
            "100%", "%", "_", "__", "a_b", "[a]", "^p", "$", "'", "''", "\"", "\"\"", "*", "parc*", "p*c", "NEAR", "near/2", "OR", "AND NOT",
            "col:parc", "{parc}", "(parc)", "-parc", "+parc", "\\%", "\\_", "%_\\", "'; DROP TABLE \"Datasets\"; --", longWord, cut,
            string.Join(' ', Enumerable.Repeat("p", 40)),
        ];
        foreach (var query in hostile)
        {
            var (slugs, total) = await SearchAsync(client, query);
            Assert.Equal(Expected(all, query), slugs);
            Assert.Equal(slugs.Length, total);
        }

        Assert.Empty((await SearchAsync(client, longWord)).Slugs);
        Assert.Equal(["chemin", "etoile", "guillemets"], (await SearchAsync(client, "parc " + new string(' ', 200) + "zzzz")).Slugs);
        Assert.Equal(Texts.Length, await _app.DbAsync(db => db.Datasets.IgnoreQueryFilters().CountAsync()));
    }

    [Fact]
    public async Task Search_NeverFindsAnotherOrganisationsDataset()
    {
        var org = await _app.DemoOrganisationIdAsync();
        var b = await SecondOrganisation.CreateAsync(_app);
        await DatasetRegisterTests.EnsureDatasetAsync(_app, b.Id, "licornes-b", d => d.Title = LocalizedText.Of("Licornes du parc secret"));
        await DatasetRegisterTests.EnsureDatasetAsync(_app, org, "parc-a", d => d.Title = LocalizedText.Of("Parc public"));
        var lead = await _app.LeadAsync();

        await FindsAsync(lead, "parc", "", "parc-a");
        await FindsAsync(lead, "parc", "&p=2", "parc-a");
        await FindsAsync(lead, "licornes", "");
        await FindsAsync(lead, "licornes", "&p=3");
        await FindsAsync(lead, "secret parc", "");

        // Enough matches in the other organisation to fill pages: still none here, and the count is this organisation's.
        await _app.DbAsync(
            async db =>
            {
                for (var i = 0; i < 60; i++)
                {
                    db.Datasets.Add(new Dataset { OrganisationId = b.Id, Slug = $"parc-b-{i:00}", Title = LocalizedText.Of("Parc secret " + i) });
                }

                return await db.SaveChangesAsync();
            },
            b.Id);
        await FindsAsync(lead, "parc", "", "parc-a");
        await FindsAsync(lead, "parc", "&p=2", "parc-a");
        await FindsAsync(lead, "secret", "");
    }

    [Fact]
    public async Task Search_ManyMatches_AreCountedAndPaged_AFewAreCountedFromTheFirstPage()
    {
        var org = await _app.DemoOrganisationIdAsync();
        await _app.DbAsync(
            async db =>
            {
                for (var i = 0; i < 150; i++)
                {
                    db.Datasets.Add(new Dataset { OrganisationId = org, Slug = $"d-{i:000}", Title = LocalizedText.Of(i < 120 ? "Parc " + i : "Jardin " + i) });
                }

                return await db.SaveChangesAsync();
            },
            org);
        var client = await _app.SignInAsync(DemoSeeder.ViewerEmail);

        async Task Page(string extra, int from, int count, int total)
        {
            var (slugs, counted) = await SearchAsync(client, "parc", extra);
            Assert.Equal(Enumerable.Range(from, count).Select(i => $"d-{i:000}"), slugs);
            Assert.Equal(total, counted);
        }

        await Page("", 0, 50, 120);
        await Page("&p=0", 0, 50, 120);
        await Page("&p=2", 50, 50, 120);
        await Page("&p=3", 100, 20, 120);
        await Page("&p=9", 100, 20, 120);
        Assert.Equal(3, (await client.GetDocumentAsync(List + "?q=parc&p=3")).QuerySelectorAll(".pager a").Length);
        await FindsAsync(client, "jardin", "", Enumerable.Range(120, 30).Select(i => $"d-{i:000}").ToArray());
        await FindsAsync(client, "jardin", "&p=2", Enumerable.Range(120, 30).Select(i => $"d-{i:000}").ToArray());
        Assert.Empty((await client.GetDocumentAsync(List + "?q=jardin")).QuerySelectorAll(".pager a"));
        await FindsAsync(client, "parc 11", "", "d-011", "d-110", "d-111", "d-112", "d-113", "d-114", "d-115", "d-116", "d-117", "d-118", "d-119");
    }

    [Fact]
    public async Task Search_FollowsEdits_Imports_AndDeletions()
    {
        var org = await _app.DemoOrganisationIdAsync();
        await DatasetRegisterTests.EnsureDatasetAsync(_app, org, "kiosque", d => d.Title = LocalizedText.Of("Kiosque à musique"));
        var facilitator = await _app.FacilitatorAsync();
        await FindsAsync(facilitator, "kiosque", "", "kiosque");

        var edit = await facilitator.GetFormAsync(List + "/kiosque/edit");
        Assert.Equal(HttpStatusCode.Redirect, (await facilitator.SubmitAsync(edit, new() { ["Title[fr]"] = "Pavillon des fêtes", ["Keywords[fr]"] = "Événements" })).StatusCode);
        await FindsAsync(facilitator, "kiosque", "");
        await FindsAsync(facilitator, "pavillon evenements", "", "kiosque");

        const string Csv = "Identifiant;Titre (FR);Titel (NL);Fréquence;Accès\n" +
            "bornes;Bornes de recharge;Laadpalen;Mensuel;Public\n" +
            "kiosque;Kiosque rénové;Muziekkiosk;Mensuel;Public\n";
        var upload = await facilitator.UploadAsync(await facilitator.GetFormAsync(List + "/import", "Upload"), "File", "inventaire.csv", Encoding.UTF8.GetBytes(Csv));
        var preview = await upload.ParseAsync();
        var confirm = HttpClientExtensions.FormOf(preview, List + "/import", "Check");
        Assert.Equal(HttpStatusCode.Redirect, (await facilitator.PostAsync(List + "/import?handler=Confirm", new FormUrlEncodedContent(confirm.Fields))).StatusCode);
        await FindsAsync(facilitator, "laadpalen", "", "bornes");
        await FindsAsync(facilitator, "kiosque renove", "", "kiosque");
        await FindsAsync(facilitator, "pavillon", "");

        Assert.Equal(HttpStatusCode.Redirect, (await facilitator.SubmitAsync(await facilitator.GetFormAsync(List + "/kiosque/delete"))).StatusCode);
        await FindsAsync(facilitator, "kiosque", "");
        await FindsAsync(facilitator, "recharge", "", "bornes");
    }

    [Fact]
    public async Task Search_IsAnsweredFromTheNarrowIndex_OnSqlite_AndTheTrigramIndex_OnPostgres()
    {
        var org = await _app.DemoOrganisationIdAsync();
        var plan = await _app.DbAsync(
            async db =>
            {
                var query = DatasetQuery.Filter(db, new DatasetFilter("parc", null, null, null, null, false, null), [], DateTimeOffset.UtcNow);
                if (TestDatabase.IsPostgres)
                {
                    return string.Join('\n', await db.Database.SqlQueryRaw<string>("SELECT indexdef AS \"Value\" FROM pg_indexes WHERE indexname = 'IX_Datasets_SearchText_trgm'").ToListAsync());
                }

                var count = query.Select(d => d.Id).ToQueryString();
                Assert.Contains("instr(", count, StringComparison.Ordinal);
                var connection = db.Database.GetDbConnection();
                await db.Database.OpenConnectionAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = "EXPLAIN QUERY PLAN SELECT COUNT(*) FROM \"Datasets\" AS \"d\" WHERE \"d\".\"OrganisationId\" = $org AND instr(\"d\".\"SearchText\", 'parc') > 0";
                var parameter = command.CreateParameter();
                parameter.ParameterName = "$org";
                parameter.Value = org.ToString().ToUpperInvariant();
                command.Parameters.Add(parameter);
                var lines = new List<string>();
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    lines.Add(reader.GetString(3));
                }

                return string.Join('\n', lines);
            },
            org);

        if (TestDatabase.IsPostgres)
        {
            Assert.Contains("USING gin (\"SearchText\" gin_trgm_ops)", plan, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains("COVERING INDEX IX_Datasets_OrganisationId_Slug_SearchText", plan, StringComparison.Ordinal);
        }
    }
}
