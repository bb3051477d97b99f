using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using DataStrategy.Core.Analysis;
using DataStrategy.Core.Documents;
using DataStrategy.Core.Frameworks;
using DataStrategy.Core.Text;
using DataStrategy.Data;
using DataStrategy.Data.Analysis;
using DataStrategy.Data.Assessment;
using DataStrategy.Data.Entities;
using DuckDB.NET.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

// Campaign analysis benchmarks (see bench/analysis/run.sh). Every mode prints key=value lines.
//   seed      <sqlite file> <respondents> [organisation slug]  synthetic campaign (100 questions) written into a
//                                                             new migrated database, or into the organisation of an existing one
//   analysis  <sqlite file> <campaign id> <runs> [warm-ups=1]           database -> dashboard numbers, against the SQLite-scan + DuckDB floor
//   kernel    <respondents> <runs>                           MaturityAnalysis.Run on in-memory AnalysisData, against plain loops
//   report    <sqlite file> <campaign id> <iterations>       MaturityReportComposer.ComposeAsync + MaturityReportDocx.Build
//   dashboard <base url> <sqlite file> <campaign id> [clients] [seconds] [warm-up seconds] [cold runs] [herd runs]
//                                                             GET of the dashboard page of a running app, cold and under load
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: DataStrategy.AnalysisRunner <seed|analysis|kernel|report|dashboard> ...");
    return 2;
}

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
return args[0] switch
{
    "seed" => await Seed.RunAsync(args[1], Bench.Int(args[2]), args.Length > 3 ? args[3] : null),
    "analysis" => await FromDatabase.RunAsync(args[1], Guid.Parse(args[2]), Bench.Int(args[3]), args.Length > 4 ? Bench.Int(args[4]) : 1),
    "kernel" => Kernel.Run(Bench.Int(args[1]), Bench.Int(args[2])),
    "report" => await Report.RunAsync(args[1], Guid.Parse(args[2]), Bench.Int(args[3])),
    "dashboard" => await Dashboard.RunAsync(args),
    _ => 2,
};

/// <summary>The synthetic campaign: 7 themes, 14 topics, 100 questions, 5 levels; 12 departments of 4 kinds; 3 respondent types.</summary>
internal static class Bench
{
    public const int Questions = 100;
    public const int Themes = 7;
    public const int Topics = 14;
    public const int Levels = 5;
    public const int Departments = 12;

    public static int Int(string s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);

    public static string QuestionId(int q) => "q" + (q + 1).ToString("000", CultureInfo.InvariantCulture);

    public static string ThemeId(int q) => "t" + (1 + (q % Themes)).ToString(CultureInfo.InvariantCulture);

    public static string TopicId(int q) => "p" + (1 + (q % Topics)).ToString(CultureInfo.InvariantCulture); // topic p(k) lies in theme t(1 + (k-1) % 7)

