using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using DataStrategy.Core.Inventory;
using DataStrategy.Core.Text;
using DataStrategy.Data.Demo;
using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Cli;

public static partial class Commands
{
    /// <summary>Slug prefix of the datasets the benchmark adds, so that they can be told apart and removed.</summary>
    public const string BenchDatasetPrefix = "bench-";

    private const int BenchDatasetBatch = 500;

    /// <summary>
    /// bench seed-datasets: fills an organisation's register with N generated datasets (spread over its departments and
    /// stakeholders, frequencies, access levels, published or not, some stale and due), to measure the register pages
    /// and the catalogue at scale. Deterministic (a fixed seed); <c>--remove</c> takes them out again.
    /// </summary>
    private static Command BenchSeedDatasetsCommand()
    {
        var command = new Command("seed-datasets", $"Add N generated datasets (slugs {BenchDatasetPrefix}…) to an organisation's register, to measure its pages at scale; --remove deletes them.");
        var organisation = new Option<string>("--organisation") { Description = "The organisation's slug.", DefaultValueFactory = _ => DemoSeeder.Slug };
        var count = new Option<int>("--count") { Description = "How many datasets to add.", DefaultValueFactory = _ => 10_000 };
        var remove = new Option<bool>("--remove") { Description = $"Delete the datasets an earlier run added (slugs {BenchDatasetPrefix}…) instead." };
        command.Options.Add(organisation);
        command.Options.Add(count);
        command.Options.Add(remove);
        command.SetAction(async (parse, ct) => await WithDatabaseAsync(async (services, db) =>
        {
            var org = await EnterAsync(services, db, parse.GetValue(organisation)!, ct);
            if (org is null)
            {
                return 1;
            }

            var clock = Stopwatch.StartNew();
            if (parse.GetValue(remove))
            {
                var removed = await db.Datasets.Where(d => d.Slug.StartsWith(BenchDatasetPrefix)).ExecuteDeleteAsync(ct);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Removed {removed} benchmark datasets from {org.Slug} in {clock.Elapsed.TotalSeconds:0.0} s."));
                return 0;
            }

            var n = parse.GetValue(count);
            if (n is < 1 or > 1_000_000)
            {
                await Console.Error.WriteLineAsync("--count must be between 1 and 1000000.");
                return 1;
            }

            var added = await SeedBenchDatasetsAsync(db, org, n, DateTimeOffset.UtcNow, ct);
            var total = await db.Datasets.CountAsync(ct);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Added {added} datasets to {org.Slug} in {clock.Elapsed.TotalSeconds:0.0} s; its register now holds {total}."));
            return 0;
        }));
        return command;
    }

    /// <summary>Adds <paramref name="n"/> generated datasets, numbered after those an earlier run added; returns how many.</summary>
    public static async Task<int> SeedBenchDatasetsAsync(Data.AppDbContext db, Organisation organisation, int n, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(organisation);
        var departments = await db.Departments.AsNoTracking().Select(d => d.Id).ToListAsync(ct);
        var people = await db.Stakeholders.AsNoTracking().Where(s => s.ErasedAt == null).Select(s => s.Id).ToListAsync(ct);
        var start = await db.Datasets.CountAsync(d => d.Slug.StartsWith(BenchDatasetPrefix), ct);
        string[] frequencies = ["DAILY", "WEEKLY", "MONTHLY", "QUARTERLY", "ANNUAL", "IRREG"];
        string[] themes = ["ENVI", "TRAN", "SOCI", "ECON", "GOVE", "EDUC", "REGI", "HEAL", "TECH"];
        string[] subjects = ["Comptages", "Inventaire", "Registre", "Mesures", "Statistiques", "Liste", "Relevés", "Demandes"];
        string[] topics = ["des arbres", "des parkings", "des subsides", "du bruit", "des écoles", "des chantiers", "des permis", "des bâtiments", "des événements", "des déchets"];
        string[] onderwerpen = ["Tellingen", "Inventaris", "Register", "Metingen", "Statistieken", "Lijst", "Opnames", "Aanvragen"];
        string[] themas = ["van de bomen", "van de parkings", "van de subsidies", "van het lawaai", "van de scholen", "van de werven", "van de vergunningen", "van de gebouwen", "van de evenementen", "van het afval"];
        var random = new Random(20);
        db.SuppressAudit = true;
        try
        {
            for (var done = 0; done < n; done += BenchDatasetBatch)
            {
                var batch = Math.Min(BenchDatasetBatch, n - done);
                for (var k = 0; k < batch; k++)
                {
                    var i = start + done + k + 1;
                    var (s, t) = (random.Next(subjects.Length), random.Next(topics.Length));
                    var frequency = frequencies[random.Next(frequencies.Length)];
                    var published = random.NextDouble() < 0.4;
                    var slug = BenchDatasetPrefix + i.ToString("D6", CultureInfo.InvariantCulture);
                    var registered = now.AddDays(-random.Next(30, 900));
                    db.Datasets.Add(new Dataset
                    {
                        OrganisationId = organisation.Id,
                        Slug = slug,
                        Title = LocalizedText.Of(fr: $"{subjects[s]} {topics[t]} n° {i}", nl: $"{onderwerpen[s]} {themas[t]} nr. {i}", en: $"Dataset {i}"),
                        Description = LocalizedText.Of(fr: $"Jeu de données généré pour la mesure des performances ({subjects[s].ToLowerInvariant()} {topics[t]}).", nl: $"Dataset aangemaakt om de prestaties te meten ({onderwerpen[s].ToLowerInvariant()} {themas[t]})."),
                        Keywords = LocalizedText.Of(fr: "benchmark, " + topics[t], nl: "benchmark, " + themas[t]),
                        DepartmentId = departments.Count == 0 ? null : departments[random.Next(departments.Count)],
                        OwnerId = people.Count == 0 || random.NextDouble() < 0.1 ? null : people[random.Next(people.Count)],
                        StewardId = people.Count == 0 || random.NextDouble() < 0.25 ? null : people[random.Next(people.Count)],
                        SourceSystem = "Bench",
                        Frequency = frequency,
                        Themes = [themes[random.Next(themes.Length)]],
                        AccessRight = published ? "PUBLIC" : random.NextDouble() < 0.5 ? "RESTRICTED" : "NON_PUBLIC",
                        Licence = published ? "CC_BY_4_0" : null,
                        Published = published,
                        PublishedAt = published ? registered.AddDays(7) : null,
                        Distributions = published
                            ? [new DatasetDistribution { Title = LocalizedText.Of(fr: "Fichier CSV", nl: "CSV-bestand", en: "CSV file"), Format = "CSV", AccessUrl = $"{DemoInventory.Portal}/explore/dataset/{slug}/", DownloadUrl = $"{DemoInventory.Portal}/api/datasets/{slug}/exports/csv" }]
                            : [],
                        LastUpdatedAt = now.AddDays(-random.Next(0, 500)),
                        LastReviewedAt = random.NextDouble() < 0.1 ? null : now.AddDays(-random.Next(0, 600)),
                        ReviewMonths = DatasetRules.DefaultReviewMonths,
                        CreatedAt = registered,
                        UpdatedAt = now,
                    });
                }

                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }
        }
        finally
        {
            db.SuppressAudit = false;
        }

        return n;
    }
}
