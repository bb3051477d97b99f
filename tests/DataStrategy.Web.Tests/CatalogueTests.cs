using System.Net;
using System.Text.Json;
using DataStrategy.Core.Text;
using DataStrategy.Data.Demo;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Web.Tests;

/// <summary>
/// The public datasets and their DCAT-AP 3.0.1 catalogue: an organisation of its own with 110 published public
/// datasets (25 describing every field: four languages, high value, periods, several distributions; the rest plain),
/// a restricted one, an unpublished one, and hostile titles. Both formats, both pages, validated with the SEMIC shapes
/// (and the Belgian federal profile's) by tests/shacl/validate.mjs.
/// </summary>
public sealed class CatalogueTests : IDisposable
{
    public const string Slug = "stad-cat";
    public const string OwnerName = "Ophélie Propriétaire-Secrète";
    public const string SourceSystem = "SECRET-SAP-SYSTEM";
    public const string Hostile = "Quote \" and \"\"\" triple, back\\slash \\u0041, new\nline\r\ttab <script>alert(1)</script> ' end\\";

    private readonly DssApp _app = new();

    public void Dispose() => _app.Dispose();

    private sealed record Org(Guid Id, Guid DepartmentId);

    private async Task<Org> CreateAsync(int plain = 85, bool belgian = false, string? contact = "opendata@stad-cat.example")
    {
        var org = new Organisation
        {
            Slug = Slug,
            Name = LocalizedText.Of("Ville Catalogue", "Stad Catalogus", "City Catalogue", "Stadt Katalog"),
            Languages = ["fr", "nl", "de", "en"],
            DefaultLanguage = "fr",
            BelgianCatalogueProfile = belgian,
            CatalogueContactEmail = contact,
            Homepage = "https://www.stad-cat.example/",
        };
        var department = new Department { OrganisationId = org.Id, Code = "MOB", Name = LocalizedText.Of("Mobilité", "Mobiliteit", "Mobility", "Mobilität") };
        var owner = new Stakeholder { OrganisationId = org.Id, Name = OwnerName, Email = "ophelie@stad-cat.example", DepartmentId = department.Id };
        await _app.DbAsync(async db =>
        {
            db.Organisations.Add(org);
            db.Departments.Add(department);
            db.Stakeholders.Add(owner);
            await db.SaveChangesAsync();
            for (var i = 0; i < 25; i++)
            {
                db.Datasets.Add(Rich(org.Id, department.Id, owner.Id, i));
            }

            for (var i = 0; i < plain; i++)
            {
                db.Datasets.Add(Plain(org.Id, "plain-" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture)));
            }

            var restricted = Plain(org.Id, "restricted-one");
            restricted.AccessRight = "RESTRICTED";
            restricted.Title = LocalizedText.Of(fr: "Jeu restreint secret");
            var unpublished = Plain(org.Id, "unpublished-one");
            unpublished.Published = false;
            unpublished.Title = LocalizedText.Of(fr: "Jeu non publié secret");
            var hostile = Plain(org.Id, "hostile");
            hostile.Title = LocalizedText.Of(Hostile, Hostile, Hostile, Hostile);
            hostile.Description = LocalizedText.Of(Hostile, Hostile, Hostile, Hostile);
            hostile.Keywords = LocalizedText.Of("a\"b, c\\d, <e>", "x", "y", "z");
            hostile.Spatial = "https://example.org/place?q=<x>&y=\"z\"";
            hostile.Distributions = [new DatasetDistribution { Title = LocalizedText.Of(Hostile, Hostile, Hostile, Hostile), Format = "CSV", AccessUrl = "https://example.org/a>b\"c{d}|e^f`g\\h i", DownloadUrl = "javascript:alert(1)" }];
            db.Datasets.AddRange(restricted, unpublished, hostile);
            return await db.SaveChangesAsync();
        }, org.Id);
        return new Org(org.Id, department.Id);
    }

    private static Dataset Rich(Guid org, Guid department, Guid owner, int i) => new()
    {
        OrganisationId = org,
        Slug = "rich-" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture),
        Title = LocalizedText.Of($"Comptages vélo {i}", $"Fietstellingen {i}", $"Bicycle counts {i}", $"Fahrradzählungen {i}"),
        Description = LocalizedText.Of($"Passages de vélos par heure ({i}).", $"Fietspassages per uur ({i}).", $"Bicycle passages per hour ({i}).", $"Fahrraddurchfahrten pro Stunde ({i})."),
        Keywords = LocalizedText.Of("vélo, mobilité", "fiets, mobiliteit", "bicycle, mobility", "Fahrrad, Mobilität"),
        DepartmentId = department,
        OwnerId = owner,
        StewardId = owner,
        SourceSystem = SourceSystem,
        Frequency = i % 2 == 0 ? "DAILY" : "MONTHLY",
        Themes = i % 3 == 0 ? ["TRAN", "ENVI"] : ["TRAN"],
        AccessRight = "PUBLIC",
        Licence = i % 4 == 0 ? "CC0" : "CC_BY_4_0",
        Spatial = i % 2 == 0 ? "http://sws.geonames.org/2800866/" : "Bruxelles",
        TemporalStart = new DateOnly(2020, 1, 1),
        TemporalEnd = i % 5 == 0 ? null : new DateOnly(2024, 12, 31),
        QualityNotes = LocalizedText.Of(fr: "Capteurs recalibrés en 2023."),
        HighValue = i % 2 == 0,
        HighValueCategory = i % 2 == 0 ? "c_b79e35eb" : null,
        PersonalData = i == 3,
        Published = true,
        PublishedAt = DateTimeOffset.UtcNow.AddDays(-10),
        LastUpdatedAt = DateTimeOffset.UtcNow.AddDays(-1),
        Distributions =
        [
            new DatasetDistribution { Title = LocalizedText.Of("Fichier CSV", "CSV-bestand", "CSV file", "CSV-Datei"), Format = "CSV", AccessUrl = "https://data.stad-cat.example/velo", DownloadUrl = $"https://data.stad-cat.example/velo-{i}.csv" },
            new DatasetDistribution { Title = LocalizedText.Of("API JSON", "JSON-API", "JSON API", "JSON-API"), Format = "JSON", AccessUrl = $"https://api.stad-cat.example/velo/{i}" },
            new DatasetDistribution { Format = "GEOJSON", AccessUrl = "https://data.stad-cat.example/velo.geojson" },
        ],
    };

    private static Dataset Plain(Guid org, string slug) => new()
    {
        OrganisationId = org,
        Slug = slug,
        Title = LocalizedText.Of("Budget " + slug, "Begroting " + slug, "Budget " + slug, "Haushalt " + slug),
        Description = LocalizedText.Of("Le budget annuel.", "De jaarlijkse begroting.", "The annual budget.", "Der Jahreshaushalt."),
        Themes = ["ECON"],
        Frequency = "ANNUAL",
        AccessRight = "PUBLIC",
        Licence = "CC_BY_4_0",
        Published = true,
        PublishedAt = DateTimeOffset.UtcNow.AddDays(-5),
        Distributions = [new DatasetDistribution { Format = "XLSX", AccessUrl = "https://data.stad-cat.example/budget" }],
    };

    private static async Task<string> SaveAsync(HttpClient client, string url, string extension)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var path = Path.Combine(Path.GetTempPath(), "dss-catalogue-" + Guid.NewGuid().ToString("N") + extension);
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
        return path;
    }

    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static void Delete(IEnumerable<string> files)
    {
        foreach (var f in files)
        {
            File.Delete(f);
        }
    }

    [Fact]
    public async Task Catalogue_EveryFieldOnTwoPages_ConformsToDcatAp301_InTurtleAndJsonLd()
    {
        await CreateAsync();
        var anonymous = _app.Anonymous("en");
        var files = new[]
        {
            await SaveAsync(anonymous, "/p/" + Slug + "/catalogue.ttl", ".ttl"),
            await SaveAsync(anonymous, "/p/" + Slug + "/catalogue.ttl?page=2", ".ttl"),
            await SaveAsync(anonymous, "/p/" + Slug + "/catalogue.jsonld", ".jsonld"),
            await SaveAsync(anonymous, "/p/" + Slug + "/catalogue.jsonld?page=2", ".jsonld"),
        };
        try
        {
            var (exit, output) = await ShaclValidator.RunAsync(files);

            Assert.True(exit == 0, output);
            Assert.Contains("violations: 0", output, StringComparison.Ordinal);
            var page1 = await File.ReadAllTextAsync(files[0]);
            var page2 = await File.ReadAllTextAsync(files[1]);
            // 111 listed (25 rich, 85 plain, the hostile one): 100 on page 1, 11 on page 2, linked both ways.
            Assert.Equal(100, CountOf(page1, " a dcat:Dataset"));
            Assert.Equal(11, CountOf(page2, " a dcat:Dataset"));
            Assert.Contains("hydra:totalItems \"111\"^^xsd:integer", page1, StringComparison.Ordinal);
            Assert.Contains("hydra:nextPage <http://localhost/p/" + Slug + "/catalogue.ttl?page=2>", page1, StringComparison.Ordinal);
            Assert.Contains("hydra:previousPage <http://localhost/p/" + Slug + "/catalogue.ttl?page=1>", page2, StringComparison.Ordinal);
            Assert.DoesNotContain("hydra:nextPage", page2, StringComparison.Ordinal);
            // Every field of a rich dataset, with EU vocabulary URIs and language tags.
            var all = page1 + page2;
            foreach (var expected in new[]
            {
                "\"Fahrradzählungen 0\"@de", "\"Fietstellingen 0\"@nl", "dcat:keyword \"Fahrrad\"@de",
                "<http://publications.europa.eu/resource/authority/data-theme/TRAN>", "<http://publications.europa.eu/resource/authority/frequency/DAILY>",
                "<http://publications.europa.eu/resource/authority/access-right/PUBLIC>", "<http://publications.europa.eu/resource/authority/licence/CC_BY_4_0>",
                "<http://publications.europa.eu/resource/authority/file-type/GEOJSON>", "<http://publications.europa.eu/resource/authority/language/DEU>",
                "dcatap:applicableLegislation <http://data.europa.eu/eli/reg_impl/2023/138/oj>", "dcatap:hvdCategory <http://data.europa.eu/bna/c_b79e35eb>",
                "vcard:hasEmail <mailto:opendata@stad-cat.example>", "foaf:name \"Stadt Katalog\"@de", "dcat:startDate \"2020-01-01\"^^xsd:date",
                "dcat:landingPage <http://localhost/p/" + Slug + "/datasets/rich-00>", "dct:spatial <http://sws.geonames.org/2800866/>",
                "dcat:downloadURL <https://data.stad-cat.example/velo-0.csv>", "dct:identifier \"rich-00\"",
            })
            {
                Assert.Contains(expected, all, StringComparison.Ordinal);
            }

            Assert.DoesNotContain(OwnerName, all, StringComparison.Ordinal);
            Assert.DoesNotContain(SourceSystem, all, StringComparison.Ordinal);
            Assert.DoesNotContain("restricted-one", all, StringComparison.Ordinal);
            Assert.DoesNotContain("unpublished-one", all, StringComparison.Ordinal);
            Assert.DoesNotContain("javascript:", all, StringComparison.Ordinal);
        }
        finally
        {
            Delete(files);
        }
    }

    [Fact]
    public async Task DemoCatalogue_ConformsToDcatAp301_InTurtleAndJsonLd()
    {
        var anonymous = _app.Anonymous("nl");
        var files = new[]
        {
            await SaveAsync(anonymous, "/p/" + DemoSeeder.Slug + "/catalogue.ttl", ".ttl"),
            await SaveAsync(anonymous, "/p/" + DemoSeeder.Slug + "/catalogue.jsonld", ".jsonld"),
        };
        try
        {
            var (exit, output) = await ShaclValidator.RunAsync(files);

            Assert.True(exit == 0, output);
            Assert.Contains("violations: 0", output, StringComparison.Ordinal);
            var turtle = await File.ReadAllTextAsync(files[0]);
            // The demo publishes twenty public datasets, in French, Dutch and English, with the City as contact.
            Assert.Equal(20, CountOf(turtle, " a dcat:Dataset"));
            Assert.Contains("@nl", turtle, StringComparison.Ordinal);
            Assert.Contains("vcard:hasEmail <mailto:opendata@ville-de-demo.example>", turtle, StringComparison.Ordinal);
            var secrets = await _app.DbAsync(async db => (await db.ProcessingRecords.IgnoreQueryFilters().ToListAsync()).Select(r => r.Purposes)
                .Concat((await db.Datasets.IgnoreQueryFilters().Where(d => !d.Published).ToListAsync()).SelectMany(d => d.Title.Values.Values)).ToList());
            Assert.NotEmpty(secrets);
            var both = turtle + await File.ReadAllTextAsync(files[1]);
            Assert.DoesNotContain(secrets, s => both.Contains(s, StringComparison.Ordinal));
        }
        finally
        {
            Delete(files);
        }
    }

    [Fact]
    public async Task Catalogue_WithTheBelgianProfile_ConformsToTheFederalShapes_AndLeavesOutDatasetsMissingALanguage()
    {
        var org = await CreateAsync(plain: 10, belgian: true);
        await _app.DbAsync(async db =>
        {
            var missingGerman = Plain(org.Id, "no-german");
            missingGerman.Title = LocalizedText.Of(fr: "Sans allemand", nl: "Zonder Duits", en: "Without German");
            db.Datasets.Add(missingGerman);
            return await db.SaveChangesAsync();
        }, org.Id);
        var anonymous = _app.Anonymous("en");
        var files = new[] { await SaveAsync(anonymous, "/p/" + Slug + "/catalogue.ttl", ".ttl"), await SaveAsync(anonymous, "/p/" + Slug + "/catalogue.jsonld", ".jsonld") };
        try
        {
            var (exit, output) = await ShaclValidator.RunAsync(["--belgian", .. files]);

            Assert.True(exit == 0, output);
            var turtle = await File.ReadAllTextAsync(files[0]);
            Assert.DoesNotContain("no-german", turtle, StringComparison.Ordinal);
            Assert.Contains("rich-01", turtle, StringComparison.Ordinal);
            Assert.Contains("foaf:mbox <mailto:opendata@stad-cat.example>", turtle, StringComparison.Ordinal);
            // Still on the public site: the profile only decides what the federal harvester reads.
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/p/" + Slug + "/datasets/no-german")).StatusCode);
        }
        finally
        {
            Delete(files);
        }
    }

    [Fact]
    public async Task Catalogue_BelgianShapes_CatchWhatTheProfileRequires()
    {
        // The same catalogue without the profile has no German-less dataset filter and no licence on datasets: the
        // federal shapes must then report violations, so the validation above can fail.
        var org = await CreateAsync(plain: 2, belgian: false);
        await _app.DbAsync(async db =>
        {
            var missingGerman = Plain(org.Id, "no-german");
            missingGerman.Title = LocalizedText.Of(fr: "Sans allemand", nl: "Zonder Duits", en: "Without German");
            db.Datasets.Add(missingGerman);
            return await db.SaveChangesAsync();
        }, org.Id);
        var file = await SaveAsync(_app.Anonymous("en"), "/p/" + Slug + "/catalogue.ttl", ".ttl");
        try
        {
            var (exit, output) = await ShaclValidator.RunAsync("--belgian", file);

            Assert.Equal(1, exit);
            Assert.Contains("http://purl.org/dc/terms/license", output, StringComparison.Ordinal);
        }
        finally
        {
            Delete([file]);
        }
    }

    [Fact]
    public async Task Catalogue_HostileTitles_RoundTripThroughTurtleAndJsonLd()
    {
        await CreateAsync(plain: 0);
        var anonymous = _app.Anonymous("en");
        var files = new[] { await SaveAsync(anonymous, "/p/" + Slug + "/catalogue.ttl", ".ttl"), await SaveAsync(anonymous, "/p/" + Slug + "/catalogue.jsonld", ".jsonld") };
        try
        {
            var (exit, output) = await ShaclValidator.RunAsync(["--literals", "http://purl.org/dc/terms/title", .. files]);

            Assert.True(exit == 0, output);
            var lines = output.Split('\n').Where(l => l.StartsWith("LITERALS ", StringComparison.Ordinal)).ToList();
            Assert.Equal(2, lines.Count);
            foreach (var line in lines)
            {
                var literals = JsonSerializer.Deserialize<List<Literal>>(line["LITERALS ".Length..], WebJson)!;
                var hostile = literals.Where(l => l.Subject.EndsWith("/datasets/hostile#dataset", StringComparison.Ordinal)).ToList();
                Assert.Equal(["de", "en", "fr", "nl"], hostile.Select(l => l.Language).Order());
                Assert.All(hostile, l => Assert.Equal(Hostile.Trim(), l.Value));
                Assert.Contains(literals, l => l.Value == Hostile.Trim() && l.Subject.Contains("#distribution-", StringComparison.Ordinal));
            }

            var turtle = await File.ReadAllTextAsync(files[0]);
            Assert.Contains("<https://example.org/a%3Eb%22c%7Bd%7D%7Ce%5Ef%60g%5Ch%20i>", turtle, StringComparison.Ordinal);
        }
        finally
        {
            Delete(files);
        }
    }

    private sealed record Literal(string Subject, string Value, string Language);

    [Theory]
    [InlineData("/catalogue.ttl?page=0")]
    [InlineData("/catalogue.ttl?page=3")]
    [InlineData("/catalogue.ttl?page=abc")]
    [InlineData("/catalogue.ttl?page=-1")]
    [InlineData("/catalogue.ttl?page=99999999999999999999")]
    [InlineData("/catalogue.xml")]
    [InlineData("/catalogue.rdf")]
    [InlineData("/datasets/restricted-one")]
    [InlineData("/datasets/unpublished-one")]
    [InlineData("/datasets/..%2F..%2Fsettings")]
    public async Task Catalogue_NoSuchPageFormatOrPublicDataset_Answers404(string rest)
    {
        await CreateAsync(plain: 80);

        var response = await _app.Anonymous("en").GetAsync("/p/" + Slug + rest);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Catalogue_HasContentTypeEntityTagAndLastModified_AndANewPublicationShowsAtOnce()
    {
        var org = await CreateAsync(plain: 3);
        var anonymous = _app.Anonymous("en");

        var turtle = await anonymous.GetAsync("/p/" + Slug + "/catalogue.ttl");
        var jsonld = await anonymous.GetAsync("/p/" + Slug + "/catalogue.jsonld");
        using var again = new HttpRequestMessage(HttpMethod.Get, "/p/" + Slug + "/catalogue.ttl");
        again.Headers.IfNoneMatch.Add(turtle.Headers.ETag!);
        var notModified = await anonymous.SendAsync(again);
        await _app.DbAsync(async db =>
        {
            var fresh = Plain(org.Id, "fresh-one");
            db.Datasets.Add(fresh);
            return await db.SaveChangesAsync();
        }, org.Id);
        var after = await anonymous.GetStringAsync("/p/" + Slug + "/catalogue.ttl");

        Assert.Equal("text/turtle", TypeOf(turtle));
        Assert.Equal("application/ld+json", jsonld.Content.Headers.ContentType!.MediaType);
        Assert.NotNull(turtle.Content.Headers.LastModified);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Contains("/datasets/fresh-one#dataset", after, StringComparison.Ordinal);
        using var parsed = JsonDocument.Parse(await jsonld.Content.ReadAsStringAsync());
        Assert.True(parsed.RootElement.GetProperty("@context").TryGetProperty("dcat", out _));
    }

    private static string? TypeOf(HttpResponseMessage response) => response.Content.Headers.ContentType?.MediaType;

    [Fact]
    public async Task PublicDatasets_SearchFilterAndLanguage_ShowOnlyPublicDatasets_NeverTheirOwner()
    {
        await CreateAsync(plain: 5);
        var dutch = _app.Anonymous("nl");
        var english = _app.Anonymous("en");

        var list = await dutch.GetStringAsync("/p/" + Slug + "/datasets");
        var searched = await english.GetStringAsync("/p/" + Slug + "/datasets?q=VELO%2012");
        var theme = await english.GetStringAsync("/p/" + Slug + "/datasets?theme=ENVI");
        var format = await english.GetStringAsync("/p/" + Slug + "/datasets?format=GEOJSON&page=9999");
        var german = await english.GetStringAsync("/p/" + Slug + "/datasets?culture=de");
        var hostile = await english.GetStringAsync("/p/" + Slug + "/datasets?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E&theme=%22%3E&format=%3Cx%3E");
        var page = await english.GetStringAsync("/p/" + Slug + "/datasets/rich-00");

        Assert.Contains("Fietstellingen 0", list, StringComparison.Ordinal);
        Assert.Contains("Bicycle counts 12", searched, StringComparison.Ordinal);
        Assert.DoesNotContain("Bicycle counts 11", searched, StringComparison.Ordinal);
        Assert.Contains("Bicycle counts 3<", theme, StringComparison.Ordinal);
        Assert.DoesNotContain("Bicycle counts 1<", theme, StringComparison.Ordinal);
        Assert.DoesNotContain("Budget plain", theme, StringComparison.Ordinal);
        Assert.Contains("Bicycle counts 0", format, StringComparison.Ordinal);
        Assert.DoesNotContain("Budget plain", format, StringComparison.Ordinal);
        Assert.Contains("<span lang=\"de\">Fahrradz", german, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)</script>", hostile, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)</script>", await english.GetStringAsync("/p/" + Slug + "/datasets?q=hostile"), StringComparison.Ordinal);
        foreach (var html in new[] { list, searched, theme, format, german, page })
        {
            Assert.DoesNotContain(OwnerName, html, StringComparison.Ordinal);
            Assert.DoesNotContain(SourceSystem, html, StringComparison.Ordinal);
            Assert.DoesNotContain("Jeu restreint secret", html, StringComparison.Ordinal);
            Assert.DoesNotContain("Jeu non publié secret", html, StringComparison.Ordinal);
        }

        Assert.Contains("href=\"/p/" + Slug + "/datasets?culture=nl\" aria-current=\"page\"", list, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"alternate\" type=\"text/turtle\"", page, StringComparison.Ordinal);
        Assert.Contains("property=\"og:title\" content=\"Bicycle counts 0\"", page, StringComparison.Ordinal);
        Assert.Contains("https://data.stad-cat.example/velo-0.csv", page, StringComparison.Ordinal);
        Assert.Contains("Creative Commons Zero", page, StringComparison.Ordinal);
        Assert.Contains("Mobility", page, StringComparison.Ordinal);
    }
}