    public static FrameworkDefinition Framework()
    {
        var f = new FrameworkDefinition
        {
            Id = "bench-analysis",
            VersionLabel = "1",
            Name = LocalizedText.Of(fr: "Banc d'analyse", nl: "Analysebank", en: "Analysis bench"),
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
            f.Themes.Add(new FrameworkTheme { Id = "t" + n, Name = LocalizedText.Of(fr: "Thème " + n, nl: "Thema " + n, en: "Theme " + n), Description = LocalizedText.Of(fr: "Description " + n, nl: "Beschrijving " + n, en: "Description " + n) });
        }

        for (var p = 1; p <= Topics; p++)
        {
            var n = p.ToString(CultureInfo.InvariantCulture);
            f.Topics.Add(new FrameworkTopic { Id = "p" + n, Name = LocalizedText.Of(fr: "Sujet " + n, nl: "Onderwerp " + n, en: "Topic " + n) });
        }

        for (var q = 0; q < Questions; q++)
        {
            var id = QuestionId(q);
            var question = new FrameworkQuestion
            {
                Id = id,
                ThemeId = ThemeId(q),
                TopicId = TopicId(q),
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

    /// <summary>
    /// Respondent r's department (0…11, kind = department % 4), type (0 interview 10 %, 1 survey 60 %, 2 imported 30 %)
    /// and answers: ~5 % don't know (0), 2 % not applicable (-1), otherwise a level 1…5 around a department and question bias.
    /// </summary>
    public sealed class Generator(int seed = 42)
    {
        private readonly Random _random = new(seed);

        public (int Department, int Type) Respondent()
        {
            var department = _random.Next(Departments);
            var x = _random.Next(10);
            return (department, x == 0 ? 0 : x < 7 ? 1 : 2);
        }

        public int Value(int department, int question)
        {
            var x = _random.Next(100);
            if (x < 5)
            {
                return 0;
            }

            if (x < 7)
            {
                return -1;
            }

            var centre = 1.8 + (department % 4 * 0.4) + (question % 7 * 0.15);
            var level = (int)Math.Round(centre + ((_random.NextDouble() - 0.5) * 3.2));
            return Math.Clamp(level, 1, Levels);
        }
    }

    public static DbContextOptions<AppDbContext> Options(string dbPath)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = dbPath, Cache = SqliteCacheMode.Default, Pooling = true }.ToString();
        var settings = new DatabaseSettings(DatabaseProvider.Sqlite, connectionString, Path.GetDirectoryName(Path.GetFullPath(dbPath))!);
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        settings.Configure(builder);
        return builder.Options;
    }

    public static async Task<(Campaign Campaign, TenantContext Tenant)> CampaignAsync(DbContextOptions<AppDbContext> options, Guid campaignId)
    {
        var tenant = new TenantContext();
        await using var db = new AppDbContext(options).Lease(tenant, new SystemActor("bench"));
        var campaign = await db.Campaigns.IgnoreQueryFilters().AsNoTracking().SingleAsync(c => c.Id == campaignId);
        tenant.SetOrganisation(campaign.OrganisationId);
        return (campaign, tenant);
    }

    /// <summary>Empties the analysis cache of CampaignAnalyses (a private static MemoryCache), so the next call reads the database again.</summary>
    public static void ClearAnalysisCache()
    {
        var field = typeof(CampaignAnalyses).GetField("Cache", BindingFlags.NonPublic | BindingFlags.Static) ?? throw new InvalidOperationException("CampaignAnalyses.Cache not found");
        ((MemoryCache)field.GetValue(null)!).Compact(1.0);
    }

    public static double WsMb()
    {
        using var p = Process.GetCurrentProcess();
        return p.WorkingSet64 / 1048576.0;
    }

    public static double PeakWsMb()
    {
        using var p = Process.GetCurrentProcess();
        return p.PeakWorkingSet64 / 1048576.0;
    }

    public static TimeSpan Cpu()
    {
        using var p = Process.GetCurrentProcess();
        return p.TotalProcessorTime;
    }

    public static string Load() => File.ReadAllText("/proc/loadavg").Split(' ')[0];

    public static void Print(params (string Key, object Value)[] figures) =>
        Console.WriteLine(string.Join(' ', figures.Select(f => f.Key + "=" + (f.Value is double d ? d.ToString("0.###", CultureInfo.InvariantCulture) : Convert.ToString(f.Value, CultureInfo.InvariantCulture)))));

    public static void FullGc()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}

/// <summary>Writes a campaign of N respondents x 100 questions with the app's schema (EF migrations) and a prepared INSERT for the bulk rows.</summary>
internal static class Seed
{
    private static readonly string[] ResponseParameters = ["$id", "$org", "$campaign", "$kind", "$department", "$key", "$now", "$version"];
    private static readonly string[] AnswerParameters = ["$org", "$campaign", "$response", "$question", "$state", "$level", "$now"];

