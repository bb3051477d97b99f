using DataStrategy.Core;
using DataStrategy.Core.Imports;
using DataStrategy.Core.Roadmap.Exchange;
using DataStrategy.Core.Strategy;
using DataStrategy.Core.Text;
using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Data.Roadmaps;

/// <summary>Resolves a roadmap workbook against the current organisation and applies it (one SaveChanges: all or nothing).</summary>
public static class RoadmapImporter
{
    public static async Task<RoadmapImportResult> ParseAsync(AppDbContext db, string fileName, byte[] content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var initiatives = await db.Initiatives.AsNoTracking().Select(i => new { i.Id, i.Code }).ToListAsync(cancellationToken);
        var codes = initiatives.ToDictionary(i => i.Id, i => i.Code);
        var dependencies = await db.InitiativeDependencies.AsNoTracking().ToListAsync(cancellationToken);
        var teams = await db.DeliveryTeams.AsNoTracking().ToListAsync(cancellationToken);
        var workstreams = await db.Workstreams.AsNoTracking().ToListAsync(cancellationToken);
        var objectives = await db.StrategyItems.AsNoTracking().Where(i => i.Kind == StrategyItemKind.Objective).ToListAsync(cancellationToken);
        var objectiveLookup = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var objective in objectives)
        {
            foreach (var title in objective.Title.Values.Values.Select(StakeholderImport.Normalize).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal))
            {
                if (!objectiveLookup.TryGetValue(title, out var ids))
                {
                    objectiveLookup[title] = ids = [];
                }

                ids.Add(objective.Id.ToString("D"));
            }
        }

        var context = new RoadmapImportContext
        {
            ExistingCodes = initiatives.Select(i => i.Code).ToHashSet(StringComparer.OrdinalIgnoreCase),
            ExistingDependencies = dependencies.Where(d => codes.ContainsKey(d.PredecessorId) && codes.ContainsKey(d.SuccessorId))
                .Select(d => (codes[d.PredecessorId], codes[d.SuccessorId])).ToList(),
            Teams = NameLookup(teams.Select(t => (t.Id, t.Name))),
            Workstreams = NameLookup(workstreams.Select(w => (w.Id, w.Name))),
            Departments = await DepartmentLookup.LoadAsync(db, cancellationToken),
            Objectives = objectiveLookup.ToDictionary(o => o.Key, o => (IReadOnlyList<string>)o.Value, StringComparer.Ordinal),
        };
        return RoadmapImport.Parse(fileName, content, context);
    }

    /// <summary>Applies a valid result to the tracked context (the caller saves): creates workstreams and initiatives,
    /// updates the initiatives whose codes exist. Returns (created, updated).</summary>
    public static async Task<(int Created, int Updated)> ApplyAsync(AppDbContext db, RoadmapImportResult result, string language, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(result);
        if (!result.IsValid)
        {
            throw new InvalidOperationException("Only a valid import can be applied.");
        }

        var workstreamPosition = await db.Workstreams.Select(w => (int?)w.Position).MaxAsync(cancellationToken) ?? 0;
        var createdWorkstreams = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var name in result.NewWorkstreams)
        {
            var workstream = new Workstream { Name = new LocalizedText().Set(Languages.IsSupported(language) ? language : Languages.French, name), Position = ++workstreamPosition };
            db.Workstreams.Add(workstream);
            createdWorkstreams[StakeholderImport.Normalize(name)] = workstream.Id;
        }

        var existing = await db.Initiatives.ToListAsync(cancellationToken);
        var byCode = existing.ToDictionary(i => i.Code, StringComparer.OrdinalIgnoreCase);
        var position = existing.Count == 0 ? 0 : existing.Max(i => i.Position);
        var created = 0;
        var updated = 0;
        var touched = new List<(RoadmapImportRow Row, Initiative Initiative)>();
        foreach (var row in result.Rows)
        {
            if (!byCode.TryGetValue(row.Code, out var initiative))
            {
                initiative = new Initiative { Code = row.Code, Position = ++position };
                db.Initiatives.Add(initiative);
                byCode[row.Code] = initiative;
                created++;
            }
            else
            {
                updated++;
            }

            Apply(row, initiative, result, createdWorkstreams);
            touched.Add((row, initiative));
        }

        var ids = touched.Select(t => t.Initiative.Id).ToList();
        var efforts = await db.InitiativeEfforts.Where(e => ids.Contains(e.InitiativeId)).ToListAsync(cancellationToken);
        var links = await db.InitiativeDependencies.Where(d => ids.Contains(d.SuccessorId)).ToListAsync(cancellationToken);
        foreach (var (row, initiative) in touched)
        {
            foreach (var (team, fte) in row.Effort)
            {
                var effort = efforts.FirstOrDefault(e => e.InitiativeId == initiative.Id && e.TeamId == team);
                if (fte == 0)
                {
                    if (effort is not null)
                    {
                        db.InitiativeEfforts.Remove(effort);
                    }
                }
                else if (effort is null)
                {
                    db.InitiativeEfforts.Add(new InitiativeEffort { InitiativeId = initiative.Id, TeamId = team, Fte = fte });
                }
                else
                {
                    effort.Fte = fte;
                }
            }

            if (!result.HasColumn(RoadmapSheets.Dependencies))
            {
                continue;
            }

            var wanted = row.Dependencies.ToDictionary(d => byCode[d.Code].Id);
            foreach (var link in links.Where(l => l.SuccessorId == initiative.Id))
            {
                if (wanted.Remove(link.PredecessorId, out var d))
                {
                    link.Type = d.StartToStart ? DependencyType.StartToStart : DependencyType.FinishToStart;
                    link.LagMonths = d.Lag;
                }
                else
                {
                    db.InitiativeDependencies.Remove(link);
                }
            }

            foreach (var (predecessor, d) in wanted)
            {
                db.InitiativeDependencies.Add(new InitiativeDependency
                {
                    PredecessorId = predecessor,
                    SuccessorId = initiative.Id,
                    Type = d.StartToStart ? DependencyType.StartToStart : DependencyType.FinishToStart,
                    LagMonths = d.Lag,
                });
            }
        }

        return (created, updated);
    }

    private static void Apply(RoadmapImportRow row, Initiative initiative, RoadmapImportResult result, Dictionary<string, Guid> createdWorkstreams)
    {
        // Value objects are replaced, not changed in place, so change tracking sees them.
        if (row.Titles.Count > 0)
        {
            var title = new LocalizedText(initiative.Title.Values);
            foreach (var (language, text) in row.Titles)
            {
                title.Set(language, text);
            }

            initiative.Title = title;
        }

        if (row.Descriptions.Count > 0)
        {
            var description = new LocalizedText(initiative.Description.Values);
            foreach (var (language, text) in row.Descriptions)
            {
                description.Set(language, text);
            }

            initiative.Description = description;
        }

        if (result.HasColumn(RoadmapSheets.Workstream))
        {
            initiative.WorkstreamId = row.WorkstreamId
                ?? (row.NewWorkstream is { } name && createdWorkstreams.TryGetValue(StakeholderImport.Normalize(name), out var id) ? id : null);
        }

        if (result.HasColumn(RoadmapSheets.DepartmentCode))
        {
            initiative.DepartmentId = row.DepartmentId;
        }

        if (row.DurationMonths is { } duration)
        {
            initiative.DurationMonths = duration;
        }

        if (result.HasColumn(RoadmapSheets.EarliestStart))
        {
            initiative.EarliestStart = row.EarliestStart;
        }

        if (result.HasColumn(RoadmapSheets.Deadline))
        {
            initiative.Deadline = row.Deadline;
        }

        if (result.HasColumn(RoadmapSheets.LockedStart))
        {
            initiative.LockedStart = row.LockedStart;
        }

        if (result.HasColumn(RoadmapSheets.PlannedStart))
        {
            initiative.PlannedStart = row.PlannedStart;
        }

        if (result.HasColumn(RoadmapSheets.Budget))
        {
            initiative.Budget = row.Budget;
        }

        if (row.Priority is { } priority)
        {
            initiative.Priority = priority;
        }

        if (row.Status is { } status)
        {
            initiative.Status = Enum.Parse<InitiativeStatus>(status);
        }

        if (row.Rag is { } rag)
        {
            initiative.Rag = Enum.Parse<Rag>(rag);
        }

        if (row.PercentComplete is { } percent)
        {
            initiative.PercentComplete = percent;
        }

        if (result.HasColumn(RoadmapSheets.Objectives))
        {
            initiative.ObjectiveIds = [.. row.ObjectiveIds];
        }

        if (result.HasColumn(RoadmapSheets.Themes))
        {
            initiative.ThemeIds = [.. row.ThemeIds];
        }
    }

    private static Dictionary<string, Guid> NameLookup(IEnumerable<(Guid Id, LocalizedText Name)> named)
    {
        var lookup = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var (id, name) in named)
        {
            foreach (var value in name.Values.Values)
            {
                lookup.TryAdd(StakeholderImport.Normalize(value), id);
            }
        }

        return lookup;
    }
}
