using System.Diagnostics;
using System.Globalization;
using System.Text;
using DataStrategy.Core.Assessment;
using DataStrategy.Core.Frameworks;
using DataStrategy.Core.Imports;
using DataStrategy.Core.Text;
using DataStrategy.Data;
using DataStrategy.Data.Assessment;
using DataStrategy.Data.Entities;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

// Runs ONE scenario in this process and prints one line of key=value figures (see bench/import/run.sh).
//   dotnet bench/DataStrategy.ImportRunner/bin/Release/net10.0/DataStrategy.ImportRunner.dll <import|floor|floor-indexed> <respondents> <work folder>
// import        : TabularFile.Read -> AnswerMapping.Suggest + AnswerImport.Parse -> AnswerImportCommit.CommitAsync
//                 on a freshly migrated SQLite database (organisation, 100-question framework and campaign created first, untimed).
// floor         : the same answers as a plain prepared INSERT (same columns as "Answers", no indexes, no foreign keys), one transaction.
// floor-indexed : as floor, plus the three indexes "Answers" has (one unique).
if (args.Length != 3 || !int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var respondents) || respondents < 1)
{
    Console.Error.WriteLine("usage: DataStrategy.ImportRunner <import|floor|floor-indexed> <respondents> <work folder>");
    return 2;
}

var scenario = args[0];
var folder = Path.GetFullPath(args[2]);
Directory.CreateDirectory(folder);
var dbPath = Path.Combine(folder, "bench-" + Guid.NewGuid().ToString("N") + ".db");
const int Questions = 100;
var csv = Bench.Csv(respondents, Questions);

try
{
    var figures = scenario switch
    {
        "import" => await Bench.ImportAsync(dbPath, csv),
        "floor" => Bench.Floor(dbPath, csv, indexed: false),
        "floor-indexed" => Bench.Floor(dbPath, csv, indexed: true),
        _ => throw new ArgumentException("unknown scenario " + scenario),
    };
    using var process = Process.GetCurrentProcess();
    process.Refresh();
    figures["peak_ws_mb"] = process.PeakWorkingSet64 / 1048576.0;
    figures["csv_mb"] = csv.Length / 1048576.0;
    Console.WriteLine(string.Join(' ', new[] { "scenario=" + scenario, "respondents=" + respondents.ToString(CultureInfo.InvariantCulture) }
        .Concat(figures.Select(f => f.Key + "=" + f.Value.ToString("0.##", CultureInfo.InvariantCulture)))));
    return 0;
}
finally
{
    SqliteConnection.ClearAllPools();
    foreach (var file in Directory.GetFiles(folder, Path.GetFileName(dbPath) + "*"))
    {
        File.Delete(file);
    }
}

internal static class Bench
{
    private const int Levels = 5;
    private const int Themes = 5;
    private static readonly string[] AnswerParameters = ["$org", "$campaign", "$response", "$question", "$state", "$level", "$target", "$evidence", "$updated"];