    public static async Task<int> RunAsync(string dbPath, int respondents, string? organisationSlug)
    {
        var clock = Stopwatch.StartNew();
        var options = Bench.Options(dbPath);
        var tenant = new TenantContext();
        Guid campaignId;
        Guid organisationId;
        Guid[] departmentIds;
        await using (var db = new AppDbContext(options).Lease(tenant, new SystemActor("bench")))
        {
            Organisation organisation;
            if (organisationSlug is null)
            {
                await db.MigrateAppDatabaseAsync();
                organisation = new Organisation { Slug = "bench", Name = LocalizedText.Of(fr: "Banc", nl: "Bank", en: "Bench"), Languages = ["fr", "nl"] };
                db.Organisations.Add(organisation);
            }
            else
            {
                organisation = await db.Organisations.SingleAsync(o => o.Slug == organisationSlug);
            }

            tenant.SetOrganisation(organisation.Id);
            organisationId = organisation.Id;
            var framework = await FrameworkLibrary.AddVersionAsync(db, Bench.Framework(), FrameworkOrigin.Imported);
            var departments = Enumerable.Range(0, Bench.Departments).Select(d => new Department
            {
                Code = "BENCH" + d.ToString("00", CultureInfo.InvariantCulture),
                Name = LocalizedText.Of(fr: "Service " + d.ToString(CultureInfo.InvariantCulture), nl: "Dienst " + d.ToString(CultureInfo.InvariantCulture), en: "Department " + d.ToString(CultureInfo.InvariantCulture)),
                Kind = (DepartmentKind)(d % 4),
            }).ToArray();
            db.Departments.AddRange(departments);
            var campaign = new Campaign
            {
                Name = LocalizedText.Of(en: "Bench " + respondents.ToString(CultureInfo.InvariantCulture) + " x 100"),
                FrameworkId = framework.Id,
                Status = CampaignStatus.Analysing,
                StartsOn = new DateOnly(2026, 10, 1),
                EndsOn = new DateOnly(2026, 11, 15),
            };
            campaign.WriteTargetLevels(Enumerable.Range(1, Bench.Themes).ToDictionary(t => "t" + t.ToString(CultureInfo.InvariantCulture), _ => 4));
            db.Campaigns.Add(campaign);
            await db.SaveChangesAsync();
            campaignId = campaign.Id;
            departmentIds = departments.Select(d => d.Id).ToArray();
        }

        // Departments must be in the order of their codes to match the analysis' department indexes; they are (BENCH00…BENCH11).
        var generator = new Bench.Generator();
        var answers = 0L;
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = dbPath, Pooling = false }.ToString()))
        {
            connection.Open();
            using (var pragma = connection.CreateCommand())
            {
                pragma.CommandText = "PRAGMA synchronous=OFF; PRAGMA cache_size=-65536;";
                pragma.ExecuteNonQuery();
            }

            using var transaction = connection.BeginTransaction();
            using var response = connection.CreateCommand();
            response.Transaction = transaction;
            response.CommandText = """
                INSERT INTO "Responses" ("Id", "OrganisationId", "CampaignId", "Kind", "Status", "DepartmentId", "ExternalKey", "IsAnonymous", "CreatedAt", "CompletedAt", "UpdatedAt", "Version")
                VALUES ($id, $org, $campaign, $kind, 'Completed', $department, $key, 0, $now, $now, $now, $version)
                """;
            var rp = ResponseParameters.Select(n => response.Parameters.Add(new SqliteParameter(n, DBNull.Value))).ToArray();
            response.Prepare();
            using var answer = connection.CreateCommand();
            answer.Transaction = transaction;
            answer.CommandText = """
                INSERT INTO "Answers" ("OrganisationId", "CampaignId", "ResponseId", "QuestionId", "State", "Level", "UpdatedAt")
                VALUES ($org, $campaign, $response, $question, $state, $level, $now)
                """;
            var ap = AnswerParameters.Select(n => answer.Parameters.Add(new SqliteParameter(n, DBNull.Value))).ToArray();
            answer.Prepare();
            var org = organisationId.ToString().ToUpperInvariant();
            var campaign = campaignId.ToString().ToUpperInvariant();
            var now = DateTimeOffset.UtcNow.UtcTicks;
            rp[1].Value = ap[0].Value = org;
            rp[2].Value = ap[1].Value = campaign;
            rp[6].Value = ap[6].Value = now;
            string[] kinds = ["Interview", "Survey", "Imported"];
            for (var r = 0; r < respondents; r++)
            {
                var (department, type) = generator.Respondent();
                var id = Guid.CreateVersion7().ToString().ToUpperInvariant();
                rp[0].Value = id;
                rp[3].Value = kinds[type];
                rp[4].Value = departmentIds[department].ToString().ToUpperInvariant();
                rp[5].Value = "R" + r.ToString("000000", CultureInfo.InvariantCulture);
                rp[7].Value = Guid.NewGuid().ToString().ToUpperInvariant();
                response.ExecuteNonQuery();
                ap[2].Value = id;
                for (var q = 0; q < Bench.Questions; q++)
                {
                    var v = generator.Value(department, q);
                    ap[3].Value = Bench.QuestionId(q);
                    ap[4].Value = v switch { 0 => 1, -1 => 2, _ => 0 };
                    ap[5].Value = v > 0 ? v : DBNull.Value;
                    answer.ExecuteNonQuery();
                    answers++;
                }
            }

            transaction.Commit();
            using var analyze = connection.CreateCommand();
            analyze.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            analyze.ExecuteNonQuery();
        }

        SqliteConnection.ClearAllPools();
        Bench.Print(("campaign", campaignId), ("organisation", organisationId), ("respondents", respondents), ("answers", answers), ("seed_ms", clock.Elapsed.TotalMilliseconds), ("db_mb", new FileInfo(dbPath).Length / 1048576.0));
        return 0;
    }
}

