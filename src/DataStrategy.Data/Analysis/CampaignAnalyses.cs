using System.Data.Common;
using DataStrategy.Core.Analysis;
using DataStrategy.Core.Assessment;
using DataStrategy.Core.Frameworks;
using DataStrategy.Data.Assessment;
using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Caching.Memory;

namespace DataStrategy.Data.Analysis;

/// <summary>
/// Loads a campaign's answers into columnar form and runs the analysis. Loaded answers are kept in
/// memory per campaign and answers stamp, so every page of the dashboard does not re-read them; the
/// stamp lives in the database, so an answer saved on another app instance is seen here too.
/// </summary>
public static class CampaignAnalyses
{
    private static readonly MemoryCache Cache = new(new MemoryCacheOptions { SizeLimit = 64 });

    public static async Task<CampaignAnalysis?> RunAsync(AppDbContext db, Guid campaignId, RespondentFilter? filter = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        filter ??= RespondentFilter.All;
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == campaignId, cancellationToken);
        if (campaign is null)
        {
            return null;
        }

        var framework = await db.Frameworks.AsNoTracking().Where(f => f.Id == campaign.FrameworkId)
            .Select(f => new Framework { Id = f.Id, Key = f.Key, VersionNumber = f.VersionNumber, VersionLabel = f.VersionLabel, Name = f.Name, RollUpRule = f.RollUpRule, Version = f.Version, OrganisationId = f.OrganisationId, LevelCount = f.LevelCount })
            .SingleAsync(cancellationToken);
        var definition = (await FrameworkLibrary.DefinitionAsync(db, framework.Id, cancellationToken))!;
        var rule = RollUpRule.Parse(framework.RollUpRule);
        var departments = await db.Departments.AsNoTracking().OrderBy(d => d.Code).ToListAsync(cancellationToken);
        var result = await AnalyseAsync(db, campaign, definition, departments, rule, filter, cancellationToken);

        var previousCampaign = await PreviousCampaignAsync(db, campaign, framework.Key, cancellationToken);
        AnalysisResult? previous = null;
        if (previousCampaign is not null)
        {
            var previousDefinition = (await FrameworkLibrary.DefinitionAsync(db, previousCampaign.FrameworkId, cancellationToken))!;
            previous = await AnalyseAsync(db, previousCampaign, previousDefinition, departments, rule, filter, cancellationToken);
        }