    /// <summary>A wide export: respondent, name, then one column per question; ~95 % levels 1–5, 3 % "dk", 2 % "n/a".</summary>
    public static byte[] Csv(int respondents, int questions)
    {
        var random = new Random(42);
        var sb = new StringBuilder(respondents * questions * 3);
        sb.Append("Respondent,Name");
        for (var q = 1; q <= questions; q++)
        {
            sb.Append(",q").Append(q.ToString("000", CultureInfo.InvariantCulture));
        }

        sb.Append("\r\n");
        for (var r = 1; r <= respondents; r++)
        {
            sb.Append('R').Append(r.ToString("000000", CultureInfo.InvariantCulture)).Append(",Respondent ").Append(r.ToString(CultureInfo.InvariantCulture));
            for (var q = 1; q <= questions; q++)
            {
                var x = random.Next(100);
                sb.Append(',').Append(x < 3 ? "dk" : x < 5 ? "n/a" : (1 + (x % Levels)).ToString(CultureInfo.InvariantCulture));
            }

            sb.Append("\r\n");
        }

        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    public static FrameworkDefinition Framework(int questions)
    {
        var f = new FrameworkDefinition
        {
            Id = "bench-100",
            VersionLabel = "1",
            Name = LocalizedText.Of(fr: "Banc d'essai", nl: "Benchmark", en: "Benchmark"),
            Description = LocalizedText.Of(fr: "Synthétique", nl: "Synthetisch", en: "Synthetic"),
        };
        for (var l = 1; l <= Levels; l++)
        {
            var n = l.ToString(CultureInfo.InvariantCulture);
            f.Levels.Add(new FrameworkLevel { Value = l, Name = LocalizedText.Of(fr: "Niveau " + n, nl: "Niveau " + n + " (nl)", en: "Level " + n) });
        }

        for (var t = 1; t <= Themes; t++)
        {
            var n = t.ToString(CultureInfo.InvariantCulture);
            f.Themes.Add(new FrameworkTheme { Id = "t" + n, Name = LocalizedText.Of(fr: "Thème " + n, nl: "Thema " + n, en: "Theme " + n) });
        }

        for (var q = 1; q <= questions; q++)
        {
            var id = "q" + q.ToString("000", CultureInfo.InvariantCulture);
            var question = new FrameworkQuestion
            {
                Id = id,
                ThemeId = "t" + (1 + ((q - 1) % Themes)).ToString(CultureInfo.InvariantCulture),
                Text = LocalizedText.Of(fr: "Question " + id + " en français ?", nl: "Vraag " + id + " in het Nederlands?", en: "Question " + id + " in English?"),
            };
            for (var l = 1; l <= Levels; l++)
            {
                var n = l.ToString(CultureInfo.InvariantCulture);
                question.Descriptors[l] = LocalizedText.Of(fr: id + " niveau " + n, nl: id + " niveau " + n + " (nl)", en: id + " level " + n);
            }

            f.Questions.Add(question);
        }

        return f;
    }

    public static async Task<Dictionary<string, double>> ImportAsync(string dbPath, byte[] csv)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = dbPath, Cache = SqliteCacheMode.Default, Pooling = true }.ToString();
        var settings = new DatabaseSettings(DatabaseProvider.Sqlite, connectionString, Path.GetDirectoryName(dbPath)!);
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        settings.Configure(builder);
        var options = builder.Options;

        // Untimed set-up, as in the app: migrated database, an organisation, a framework version and a campaign.
        var organisation = new Organisation { Slug = "bench", Name = LocalizedText.Of(fr: "Banc", nl: "Bank", en: "Bench"), Languages = ["fr", "nl"] };
        var tenant = new TenantContext();
        tenant.SetOrganisation(organisation.Id);
        Guid campaignId;
        Framework row;
        await using (var db = new AppDbContext(options).Lease(tenant, new SystemActor("bench")))
        {
            await db.MigrateAppDatabaseAsync();
            db.Organisations.Add(organisation);
            row = await FrameworkLibrary.AddVersionAsync(db, Framework(100), FrameworkOrigin.Imported);
            var campaign = new Campaign { Name = LocalizedText.Of(en: "Bench campaign"), FrameworkId = row.Id, Status = CampaignStatus.Collecting };
            db.Campaigns.Add(campaign);
            await db.SaveChangesAsync();
            campaignId = campaign.Id;
        }

        var definition = FrameworkLibrary.Definition(row);
        var departments = new Dictionary<string, Guid>(StringComparer.Ordinal);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var before = Process.GetCurrentProcess();
        var setupWs = before.WorkingSet64 / 1048576.0;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var cpuBefore = before.TotalProcessorTime;
        var total = Stopwatch.StartNew();

        var watch = Stopwatch.StartNew();
        var data = TabularFile.Read("answers.csv", csv, AnswerImport.MaxRows);
        var readMs = watch.Elapsed.TotalMilliseconds;

        watch.Restart();
        var mapping = AnswerMapping.Suggest(data.Header, definition);
        var result = AnswerImport.Parse(data, definition, mapping, departments);
        var parseMs = watch.Elapsed.TotalMilliseconds;
        if (!result.IsValid)
        {
            throw new InvalidOperationException("import not valid: " + result.IssueCount.ToString(CultureInfo.InvariantCulture) + " issues, first " + result.Issues.FirstOrDefault());
        }

        watch.Restart();
        await using (var db = new AppDbContext(options).Lease(tenant, new SystemActor("bench")))
        {
            var campaign = await db.Campaigns.AsNoTracking().SingleAsync(c => c.Id == campaignId);
            await AnswerImportCommit.CommitAsync(db, campaign, result, mapping, new AnswerImportSource("answers.csv", AnswerImport.Sha256(csv), null, "bench"));
        }

        var commitMs = watch.Elapsed.TotalMilliseconds;
        var totalMs = total.Elapsed.TotalMilliseconds;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        before.Refresh();
        var cpuMs = (before.TotalProcessorTime - cpuBefore).TotalMilliseconds;