/// <summary>A: the campaign from the SQLite file to the dashboard's numbers, against a plain scan and DuckDB's grouped statistics.</summary>
internal static class FromDatabase
{
    private const string Scan = """SELECT "ResponseId", "QuestionId", "State", "Level" FROM "Answers" WHERE "OrganisationId" = @o AND "CampaignId" = @c""";

    public static async Task<int> RunAsync(string dbPath, Guid campaignId, int runs, int warmups)
    {
        var options = Bench.Options(dbPath);
        var (campaign, tenant) = await Bench.CampaignAsync(options, campaignId);
        FrameworkDefinition definition;
        List<Department> departments;
        RollUpRule rule;
        await using (var db = new AppDbContext(options).Lease(tenant, new SystemActor("bench")))
        {
            definition = (await FrameworkLibrary.DefinitionAsync(db, campaign.FrameworkId))!;
            departments = await db.Departments.AsNoTracking().OrderBy(d => d.Code).ToListAsync();
            rule = RollUpRule.Parse(await db.Frameworks.Where(f => f.Id == campaign.FrameworkId).Select(f => f.RollUpRule).SingleAsync());
        }

        var connectionString = new SqliteConnectionStringBuilder { DataSource = dbPath, Pooling = true }.ToString();
        var org = campaign.OrganisationId.ToString().ToUpperInvariant();
        var cid = campaign.Id.ToString().ToUpperInvariant();
        using var duck = new DuckDBConnection("DataSource=:memory:");
        duck.Open();

        // The first `warmups` iterations warm up (JIT, SQLite page cache) and are not printed.
        for (var run = 1 - warmups; run <= runs; run++)
        {
            var figures = new List<(string, object)> { ("run", run), ("load", Bench.Load()) };

            // Floor 1: the plain scan, every column read into a value.
            var (scanMs, rows) = Time(() => ScanOnly(connectionString, org, cid));
            figures.Add(("scan_ms", scanMs));

            // Not part of the floor: the same columns by a full table scan (NOT INDEXED), rows in insertion order.
            var (tableMs, tableRows) = Time(() => ScanOnly(connectionString, org, cid, ScanTable));
            figures.Add(("scan_table_ms", tableMs));

            // Floor 2: the same scan appending every row to a DuckDB in-memory table, then DuckDB's grouped statistics.
            var (appendMs, _) = Time(() => ScanAppend(connectionString, org, cid, duck));
            var (queryMs, groups) = Time(() => Query(duck));
            figures.Add(("scan_append_ms", appendMs));
            figures.Add(("duck_query_ms", queryMs));
            figures.Add(("floor_ms", scanMs + queryMs));
            figures.Add(("floor_append_ms", appendMs + queryMs));

            // The app, in phases: CampaignAnalyses.LoadAsync (new answers stamp: the cache misses), then the kernel.
            Bench.ClearAnalysisCache();
            campaign.AnswersStamp = Guid.NewGuid();
            var cpu = Bench.Cpu();
            var clock = Stopwatch.StartNew();
            AnalysisData data;
            await using (var db = new AppDbContext(options).Lease(tenant, new SystemActor("bench")))
            {
                data = await CampaignAnalyses.LoadAsync(db, campaign, definition, departments);
            }

            var loadMs = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            var result = MaturityAnalysis.Run(data, CampaignAnalyses.Options(campaign, rule));
            var kernelMs = clock.Elapsed.TotalMilliseconds;
            var phasesCpu = (Bench.Cpu() - cpu).TotalMilliseconds;
            figures.Add(("app_load_ms", loadMs));
            figures.Add(("app_kernel_ms", kernelMs));
            figures.Add(("app_load_kernel_ms", loadMs + kernelMs));
            figures.Add(("app_load_kernel_cpu_ms", phasesCpu));

            // The app end to end as the dashboard calls it: CampaignAnalyses.RunAsync with an empty cache
            // (campaign, framework, departments, load, kernel, previous campaign, insights).
            Bench.ClearAnalysisCache();
            Bench.FullGc();
            cpu = Bench.Cpu();
            clock.Restart();
            CampaignAnalysis analysis;
            await using (var db = new AppDbContext(options).Lease(tenant, new SystemActor("bench")))
            {
                analysis = (await CampaignAnalyses.RunAsync(db, campaign.Id))!;
            }

            var runMs = clock.Elapsed.TotalMilliseconds;
            figures.Add(("app_run_ms", runMs));
            figures.Add(("app_run_cpu_ms", (Bench.Cpu() - cpu).TotalMilliseconds));
            figures.Add(("app_run_over_floor", runMs / (scanMs + queryMs)));
            figures.Add(("app_run_over_floor_append", runMs / (appendMs + queryMs)));

            // Cached (what every later dashboard request pays for the analysis).
            clock.Restart();
            await using (var db = new AppDbContext(options).Lease(tenant, new SystemActor("bench")))
            {
                _ = await CampaignAnalyses.RunAsync(db, campaign.Id);
            }

            figures.Add(("app_run_cached_ms", clock.Elapsed.TotalMilliseconds));

            if (data.AnswerCount != rows || tableRows != rows || analysis.Result.All.Overall.Answers + analysis.Result.All.Overall.DontKnow + analysis.Result.All.Overall.NotApplicable != rows || groups != Bench.Questions || result.All.Overall.Mean is null)
            {
                throw new InvalidOperationException($"check failed: {rows} rows scanned, {data.AnswerCount} loaded, {groups} DuckDB groups");
            }

            figures.Add(("answers", rows));
            figures.Add(("peak_ws_mb", Bench.PeakWsMb()));
            if (run > 0)
            {
                Bench.Print([.. figures]);
            }
        }

        return 0;
    }

