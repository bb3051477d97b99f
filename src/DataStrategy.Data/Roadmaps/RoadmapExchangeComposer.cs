using DataStrategy.Core;
using DataStrategy.Core.Documents;
using DataStrategy.Core.Roadmap.Exchange;
using DataStrategy.Core.Strategy;
using DataStrategy.Core.Text;
using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Data.Roadmaps;

/// <summary>Builds the exchange model of the current organisation's roadmap (the tenant filter applies). Reads only:
/// unlike <see cref="RoadmapWorkspace.EnsureAsync"/> it never creates the roadmap, so anonymous pages can call it.</summary>
public static class RoadmapExchangeComposer
{
    public static async Task<RoadmapExchange> ComposeAsync(AppDbContext db, string organisationSlug, RoadmapExportOptions options, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(options);
        var language = options.Language;
        var roadmap = await db.Roadmaps.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        var start = roadmap?.StartMonth ?? Months.First(DateOnly.FromDateTime(now.UtcDateTime)).AddMonths(1);
        var workstreams = await db.Workstreams.AsNoTracking().OrderBy(w => w.Position).ToListAsync(cancellationToken);
        var teams = await db.DeliveryTeams.AsNoTracking().OrderBy(t => t.Position).ToListAsync(cancellationToken);
        var initiatives = await db.Initiatives.AsNoTracking().OrderBy(i => i.Position).ThenBy(i => i.Code).ToListAsync(cancellationToken);
        var efforts = (await db.InitiativeEfforts.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(e => e.InitiativeId);
        var dependencies = (await db.InitiativeDependencies.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(d => d.SuccessorId);
        var milestones = await db.Milestones.AsNoTracking().OrderBy(m => m.DueOn).ToListAsync(cancellationToken);
        var kpis = await db.Kpis.AsNoTracking().Where(k => options.Confidential || k.Public).OrderBy(k => k.Position).ToListAsync(cancellationToken);
        var measurements = (await db.KpiMeasurements.AsNoTracking().OrderBy(m => m.MeasuredOn).ToListAsync(cancellationToken)).ToLookup(m => m.KpiId);
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, cancellationToken);
        var items = await db.StrategyItems.AsNoTracking()
            .Where(i => i.Kind == StrategyItemKind.Objective || i.Kind == StrategyItemKind.Role)
            .ToDictionaryAsync(i => i.Id, cancellationToken);
        var organisationLanguages = await db.Organisations.AsNoTracking().Where(o => o.Slug == organisationSlug).Select(o => o.Languages).SingleOrDefaultAsync(cancellationToken) ?? [];
        // The interface languages always have columns; German when the organisation writes in it or a text already is.
        var written = initiatives.SelectMany(i => i.Title.Values.Keys.Concat(i.Description.Values.Keys))
            .Concat(milestones.SelectMany(m => m.Title.Values.Keys)).Concat(kpis.SelectMany(k => k.Name.Values.Keys)).ToHashSet(StringComparer.Ordinal);
        var contentLanguages = Languages.Content.Where(l => Languages.IsSupported(l) || organisationLanguages.Contains(l) || written.Contains(l)).ToList();
        var leads = options.LeadNames
            ? await db.Stakeholders.AsNoTracking().Where(s => s.ErasedAt == null).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken)
            : [];

        var workstreamNames = workstreams.ToDictionary(w => w.Id, w => w.Name.Get(language));
        var teamNames = UniqueNames(teams.Select(t => (t.Id, t.Name.Get(language))));
        var codes = initiatives.ToDictionary(i => i.Id, i => i.Code);

        string ObjectiveTitle(string id) => Guid.TryParse(id, out var g) && items.TryGetValue(g, out var item) ? item.Title.Get(language) : "";

        var list = initiatives.Select(i =>
        {
            var planned = i.Status == InitiativeStatus.Cancelled ? null : i.LockedStart ?? i.PlannedStart;
            string? lead = i.LeadStakeholderId is { } person && leads.TryGetValue(person, out var name) ? name
                : i.LeadRoleId is { } role && items.TryGetValue(role, out var r) ? r.Title.Get(language) : null;
            return new ExchangeInitiative
            {
                Code = i.Code,
                Title = Texts(i.Title),
                Description = Texts(i.Description),
                Workstream = i.WorkstreamId is { } w && workstreamNames.TryGetValue(w, out var ws) ? ws : null,
                DepartmentCode = i.DepartmentId is { } d && departments.TryGetValue(d, out var dep) ? dep.Code : null,
                Department = i.DepartmentId is { } d2 && departments.TryGetValue(d2, out var dep2) ? dep2.Name.Get(language) : null,
                Lead = lead,
                DurationMonths = i.DurationMonths,
                Effort = efforts[i.Id].Where(e => teamNames.ContainsKey(e.TeamId) && e.Fte != 0)
                    .OrderBy(e => teams.FindIndex(t => t.Id == e.TeamId))
                    .Select(e => new ExchangeEffort(teamNames[e.TeamId], e.Fte)).ToList(),
                EarliestStart = RoadmapExchange.Month(i.EarliestStart),
                Deadline = RoadmapExchange.Month(i.Deadline),
                LockedStart = RoadmapExchange.Month(i.LockedStart),
                PlannedStart = RoadmapExchange.Month(planned),
                PlannedEnd = planned is { } p ? RoadmapExchange.Month(p.AddMonths(Math.Max(i.DurationMonths, 1) - 1)) : null,
                Budget = options.Confidential ? i.Budget : null,
                Priority = i.Priority,
                Status = i.Status.ToString(),
                Rag = i.Rag.ToString(),
                PercentComplete = i.PercentComplete,
                Dependencies = DependencyText.Format(dependencies[i.Id]
                    .Where(x => codes.ContainsKey(x.PredecessorId))
                    .OrderBy(x => codes[x.PredecessorId], StringComparer.OrdinalIgnoreCase)
                    .Select(x => new DependencyRef(codes[x.PredecessorId], x.Type == DependencyType.StartToStart, x.LagMonths))),
                Objectives = i.ObjectiveIds.Select(ObjectiveTitle).Where(t => t.Length > 0).ToList(),
                Themes = [.. i.ThemeIds],
            };
        }).ToList();

        return new RoadmapExchange
        {
            Organisation = organisationSlug,
            Language = language,
            ContentLanguages = contentLanguages,
            ExportedAt = now,
            StartMonth = RoadmapExchange.Month(start),
            HorizonMonths = roadmap?.HorizonMonths ?? 24,
            Workstreams = workstreams.Select(w => w.Name.Get(language)).ToList(),
            Teams = teams.Select(t => teamNames[t.Id]).ToList(),
            Initiatives = list,
            Milestones = milestones.Where(m => codes.ContainsKey(m.InitiativeId)).Select(m => new ExchangeMilestone
            {
                Id = m.Id.ToString("D"),
                InitiativeCode = codes[m.InitiativeId],
                Title = Texts(m.Title),
                DueOn = RoadmapExchange.Day(m.DueOn),
                AchievedOn = RoadmapExchange.Day(m.AchievedOn),
            }).ToList(),
            Kpis = kpis.Select(k =>
            {
                var values = measurements[k.Id].ToList();
                var latest = values.Count > 0 ? values[^1] : null;
                return new ExchangeKpi
                {
                    Id = k.Id.ToString("D"),
                    Name = Texts(k.Name),
                    Unit = k.Unit.Get(language),
                    Units = Texts(k.Unit),
                    Baseline = k.Baseline,
                    BaselineOn = RoadmapExchange.Day(k.BaselineOn),
                    Target = k.Target,
                    TargetOn = RoadmapExchange.Day(k.TargetOn),
                    Latest = latest?.Value,
                    LatestOn = RoadmapExchange.Day(latest?.MeasuredOn),
                    Objectives = k.ObjectiveIds.Select(ObjectiveTitle).Where(t => t.Length > 0).ToList(),
                    Initiatives = k.InitiativeIds.Select(id => Guid.TryParse(id, out var g) && codes.TryGetValue(g, out var c) ? c : null).OfType<string>().ToList(),
                    Measurements = values.Select(m => new ExchangeMeasurement { MeasuredOn = RoadmapExchange.Day(m.MeasuredOn), Value = m.Value, Note = options.Confidential ? m.Note : null, NoteLanguage = options.Confidential ? m.NoteLanguage : null }).ToList(),
                };
            }).ToList(),
        };
    }