        long stored;
        await using (var db = new AppDbContext(options).Lease(tenant, new SystemActor("bench")))
        {
            stored = await db.Answers.LongCountAsync();
        }

        if (stored != result.Answers.Count)
        {
            throw new InvalidOperationException("stored " + stored.ToString(CultureInfo.InvariantCulture) + " answers, expected " + result.Answers.Count.ToString(CultureInfo.InvariantCulture));
        }

        return new Dictionary<string, double>
        {
            ["answers"] = stored,
            ["total_ms"] = totalMs,
            ["read_ms"] = readMs,
            ["parse_ms"] = parseMs,
            ["commit_ms"] = commitMs,
            ["cpu_ms"] = cpuMs,
            ["alloc_mb"] = allocated / 1048576.0,
            ["setup_ws_mb"] = setupWs,
        };
    }

    /// <summary>The answers the import would store, written with nothing but one prepared statement in one transaction.</summary>
    public static Dictionary<string, double> Floor(string dbPath, byte[] csv, bool indexed)
    {
        // The rows are prepared from the same file before timing (a minimal split, not the import's reader).
        var lines = Encoding.UTF8.GetString(csv).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        var org = Guid.NewGuid().ToString().ToUpperInvariant();
        var campaign = Guid.NewGuid().ToString().ToUpperInvariant();
        var now = DateTimeOffset.UtcNow.UtcTicks;

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = dbPath, Pooling = true }.ToString());
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = """
                PRAGMA journal_mode=WAL;
                CREATE TABLE "Answers" ("Id" INTEGER NOT NULL CONSTRAINT "PK_Answers" PRIMARY KEY AUTOINCREMENT, "OrganisationId" TEXT NOT NULL, "CampaignId" TEXT NOT NULL,
                  "ResponseId" TEXT NOT NULL, "QuestionId" TEXT NOT NULL, "State" INTEGER NOT NULL, "Level" INTEGER NULL, "TargetLevel" INTEGER NULL, "Evidence" TEXT NULL, "UpdatedAt" INTEGER NOT NULL);
                """;
            if (indexed)
            {
                create.CommandText += """
                    CREATE INDEX "IX_Answers_CampaignId_QuestionId" ON "Answers" ("CampaignId", "QuestionId");
                    CREATE INDEX "IX_Answers_OrganisationId" ON "Answers" ("OrganisationId");
                    CREATE UNIQUE INDEX "IX_Answers_ResponseId_QuestionId" ON "Answers" ("ResponseId", "QuestionId");
                    """;
            }

            create.ExecuteNonQuery();
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var before = Process.GetCurrentProcess();
        var setupWs = before.WorkingSet64 / 1048576.0;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var cpuBefore = before.TotalProcessorTime;
        var total = Stopwatch.StartNew();
        var rows = 0;
        using (var transaction = connection.BeginTransaction())
        using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO \"Answers\" (\"OrganisationId\", \"CampaignId\", \"ResponseId\", \"QuestionId\", \"State\", \"Level\", \"TargetLevel\", \"Evidence\", \"UpdatedAt\") VALUES ($org, $campaign, $response, $question, $state, $level, $target, $evidence, $updated)";
            var p = AnswerParameters
                .Select(n => insert.Parameters.Add(new SqliteParameter(n, DBNull.Value))).ToArray();
            insert.Prepare();
            p[0].Value = org;
            p[1].Value = campaign;
            p[8].Value = now;
            for (var r = 1; r < lines.Length; r++)
            {
                var cells = lines[r].Split(',');
                p[2].Value = Guid.NewGuid().ToString().ToUpperInvariant();
                for (var c = 2; c < cells.Length; c++)
                {
                    var (state, level) = cells[c] switch
                    {
                        "dk" => (1, (object)DBNull.Value),
                        "n/a" => (2, DBNull.Value),
                        var v => (0, (object)int.Parse(v, CultureInfo.InvariantCulture)),
                    };
                    p[3].Value = header[c];
                    p[4].Value = state;
                    p[5].Value = level;
                    insert.ExecuteNonQuery();
                    rows++;
                }
            }

            transaction.Commit();
        }

        var totalMs = total.Elapsed.TotalMilliseconds;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        before.Refresh();
        var cpuMs = (before.TotalProcessorTime - cpuBefore).TotalMilliseconds;
        return new Dictionary<string, double>
        {
            ["answers"] = rows,
            ["total_ms"] = totalMs,
            ["cpu_ms"] = cpuMs,
            ["alloc_mb"] = allocated / 1048576.0,
            ["setup_ws_mb"] = setupWs,
        };
    }
}