    private static (double Ms, T Value) Time<T>(Func<T> action)
    {
        Bench.FullGc();
        var clock = Stopwatch.StartNew();
        var value = action();
        return (clock.Elapsed.TotalMilliseconds, value);
    }

    private const string ScanTable = """SELECT "ResponseId", "QuestionId", "State", "Level" FROM "Answers" NOT INDEXED WHERE "OrganisationId" = @o AND "CampaignId" = @c""";

    private static SqliteCommand Command(SqliteConnection connection, string org, string campaign, string sql = Scan)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("@o", org);
        command.Parameters.AddWithValue("@c", campaign);
        return command;
    }

    /// <summary>The floor scan: ResponseId and QuestionId as strings, State and Level as integers, nothing else.</summary>
    private static int ScanOnly(string connectionString, string org, string campaign, string sql = Scan)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = Command(connection, org, campaign, sql);
        using var reader = command.ExecuteReader();
        var rows = 0;
        long check = 0;
        while (reader.Read())
        {
            var response = reader.GetString(0);
            var question = reader.GetString(1);
            var state = reader.GetInt32(2);
            var level = reader.IsDBNull(3) ? 0 : reader.GetInt32(3);
            check += response.Length + question.Length + state + level;
            rows++;
        }

        GC.KeepAlive(check);
        return rows;
    }

    private static int ScanAppend(string connectionString, string org, string campaign, DuckDBConnection duck)
    {
        using (var create = duck.CreateCommand())
        {
            create.CommandText = "DROP TABLE IF EXISTS t; CREATE TABLE t (response VARCHAR, question VARCHAR, state INTEGER, level INTEGER)";
            create.ExecuteNonQuery();
        }

        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = Command(connection, org, campaign);
        using var reader = command.ExecuteReader();
        var rows = 0;
        using (var appender = duck.CreateAppender("t"))
        {
            while (reader.Read())
            {
                var row = appender.CreateRow()
                    .AppendValue(reader.GetString(0))
                    .AppendValue(reader.GetString(1))
                    .AppendValue(reader.GetInt32(2));
                (reader.IsDBNull(3) ? row.AppendNullValue() : row.AppendValue(reader.GetInt32(3))).EndRow();
                rows++;
            }
        }

        return rows;
    }

    private static int Query(DuckDBConnection duck)
    {
        using var query = duck.CreateCommand();
        query.CommandText = "SELECT question, count(*), avg(level), stddev_samp(level) FROM t GROUP BY question";
        using var reader = query.ExecuteReader();
        var groups = 0;
        double check = 0;
        while (reader.Read())
        {
            check += reader.GetInt64(1) + reader.GetDouble(2) + reader.GetDouble(3);
            groups++;
        }

        GC.KeepAlive(check);
        return groups;
    }
}

