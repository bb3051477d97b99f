using DataStrategy.Core;
using DataStrategy.Core.Strategy;
using DataStrategy.Core.Text;
using DataStrategy.Data.Analysis;
using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Data.Strategies;

/// <summary>
/// The organisation's strategy as stored: the working draft (items, RACI), its history, and the
/// snapshots that versions freeze. Page models and the CLI go through here so a snapshot is
/// always built the same way.
/// </summary>
public static class StrategyWorkspace
{
    public const int MaxItems = 500;

    /// <summary>The organisation's strategy, created on first use with a title from the organisation's name.</summary>
    public static async Task<Entities.Strategy> EnsureAsync(AppDbContext db, Organisation organisation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(organisation);
        var strategy = await db.Strategies.SingleOrDefaultAsync(cancellationToken);
        if (strategy is not null)
        {
            return strategy;
        }

        strategy = new Entities.Strategy
        {
            OrganisationId = organisation.Id,
            Title = LocalizedText.Of(
                "Stratégie data – " + organisation.Name.Get(Languages.French),
                "Datastrategie – " + organisation.Name.Get(Languages.Dutch),
                "Data strategy – " + organisation.Name.Get(Languages.English)),
        };
        db.Strategies.Add(strategy);
        await db.SaveChangesAsync(cancellationToken);
        return strategy;
    }

    /// <summary>The working draft as a snapshot, with the labels of everything it links to outside the strategy.</summary>
    public static async Task<StrategySnapshot> SnapshotAsync(AppDbContext db, Entities.Strategy strategy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(strategy);
        var items = await db.StrategyItems.AsNoTracking().Where(i => i.StrategyId == strategy.Id)
            .OrderBy(i => i.Kind).ThenBy(i => i.Position).ToListAsync(cancellationToken);
        var ids = items.Select(i => i.Id).ToHashSet();
        var raci = await db.RaciAssignments.AsNoTracking().ToListAsync(cancellationToken);
        var snapshot = new StrategySnapshot
        {
            Title = strategy.Title,
            Items = items.Select(i => i.ToData()).ToList(),
            Raci = raci.Where(r => ids.Contains(r.ActivityId) && ids.Contains(r.RoleId))
                .OrderBy(r => r.ActivityId).ThenBy(r => r.RoleId)
                .Select(r => new RaciCell(r.ActivityId, r.RoleId, r.Letter)).ToList(),
        };
        await AddLabelsAsync(db, snapshot, cancellationToken);
        return snapshot;
    }

    private static async Task AddLabelsAsync(AppDbContext db, StrategySnapshot snapshot, CancellationToken cancellationToken)
    {
        foreach (var department in await db.Departments.AsNoTracking().ToListAsync(cancellationToken))
        {
            if (snapshot.Items.Any(i => i.DepartmentId == department.Id))
            {
                snapshot.Labels[department.Id.ToString("D")] = department.Name;
            }
        }

        var links = snapshot.Items.SelectMany(i => i.Links).ToList();
        var cityIds = links.Where(l => l.Relation == StrategyRelation.CityPriority).Select(l => l.Target).ToHashSet();
        foreach (var city in await db.CityPriorities.AsNoTracking().ToListAsync(cancellationToken))
        {
            if (cityIds.Contains(city.Id.ToString("D")))
            {
                snapshot.Labels[city.Id.ToString("D")] = city.Name;
            }
        }

        var priorityTargets = links.Where(l => l.Relation == StrategyRelation.Priority).Select(l => l.Target).ToHashSet();
        if (priorityTargets.Count > 0)
        {
            foreach (var option in await PriorityLabelsAsync(db, priorityTargets, cancellationToken))
            {
                snapshot.Labels[option.Key] = option.Value;
            }
        }
    }