    /// <summary>The roadmap chapter of the strategy document, with objective titles from the document's snapshot; null without initiatives.</summary>
    public static async Task<RoadmapSection?> SectionAsync(AppDbContext db, StrategySnapshot snapshot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(snapshot);
        var initiatives = await db.Initiatives.AsNoTracking().OrderBy(i => i.Position).ThenBy(i => i.Code).ToListAsync(cancellationToken);
        if (initiatives.Count == 0)
        {
            return null;
        }

        var workstreams = await db.Workstreams.AsNoTracking().OrderBy(w => w.Position).ToListAsync(cancellationToken);
        var kpis = await db.Kpis.AsNoTracking().OrderBy(k => k.Position).ToListAsync(cancellationToken);
        var latest = (await db.KpiMeasurements.AsNoTracking().ToListAsync(cancellationToken))
            .GroupBy(m => m.KpiId).ToDictionary(g => g.Key, g => g.OrderBy(m => m.MeasuredOn).Last());
        var objectives = snapshot.Items.Where(i => i.Kind == StrategyItemKind.Objective).ToDictionary(i => i.Id.ToString("D"), i => i.Title, StringComparer.OrdinalIgnoreCase);

        RoadmapSectionInitiative Row(Initiative i)
        {
            var start = i.Status == InitiativeStatus.Cancelled ? null : i.LockedStart ?? i.PlannedStart;
            return new RoadmapSectionInitiative(i.Code, i.Title, i.ObjectiveIds.Where(objectives.ContainsKey).Select(o => objectives[o]).ToList(),
                start, start?.AddMonths(Math.Max(i.DurationMonths, 1) - 1), i.Status.ToString());
        }

        var groups = workstreams.Select(w => new RoadmapSectionWorkstream(w.Name, initiatives.Where(i => i.WorkstreamId == w.Id).Select(Row).ToList())).ToList();
        var known = workstreams.Select(w => w.Id).ToHashSet();
        var other = initiatives.Where(i => i.WorkstreamId is not { } id || !known.Contains(id)).Select(Row).ToList();
        if (other.Count > 0)
        {
            groups.Add(new RoadmapSectionWorkstream(null, other));
        }

        return new RoadmapSection
        {
            Workstreams = groups,
            Kpis = kpis.Select(k => new RoadmapSectionKpi(k.Name, k.Unit, k.Baseline, k.BaselineOn, k.Target, k.TargetOn,
                latest.TryGetValue(k.Id, out var m) ? m.Value : null, latest.TryGetValue(k.Id, out var m2) ? m2.MeasuredOn : null)).ToList(),
        };
    }

    private static Dictionary<string, string> Texts(LocalizedText text) =>
        Languages.Content.Where(text.Has).ToDictionary(l => l, l => text[l]!, StringComparer.Ordinal);

    /// <summary>Team names become column headers: two teams with the same name get "(2)".</summary>
    private static Dictionary<Guid, string> UniqueNames(IEnumerable<(Guid Id, string Name)> teams)
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var result = new Dictionary<Guid, string>();
        foreach (var (id, name) in teams)
        {
            var candidate = string.IsNullOrWhiteSpace(name) ? "?" : name.Trim();
            for (var n = 2; !used.Add(candidate); n++)
            {
                candidate = $"{name} ({n})";
            }

            result[id] = candidate;
        }

        return result;
    }
}