/// <summary>A (kernel): MaturityAnalysis.Run on already-built AnalysisData against plain single-pass loops over the same columns.</summary>
internal static class Kernel
{
    public static int Run(int respondents, int runs)
    {
        var structure = AnalysisStructure.From(Bench.Framework());
        var builder = new AnalysisDataBuilder(structure, Bench.Levels, respondents * Bench.Questions);
        for (var d = 0; d < Bench.Departments; d++)
        {
            builder.AddDepartment("d" + d.ToString(CultureInfo.InvariantCulture), d % 4);
        }

        var generator = new Bench.Generator();
        var n = respondents * Bench.Questions;
        var answerRespondent = new int[n];
        var answerQuestion = new int[n];
        var answerValue = new sbyte[n];
        var respondentDepartment = new int[respondents];
        var respondentType = new int[respondents];
        var i = 0;
        for (var r = 0; r < respondents; r++)
        {
            var (department, type) = generator.Respondent();
            respondentDepartment[r] = department;
            respondentType[r] = type;
            builder.AddRespondent(department, type);
            for (var q = 0; q < Bench.Questions; q++)
            {
                var v = generator.Value(department, q);
                builder.AddAnswer(r, q, v);
                answerRespondent[i] = r;
                answerQuestion[i] = q;
                answerValue[i] = (sbyte)v;
                i++;
            }
        }

        var data = builder.Build();
        var full = new AnalysisOptions { Resamples = 1000, Breakdowns = true };
        var noBootstrap = new AnalysisOptions { Resamples = 0, Breakdowns = true };
        var noBreakdowns = new AnalysisOptions { Resamples = 1000, Breakdowns = false };
        var bare = new AnalysisOptions { Resamples = 0, Breakdowns = false };
        var groupsOf = new int[respondents * 4];
        for (var r = 0; r < respondents; r++)
        {
            groupsOf[(r * 4) + 0] = 0;
            groupsOf[(r * 4) + 1] = 1 + respondentDepartment[r];
            groupsOf[(r * 4) + 2] = 1 + Bench.Departments + (respondentDepartment[r] % 4);
            groupsOf[(r * 4) + 3] = 1 + Bench.Departments + 8 + respondentType[r];
        }

        // Two warm-up iterations (tiered JIT), not printed.
        for (var run = -1; run <= runs; run++)
        {
            var figures = new List<(string, object)> { ("run", run), ("load", Bench.Load()), ("answers", n) };
            figures.Add(("floor_ms", Time(() => Floor(answerQuestion, answerValue))));
            figures.Add(("floor_groups_ms", Time(() => FloorGroups(answerRespondent, answerQuestion, answerValue, groupsOf))));
            figures.Add(("bare_ms", Time(() => MaturityAnalysis.Run(data, bare).All.Questions.Count)));
            figures.Add(("no_bootstrap_ms", Time(() => MaturityAnalysis.Run(data, noBootstrap).All.Questions.Count)));
            figures.Add(("no_breakdowns_ms", Time(() => MaturityAnalysis.Run(data, noBreakdowns).All.Questions.Count)));
            var cpu = Bench.Cpu();
            figures.Add(("full_ms", Time(() => MaturityAnalysis.Run(data, full).All.Questions.Count)));
            figures.Add(("full_cpu_ms", (Bench.Cpu() - cpu).TotalMilliseconds));
            if (run > 0)
            {
                Bench.Print([.. figures]);
            }
        }

        return 0;
    }

    private static double Time(Func<int> action)
    {
        Bench.FullGc();
        var clock = Stopwatch.StartNew();
        GC.KeepAlive(action());
        return clock.Elapsed.TotalMilliseconds;
    }

    /// <summary>The floor: one pass, per-question count, sum and sum of squares of the levels (DK/NA counted apart).</summary>
    private static int Floor(int[] question, sbyte[] value)
    {
        var count = new int[Bench.Questions];
        var other = new int[Bench.Questions];
        var sum = new long[Bench.Questions];
        var squares = new long[Bench.Questions];
        for (var i = 0; i < value.Length; i++)
        {
            var q = question[i];
            var v = value[i];
            if (v > 0)
            {
                count[q]++;
                sum[q] += v;
                squares[q] += v * v;
            }
            else
            {
                other[q]++;
            }
        }

        var check = 0.0;
        for (var q = 0; q < Bench.Questions; q++)
        {
            var mean = (double)sum[q] / count[q];
            check += mean + Math.Sqrt(((squares[q] - (count[q] * mean * mean)) / (count[q] - 1))) + other[q];
        }

        return (int)check;
    }