        var targets = campaign.ReadTargetLevels();
        return new CampaignAnalysis
        {
            Campaign = campaign,
            Framework = framework,
            Definition = definition,
            Rule = rule,
            Result = result,
            Departments = departments,
            PreviousCampaign = previousCampaign,
            Previous = previous,
            Targets = targets,
            Themes = Insights.Themes(result, targets, previous),
            Questions = Insights.Questions(result, targets, previous),
        };
    }

    /// <summary>The campaign chosen for comparison, or the latest earlier one on the same framework family.</summary>
    public static async Task<Campaign?> PreviousCampaignAsync(AppDbContext db, Campaign campaign, string frameworkKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(campaign);
        if (campaign.PreviousCampaignId is { } chosen)
        {
            return await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == chosen && c.Id != campaign.Id, cancellationToken);
        }

        var family = db.Frameworks.Where(f => f.Key == frameworkKey).Select(f => f.Id);
        var candidates = await db.Campaigns.AsNoTracking()
            .Where(c => c.Id != campaign.Id && family.Contains(c.FrameworkId))
            .ToListAsync(cancellationToken);
        var start = campaign.StartsOn ?? DateOnly.FromDateTime(campaign.CreatedAt.UtcDateTime);
        return candidates
            .Where(c => (c.StartsOn ?? DateOnly.FromDateTime(c.CreatedAt.UtcDateTime)) < start)
            .OrderByDescending(c => c.StartsOn ?? DateOnly.FromDateTime(c.CreatedAt.UtcDateTime))
            .FirstOrDefault();
    }

    public static AnalysisOptions Options(Campaign campaign, RollUpRule rule) => new()
    {
        Rule = rule,
        MinGroupSize = campaign.MinGroupSize,
        // The campaign decides the seed: the same answers always give the same intervals.
        Seed = (ulong)BitConverter.ToInt64(campaign.Id.ToByteArray(), 0),
    };

    private static async Task<AnalysisResult> AnalyseAsync(AppDbContext db, Campaign campaign, FrameworkDefinition definition, IReadOnlyList<Department> departments, RollUpRule rule, RespondentFilter filter, CancellationToken cancellationToken)
    {
        var options = Options(campaign, rule);
        var key = (campaign.Id, campaign.AnswersStamp, DepartmentsKey(departments), rule.Format(), campaign.MinGroupSize, filter);
        if (Cache.TryGetValue(key, out AnalysisResult? cached) && cached is not null)
        {
            return cached;
        }

        // One computation per key however many requests miss the cache together: the first
        // request's context does the work (not cancellable by it), the others wait for it.
        var flight = InFlight.GetOrAdd(key, _ => new Lazy<Task<AnalysisResult>>(async () =>
        {
            try
            {
                var data = await LoadAsync(db, campaign, definition, departments, CancellationToken.None);
                var result = MaturityAnalysis.Run(data, options, filter);
                Cache.Set(key, result, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(20) });
                return result;
            }
            finally
            {
                InFlight.TryRemove(key, out Lazy<Task<AnalysisResult>>? _);
            }
        }));
        // Not cancellable: the first request's context must outlive the shared computation.
        return await flight.Value;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<object, Lazy<Task<AnalysisResult>>> InFlight = new();

    /// <summary>Reads a campaign's answers (cancelled responses excluded) into columnar arrays, with one plain scan.</summary>
    public static async Task<AnalysisData> LoadAsync(AppDbContext db, Campaign campaign, FrameworkDefinition definition, IReadOnlyList<Department> departments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(departments);
        var dataKey = (campaign.Id, campaign.AnswersStamp, DepartmentsKey(departments), "data");
        if (Cache.TryGetValue(dataKey, out AnalysisData? cached) && cached is not null)
        {
            return cached;
        }

        var structure = AnalysisStructure.From(definition);
        var responses = await db.Responses.AsNoTracking()
            .Where(r => r.CampaignId == campaign.Id && r.Status != ResponseStatus.Cancelled)
            .Select(r => new { r.Id, r.DepartmentId, r.Kind })
            .ToListAsync(cancellationToken);
        var builder = new AnalysisDataBuilder(structure, Math.Max(1, definition.MaxLevel), responses.Count * Math.Max(1, structure.QuestionIds.Count));
        var departmentIndex = new Dictionary<Guid, int>();
        foreach (var department in departments)
        {
            departmentIndex[department.Id] = builder.AddDepartment(department.Id.ToString(), (int)department.Kind);
        }

        var respondentIndex = new Dictionary<Guid, int>(responses.Count);
        foreach (var response in responses)
        {
            var d = response.DepartmentId is { } id && departmentIndex.TryGetValue(id, out var i) ? i : -1;
            respondentIndex[response.Id] = builder.AddRespondent(d, (int)response.Kind);
        }

        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken);
        }

        try
        {
            await using var command = connection.CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = """SELECT "ResponseId", "QuestionId", "State", "Level" FROM "Answers" WHERE "OrganisationId" = @o AND "CampaignId" = @c""";
            AddParameter(command, "@o", campaign.OrganisationId, db.Database.IsSqlite());
            AddParameter(command, "@c", campaign.Id, db.Database.IsSqlite());
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var questionIndex = structure.QuestionIndex;
            Guid lastResponse = Guid.Empty;
            var lastRespondent = -1;
            while (await reader.ReadAsync(cancellationToken))
            {
                var responseId = reader.GetGuid(0);
                if (responseId != lastResponse)
                {
                    lastResponse = responseId;
                    lastRespondent = respondentIndex.GetValueOrDefault(responseId, -1);
                }

                if (lastRespondent < 0 || !questionIndex.TryGetValue(reader.GetString(1), out var question))
                {
                    continue;
                }

                var state = (AnswerState)reader.GetInt32(2);
                var value = state switch
                {
                    AnswerState.DontKnow => AnalysisData.DontKnow,
                    AnswerState.NotApplicable => AnalysisData.NotApplicable,
                    _ => reader.IsDBNull(3) ? int.MinValue : reader.GetInt32(3),
                };
                builder.AddAnswer(lastRespondent, question, value);
            }
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }

        var data = builder.Build();
        Cache.Set(dataKey, data, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(20) });
        return data;
    }

    /// <summary>
    /// Department indexes are positions in the organisation's department list: a department added,
    /// removed or re-kinded since an analysis was cached makes a different key.
    /// </summary>
    private static (int Count, int Hash) DepartmentsKey(IReadOnlyList<Department> departments)
    {
        var hash = new HashCode();
        foreach (var d in departments)
        {
            hash.Add(d.Id);
            hash.Add(d.Kind);
        }

        return (departments.Count, hash.ToHashCode());
    }

    private static void AddParameter(DbCommand command, string name, Guid value, bool sqlite)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        // EF stores GUIDs as upper-case text in SQLite.
        parameter.Value = sqlite ? value.ToString().ToUpperInvariant() : value;
        command.Parameters.Add(parameter);
    }
}