    /// <summary>Names "theme (campaign)" for priority targets, from each campaign's framework.</summary>
    public static async Task<Dictionary<string, LocalizedText>> PriorityLabelsAsync(AppDbContext db, IEnumerable<string> targets, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var result = new Dictionary<string, LocalizedText>();
        var parsed = targets.Select(t => (Target: t, Parts: t.Split('/', 2))).Where(p => p.Parts.Length == 2 && Guid.TryParse(p.Parts[0], out _)).ToList();
        var campaignIds = parsed.Select(p => Guid.Parse(p.Parts[0])).Distinct().ToList();
        var campaigns = await db.Campaigns.AsNoTracking().Where(c => campaignIds.Contains(c.Id)).ToListAsync(cancellationToken);
        foreach (var campaign in campaigns)
        {
            var definition = await Assessment.FrameworkLibrary.DefinitionAsync(db, campaign.FrameworkId, cancellationToken);
            foreach (var (target, parts) in parsed.Where(p => Guid.Parse(p.Parts[0]) == campaign.Id))
            {
                if (definition?.Theme(parts[1]) is { } theme)
                {
                    result[target] = new PriorityOption(target, campaign.Id, campaign.Name, theme.Id, theme.Name, 0, 0).Label();
                }
            }
        }

        return result;
    }

    /// <summary>
    /// The campaign whose ranked priorities the strategy answers: the latest analysed or closed
    /// campaign that has findings or priorities, else the latest analysed or closed one.
    /// </summary>
    public static async Task<Campaign?> PriorityCampaignAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var campaigns = await db.Campaigns.AsNoTracking()
            .Where(c => c.Status == CampaignStatus.Analysing || c.Status == CampaignStatus.Closed)
            .ToListAsync(cancellationToken);
        var withPriorities = await db.ThemePriorities.Select(p => p.CampaignId).Distinct().ToListAsync(cancellationToken);
        return campaigns.OrderByDescending(c => withPriorities.Contains(c.Id)).ThenByDescending(c => c.EndsOn ?? c.StartsOn).FirstOrDefault();
    }

    /// <summary>The ranked thematic priorities of a campaign, best first.</summary>
    public static async Task<IReadOnlyList<PriorityOption>> PrioritiesAsync(AppDbContext db, Campaign? campaign, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (campaign is null || await CampaignAnalyses.RunAsync(db, campaign.Id, cancellationToken: cancellationToken) is not { } analysis)
        {
            return [];
        }

        var ranked = await Priorities.RankAsync(db, analysis, cancellationToken);
        return ranked.Select(r => (Row: r, Theme: analysis.Definition.Theme(r.Ranked.ThemeId)))
            .Where(x => x.Theme is not null)
            .Select(x => new PriorityOption(StrategySnapshot.PriorityTarget(campaign.Id, x.Row.Ranked.ThemeId), campaign.Id, campaign.Name, x.Row.Ranked.ThemeId, x.Theme!.Name, x.Row.Ranked.Rank, x.Row.Ranked.Score))
            .ToList();
    }

    /// <summary>Adds a history entry for the item as it now is.</summary>
    public static void Record(AppDbContext db, StrategyItem item, RevisionAction action, string? userName)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(item);
        db.StrategyItemRevisions.Add(new StrategyItemRevision
        {
            OrganisationId = item.OrganisationId,
            ItemId = item.Id,
            Action = action,
            Data = ToJson(item.ToData()),
            UserName = userName,
        });
    }

    public static string ToJson(StrategyItemData data) => new StrategySnapshot { Items = [data] }.ToJson();

    public static StrategyItemData? ItemFromJson(string json) => StrategySnapshot.FromJson(json).Items.FirstOrDefault();

    /// <summary>The latest published version, if any (the public page and the default document).</summary>
    public static Task<StrategyVersion?> PublishedAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.StrategyVersions.AsNoTracking().Where(v => v.Status == StrategyVersionStatus.Published)
            .OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The missing translations of the draft: per language, the (item, field) pairs with text in another language but not in this one.</summary>
    public static Dictionary<string, List<(StrategyItemData Item, string Field)>> MissingTranslations(StrategySnapshot snapshot, IEnumerable<string> languages)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var result = languages.ToDictionary(l => l, _ => new List<(StrategyItemData, string)>());
        foreach (var item in snapshot.Items)
        {
            foreach (var (field, text) in Fields(item))
            {
                if (text.IsEmpty)
                {
                    continue;
                }

                foreach (var (language, missing) in result)
                {
                    if (!text.Has(language))
                    {
                        missing.Add((item, field));
                    }
                }
            }
        }

        return result;
    }

    /// <summary>The item's texts: "title" then its kind's fields.</summary>
    public static IEnumerable<(string Field, LocalizedText Text)> Fields(StrategyItemData item)
    {
        ArgumentNullException.ThrowIfNull(item);
        yield return ("title", item.Title);
        foreach (var field in StrategySchema.Fields(item.Kind))
        {
            yield return (field, item.Text(field));
        }
    }
}