    /// <summary>The same loop, counting into the respondent's four groups (all, department, department kind, type) like the kernel's pass.</summary>
    private static int FloorGroups(int[] respondent, int[] question, sbyte[] value, int[] groupsOf)
    {
        const int Groups = 1 + Bench.Departments + 8 + 8;
        var count = new int[Groups * Bench.Questions];
        var sum = new long[Groups * Bench.Questions];
        var squares = new long[Groups * Bench.Questions];
        for (var i = 0; i < value.Length; i++)
        {
            var v = value[i];
            if (v <= 0)
            {
                continue;
            }

            var row = respondent[i] * 4;
            var q = question[i];
            for (var m = 0; m < 4; m++)
            {
                var cell = (groupsOf[row + m] * Bench.Questions) + q;
                count[cell]++;
                sum[cell] += v;
                squares[cell] += v * v;
            }
        }

        return (int)(count.Sum() + sum[0] + squares[0]);
    }
}

/// <summary>C: the maturity report DOCX, in process, one cold iteration (new process, empty cache) then warm-JIT iterations with an empty cache.</summary>
internal static class Report
{
    public static async Task<int> RunAsync(string dbPath, Guid campaignId, int iterations)
    {
        var options = Bench.Options(dbPath);
        var (_, tenant) = await Bench.CampaignAsync(options, campaignId);
        Bench.FullGc();
        var before = Bench.WsMb();
        for (var it = 1; it <= iterations; it++)
        {
            Bench.ClearAnalysisCache();
            Bench.FullGc();
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var cpu = Bench.Cpu();
            var clock = Stopwatch.StartNew();
            MaturityReport report;
            await using (var db = new AppDbContext(options).Lease(tenant, new SystemActor("bench")))
            {
                report = (await MaturityReportComposer.ComposeAsync(db, campaignId, "en"))!;
            }

            var composeMs = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            var docx = MaturityReportDocx.Build(report);
            var buildMs = clock.Elapsed.TotalMilliseconds;
            Bench.Print(
                ("iteration", it),
                ("load", Bench.Load()),
                ("total_ms", composeMs + buildMs),
                ("compose_ms", composeMs),
                ("docx_ms", buildMs),
                ("cpu_ms", (Bench.Cpu() - cpu).TotalMilliseconds),
                ("alloc_mb", (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0),
                ("docx_kb", docx.Length / 1024.0),
                ("ws_before_mb", before),
                ("peak_ws_mb", Bench.PeakWsMb()));
        }

        return 0;
    }
}

/// <summary>B: the dashboard page of a running app, signed in as the demo facilitator.</summary>
internal static partial class Dashboard
{
    public static async Task<int> RunAsync(string[] args)
    {
        var baseUrl = new Uri(args[1]);
        var dbFile = args[2];
        var campaignId = Guid.Parse(args[3]);
        var clients = args.Length > 4 ? Bench.Int(args[4]) : 32;
        var seconds = args.Length > 5 ? double.Parse(args[5], CultureInfo.InvariantCulture) : 20;
        var warmup = args.Length > 6 ? double.Parse(args[6], CultureInfo.InvariantCulture) : 5;
        var coldRuns = args.Length > 7 ? Bench.Int(args[7]) : 5;
        var herdRuns = args.Length > 8 ? Bench.Int(args[8]) : 1;
        var url = new Uri("/o/ville-de-demo/campaigns/" + campaignId + "/dashboard", UriKind.Relative);

        using var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, MaxConnectionsPerServer = clients + 4 };
        using var http = new HttpClient(handler) { BaseAddress = baseUrl, Timeout = TimeSpan.FromMinutes(5) };
        var login = await http.GetStringAsync(new Uri("/account/login", UriKind.Relative));
        using (var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "facilitator@ville-de-demo.example",
            ["Password"] = "Demo-Studio-2026!",
            ["__RequestVerificationToken"] = Token().Match(login).Groups[1].Value,
        }))
        {
            using var signIn = await http.PostAsync(new Uri("/account/login", UriKind.Relative), form);
            if (signIn.StatusCode != HttpStatusCode.Redirect)
            {
                throw new InvalidOperationException("sign-in answered " + signIn.StatusCode);
            }
        }

        async Task<(HttpStatusCode Status, int Bytes)> Get(Uri target)
        {
            using var r = await http.GetAsync(target);
            var body = await r.Content.ReadAsByteArrayAsync();
            return (r.StatusCode, body.Length);
        }

        async Task<double> Timed(Uri target)
        {
            var start = Stopwatch.GetTimestamp();
            var (status, _) = await Get(target);
            return status == HttpStatusCode.OK ? Stopwatch.GetElapsedTime(start).TotalMilliseconds : throw new InvalidOperationException(target + " answered " + status);
        }

        // 1. The first dashboard request of this app process: page never rendered, analysis cache empty.
        var first = await Timed(url);
        var (_, bytes) = await Get(url);
        var page = await http.GetStringAsync(url);
        if (!page.Contains("Theme 1", StringComparison.Ordinal) && !page.Contains("Thème 1", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("the dashboard does not show the bench framework");
        }

        Bench.Print(("phase", "first"), ("ms", first), ("page_kb", bytes / 1024.0), ("load", Bench.Load()));

        // 2. Cold cache, warm process: the campaign's answers stamp is renewed in the database (as a saved answer
        //    does), so the next request reads and analyses the answers again; one request at a time.
        using var sqlite = new SqliteConnection("Data Source=" + dbFile);
        sqlite.Open();
        void Bump()
        {
            using var update = sqlite.CreateCommand();
            update.CommandText = """UPDATE "Campaigns" SET "AnswersStamp" = $s WHERE "Id" = $id""";
            update.Parameters.AddWithValue("$s", Guid.NewGuid().ToString().ToUpperInvariant());
            update.Parameters.AddWithValue("$id", campaignId.ToString().ToUpperInvariant());
            if (update.ExecuteNonQuery() != 1)
            {
                throw new InvalidOperationException("campaign not found in " + dbFile);
            }
        }

        for (var i = 0; i < coldRuns; i++)
        {
            Bump();
            var cold = await Timed(url);
            var warm = await Timed(url);
            var health = await Timed(new Uri("/health", UriKind.Relative));
            Bench.Print(("phase", "cold"), ("run", i + 1), ("ms", cold), ("warm_single_ms", warm), ("health_single_ms", health), ("load", Bench.Load()));
        }

        // 3. Cold cache hit by all clients at once: the stamp is renewed, then every client sends one request together.
        for (var i = 0; i < herdRuns; i++)
        {
            Bump();
            var clock = Stopwatch.StartNew();
            var herd = await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(() => Timed(url))));
            Array.Sort(herd);
            Bench.Print(("phase", "cold-herd"), ("run", i + 1), ("clients", clients), ("p50_ms", herd[herd.Length / 2]), ("max_ms", herd[^1]), ("all_done_ms", clock.Elapsed.TotalMilliseconds), ("load", Bench.Load()));
        }

        // 4. Warm under load, /health at the same concurrency as the baseline, alternated.
        foreach (var (name, target) in new[] { ("health", new Uri("/health", UriKind.Relative)), ("dashboard", url), ("health", new Uri("/health", UriKind.Relative)), ("dashboard", url) })
        {
            await Load(http, target, clients, TimeSpan.FromSeconds(warmup));
            var (latencies, failures, elapsed) = await Load(http, target, clients, TimeSpan.FromSeconds(seconds));
            latencies.Sort();
            double P(double q) => latencies.Count == 0 ? double.NaN : latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(q * latencies.Count) - 1)];
            Bench.Print(("phase", "load"), ("target", name), ("clients", clients), ("requests", latencies.Count), ("non200", failures), ("rps", latencies.Count / elapsed.TotalSeconds), ("p50_ms", P(0.5)), ("p90_ms", P(0.9)), ("p99_ms", P(0.99)), ("max_ms", latencies.Count == 0 ? double.NaN : latencies[^1]), ("load", Bench.Load()));
        }

        return 0;
    }

    private static async Task<(List<double> Latencies, int Failures, TimeSpan Elapsed)> Load(HttpClient http, Uri target, int clients, TimeSpan duration)
    {
        var all = new List<double>[clients];
        var failures = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            var mine = all[c] = new List<double>(4096);
            while (clock.Elapsed < duration)
            {
                var start = Stopwatch.GetTimestamp();
                using var r = await http.GetAsync(target);
                await r.Content.ReadAsByteArrayAsync();
                if (r.StatusCode == HttpStatusCode.OK)
                {
                    mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
                else
                {
                    Interlocked.Increment(ref failures);
                }
            }
        })));
        return (all.SelectMany(l => l).ToList(), failures, clock.Elapsed);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
